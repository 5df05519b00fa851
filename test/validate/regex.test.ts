import { describe, expect, it } from 'vitest';
import { analyseRegex } from '../../src/validate/index.js';

describe('regular expressions are checked for validity and catastrophic backtracking', () => {
  it.each([
    ['\\bT-\\d{5}\\b', []],
    ['(?:заказ\\w*\\s*)?№?\\s*(\\d{8})', []],
    ['(\\d+,)*\\d+', []],
    ['(a+b)*', []],
    ['(a|b)*', []],
    ['(?<=ab)c', []],
    ['(\\d{2})+', []],
    ['[', ['invalid']],
    ['a{2,1}', ['invalid']],
    ['(a+)+', ['catastrophic']],
    ['(a|a)*', ['catastrophic']],
    ['(.*)*', ['catastrophic']],
    ['(\\w+\\s?)*$', ['catastrophic']],
    ['(\\w|\\d)+', ['catastrophic']],
    ['(x+x+)+y', ['catastrophic']],
    ['(?:a{1,3})+', ['catastrophic']],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', ['catastrophic']],
    ['(a)\\1', ['unsupported']],
    ['(?<q>a)\\k<q>', ['unsupported']],
    ['(?<=a+)b', ['unsupported']],
  ])('%s', (pattern, expected) => {
    expect(analyseRegex(pattern, 'iu').map((p) => p.rule)).toEqual(expected);
  });

  it('a flagged pattern really is slow, an accepted one is not (the analyser is not guessing)', () => {
    const input = `${'a'.repeat(22)}!`;
    const time = (re: RegExp): number => { const t0 = performance.now(); re.test(input); return performance.now() - t0; };
    expect(time(/^(a+)+$/)).toBeGreaterThan(5 * time(/^(a+b)*$/) + 5);
  });

  it('never recurses without bound on deeply nested groups', () => {
    const p = '('.repeat(5000) + 'a' + ')'.repeat(5000);
    expect(analyseRegex(p, 'u').map((x) => x.rule)).toEqual(['catastrophic']);
  });
});
