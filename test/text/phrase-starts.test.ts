import { describe, expect, it } from 'vitest';
import { normalise, PhraseSet, phraseStarts, stemTokens, tokenise } from '../../src/text/index.js';

describe('phraseStarts', () => {
  it('finds the same hits as a search of every token', () => {
    const a = PhraseSet.compile(['заказ', 'доставка курьером', 'не пришло'], 'ru');
    const b = PhraseSet.compile(['курьер', 'возврат'], 'ru');
    const keys = new Set([...a.firstStems(), ...b.firstStems()]);
    for (const text of ['Заказала платье, доставка курьером, до сих пор не пришло', 'Курьеры и возвраты', 'Ничего общего', '']) {
      const tokens = tokenise(normalise(text, 'ru'));
      stemTokens(tokens);
      const starts = phraseStarts(tokens, keys);
      for (const set of [a, b]) expect(set.find(tokens, Infinity, starts)).toEqual(set.find(tokens));
    }
    const tokens = tokenise(normalise('Заказала платье', 'ru'));
    stemTokens(tokens);
    expect([...phraseStarts(tokens, keys)]).toEqual([0]);
  });
});

describe('presentStems', () => {
  it('skips only phrases a mention cannot hold: the same hits with and without it, gaps and loose stems included', async () => {
    const { presentStems } = await import('../../src/text/phrase.js');
    const fc = (await import('fast-check')).default;
    const ru = PhraseSet.compile(
      ['не пришел', 'заказ не пришел', 'так и не пришел', 'заказала платье', 'деньги не вернули', 'не могу'],
      'ru',
      undefined,
      { gap: 2 },
    );
    const en = PhraseSet.compile(['never arrived', 'my order', 'not working', 'the app crashes', 'charged twice'], 'en', undefined, {
      gap: 2,
    });
    const words = [
      'не',
      'пришел',
      'пришла',
      'так',
      'и',
      'заказ',
      'заказала',
      'платье',
      'деньги',
      'вернули',
      'могу',
      'never',
      'actually',
      'arrived',
      'my',
      'order',
      'not',
      'working',
      'the',
      'app',
      'crashes',
      'charged',
      'twice',
      'still',
      '.',
      ',',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 16 }), (parts) => {
        for (const [set, locale] of [
          [ru, 'ru'],
          [en, 'en'],
        ] as const) {
          const tokens = tokenise(normalise(parts.join(' '), locale));
          stemTokens(tokens);
          expect(set.find(tokens, Infinity, undefined, presentStems(tokens))).toEqual(set.find(tokens));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
