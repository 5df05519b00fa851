import { describe, expect, it } from 'vitest';
import { analyseMention, classify, compileClassifier } from '../../src/classify/index.js';
import {
  all,
  any,
  channel,
  followers,
  lexicon,
  lexiconDef,
  mention,
  not,
  playbook,
  regex,
  signal,
  type,
  verified,
  words,
} from './helpers.js';

const pb = playbook({
  types: [
    type('profanity', any(lexicon('profanity'), lexicon('insults'))),
    type('competitor', lexicon('competitors')),
    type('constructive', any(signal('order-number'), words('заказ', 'доставка', 'курьер', 'delivery'))),
    type('vip', all(followers('gte', 10000), verified())),
    type('angry', all(signal('shouting'), not(channel('x')))),
    type('legal', regex(String.raw`роспотребнадзор|суд\S*`)),
    type('non-constructive'),
  ],
  lexicons: [lexiconDef('competitors', ['Сбер', 'другой банк']), lexiconDef('profanity', ['жопа'], ['хер'])],
});
const c = compileClassifier(pb);
const run = (text: string, extra = {}) => classify(c, analyseMention(c, mention(text, extra)));

describe('classify', () => {
  it.each([
    ['Вы охуели совсем?', 'profanity'],
    ['Какая ж0па с заказом', 'profanity'], // the playbook's extend, before `constructive`
    ['Идиоты, где заказ?', 'profanity'],
    ['Хер знает, где заказ', 'constructive'], // excepted by the playbook
    ['В Сбере такого нет', 'competitor'],
    ['Заказала платье две недели назад, до сих пор не пришло.', 'constructive'],
    ['Где мой 12345678?', 'constructive'],
    ['My delivery is late', 'constructive'],
    ['ВЫ ВООБЩЕ РАБОТАЕТЕ ИЛИ НЕТ', 'angry'],
    ['Пойду в Роспотребнадзор', 'legal'],
    ['Ужасный сервис', 'non-constructive'],
    ['', 'non-constructive'],
  ])('%j → %s', (text, expected) => expect(run(text).type).toBe(expected));

  it.each([
    [{ author: { followers: 20000, verified: true } }, 'vip'],
    [{ author: { followers: 20000 } }, 'non-constructive'],
    [{ author: {} }, 'non-constructive'],
  ])('author %j → %s', (extra, expected) => expect(run('Ну такое', extra).type).toBe(expected));

  it.each([
    ['vk', 'angry'],
    ['x', 'non-constructive'],
  ])('channel %s → %s', (ch, expected) => expect(run('ВЫ ВООБЩЕ РАБОТАЕТЕ ИЛИ НЕТ', { channel: ch }).type).toBe(expected));

  it('traces every type tried, with quoted words and positions', () => {
    const r = run('Ну где мой заказ?');
    expect(r.trace.map((s) => [s.message, s.ok])).toEqual([
      ['type `profanity`: none of: no word of lexicon `profanity` | no word of lexicon `insults`', false],
      ['type `competitor`: no word of lexicon `competitors`', false],
      ['type `constructive`: words matched «заказ» at 11–16 (заказ)', true],
    ]);
    expect(r.spans).toEqual([{ start: 11, end: 16, text: 'заказ' }]);
    expect(r.trace[2].source?.path).toEqual(['types', 'constructive']);
  });

  it('quotes an obfuscated match as written', () => {
    const r = run('да вы х у й знает что');
    expect(r.trace[0].message).toBe('type `profanity`: lexicon `profanity` matched «х у й» at 6–11 (хуй)');
  });

  it('says why the fallback was chosen', () => {
    const r = run('Плохо');
    expect(r.trace.at(-1)).toMatchObject({ ok: true, message: 'type `non-constructive`: no other type matched (fallback)' });
    expect(r.trace).toHaveLength(7);
  });

  it('returns no type, with a reason, when there is no fallback', () => {
    const c2 = compileClassifier(playbook({ types: [type('constructive', words('заказ'))] }));
    const r = classify(c2, analyseMention(c2, mention('Плохо')));
    expect(r.type).toBe('');
    expect(r.trace.at(-1)!.message).toBe('no type matched and the playbook has no fallback type');
  });

  it('tries the fallback last even if it is not last', () => {
    const c2 = compileClassifier(playbook({ types: [type('other'), type('constructive', words('заказ'))] }));
    expect(classify(c2, analyseMention(c2, mention('где заказ'))).type).toBe('constructive');
  });

  it('gives the same type without a trace, and builds none', () => {
    for (const text of ['Вы охуели', 'Где заказ', 'Плохо']) {
      const f = analyseMention(c, mention(text));
      const fast = classify(c, f, { trace: false });
      expect(fast.type).toBe(run(text).type);
      expect(fast.trace).toEqual([]);
    }
  });

  it.each([
    [regex('(unclosed'), /regex \/\(unclosed\/: /],
    [lexicon('nope'), /unknown lexicon `nope`/],
  ])('a broken condition never holds and is reported', (cond, problem) => {
    const c2 = compileClassifier(playbook({ types: [type('t', cond), type('fallback')] }));
    expect(c2.problems.join('\n')).toMatch(problem);
    expect(classify(c2, analyseMention(c2, mention('(unclosed nope'))).type).toBe('fallback');
  });

  it('cuts a huge mention and says so', () => {
    const c2 = compileClassifier(playbook({ types: [type('t', words('заказ')), type('f')] }), { maxChars: 100 });
    const f = analyseMention(c2, mention('а '.repeat(100) + 'заказ'));
    expect(f.truncated).toBe(true);
    expect(f.trace[0].message).toMatch(/only the first 100 were analysed/);
    expect(classify(c2, f).type).toBe('f');
  });

  it("holds a `word: true` regex only on a whole word, and explains it with the word's span", () => {
    const legal = { ...regex('суд|иск'), word: true };
    const c2 = compileClassifier(playbook({ types: [type('legal', legal), type('f')] }));
    expect(classify(c2, analyseMention(c2, mention('Судя по отзывам, иду в суд!'))).type).toBe('legal');
    expect(classify(c2, analyseMention(c2, mention('Судя по отзывам, подсудно'))).type).toBe('f');
    const step = classify(c2, analyseMention(c2, mention('Судя по отзывам, иду в суд!'))).trace.find(
      (t) => t.ok && /regex/.test(t.message),
    );
    expect(step?.message).toContain('matched «суд» at 23–26');
  });

  it('uses regex on the normalised text (lower case, folded)', () => {
    const c2 = compileClassifier(playbook({ types: [type('t', regex('^привет')), type('f')] }));
    expect(classify(c2, analyseMention(c2, mention('ПPИВЕТ'))).type).toBe('t');
  });
});
