import { describe, expect, it } from 'vitest';
import { analyseMention, builtinSignals, compileClassifier } from '../../src/classify/index.js';
import { BUILTIN_LEXICONS, BUILTIN_SIGNALS } from '../../src/validate/builtins.js';
import { BUILTIN_LEXICONS as BUILTIN_LEXICON_WORDS } from '../../src/text/lexicons/builtins.js';
import { mention, playbook, signalDef } from './helpers.js';

const c = compileClassifier(playbook());
const signals = (text: string) => analyseMention(c, mention(text)).signals;

describe('built-in signals', () => {
  it.each([
    ['order-number', 'Заказ 12345678 не пришёл', '12345678'],
    ['order-number', 'заказ №4521', '4521'],
    ['order-number', 'order #98765', '98765'],
    ['order-number', 'номер: 000123456789', '000123456789'],
    ['shouting', 'ВЫ ВООБЩЕ РАБОТАЕТЕ ИЛИ НЕТ', 'ВЫ ВООБЩЕ РАБОТАЕТЕ ИЛИ НЕТ'],
    ['shouting', 'Добрый день. ВЕРНИТЕ МОИ ДЕНЬГИ немедленно', 'ВЕРНИТЕ МОИ ДЕНЬГИ'],
    ['shouting', 'WHERE IS MY PARCEL', 'WHERE IS MY PARCEL'],
    ['exclamations', 'Где заказ?!!', '?!!'],
    ['exclamations', 'Ужас!!!!!', '!!!!!'],
    ['repeat-contact', 'Пишу уже в четвёртый раз!', 'Пишу уже в четвёртый раз'],
    ['repeat-contact', 'уже третий раз обращаюсь', 'уже третий раз обращаюсь'],
    ['repeat-contact', 'Который раз пишу, ответа нет', 'Который раз пишу'],
    ['repeat-contact', 'Снова пишу вам', 'Снова пишу'],
    ['repeat-contact', 'пишу вам в 5 раз', 'пишу вам в 5 раз'],
    ['repeat-contact', "This is the third time I'm writing", "the third time I'm writing"],
    ['repeat-contact', 'Still no answer from you', 'Still no answer'],
    ['repeat-contact', 'I contacted you again yesterday', 'contacted you again'],
    ['url', 'см. https://example.com/a?b=1.', 'https://example.com/a?b=1'],
    ['url', 'www.acme.ru/help, там', 'www.acme.ru/help'],
    ['question', 'Здравствуйте. Где мой заказ? Жду.', 'Где мой заказ?'],
  ])('%s in %j = %j', (id, text, value) => {
    expect(signals(text).get(id)?.value).toBe(value);
  });

  it.each([
    ['order-number', 'позвоните +79991234567'],
    ['order-number', 'ждал 12 дней, 2 часа'],
    ['shouting', 'Мы из ООО МТС и ПАО ВТБ'],
    ['shouting', 'Всё ОК'],
    ['exclamations', 'Где заказ?!'],
    ['repeat-contact', 'Пишу отзыв о заказе'],
    ['repeat-contact', 'Это первый раз, когда я заказываю'],
    ['url', 'пишите на почту'],
    ['question', 'Верните деньги.'],
  ])('no %s in %j', (id, text) => {
    expect(signals(text).has(id)).toBe(false);
  });

  it('gives spans in the original text', () => {
    const text = 'Пишу  УЖЕ в ЧЕТВЁРТЫЙ раз, заказ №55555';
    const s = signals(text);
    for (const id of ['repeat-contact', 'order-number']) {
      const sp = s.get(id)!.spans[0];
      expect(text.slice(sp.start, sp.end)).toBe(sp.text);
    }
    expect(s.get('repeat-contact')!.spans[0].text).toBe('Пишу  УЖЕ в ЧЕТВЁРТЫЙ раз');
  });
});

describe('playbook signals', () => {
  const pb = playbook({
    signals: [
      signalDef('order-number', String.raw`(?:заказ\S*\s*)?№?\s*(\d{8})`),
      signalDef('ticket', String.raw`\bT-\d{5}\b`),
      signalDef('broken', '(unclosed'),
    ],
  });
  const c2 = compileClassifier(pb);
  it.each([
    ['order-number', 'заказ 12345678', '12345678'],
    ['ticket', 'тикет T-12345, t-99999', 'T-12345'],
  ])('%s in %j = %j', (id, text, value) => {
    expect(analyseMention(c2, mention(text)).signals.get(id)?.value).toBe(value);
  });
  it('overrides the built-in pattern', () => {
    expect(analyseMention(c2, mention('заказ 1234567')).signals.has('order-number')).toBe(false);
  });
  it('finds every match of a pattern', () => {
    expect(
      analyseMention(c2, mention('T-11111 и T-22222'))
        .signals.get('ticket')!
        .spans.map((s) => s.text),
    ).toEqual(['T-11111', 'T-22222']);
  });
  it('reports a bad pattern instead of throwing', () => {
    expect(c2.problems.join('\n')).toMatch(/signal `broken`: invalid pattern/);
  });

  it('matches a whole word with `word: true`, its spans on the word alone', () => {
    const c3 = compileClassifier(playbook({ signals: [{ ...signalDef('order-number', String.raw`\d{8}`), word: true }] }));
    const hit = analyseMention(c3, mention('заказ12345678, заказ №40817263 и 51234987.')).signals.get('order-number')!;
    expect(hit.value).toBe('40817263');
    expect(hit.spans.map((s) => [s.start, s.end, s.text])).toEqual([
      [22, 30, '40817263'],
      [33, 41, '51234987'],
    ]);
  });

  it('refuses what the linear-time engine cannot run, saying why', () => {
    const c3 = compileClassifier(playbook({ signals: [signalDef('n', String.raw`(?<!\d)\d{8}(?!\d)`)] }));
    expect(c3.problems.join('\n')).toMatch(/signal `n`: .*lookahead `\(\?!\\d\)`.*`\(\?:\\D\|\$\)`/);
    expect(analyseMention(c3, mention('12345678')).signals.has('n')).toBe(false);
  });
});

describe('the built-in names apart from their detectors and words', () => {
  it('names every built-in signal builtinSignals() defines, in its order, and every built-in lexicon', () => {
    expect(builtinSignals().map((s) => s.id)).toEqual([...BUILTIN_SIGNALS]);
    expect([...BUILTIN_LEXICON_WORDS.keys()]).toEqual([...BUILTIN_LEXICONS]);
    expect([...BUILTIN_LEXICON_WORDS.values()].every((l) => l.length > 0)).toBe(true);
  });
});
