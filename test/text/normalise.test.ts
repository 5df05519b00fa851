import { describe, expect, it } from 'vitest';
import { normalise, tokenise } from '../../src/text/index.js';

describe('normalise', () => {
  it.each([
    ['ru', 'Ёлка и ЁЖ', 'елка и еж'],
    ['ru', 'ПРИВЕТ Мир', 'привет мир'],
    ['ru', 'и\u0306од', 'йод'], // NFC: и + combining breve
    ['ru', 'за\u200bказ', 'заказ'],
    ['ru', 'су\u00adка', 'сука'],
    ['ru', 'xуй', 'хуй'],
    ['ru', 'пpивeт', 'привет'],
    ['ru', 'BЫ', 'вы'],
    ['ru', 'п1здец', 'пиздец'],
    ['ru', 'пи3дец', 'пиздец'],
    ['ru', 'бл@дь', 'бладь'],
    ['ru', 'п!здец', 'пиздец'],
    ['ru', 'ужас!Верните', 'ужас!верните'],
    ['ru', 'ужас!!!', 'ужас!!!'],
    ['en', 'sh1t', 'shit'],
    ['en', 'sh!t', 'shit'],
    ['en', '$hit', 'shit'],
    ['en', 'b00bs', 'boobs'],
    ['en', 'fаck', 'fack'], // Cyrillic а inside a Latin word
    ['en', '3rd mp3 covid19 $100', '3rd mp3 covid19 $100'],
    ['en', '@acme', '@acme'],
    ['ru', 'п.и.з.д.е.ц', 'пиздец'],
    ['ru', 'х у й', 'хуй'],
    ['en', 'f u c k', 'fuck'],
    ['en', 's.h.i.t', 'shit'],
    ['en', 'f-u-c-k off', 'fuck off'],
    ['ru', 'а я в шоке', 'а я в шоке'],
    ['ru', 'и т.д.', 'и т.д.'],
    ['ru', 'хуууууй', 'хуй'],
    ['ru', 'дааааа', 'да'],
    ['ru', 'ссылка', 'ссылка'],
    ['en', 'soooo gooood', 'so god'],
    ['ru', 'х*й', 'х*й'],
    ['ru', 'Заказ №12345678', 'заказ №12345678'],
  ] as const)('%s: %j → %j', (locale, input, expected) => {
    expect(normalise(input, locale).text).toBe(expected);
  });

  it.each([
    ['Хууууй вам', 'вам', 7],
    ['п.и.з.д.е.ц!', '!', 11],
    ['за\u200bказ номер', 'номер', 7],
  ])('maps %j back to original offsets', (input, find, at) => {
    const n = normalise(input, 'ru');
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(input.length);
    expect(n.map[n.text.indexOf(find)]).toBe(at);
  });

  it('keeps the map monotonic on mixed input', () => {
    const n = normalise('Ёж x у й 🙂 ЗАКАЗ п.и.з.д.е.ц s h1t', 'ru');
    for (let i = 1; i < n.map.length; i++) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1]);
  });
});

describe('normalise lower-cases letters beyond Latin and Cyrillic as the locale does', () => {
  it.each(['ΑΒΓ Ωμέγα', 'ǄǅǇ', 'ÀÉÎ'])('%s, asked twice (the second time from the table)', (text) => {
    for (const locale of ['ru', 'en'] as const) {
      const once = normalise(text, locale).text;
      expect(normalise(text, locale).text).toBe(once);
      expect(once).toBe(normalise(text.toLocaleLowerCase(locale), locale).text);
    }
  });

  it('keeps a letter that lowers to two code units, every time', () => {
    const first = normalise('İstanbul', 'en');
    const second = normalise('İstanbul', 'en');
    expect(second.text).toBe(first.text);
    expect(second.map).toEqual(first.map);
  });
});

describe('tokenise', () => {
  it.each([
    ['Привет, мир!', ['привет', 'мир']],
    ['кто-то из-за', ['кто', 'то', 'из', 'за']],
    ["don't stop", ["don't", 'stop']],
    ['х*й и f**k', ['х*й', 'и', 'f**k']],
    ['*важно*', ['важно']],
    ['заказ №123456', ['заказ', '123456']],
    ['ёлки🙂палки', ['елки', 'палки']],
  ])('%j → %j', (input, expected) => {
    expect(tokenise(normalise(input, 'ru')).map((t) => t.text)).toEqual(expected);
  });

  it('gives each token its span in the original text', () => {
    const text = 'Ну Х у Й, ЗАЕБАЛИ';
    const tokens = tokenise(normalise(text, 'ru'));
    expect(tokens.map((t) => text.slice(t.oStart, t.oEnd))).toEqual(['Ну', 'Х у Й', 'ЗАЕБАЛИ']);
  });
});
