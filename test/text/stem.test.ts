import { describe, expect, it } from 'vitest';
import { findPhrase, stem, stemEn, stemRu } from '../../src/text/index.js';

describe('stemRu (Snowball)', () => {
  // Worked by hand through the Snowball rules (RV, R2, the ending classes).
  it.each([
    ['заказ', 'заказ'],
    ['заказа', 'заказ'],
    ['заказом', 'заказ'],
    ['заказы', 'заказ'],
    ['заказов', 'заказ'],
    ['доставка', 'доставк'],
    ['доставки', 'доставк'],
    ['доставкой', 'доставк'],
    ['курьер', 'курьер'],
    ['курьеры', 'курьер'],
    ['вавиловка', 'вавиловк'],
    ['важная', 'важн'],
    ['важнейшие', 'важн'],
    ['вагонах', 'вагон'],
    ['ваза', 'ваз'],
    ['вазах', 'ваз'],
    ['бежавшего', 'бежа'],
    ['безделья', 'бездел'],
    ['безобразничает', 'безобразнича'],
    ['безумная', 'безумн'],
    ['стран', 'стран'],
    ['кафе', 'каф'],
    ['улыбнувшись', 'улыбнувш'],
    ['злейшего', 'злейш'],
    ['ответили', 'ответ'],
  ])('%s → %s', (w, s) => expect(stemRu(w)).toBe(s));
});

describe('stemEn', () => {
  it.each([
    [['deliver', 'delivered', 'delivery', 'deliveries', 'delivering']],
    [['order', 'orders', 'ordered', 'ordering']],
    [['refund', 'refunds', 'refunded']],
    [['reply', 'replied', 'replies']],
    [['cancel', 'cancelled', 'cancellation']],
    [['hope', 'hoping', 'hoped']],
  ])('%j share a stem', (forms) => {
    expect(new Set(forms.map(stemEn)).size).toBe(1);
  });
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'pon'],
    ['relational', 'relat'],
    ['generalization', 'gener'],
  ])('%s → %s', (w, s) => expect(stemEn(w)).toBe(s));
  it('keeps different words apart', () => expect(stemEn('courier')).not.toBe(stemEn('course')));
});

describe('stem picks the stemmer by script', () => {
  it.each([
    ['заказы', 'заказ'],
    ['orders', 'order'],
    ['123456', '123456'],
    ['да', 'да'],
  ])('%s → %s', (w, s) => expect(stem(w)).toBe(s));
});

describe('findPhrase', () => {
  it.each([
    ['Где мой заказ?', 'заказ', 'ru', 'заказ'],
    ['Нет заказа уже неделю', 'заказ', 'ru', 'заказа'],
    ['С вашим ЗАКАЗОМ беда', 'заказ', 'ru', 'ЗАКАЗОМ'],
    ['Заказала платье', 'заказ', 'ru', 'Заказала'],
    ['Я считаю, Вы сами виноваты!', 'вы сами виноваты', 'ru', 'Вы сами виноваты'],
    ['My delivery is late', 'deliver', 'en', 'delivery'],
    ['They never delivered it', 'delivery', 'en', 'delivered'],
    ['Где   мой\nзаказ', 'мой заказ', 'ru', 'мой\nзаказ'],
  ] as const)('%j has %j', (text, phrase, locale, found) => {
    expect(findPhrase(text, phrase, locale)?.text).toBe(found);
  });
  it.each([
    ['Подаю иск', 'искать', 'ru'],
    ['Буду искать другой магазин', 'иск', 'ru'],
    ['вы не виноваты', 'вы сами виноваты', 'ru'],
    ['Заказчик недоволен', 'заказ', 'ru'],
    ['', 'заказ', 'ru'],
    ['text', '', 'en'],
  ] as const)('%j does not have %j', (text, phrase, locale) => {
    expect(findPhrase(text, phrase, locale)).toBeNull();
  });
  it('returns offsets into the original text', () => {
    const text = 'Ну и где  ЗАКАЗ?';
    const s = findPhrase(text, 'заказ', 'ru')!;
    expect(text.slice(s.start, s.end)).toBe('ЗАКАЗ');
  });
});
