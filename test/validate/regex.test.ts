import { describe, expect, it } from 'vitest';
import { checkPlaybook, checkProject, createChecker, RULES } from '../../src/validate/index.js';
import { MAX_PLAYBOOK_PROGRAM_SIZE } from '../../src/text/index.js';
import { filesOf } from './helpers.js';

const HEAD = `replybook: 1
brand: Acme
locale: ru
timezone: Europe/Moscow
channels:
  vk: { name: ВКонтакте, limit: 4096 }
`;

/** The `regex/…` diagnostics of a playbook whose types.yaml is `types`. */
function regexDiagnostics(types: string) {
  return checkPlaybook('pb', filesOf({ 'playbook.yaml': HEAD, 'types.yaml': types })).diagnostics.filter((d) =>
    d.ruleId.startsWith('regex/'),
  );
}

const typeWith = (regex: string): string => `types:\n  t:\n    match: { regex: ${JSON.stringify(regex)} }\n    reply: none\n`;

describe('the regex check is the compile step onto the linear-time engine', () => {
  it.each([
    // Patterns a backtracking engine takes exponential time on run linearly here: nothing to report.
    ['(a+)+$', []],
    ['(a|a)*', []],
    ['(.*)*x', []],
    ['[a-z](\\w+\\s?){1,15}$', []],
    ['\\s*\\s*\\s*\\s*$', []],
    ['(?<=ab)c', []],
    ['(?<!\\p{L})суд', []],
    ['\\bT-\\d{5}\\b', []],
    ['[', ['regex/invalid']],
    ['a{2,1}', ['regex/invalid']],
    ['\\-', ['regex/invalid']], // valid only without `u`, which is always on
    ['(a)\\1', ['regex/unsupported']],
    ['(?<q>a)\\k<q>', ['regex/unsupported']],
    ['a(?=b)', ['regex/unsupported']],
    ['(?<=(a))b', ['regex/unsupported']],
    ['a{1001}', ['regex/unsupported']],
    ['\\p{sc=Cyrl}', ['regex/unsupported']],
    ['a(?!b)c(?=d)', ['regex/unsupported', 'regex/unsupported']],
    ['a{1000}b{1000}', ['regex/too-large']],
    ['x'.repeat(2001), ['regex/too-large']],
  ])('%.40s', (pattern, expected) => {
    expect(regexDiagnostics(typeWith(pattern)).map((d) => d.ruleId)).toEqual(expected);
  });

  it('places a lookahead on the lookahead itself, inside the YAML string, and says how to write it', () => {
    const [d, ...rest] = regexDiagnostics('types:\n  t:\n    match: { regex: "(?<!\\\\p{L})суд(?!\\\\p{L})" }\n    reply: none\n');
    expect(rest).toEqual([]);
    // Line 3 is `    match: { regex: "(?<!\\p{L})суд(?!\\p{L})" }`; the lookahead starts after `суд`.
    const line = '    match: { regex: "(?<!\\\\p{L})суд(?!\\\\p{L})" }';
    expect(d.range.start).toMatchObject({ line: 3, column: line.indexOf('(?!') + 1 });
    expect(d.range.end).toMatchObject({ line: 3, column: line.indexOf('" }') + 1 });
    expect(d.message).toContain('`(?:\\P{L}|$)`');
    expect(d.message).toContain('`word: true`');
  });

  it('places a problem in a signal and in a `{ pattern }` mapping on the pattern', () => {
    const ds = checkPlaybook(
      'pb',
      filesOf({
        'playbook.yaml': `${HEAD}signals:\n  echo: { pattern: "(\\\\w)\\\\1" }\n`,
        'types.yaml': 'types:\n  t:\n    match: { regex: { pattern: "x(?=y)", word: true } }\n    reply: none\n',
      }),
    ).diagnostics.filter((d) => d.ruleId.startsWith('regex/'));
    expect(ds.map((d) => [d.file, d.range.start.line, d.range.start.column, d.ruleId])).toEqual([
      ['pb/playbook.yaml', 8, '  echo: { pattern: "(\\\\w)'.length + 1, 'regex/unsupported'],
      ['pb/types.yaml', 3, '    match: { regex: { pattern: "x'.length + 1, 'regex/unsupported'],
    ]);
  });

  it('accepts `word: true` on conditions and signals, and refuses it where it is no boolean', () => {
    const ok = checkPlaybook(
      'pb',
      filesOf({
        'playbook.yaml': `${HEAD}signals:\n  order: { pattern: "\\\\d{8}", word: true }\n`,
        'types.yaml': 'types:\n  t:\n    match: { regex: { pattern: "суд|иск", word: true } }\n    reply: none\n',
      }),
    );
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ok.playbook?.signals.get('order')).toMatchObject({ pattern: '\\d{8}', word: true });
    const bad = checkPlaybook('pb', filesOf({ 'playbook.yaml': `${HEAD}signals:\n  order: { pattern: "\\\\d{8}", word: "yes" }\n` }));
    expect(bad.diagnostics.map((d) => d.ruleId)).toContain('schema/type');
  });

  it('refuses the pattern that takes the playbook past its total program size, as the engine does', () => {
    // 100 pseudo-random 8-letter words compile to about 900 instructions (RE2 shares no prefixes).
    const word = (k: number, i: number): string => {
      let x = Math.imul(k * 1000 + i + 1, 2654435761) >>> 0;
      let w = '';
      for (let j = 0; j < 8; j++) {
        w += 'abcdefghijklmnopqrstuvwxyz'[x % 26];
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      }
      return w;
    };
    const big = (k: number): string => Array.from({ length: 100 }, (_, i) => word(k, i)).join('|');
    const types = Array.from({ length: 14 }, (_, k) => `  t${k}:\n    match: { regex: "${big(k)}" }\n    reply: none\n`).join('');
    const ds = regexDiagnostics(`types:\n${types}`);
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.ruleId === 'regex/too-large')).toBe(true);
    expect(ds[0].message).toContain(MAX_PLAYBOOK_PROGRAM_SIZE.toLocaleString('en'));
    // About eleven fit in the total: only the later types are refused.
    expect(ds[0].range.start.line).toBeGreaterThan(20);
    expect(ds.length).toBeLessThan(5);
  });

  it('refuses a 5,000-branch alternation by its length', () => {
    const alt = Array.from({ length: 5000 }, (_, i) => `w${i}`).join('|');
    const ds = regexDiagnostics(typeWith(alt));
    expect(ds.map((d) => d.ruleId)).toEqual(['regex/too-large']);
  });

  it('does not compile an unchanged pattern again on a re-check', () => {
    const checker = createChecker();
    const files = filesOf({ 'playbook.yaml': HEAD, 'types.yaml': typeWith('a(?=b)') });
    const first = checker.checkPlaybook('pb', files).diagnostics.filter((d) => d.ruleId.startsWith('regex/'));
    const again = checker.checkPlaybook('pb', files).diagnostics.filter((d) => d.ruleId.startsWith('regex/'));
    expect(again).toEqual(first);
    expect(first).toHaveLength(1);
  });

  it('no longer knows `regex/catastrophic`: nothing can backtrack', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['regex/invalid', 'regex/unsupported', 'regex/too-large']));
    expect(ids).not.toContain('regex/catastrophic');
  });
});

describe("a complaint's `expect.reply.matches` goes through the same compile step", () => {
  it.each([
    ['^Добрый', []],
    ['(a+)+$', []],
    ['(', ['regex/invalid']],
    ['Добр(?=ый)', ['regex/unsupported']],
    ['(x)\\1', ['regex/unsupported']],
    ['y'.repeat(2001), ['regex/too-large']],
  ])('%.40s', (pattern, expected) => {
    const files = filesOf(
      {
        'playbook.yaml': `${HEAD}types:\n  t:\n    fallback: true\n    reply: none\n`,
        'complaints/a.yaml': `complaints:\n  - id: one\n    channel: vk\n    text: x\n    at: 2026-03-02T10:00:00+03:00\n    expect: { reply: { matches: ${JSON.stringify(pattern)} } }\n`,
      },
      '.',
    );
    const ds = checkProject(files).diagnostics.filter((d) => d.ruleId.startsWith('regex/'));
    expect(ds.map((d) => d.ruleId)).toEqual(expected);
    for (const d of ds) expect([d.file, d.range.start.line]).toEqual(['complaints/a.yaml', 6]);
  });
});
