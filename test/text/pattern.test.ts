import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  MAX_PATTERN_LENGTH,
  MAX_PROGRAM_SIZE,
  type Pattern,
  PATTERN_DFA_BYTES,
  PLAYBOOK_DFA_BYTES,
  PlaybookPatterns,
  type PatternOptions,
} from '../../src/text/index.js';

/** A pattern that must compile. */
function pattern(source: string, options?: PatternOptions): Pattern {
  const r = compilePattern(source, options);
  if (!r.ok) throw new Error(`${source}: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.pattern;
}

const problems = (source: string, options?: PatternOptions) => {
  const r = compilePattern(source, options);
  return r.ok ? [] : r.problems;
};

/** What V8 finds, as the reference for patterns both engines run. */
function v8All(re: RegExp, text: string, max = 10): Array<[number, number]> {
  const g = new RegExp(re.source, `${re.flags.replace(/g/, '')}g`);
  const out: Array<[number, number]> = [];
  for (let m = g.exec(text); m !== null && out.length < max; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
const spans = (p: Pattern, text: string, max = 10) => p.all(text, max).map((m) => [m.start, m.end]);

describe('flags', () => {
  it.each([
    // pattern, options, text, matches
    ['ёлка', {}, 'ЁЛКА', true], // default `iu`: Unicode case folding
    ['ЁЛКА', {}, 'ёлка', true],
    ['ёлка', { flags: '' }, 'ЁЛКА', false], // flags as written: no `i`
    ['ёлка', { flags: 'u' }, 'ЁЛКА', false],
    ['ёлка', { flags: 'i' }, 'ЁЛКА', true], // `u` is implied
    ['\\u{1F600}', { flags: 'i' }, '😀', true],
    ['^b$', { flags: 'iu' }, 'a\nb', false],
    ['^b$', { flags: 'm' }, 'a\nb', true],
    ['a.b', { flags: 'u' }, 'a\nb', false],
    ['a.b', { flags: 's' }, 'a\nb', true],
    ['x', { flags: 'giy' }, 'X', true], // `g` and `y` mean nothing here
    ['k', {}, '\u212a', true], // KELVIN SIGN folds to k, as in V8 with `iu`
  ] as const)('/%s/ %j on %j → %s', (source, options, text, want) => {
    expect(pattern(source, options).test(text)).toBe(want);
    expect(
      new RegExp(source, `${(options as PatternOptions).flags ?? 'iu'}u`.replace(/[gy]/g, '').replace(/u(?=.*u)/, '')).test(text),
    ).toBe(want);
  });

  it('refuses unknown flags, naming them', () => {
    expect(problems('x', { flags: 'iz' })).toEqual([expect.objectContaining({ rule: 'invalid', message: expect.stringContaining('`z`') })]);
  });
});

describe('JavaScript meanings kept on RE2', () => {
  const every = (f: (ch: string) => void): void => {
    for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) f(String.fromCharCode(c));
    for (const ch of ['😀', '\u{10FFFF}', '\u{1D400}']) f(ch);
  };

  it.each([
    ['\\s', ''],
    ['\\S', ''],
    ['[\\s]', ''],
    ['[^\\s]', ''],
    ['[\\S]', ''],
    ['[^\\S]', ''],
    ['[\\sx]', ''],
    ['.', ''],
    ['.', 's'],
    ['\\w', ''],
    ['\\d', ''],
    ['\\p{L}', ''],
    ['\\P{L}', ''],
    ['[\\p{L}\\d]', ''],
    ['\\p{Script=Cyrillic}', ''],
    ['\\p{Letter}', ''],
    ['\\p{gc=Lu}', ''],
    ['\\p{ASCII}', ''],
    ['\\P{ASCII}', ''],
    ['[\\P{ASCII}a]', ''],
    ['\\p{White_Space}', ''],
    ['[^]', ''],
    ['[]', ''],
  ])('/%s/%s means on RE2 what it means in V8, for every character', (source, flags) => {
    const ours = pattern(`^${source}$`, { flags });
    const v8 = new RegExp(`^${source}$`, `${flags}u`);
    const wrong: string[] = [];
    every((ch) => {
      if (ours.test(ch) !== v8.test(ch) && wrong.length < 5) wrong.push(ch.codePointAt(0)!.toString(16));
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ['\\u0041\\x42\\cC', 'AB\u0003'],
    ['\\uD83D\\uDE00', '😀'],
    ['[\\u{1F600}-\\u{1F64F}]+', '😀🙏'],
    ['(?<year>\\d{4})-(?<m>\\d\\d)', '2026-03'],
    ['[a-c-e]', '-'],
    ['[\\b]', '\b'],
    ['\\0', '\0'],
    ['[-.]+', '.-.'],
    ['[\\]\\\\^]+', ']\\^'],
    ['a\\/b', 'a/b'],
    ['\\{\\}\\(\\)\\|\\.\\*\\+\\?\\$\\^\\[', '{}()|.*+?$^['],
    ['(?:ab)*?c', 'ababc'],
    ['a{2,3}', 'aaa'],
    ['[[:]+', '[:'],
  ])('/%s/ matches %j exactly as V8 does', (source, text) => {
    const ours = pattern(source, { flags: 'u' }).first(text);
    const m = new RegExp(source, 'u').exec(text)!;
    expect(ours).toMatchObject({ start: m.index, end: m.index + m[0].length });
  });
});

describe('positions and captures', () => {
  it('gives UTF-16 offsets (as JavaScript strings count) and the groups that took part', () => {
    expect(pattern('(\\d+)-(x)?').first('ab 12-y')).toEqual({ start: 3, end: 6, groups: [[3, 5], undefined] });
    expect(pattern('\\p{L}+').first('😀😀 привет')).toEqual({ start: 5, end: 11, groups: [] });
    expect(pattern('(?<n>b)').first('😀b')).toEqual({ start: 2, end: 3, groups: [[2, 3]] });
    expect(pattern('z').first('abc')).toBeNull();
  });

  it('finds the leftmost-first match, as a backtracking engine would', () => {
    expect(pattern('a|ab').first('xab')).toMatchObject({ start: 1, end: 2 });
    expect(pattern('a+?').first('aaa')).toMatchObject({ start: 0, end: 1 });
    expect(pattern('(a|ab)(c|bcd)(d*)').first('abcd')?.groups).toEqual([
      [0, 1],
      [1, 4],
      [4, 4],
    ]);
  });

  it('lists non-empty matches left to right, at most `max`, as a global V8 regex finds them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a+', 'ab|b', 'a*', '\\d{2}', '[ab]+?', 'b(a|)', '\\s+'),
        fc.stringMatching(/^[ab1 ]{0,30}$/),
        fc.integer({ min: 1, max: 6 }),
        (source, text, max) => {
          expect(spans(pattern(source), text, max)).toEqual(v8All(new RegExp(source, 'iu'), text, max));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('word: true — a whole word in any script', () => {
  const WORD = '[\\p{L}\\p{M}\\p{N}_]';
  // The meaning, written with the lookarounds the engine cannot run, for V8 to check against.
  const reference = (source: string, flags = 'iu') => new RegExp(`(?<!${WORD})(?:${source})(?!${WORD})`, flags);

  it.each([
    ['суд', 'иду в суд.', [[6, 9]]],
    ['суд', 'судя по отзывам', []],
    ['суд', 'подсудно', []],
    ['суд', 'суд2', []],
    ['суд', '_суд', []],
    ['суд', 'СУД!', [[0, 3]]],
    ['суд|суда', 'до суда', [[3, 7]]], // the first alternative that makes a whole word
    [
      'суд',
      'суд суд,суд',
      [
        [0, 3],
        [4, 7],
        [8, 11],
      ],
    ], // one character between words is enough
    ['hacked', 'we got hacked', [[7, 13]]],
    ['hacked', 'unhacked hacked-off', [[9, 15]]],
    ['\\d{8}', '№40817263, 123456789 и заказ12345678', [[1, 9]]],
    ['ёж', 'Ёж', [[0, 2]]],
    ['cafe', 'café cafe\u0301 cafe', [[11, 15]]], // a combining mark is part of the word
    ['a.', 'a. b', [[0, 2]]], // a word may end in a non-word character
  ] as const)('/%s/ in %j → %j', (source, text, want) => {
    const p = pattern(source, { word: true });
    expect(spans(p, text)).toEqual(want);
    expect(spans(p, text)).toEqual(v8All(reference(source), text));
    expect(p.test(text)).toBe(want.length > 0);
    const first = p.first(text);
    expect(first === null ? null : [first.start, first.end]).toEqual(want[0] ?? null);
  });

  it('numbers capture groups as written (the boundary is not a group)', () => {
    const p = pattern('№?(\\d{8})', { word: true });
    expect(p.first('заказ №40817263.')).toEqual({ start: 6, end: 15, groups: [[7, 15]] });
    expect(p.captures).toBe(1);
  });

  it.each(['auto', 're2'] as const)(
    'agrees with the lookaround meaning on random texts (first match, all matches; engine %s)',
    (engine) => {
      fc.assert(
        fc.property(
          fc.constantFrom('а', 'аб|а', 'б+', 'а?', 'x\\d', '\\d+', '[аб]_?', 'б.', 'а|аб|б'),
          fc.stringMatching(/^[аб1x_ .ё]{0,24}$/),
          (source, text) => {
            const p = pattern(source, { word: true, engine });
            const want = v8All(reference(source), text, 10);
            expect(spans(p, text)).toEqual(want);
            expect(p.test(text)).toBe(reference(source).test(text));
          },
        ),
        { numRuns: 500 },
      );
    },
  );
});

describe('what RE2 cannot run is refused, with the way to write it', () => {
  it.each([
    ['(?<!\\p{L})суд(?!\\p{L})', 13, 22, ['`(?:\\P{L}|$)`', '`word: true`']],
    ['(?<!\\d)(\\d{8})(?!\\d)', 14, 20, ['`(?:\\D|$)`']],
    ['x(?![abc])', 1, 10, ['`(?:[^abc]|$)`']],
    ['x(?=y+)', 1, 7, ['`(?:y+)`']],
    ['(?=a)b', 0, 5, ['match what must follow']],
    ['(\\w)\\1', 4, 6, ['backreference `\\1`']],
    ['(?<q>a)\\k<q>', 7, 12, ['backreference `\\k<q>`']],
    ['(?<=(a))b', 4, 5, ['`(?:…)`']],
    ['a{0,1001}', 1, 9, ['1000']],
    ['\\uD83D', 0, 6, ['surrogate']],
    ['\\p{scx=Latin}', 0, 13, ['`\\p{Script=Latin}`']],
    ['\\p{Script=Cyrl}', 0, 15, ['full name']],
  ] as const)('%s', (source, start, end, says) => {
    const [p, ...rest] = problems(source);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ rule: 'unsupported', start, end });
    for (const s of says) expect(p.message).toContain(s);
  });

  it.each([
    ['(?<!\\d)(\\d{8})(?!\\d)', '(?<!\\d)(\\d{8})(?:\\D|$)'],
    ['суд(?!\\p{L})', 'суд(?:\\P{L}|$)'],
    ['x(?![^abc])', 'x(?:[abc]|$)'],
    ['a(?!.)', 'a(?:[\\n\\r\\u2028\\u2029]|$)'],
    ['a(?=bc)', 'a(?:bc)'],
  ])('the rewrite suggested for %s holds for the same texts', (source, rewrite) => {
    expect(problems(source)[0].message).toContain(`\`${rewrite.slice(rewrite.lastIndexOf('(?:'))}\``);
    const ours = pattern(rewrite);
    const v8 = new RegExp(source, 'iu');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-c0-9 \nсуд]{0,16}$/), (text) => {
        expect(ours.test(text)).toBe(v8.test(text));
      }),
      { numRuns: 300 },
    );
  });

  it("reports a syntax error in V8's words, reading the pattern with the `u` flag", () => {
    expect(problems('(T-')).toEqual([
      expect.objectContaining({ rule: 'invalid', message: expect.stringMatching(/`\(T-`.*`u` flag.*Unterminated group/) }),
    ]);
    expect(problems('\\-')).toEqual([expect.objectContaining({ rule: 'invalid' })]);
  });
});

