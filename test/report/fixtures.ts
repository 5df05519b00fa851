/** Hand-built diagnostics and test runs for the reporter tests. */
import type { Diagnostic, Range } from '../../src/diagnostics/diagnostic.js';
import type { Outcome } from '../../src/model/outcome.js';
import type { ComplaintResult, TestRunResult } from '../../src/model/test-result.js';

/** A range on one line, columns 1-based and end-exclusive; offsets made up consistently. */
export function range(line: number, column: number, endColumn = column + 5, endLine = line): Range {
  return {
    start: { line, column, offset: (line - 1) * 100 + column - 1 },
    end: { line: endLine, column: endColumn, offset: (endLine - 1) * 100 + endColumn - 1 },
  };
}

export const unknownTemplate: Diagnostic = {
  file: 'playbooks/acme/playbook.yaml',
  range: range(12, 15, 25),
  severity: 'error',
  ruleId: 'ref/unknown-template',
  message: 'Unknown template `sorry/late`, expected one of `sorry/delay`, `sorry/lost`',
  note: 'Templates are defined in templates/*.yaml',
  path: ['types', 'delay', 'template'],
};

export const duplicateType: Diagnostic = {
  file: 'playbooks/acme/playbook.yaml',
  range: range(30, 3, 8),
  severity: 'error',
  ruleId: 'ref/duplicate-id',
  message: 'Duplicate type id `delay`',
  path: ['types', 3, 'id'],
  related: [{ file: 'playbooks/acme/playbook.yaml', range: range(12, 3, 8), message: 'first defined here' }],
};

export const longReply: Diagnostic = {
  file: 'playbooks/acme/templates/sorry.yaml',
  range: range(4, 9, 20, 6),
  severity: 'warning',
  ruleId: 'channel/limit',
  message: 'The reply may exceed 280 characters on `twitter` (up to 301)',
  path: ['sorry/delay', 'text'],
};

export const toneHint: Diagnostic = {
  file: 'playbooks/acme/voice.yaml',
  range: range(2, 1, 6),
  severity: 'info',
  ruleId: 'tone/avoid',
  message: 'The voice avoids `unfortunately`; consider rephrasing',
};

/** Two errors, one warning, one info, deliberately out of order. */
export const sampleDiagnostics: Diagnostic[] = [toneHint, duplicateType, longReply, unknownTemplate];

/** The same diagnostic, moved down by `lines` lines. */
export function moved(d: Diagnostic, lines: number): Diagnostic {
  const shift = (r: Range): Range => ({
    start: { ...r.start, line: r.start.line + lines, offset: r.start.offset + lines * 100 },
    end: { ...r.end, line: r.end.line + lines, offset: r.end.offset + lines * 100 },
  });
  return { ...d, range: shift(d.range), related: d.related?.map((r) => ({ ...r, range: shift(r.range) })) };
}

export function outcome(over: Partial<Outcome> = {}): Outcome {
  return {
    type: 'delay',
    escalations: [],
    actions: [],
    priority: 'normal',
    due: '2026-03-02T12:00:00+03:00',
    template: 'sorry/delay',
    voice: 'friendly',
    reply: 'Anna, sorry for the delay — your parcel is on its way.\n— Acme support',
    length: { count: 68, limit: 280, unit: 'graphemes' },
    checks: [],
    signals: {},
    spans: [],
    trace: [
      { stage: 'classify', message: 'type `profanity`: no lexicon matched', ok: false },
      {
        stage: 'classify',
        message: 'type `delay`: keyword «where is my parcel» matched',
        source: { file: 'playbooks/acme/playbook.yaml', range: range(10, 3), path: ['types', 'delay'] },
      },
      { stage: 'template', message: 'template `sorry/delay` chosen', ok: true },
    ],
    errors: [],
    ...over,
  };
}

export const passing: ComplaintResult = {
  playbook: 'acme',
  id: 'late-parcel',
  channel: 'twitter',
  file: 'playbooks/acme/complaints/delivery.yaml',
  range: range(3, 5, 20),
  outcome: outcome(),
  failures: [],
  passed: true,
};

export const failing: ComplaintResult = {
  playbook: 'acme',
  id: 'rude-&-late',
  channel: 'twitter',
  file: 'playbooks/acme/complaints/delivery.yaml',
  range: range(14, 5, 20),
  outcome: outcome({ type: 'other', template: 'generic/ack', reply: 'Anna, thanks for the long wait.\n— Acme support' }),
  failures: [
    { field: 'type', expected: 'delay', actual: 'other', message: 'Expected type `delay`, got `other`' },
    {
      field: 'reply.equals',
      expected: 'Anna, sorry for the delay.\n— Acme support',
      actual: 'Anna, thanks for the long wait.\n— Acme support',
      message: 'The reply differs from the expected text',
    },
  ],
  passed: false,
};

export const otherPlaybook: ComplaintResult = {
  playbook: 'globex',
  id: 'hidden-spam',
  channel: 'vk',
  file: 'playbooks/globex/complaints/spam.yaml',
  range: range(2, 3),
  outcome: outcome({ type: 'spam', template: null, reply: null, actions: ['hide'] }),
  failures: [],
  passed: true,
};

export const sampleRun: TestRunResult = {
  results: [passing, failing, otherPlaybook],
  diagnostics: [longReply],
  passed: 2,
  failed: 1,
};
