import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { applyDirectives, findDirectives, isSilenced } from '../../src/validate/index.js';

const at = (line: number, ruleId: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'pb/playbook.yaml',
  range: { start: { line, column: 1, offset: 0 }, end: { line, column: 2, offset: 1 } },
  severity: 'error',
  ruleId,
  message: ruleId,
  ...extra,
});

const TEXT = [
  'templates:', // 1
  '  a:', // 2
  '    # replybook-disable-next-line tone/avoid, tone/emoji -- the slogan', // 3
  '    text: "x"', // 4
  '  # replybook-disable tone/exclamations', // 5
  '  b: { text: "y!!" }', // 6
  '  # replybook-enable tone/exclamations', // 7
  '  c: { text: "z!!" }  # replybook-disable-next-line', // 8
  '  d: { text: "w" }', // 9
  '  e: { text: "# replybook-disable-next-line inside a value is no comment" }', // 10
].join('\n');

describe('inline directives', () => {
  it('finds directives in comments, with their rules and place', () => {
    const found = findDirectives(TEXT);
    expect(found.map((d) => [d.kind, d.line, d.rules])).toEqual([
      ['disable-next-line', 3, ['tone/avoid', 'tone/emoji']],
      ['disable', 5, ['tone/exclamations']],
      ['enable', 7, ['tone/exclamations']],
      ['disable-next-line', 8, []],
    ]);
    expect(found[0].range.start).toMatchObject({ line: 3, column: 5 });
    expect(findDirectives('a: 1\n')).toEqual([]);
  });

  it('silences the next line, a block until enable, and every rule when none is named', () => {
    const d = findDirectives(TEXT);
    expect(isSilenced(d, 4, 'tone/avoid')).toBe(true);
    expect(isSilenced(d, 4, 'tone/address')).toBe(false);
    expect(isSilenced(d, 6, 'tone/exclamations')).toBe(true);
    expect(isSilenced(d, 8, 'tone/exclamations')).toBe(false);
    expect(isSilenced(d, 9, 'anything/at-all')).toBe(true);
  });

  it('drops what is silenced, never a fatal diagnostic, and reports what silenced nothing', () => {
    const list = [at(4, 'tone/avoid'), at(6, 'tone/exclamations'), at(8, 'tone/exclamations'), at(4, 'yaml/syntax', { fatal: true })];
    const r = applyDirectives('pb/playbook.yaml', findDirectives(TEXT), list, true);
    expect(r.diagnostics.map((x) => `${x.range.start.line}:${x.ruleId}`)).toEqual(['8:tone/exclamations', '4:yaml/syntax']);
    expect(r.unused.map((x) => `${x.range.start.line}:${x.message}`)).toEqual([
      '3:Unused `replybook-disable-next-line` directive: no `tone/emoji` problem on the next line to silence',
      '8:Unused `replybook-disable-next-line` directive: no problem on the next line to silence',
    ]);
    expect(r.unused.every((x) => x.ruleId === 'config/unused-directive' && x.severity === 'error')).toBe(true);
    expect(applyDirectives('pb/playbook.yaml', findDirectives(TEXT), list, false).unused).toEqual([]);
  });
});
