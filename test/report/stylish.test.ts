import { describe, expect, it } from 'vitest';
import { formatStylish, stylishSummary } from '../../src/report/stylish.js';
import { stripAnsi } from '../../src/report/ansi.js';
import { duplicateType, longReply, sampleDiagnostics, toneHint, unknownTemplate } from './fixtures.js';

const ESC = '\u001b[';

describe('formatStylish', () => {
  it('prints a line per problem, location first, sorted, with notes, related locations and a summary', () => {
    expect(formatStylish(sampleDiagnostics, { color: false })).toBe(
      [
        'playbooks/acme/playbook.yaml:12:15       error    Unknown template `sorry/late`, expected one of `sorry/delay`, `sorry/lost`  ref/unknown-template',
        '    Templates are defined in templates/*.yaml',
        'playbooks/acme/playbook.yaml:30:3        error    Duplicate type id `delay`  ref/duplicate-id',
        '    first defined here: playbooks/acme/playbook.yaml:12:3',
        'playbooks/acme/templates/sorry.yaml:4:9  warning  The reply may exceed 280 characters on `twitter` (up to 301)  channel/limit',
        'playbooks/acme/voice.yaml:2:1            info     The voice avoids `unfortunately`; consider rephrasing  tone/avoid',
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('starts every problem line with a path:line:col that a terminal can link', () => {
    const lines = formatStylish(sampleDiagnostics, { color: true })
      .split('\n')
      .filter((l) => !l.startsWith(' ') && l.includes(':'));
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toMatch(/^[^\s:]+:\d+:\d+ /);
  });

  it('colours with ANSI escapes only when asked, and the text is otherwise the same', () => {
    const plain = formatStylish(sampleDiagnostics, { color: false });
    const coloured = formatStylish(sampleDiagnostics, { color: true });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(`${ESC}31merror  ${ESC}39m`);
    expect(coloured).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(coloured).toContain(`${ESC}2mref/unknown-template${ESC}22m`);
    expect(stripAnsi(coloured)).toBe(plain);
    expect(formatStylish(sampleDiagnostics)).toBe(plain);
  });

  it('neutralises control characters from playbooks', () => {
    const out = formatStylish([{ ...toneHint, message: 'evil \u001b[2J\u0007 text' }], { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('evil \\x1B[2J\\x07 text');
  });

  it('indents further lines of a multi-line message', () => {
    const out = formatStylish([{ ...toneHint, message: 'first\nsecond' }]);
    expect(out.split('\n').slice(0, 2)).toEqual(['playbooks/acme/voice.yaml:2:1  info     first  tone/avoid', '    second']);
  });

  it.each([
    [[], undefined, '✔ No problems found'],
    [[], ['a.yaml', 'b.yaml'], '✔ No problems found in 2 files'],
    [[unknownTemplate], undefined, '✖ 1 problem (1 error, 0 warnings)'],
    [[longReply, longReply], undefined, '⚠ 2 problems (0 errors, 2 warnings)'],
    [[toneHint], undefined, 'ℹ 1 problem (0 errors, 0 warnings, 1 info)'],
    [[unknownTemplate, duplicateType, longReply], undefined, '✖ 3 problems (2 errors, 1 warning)'],
  ])('summarises %#', (list, files, line) => {
    expect(stylishSummary(list, { files })).toBe(line);
    expect(formatStylish(list, { files }).trimEnd().split('\n').at(-1)).toBe(line);
  });
});
