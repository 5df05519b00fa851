import { describe, expect, it } from 'vitest';
import { asciiOnlyPattern, FastRegex } from '../../src/text/fast-regex.js';

describe('asciiOnlyPattern', () => {
  it.each([
    [String.raw`\b(?:a|the) recall\b|\bsued\b`, true],
    [String.raw`(?:\bbb-?|#|\border\s*(?:number|no\.?)?\s*#?\s*)(\d{6})\b`, true],
    [String.raw`[a-z0-9_\-]+@x`, true],
    ['суд', false],
    ['a.b', false],
    ['[^a]', false],
    [String.raw`\S+`, false],
    [String.raw`\W`, false],
    [String.raw`\D`, false],
    [String.raw`\Bx`, false],
    [String.raw`\p{L}`, false],
    [String.raw`\u{61}`, false],
    ['(?<=a)b', false],
    ['(?!a)b', false],
    ['(?<n>a)', false],
    [String.raw`(a)\1`, false],
  ])('%s → %s', (pattern, expected) => {
    expect(asciiOnlyPattern(pattern)).toBe(expected);
  });
});

describe('FastRegex', () => {
  it('has a fast twin only for case-insensitive Unicode regexes with an ASCII-only pattern', () => {
    expect(new FastRegex(/\bhacked\b/iu).fast?.flags).toBe('i');
    expect(new FastRegex(/\bhacked\b/giu).fast?.flags).toBe('gi');
    expect(new FastRegex(/\bhacked\b/u).fast).toBeNull();
    expect(new FastRegex(/\bhacked\b/i).fast).toBeNull();
    expect(new FastRegex(/(?<!\p{L})суд/iu).fast).toBeNull();
  });

  const cases: Array<[RegExp, string]> = [
    [/\bhacked\b/iu, 'My account was HACKED!'],
    [/\bhacked\b/iu, 'not hackedx'],
    [/\bsk\b/iu, 'a \u017f\u212a b'], // «ſK» folds to «sk» only with `u`
    [/\bs/iu, 'x\u017fs'], // «ſ» is a word character only with `u`
    [/\bs/iu, '😀s 😀'],
    [/x*/iu, '😀😀'], // an empty match
    [/(\d{6})\b/iu, 'order #509921, ok'],
    [/\b(?:be|was) recalled\b/iu, 'Был RECALLED, it WAS Recalled'],
  ];
  it.each(cases)('%s on %j matches as the original regex', (re, text) => {
    const a = new FastRegex(re).exec(text);
    const b = re.exec(text);
    expect(a === null ? null : { index: a.index, groups: [...a] }).toEqual(b === null ? null : { index: b.index, groups: [...b] });
  });

  it('uses the original regex on a text with a character that folds to ASCII', () => {
    const fr = new FastRegex(/\bsk\b/iu);
    expect(fr.pick('plain text')).toBe(fr.fast);
    expect(fr.pick('\u017fk')).toBeNull();
    expect(fr.exec('\u017f\u212a')?.[0]).toBe('\u017f\u212a');
  });
});
