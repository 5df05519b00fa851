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
