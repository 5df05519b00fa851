import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  charSet,
  collapseRuns,
  isLineSpace,
  isSpace,
  longestRun,
  longestRunAtLineStart,
  trimEndWhile,
  trimLineEnds,
  trimStartWhile,
  trimWhile,
} from '../../src/text/trim.js';
import { countGraphemeClusters, SEGMENT_WINDOW, splitGraphemes } from '../../src/text/graphemes.js';
import { hasTimeAndOffset } from '../../src/deadline/zone-clock.js';

// Small texts made of the characters the trims care about, so the properties meet every edge.
const ALPHABET = [
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '.',
  "'",
  '’',
  '-',
  '`',
  '~',
  'a',
  'я',
  '1',
  'T',
  'Z',
  '+',
  ':',
  '😀',
];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((a) => a.join(''));

describe('linear trims equal the regexes they replace', () => {
  it('isSpace is \\s', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(`U+${c.toString(16)}`);
    expect(differ).toEqual([]);
  });

  it.each([
    ['trimEndWhile(isSpace) = /\\s+$/u', (s: string) => trimEndWhile(s, isSpace), (s: string) => s.replace(/\s+$/u, '')],
    ['trimStartWhile(isSpace) = /^\\s+/u', (s: string) => trimStartWhile(s, isSpace), (s: string) => s.replace(/^\s+/u, '')],
    ['trimWhile(dash) = /^-+|-+$/g', (s: string) => trimWhile(s, (c) => c === 0x2d), (s: string) => s.replace(/^-+|-+$/g, '')],
    [
      "trimWhile(.'’-) = /^[.'’-]+|[.'’-]+$/gu",
      (s: string) => trimWhile(s, charSet(".'’-")),
      (s: string) => s.replace(/^[.'’-]+|[.'’-]+$/gu, ''),
    ],
    ['trimLineEnds = /[ \\t\\u00A0]+$/gm', (s: string) => trimLineEnds(s), (s: string) => s.replace(/[ \t\u00A0]+$/gm, '')],
    [
      'trimLineEnds(isSpace minus line ends) = /[^\\S\\n\\r\\u2028\\u2029]+$/gm',
      (s: string) => trimLineEnds(s, (c) => isSpace(c) && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029),
      (s: string) => s.replace(/[^\S\n\r\u2028\u2029]+$/gm, ''),
    ],
    [
      'collapseRuns = /[^\\p{L}\\p{N}]+/gu',
      (s: string) => collapseRuns(s, (c) => !/[\p{L}\p{N}]/u.test(String.fromCharCode(c)), '-'),
      (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '-'),
    ],
    [
      'longestRun(`) = longest /`+/g',
      (s: string) => longestRun(s, '`'),
      (s: string) => Math.max(0, ...(s.match(/`+/g) ?? []).map((m) => m.length)),
    ],
    [
      'longestRunAtLineStart(`) = longest /^`+/gm',
      (s: string) => longestRunAtLineStart(s, '`'),
      (s: string) => Math.max(0, ...(s.match(/^`+/gm) ?? []).map((m) => m.length)),
    ],
    [
      'longestRunAtLineStart(`, 3) = longest /^ {0,3}(`+)/gm',
      (s: string) => longestRunAtLineStart(s, '`', 3),
      (s: string) => Math.max(0, ...[...s.matchAll(/^ {0,3}(`+)/gm)].map((m) => m[1].length)),
    ],
    [
      'hasTimeAndOffset = /T\\d.*(?:Z|[+-]\\d{2}(?::?\\d{2})?)$/',
      (s: string) => hasTimeAndOffset(s),
      (s: string) => /T\d.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(s),
    ],
  ] as const)('%s', (_name, linear, regex) => {
    fc.assert(
      fc.property(text, (s) => {
        expect(linear(s)).toEqual(regex(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('hasTimeAndOffset on ISO-like texts', () => {
    const iso = fc
      .tuple(
        fc.constantFrom('2026-03-02', 'x', ''),
        fc.constantFrom('T10:15', 'T1', 't10', ' '),
        fc.constantFrom('', ':00', '.5', '\n'),
        fc.constantFrom('Z', '+03:00', '-0300', '+03', '+3', '', 'z'),
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(iso, (s) => {
        expect(hasTimeAndOffset(s)).toBe(/T\d.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('splitGraphemes equals Intl.Segmenter, across window seams', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const pieces = [
      'a',
      ' ',
      '\r\n',
      '\r',
      '\n',
      'й',
      'и\u0306',
      '😀',
      '👩\u200d👩\u200d👧',
      '🇷🇺',
      '🇺',
      '\u0301',
      '\u200d',
      'ก\u0e33',
      '\u1100\u1161\u11a8',
    ];
    const long = fc
      .array(fc.constantFrom(...pieces), { minLength: SEGMENT_WINDOW / 2, maxLength: SEGMENT_WINDOW * 2 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(long, (s) => {
        const want = Array.from(seg.segment(s), (x) => x.segment);
        expect(splitGraphemes(s)).toEqual(want);
        expect(countGraphemeClusters(s)).toBe(want.length);
      }),
      { numRuns: 30 },
    );
  });

  it('isLineSpace is space, tab and NBSP', () => {
    expect([0x20, 0x09, 0xa0].every(isLineSpace)).toBe(true);
    expect([0x0a, 0x0d, 0x61, 0x3000].some(isLineSpace)).toBe(false);
  });
});