describe('bounds', () => {
  it(`refuses a pattern longer than ${MAX_PATTERN_LENGTH} characters before parsing it`, () => {
    const longest = '\\x61'.repeat(MAX_PATTERN_LENGTH / 4); // 500 instructions
    expect(problems(longest)).toEqual([]);
    expect(problems(`${longest}a`)).toEqual([expect.objectContaining({ rule: 'too-large', message: expect.stringContaining('2,000') })]);
  });

  it(`refuses a program larger than ${MAX_PROGRAM_SIZE} instructions`, () => {
    expect(pattern('a{990}').programSize).toBeLessThanOrEqual(MAX_PROGRAM_SIZE);
    expect(problems('a{1000}b{1000}')).toEqual([expect.objectContaining({ rule: 'too-large', message: expect.stringContaining('1,000') })]);
    expect(problems('(?:(?:a{30}){30}){30}')).toEqual([expect.objectContaining({ rule: 'too-large' })]);
  });

  it('refuses a 5,000-branch alternation by its length', () => {
    expect(problems(Array.from({ length: 5000 }, (_, i) => `w${i}`).join('|'))[0]?.rule).toBe('too-large');
  });

  it("bounds each pattern's DFA memory, and shares a playbook's budget between its patterns", () => {
    expect(pattern('a').dfaBytes).toBe(PATTERN_DFA_BYTES);
    const set = new PlaybookPatterns();
    const ps = Array.from({ length: 64 }, (_, i) => set.compile(`w${i}`)).map((r) => (r.ok ? r.pattern : null)!);
    set.seal();
    expect(ps[0].dfaBytes).toBe(Math.floor(PLAYBOOK_DFA_BYTES / 64));
    expect(ps.reduce((n, p) => n + p.dfaBytes, 0)).toBeLessThanOrEqual(PLAYBOOK_DFA_BYTES);
    // A pattern whose DFA would need thousands of states still answers, linearly, within its budget.
    const p = pattern('[ab]*a[ab]{14}$');
    p.limitMemory(16 * 1024);
    let x = 7,
      text = '';
    for (let i = 0; i < 50_000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      text += x & 0x10000 ? 'a' : 'b';
    }
    expect(p.test(text)).toBe(/[ab]*a[ab]{14}$/.test(text.slice(-20)));
    expect(p.dfaBytes).toBe(16 * 1024);
  });

  it("counts a whole-word pattern's two programs in its budget", () => {
    const p = pattern('суд', { word: true });
    p.all('суд суд', 10); // compiles the second program
    expect(p.dfaBytes).toBeLessThanOrEqual(PATTERN_DFA_BYTES);
    p.limitMemory(64 * 1024);
    expect(p.dfaBytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('maps Cyrillic characters to DFA classes by a table when the budget allows, with the same answers', () => {
    const source = 'суд|суда|судебн\\p{L}*|иск';
    const fast = pattern(source, { word: true });
    const slow = pattern(source, { word: true });
    slow.limitMemory(64 * 1024); // too small for the table: binary search, as re2js does by itself
    expect(fast.classTable).toBe(true);
    expect(slow.classTable).toBe(false);
    expect(pattern('a').classTable).toBe(false); // nothing past Latin-1 to look up
    fc.assert(
      fc.property(fc.stringMatching(/^[судиекбнСУДИК .1_ёЁ😀]{0,30}$/u), (text) => {
        expect(fast.test(text)).toBe(slow.test(text));
        expect(fast.all(text, 10)).toEqual(slow.all(text, 10));
      }),
      { numRuns: 300 },
    );
  });
});

describe('patterns whose backtracking is bounded run on V8, with the same answers as on re2js', () => {
  it.each([
    ['\\d{8}', true],
    ['суд|суда|суде|судом|суду|судебн\\p{L}*|иск|иска', true],
    ['\\b(?:a|the|product|safety) recall\\b|\\b(?:be|been|was|were) recalled\\b', true],
    ['no\\.?', true],
    ['(?:ab){3}', true],
    ['[a-z]{2,5}', true],
    ['(?<name>ab)c', true],
    // a run that what follows can take back, a quantified group of alternatives, a look-behind
    ['\\d+x', false],
    ['a*a*', false],
    ['(a|a){20}', false],
    ['(?:\\bbb-?|#|\\border\\s*(?:number|no\\.?)?\\s*#?\\s*)(\\d{6})\\b', false],
    ['(?<=x)a', false],
    // too many alternatives in a row, too many characters compared at one position
    ['(a|b)(c|d)(e|f)(g|h)(i|j)(k|l)', false],
    ['(a|b|c|d|e|f|g|h)x{200}', false],
  ] as const)('%s → %s', (source, v8) => {
    expect(pattern(source).onV8).toBe(v8);
    expect(pattern(source, { engine: 're2' }).onV8).toBe(false);
  });

  it('agrees with re2js on random texts (test, first, all; whole words and not, any case)', () => {
    const sources = [
      '\\d{8}',
      'суд|суда|судебн\\p{L}*',
      'не (?:пришел|пришёл)',
      'a|ab|b',
      'x\\d{2}',
      '[аб]{1,3}',
      'б.?',
      '^а',
      'а$',
      '\\bab\\b',
      '(а)(б)',
      '(а)|(б)',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.boolean(),
        fc.constantFrom('iu', 'u', 'imu', 'isu'),
        fc.stringMatching(/^[аАбБ1x_ .ёСУДсуд\nабя2-]{0,40}$/),
        (source, word, flags, text) => {
          const v8 = pattern(source, { word, flags });
          const re2 = pattern(source, { word, flags, engine: 're2' });
          expect(v8.onV8).toBe(true);
          expect(v8.test(text)).toBe(re2.test(text));
          expect(v8.first(text)).toEqual(re2.first(text));
          expect(v8.all(text, 10)).toEqual(re2.all(text, 10));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
