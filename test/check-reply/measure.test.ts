import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countEmoji, countGraphemes, measureLength } from '../../src/check-reply/index.js';
import type { LengthUnit } from '../../src/model/playbook.js';

const FAMILY = '👨‍👩‍👧‍👦';

describe('measureLength', () => {
  it.each<[string, LengthUnit, number]>([
    ['hello', 'graphemes', 5],
    ['привет', 'graphemes', 6],
    ['Ёлка', 'graphemes', 4],
    [FAMILY, 'graphemes', 1],
    ['🇷🇺🇺🇸', 'graphemes', 2],
    ['👍🏽', 'graphemes', 1],
    ['e\u0301', 'graphemes', 1],
    ['и\u0301ра', 'graphemes', 3],
    ['a\r\nb', 'graphemes', 3],
    ['1️⃣', 'graphemes', 1],
    ['привет', 'bytes', 12],
    ['a€', 'bytes', 4],
    ['👍', 'bytes', 4],
    [FAMILY, 'bytes', 25],
    ['\uD800x', 'bytes', 4],
    ['привет', 'utf16', 6],
    ['👍', 'utf16', 2],
    [FAMILY, 'utf16', 11],
    ['hello', 'twitter', 5],
    ['привет', 'twitter', 6],
    ['日本', 'twitter', 4],
    ['“ok” — ‘yes’', 'twitter', 12],
    ['wait…', 'twitter', 6],
    ['👍', 'twitter', 2],
    ['👍🏽', 'twitter', 2],
    [FAMILY, 'twitter', 2],
    ['🇷🇺', 'twitter', 2],
    ['ok 👍👍', 'twitter', 7],
    ['©', 'twitter', 1],
    ['й', 'twitter', 1],
    ['и\u0306', 'twitter', 1],
    ['see https://example.com/a/very/long/path?with=query&and=more', 'twitter', 4 + 23],
    ['see https://example.com/x.', 'twitter', 4 + 23 + 1],
    ['(https://acme.ru)', 'twitter', 1 + 23 + 1],
    ['пишите на acme.ru/help или www.acme-market.com', 'twitter', 10 + 23 + 5 + 23],
    ['магазин acme.рф', 'twitter', 8 + 23],
    ['т.е. всё хорошо', 'twitter', 15],
    ['email: vika@mail.ru', 'twitter', 19],
  ])('%j in %s = %i', (text, unit, expected) => {
    expect(measureLength(text, unit)).toBe(expected);
  });

  it('counts graphemes like Intl.Segmenter, with and without the fast path', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const alphabet = [
      'a',
      'Я',
      'ё',
      ' ',
      '\n',
      '\r',
      '\t',
      '—',
      '«',
      '€',
      '\u0301',
      '\u200D',
      '\uFE0F',
      '👍',
      '🏽',
      '🇷',
      '🇺',
      '\u00AD',
      '\u2028',
      '日',
      '\u0483',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(countGraphemes(text)).toBe([...seg.segment(text)].length);
      }),
    );
  });
});

describe('countEmoji', () => {
  it.each([
    ['Спасибо!', 0],
    ['Спасибо 🙏', 1],
    [`${FAMILY} семья`, 1],
    ['🇷🇺🇺🇸', 2],
    ['👍🏽👍', 2],
    ['© Acme™ ®', 0],
    ['❤️ и ❤', 2],
    ['1️⃣ 2️⃣', 2],
    ['🏴󠁧󠁢󠁥󠁮󠁧󠁿', 1],
  ])('%j has %i', (text, n) => {
    expect(countEmoji(text)).toBe(n);
  });
});
