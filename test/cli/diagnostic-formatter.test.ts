import { describe, expect, it } from 'vitest';
import { loadDiagnosticFormatter } from '../../cli/diagnostic-formatter.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { DIAGNOSTIC_FORMATS, formatDiagnostics } from '../../src/report/diagnostic-formats.js';

const at = (line: number, column: number) => ({ line, column, offset: (line - 1) * 10 + column - 1 });

const diagnostics: Diagnostic[] = [
  {
    file: 'playbooks/shop/playbook.yaml',
    range: { start: at(3, 5), end: at(3, 12) },
    severity: 'error',
    ruleId: 'ref/unknown-template',
    message: 'Unknown template `sorry/late`, expected one of `sorry/delay`',
    note: 'Templates are named by their file.',
    path: ['types', 'late', 'reply'],
    related: [{ file: 'playbooks/shop/templates/sorry/delay.hbs', range: { start: at(1, 1), end: at(1, 1) }, message: 'defined here' }],
  },
  {
    file: 'playbooks/shop/types.yaml',
    range: { start: at(7, 1), end: at(7, 4) },
    severity: 'warning',
    ruleId: 'tone/avoided-phrase',
    message: 'The reply says «unfortunately», which the tone avoids',
  },
];

describe('check loads one formatter (cli/diagnostic-formatter.ts)', () => {
  it.each(DIAGNOSTIC_FORMATS)('%s writes what formatDiagnostics writes', async (format) => {
    const opts = { cwd: '/repo', version: '0.0.0', color: format === 'stylish', files: ['playbooks/shop/playbook.yaml'] };
    const formatter = await loadDiagnosticFormatter(format);
    expect(formatter(diagnostics, opts)).toBe(formatDiagnostics(format, diagnostics, opts));
  });
});
