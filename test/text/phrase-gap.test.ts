import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/model/playbook.js';
import { DEFAULT_PHRASE_GAP, MAX_PHRASE_GAP, normalise, PhraseSet, phraseStarts, stemTokens, tokenise } from '../../src/text/index.js';

/** The first hit of `phrase` in `text` with `gap`, as the original text it covers, or null. */
function found(text: string, phrase: string, locale: Locale, gap = DEFAULT_PHRASE_GAP): string | null {
  const set = PhraseSet.compile([phrase], locale, undefined, { gap });
  const tokens = tokenise(normalise(text, locale));
  stemTokens(tokens);
  const hit = set.find(tokens, 1)[0];
  return hit ? text.slice(tokens[hit.first].oStart, tokens[hit.last].oEnd) : null;
}

describe('phrase gap tolerance', () => {
  it('has a documented default of 2 and a maximum of 5', () => {
    expect(DEFAULT_PHRASE_GAP).toBe(2);
    expect(MAX_PHRASE_GAP).toBe(5);
  });

  it.each([
    ['It never actually arrived', 'never arrived', 'en', 'never actually arrived'],
    ['my parcel has never, ever arrived', 'never arrived', 'en', 'never, ever arrived'],
    ['The payment has failed again', 'payment failed', 'en', 'payment has failed'],
    ['they charged me twice', 'charged twice', 'en', 'charged me twice'],
    ['Заказ так и не пришёл', 'заказ не пришёл', 'ru', 'Заказ так и не пришёл'],
    ['Заказ так и не пришёл', 'не пришёл', 'ru', 'не пришёл'],
    ['Посылка не пришёл ещё', 'не пришёл', 'ru', 'не пришёл'],
    ['С карты списали деньги дважды', 'списали дважды', 'ru', 'списали деньги дважды'],
    ['Приложение у меня вылетает', 'приложение вылетает', 'ru', 'Приложение у меня вылетает'],
    ['Приложение постоянно у меня вылетает', 'приложение вылетает', 'ru', null],
    ['курьер вчера так и не приехал', 'курьер не приехал', 'ru', null],
    ['Курьер вообще не приехал', 'курьер не приехал', 'ru', 'Курьер вообще не приехал'],
  ] as const)('%j with %j (gap 2) → %j', (text, phrase, locale, span) => {
    expect(found(text, phrase, locale)).toBe(span);
  });

  it.each([
    // Stems on every word, both languages: inflected forms inside a gapped phrase.
    ['The orders never really arrived', 'order never arrived', 'en', 1, 'orders never really arrived'],
    ['The orders never really truly arrived', 'order never arrived', 'en', 1, null],
    ['The orders have never arrived', 'order never arrived', 'en', 1, 'orders have never arrived'],
    ['Заказы мои не пришли', 'заказ не пришли', 'ru', 1, 'Заказы мои не пришли'],
    ['Заказами мы недовольны', 'заказ недовольны', 'ru', 0, null],
    ['Заказами мы недовольны', 'заказ недовольны', 'ru', 1, 'Заказами мы недовольны'],
  ] as const)('%j with %j (%s, gap %i) → %j', (text, phrase, locale, gap, span) => {
    expect(found(text, phrase, locale, gap)).toBe(span);
  });

  it('is settable per list: 0 keeps the words adjacent, more lets more words in', () => {
    const text = 'It never, not once, actually arrived';
    expect(found('It never actually arrived', 'never arrived', 'en', 0)).toBeNull();
    expect(found('It never arrived', 'never arrived', 'en', 0)).toBe('never arrived');
    expect(found('It never really truly actually arrived', 'never arrived', 'en', 2)).toBeNull();
    expect(found('It never really truly actually arrived', 'never arrived', 'en', 3)).toBe('never really truly actually arrived');
    // «not» is a negation: it never fills a gap, whatever the gap.
    expect(found(text, 'never arrived', 'en', 5)).toBeNull();
  });

  it.each([
    // A negation in the gap turns the phrase round.
    ['It arrived not on time', 'arrived on time', 'en'],
    ["It arrived, but didn't come on time", 'arrived on time', 'en'],
    ['Курьер пришёл не вовремя', 'пришёл вовремя', 'ru'],
    ['Всё работает без сбоев', 'работает сбоев', 'ru'],
    // A gap does not cross a sentence end.
    ['It never came. Arrived the next one instead', 'never arrived', 'en'],
    ['Заказ оформил! Не пришёл только курьер', 'заказ не пришёл', 'ru'],
    ['Заказ оформил\nне пришёл курьер', 'заказ не пришёл', 'ru'],
    // «не» binds to the next word: no gap after it.
    ['Не знаю, пришёл ли он', 'не пришёл', 'ru'],
    ['Купил не сразу на вашем сайте', 'не на вашем сайте', 'ru'],
    // Order matters: the words are a phrase, not a bag.
    ['It arrived, never again', 'never arrived', 'en'],
  ] as const)('%j does not have %j', (text, phrase, locale) => {
    expect(found(text, phrase, locale, MAX_PHRASE_GAP)).toBeNull();
  });

  it('keeps a version number (a dot inside a word) inside one sentence', () => {
    expect(found('Payment in version 2.0 always failed', 'payment failed', 'en', 5)).toBe('Payment in version 2.0 always failed');
  });

  it('finds the completion a greedy left-to-right choice would miss', () => {
    // «blue» at 1 leaves «gold» out of reach with gap 1; «blue» at 2 reaches it.
    expect(found('red blue blue green gold', 'red blue gold', 'en', 1)).toBe('red blue blue green gold');
    expect(found('red blue green green gold', 'red blue gold', 'en', 1)).toBeNull();
  });

  it('covers the gap in the span, ending at the earliest completion', () => {
    expect(found('never ever arrived, never arrived', 'never arrived', 'en')).toBe('never ever arrived');
    const set = PhraseSet.compile(['never arrived'], 'en', undefined, { gap: 2 });
    const tokens = tokenise(normalise('never ever arrived, never arrived', 'en'));
    stemTokens(tokens);
    expect(set.find(tokens).map((h) => [h.first, h.last])).toEqual([
      [0, 2],
      [3, 4],
    ]);
  });

  it('gives the same hits through phraseStarts as through every token', () => {
    const set = PhraseSet.compile(['заказ не пришёл', 'never arrived', 'списали дважды'], 'ru', undefined, { gap: 2 });
    for (const text of ['Заказ так и не пришёл, с карты списали деньги дважды', 'it never actually arrived', 'ничего']) {
      const tokens = tokenise(normalise(text, 'ru'));
      stemTokens(tokens);
      expect(set.find(tokens, Infinity, phraseStarts(tokens, new Set(set.firstStems())))).toEqual(set.find(tokens));
    }
  });

  it('clamps a gap outside 0…MAX_PHRASE_GAP', () => {
    expect(PhraseSet.compile(['a b'], 'en', undefined, { gap: 99 }).gap).toBe(MAX_PHRASE_GAP);
    expect(PhraseSet.compile(['a b'], 'en', undefined, { gap: -1 }).gap).toBe(0);
  });

  it('stays linear on a long text of repeated first words', () => {
    // Every token starts the phrase and none completes it: each start looks at most
    // (words − 1) × (gap + 1) tokens ahead, so 20,000 tokens cost a bounded number of comparisons.
    const phrase = 'a b c d e f';
    const set = PhraseSet.compile([phrase], 'en', undefined, { gap: MAX_PHRASE_GAP });
    const tokens = tokenise(normalise('a '.repeat(20_000), 'en'));
    stemTokens(tokens);
    let compared = 0;
    for (const t of tokens)
      Object.defineProperty(t, 'stem', {
        get: () => {
          compared++;
          return 'a';
        },
      });
    expect(set.find(tokens)).toEqual([]);
    expect(compared).toBeLessThanOrEqual(tokens.length * (1 + 5 * (MAX_PHRASE_GAP + 1) * 6));
  });
});
