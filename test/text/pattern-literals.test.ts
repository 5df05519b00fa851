/** The literals a pattern's matches need (src/text/pattern-literals.ts), and the search they spare. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_LITERAL, requiredLiterals } from '../../src/text/pattern-literals.js';
import { compilePattern, type Pattern } from '../../src/text/pattern.js';
import { normalise } from '../../src/text/normalise.js';

const compiled = (source: string, flags?: string): Pattern => {
  const r = compilePattern(source, { flags });
  if (!r.ok) throw new Error(r.problems[0].message);
  return r.pattern;
};

describe('the literals every match holds', () => {
  it.each<[string, boolean, string[] | null]>([
    ['\\bhacked\\b', true, ['hacked']],
    ['\\b(?:a|the|product|safety) recall\\b|\\b(?:be|been|was|were|being) recalled\\b', true, [' recall', ' recalled']],
    ['Refund', true, ['refund']],
    ['Refund', false, ['Refund']],
    ['(?:never|not) (?:arrived|came)', true, ['arrived', 'came']],
    ['order\\s*#?\\d+', true, ['order']],
    ['colou?r', true, ['colo']],
    ['ab+cde', true, ['bcde']],
    ['x{3}yz', true, ['xxx']],
    ['(?:возврат|вернуть) денег', true, ['возврат', 'вернуть']],
    ['(?:за|от) возврат денег', true, [' возврат денег']],
    ['(?:возврат|вернуть)', true, ['возврат', 'вернуть']],
    ['сч[её]т', true, null],
    ['ёлка', true, ['лка']],
    ['(?i:abc)def', false, ['def']],
    ['(?=.*refund)money', true, ['money']],
    ['a|bcd', true, null],
    ['\\d{6}', true, null],
    ['(?:refund){0,2}money', true, ['money']],
    ['\\u0041bcd', true, ['bcd']],
    ['\\.com\\b', true, ['.com']],
    ['[a-z]+ing', true, ['ing']],
    ['café', true, ['caf']],
  ])('%s (i: %s) → %j', (source, ignoreCase, want) => {
    expect(requiredLiterals(source, ignoreCase)).toEqual(want);
  });

  it('keeps only literals of at least MIN_LITERAL characters', () => {
    expect(MIN_LITERAL).toBe(3);
    expect(requiredLiterals('ab', true)).toBeNull();
  });
});

describe('the normaliser folds what a case-insensitive letter also matches', () => {
  it.each([
    ['ſ', 's'],
    ['ᲀ', 'в'],
    ['ᲁ', 'д'],
    ['ᲂ', 'о'],
    ['ᲃ', 'с'],
    ['ᲄ', 'т'],
    ['ᲅ', 'т'],
    ['ᲆ', 'ъ'],
    ['K', 'k'],
  ])('%s → %s', (from, to) => {
    expect(normalise(`x${from}y`, 'en').text).toBe(`x${to}y`);
  });

  it('no other character outside ASCII and а–я matches an ASCII or а–я letter case-insensitively and survives normalising', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz0123456789абвгдежзийклмнопрстуфхцчшщъыьэюя'];
    const tests = letters.map((l) => new RegExp(l, 'iu'));
    const survivors: string[] = [];
    for (let cp = 0x80; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const ch = String.fromCodePoint(cp);
      if (cp >= 0x410 && cp <= 0x44f) continue;
      if (!tests.some((re) => re.test(ch))) continue;
      const n = normalise(ch, 'en').text;
      if (!letters.includes(n)) survivors.push(`U+${cp.toString(16)}`);
    }
    expect(survivors).toEqual([]);
  });
});

describe('a normalised text without the literals is not searched, and the answer is the same', () => {
  const sources = [
    '\\bhacked\\b',
    '\\b(?:a|the|product|safety) recall\\b|\\b(?:be|been|was|were|being) recalled\\b',
    '(?:возврат|вернуть) денег',
    'colou?r',
    'ab+cde',
    'Sk(?:y|ies)',
    'вс[её] пропало',
    'СВОД',
  ];
  it('for any text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.constantFrom('iu', 'u'),
        fc.stringMatching(
          /^(?:hacked|HACKED|haſked|recall|recalled|the|was|a| |возврат|денег|ВЕРНУТЬ|colour|color|abbcde|sky|skies|SKIES|ſky|ᲃᲀод|свод|все|пропало|ё|\.|!){0,10}$/u,
        ),
        (source, flags, raw) => {
          const p = compiled(source, flags);
          const text = normalise(raw, 'en').text;
          expect(p.testNormalised(text)).toBe(p.test(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
