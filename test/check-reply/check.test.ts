import { describe, expect, it } from 'vitest';
import { checkReply, type CheckReplyOptions } from '../../src/check-reply/index.js';
import type { Tone } from '../../src/model/playbook.js';
import { channel, tone } from '../template/support.js';

const OFFICIAL =
  'Добрый день, Виктория! Спасибо за ваш отзыв. Нам жаль, что так вышло. Уточните, пожалуйста, номер вашего заказа — обязательно разберемся.';

function opts(over: Partial<CheckReplyOptions> = {}): CheckReplyOptions {
  return { tone: tone(), locale: 'ru', channel: channel('otzovik', { limit: 2000 }), authorName: 'Виктория', ...over };
}

function only(id: string, text: string, o: CheckReplyOptions) {
  return checkReply(text, o).checks.filter((c) => c.id === id);
}

describe('checkReply', () => {
  it('passes the official reply against a full tone', () => {
    const o = opts({
      tone: tone({
        require: ['greeting', 'thanks', 'regret', 'help', 'name'],
        maxExclamations: 1,
        capitalizeVy: false,
        avoid: [{ phrase: 'проблема', prefer: 'ситуация' }],
      }),
    });
    const { checks, length } = checkReply(OFFICIAL, o);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.id)).toEqual([
      'template/leftover',
      'channel/limit',
      'tone/require-greeting',
      'tone/require-thanks',
      'tone/require-regret',
      'tone/require-help',
      'tone/require-name',
      'tone/avoid',
      'tone/address',
      'tone/emoji',
      'tone/exclamations',
    ]);
    expect(length).toEqual({ count: OFFICIAL.length, limit: 2000, unit: 'graphemes' });
  });

  it.each([
    ['greeting', 'Спасибо за отзыв.', false],
    ['greeting', 'Здравствуйте! Спасибо.', true],
    ['greeting', 'ДОБРЫЙ ДЕНЬ. Спасибо.', true],
    ['thanks', 'Добрый день! Мы разберемся.', false],
    ['thanks', 'Благодарим за отзыв', true],
    ['regret', 'Спасибо за отзыв', false],
    ['regret', 'Приносим извинения за задержку', true],
    ['help', 'Спасибо за отзыв', false],
    ['help', 'Готовы помочь', true],
  ] as const)('tone/require-%s on %j → ok %s', (element, text, ok) => {
    const [c] = only(`tone/require-${element}`, text, opts({ tone: tone({ require: [element] }) }));
    expect(c.ok).toBe(ok);
    if (!ok) expect(c.message).toMatch(/^The reply lacks .*; expected a phrase such as «/);
  });

  it('extends the built-in phrases with tone.elements', () => {
    const o = opts({ tone: tone({ require: ['regret'], elements: { regret: ['нам досадно'] } }) });
    expect(only('tone/require-regret', 'Нам досадно, что так вышло', o)[0]).toMatchObject({
      ok: true,
      message: 'The reply has an expression of regret: «Нам досадно»',
    });
  });

  it('matches element phrases as whole words', () => {
    const o = opts({ locale: 'en', tone: tone({ require: ['greeting'] }) });
    expect(only('tone/require-greeting', 'This is his order', o)[0].ok).toBe(false);
    expect(only('tone/require-greeting', 'Hi, Victoria', o)[0].ok).toBe(true);
  });

  it.each([
    ['Добрый день, Виктория!', 'Виктория', true],
    ['Добрый день!', 'Виктория', false],
    ['Добрый день, Виктория!', 'Виктория Петрова', true],
    ['Добрый день!', 'vika_1987', true],
    ['Добрый день!', undefined, true],
  ])('tone/require-name: %j for %j → ok %s', (text, authorName, ok) => {
    expect(only('tone/require-name', text, opts({ authorName, tone: tone({ require: ['name'] }) }))[0].ok).toBe(ok);
  });

  it('tone/avoid: reports each avoided phrase with what to prefer and why', () => {
    const o = opts({
      tone: tone({
        avoid: [
          { phrase: 'проблема', prefer: 'ситуация' },
          { phrase: 'вы сами виноваты', why: 'never blame a customer' },
          { phrase: 'к сожалению' },
        ],
      }),
    });
    expect(only('tone/avoid', 'Это не проблема. Вы сами виноваты!', o)).toEqual([
      { id: 'tone/avoid', ok: false, message: 'The reply uses «проблема», which the tone of voice avoids; prefer «ситуация»' },
      {
        id: 'tone/avoid',
        ok: false,
        message: 'The reply uses «вы сами виноваты», which the tone of voice avoids — never blame a customer',
      },
    ]);
    expect(only('tone/avoid', 'Всё в порядке', o)).toEqual([
      { id: 'tone/avoid', ok: true, message: 'None of the 3 avoided phrases is used' },
    ]);
  });

  // The English stemmer writes back an ending the word does not have («hoping» → «hope»): the
  // reply is still searched by stems, as `check` searches a template (findWords).
  it.each([
    ['We are hoping for the best.', 'hope', 'hoping'],
    ['Filing a claim is easy.', 'file a claim', 'Filing a claim'],
    ['The rating went down.', 'rate', 'rating'],
    ['Sorry for the unhappy customer experience.', 'unhappy customers', 'unhappy customer'],
  ])('tone/avoid finds an English phrase by stems where the word does not hold its stem: %s', (reply, phrase, found) => {
    const o = opts({ locale: 'en', tone: tone({ avoid: [{ phrase }] }) });
    const [c] = only('tone/avoid', reply, o);
    expect(c.ok).toBe(false);
    expect(c.message).toContain(`(as "${found}")`);
  });

  it.each([
    ['Решение вашей проблемы', 'проблема', '«проблема» (as «проблемы»)'],
    ['Вы сами виноваты!', 'вы сами виноваты', '«вы сами виноваты»'],
    ['Мы приносим извинения', 'приносить извинения', '«приносить извинения» (as «приносим извинения»)'],
  ])('tone/avoid finds other word forms by stem: %j', (text, avoided, shown) => {
    const o = opts({ tone: tone({ avoid: [{ phrase: avoided }] }) });
    expect(only('tone/avoid', text, o)[0]).toMatchObject({ ok: false, message: `The reply uses ${shown}, which the tone of voice avoids` });
  });

  it('tone/require-* finds other word forms by stem', () => {
    const o = opts({ tone: tone({ require: ['thanks', 'name'], elements: { thanks: ['благодарность'] } }) });
    const checks = checkReply('Виктории наша благодарность за отзыв', o).checks;
    expect(checks.find((c) => c.id === 'tone/require-name')).toMatchObject({
      ok: true,
      message: 'The reply addresses the author by name: «Виктории»',
    });
    expect(checks.find((c) => c.id === 'tone/require-thanks')?.ok).toBe(true);
  });

  it.each([
    ['Спасибо, что ты написал', false, '«ты»'],
    ['Мы проверим твой заказ и напишем тебе', false, '«твой», «тебе»'],
    ['Ты прав', false, '«Ты»'],
    ['Спасибо, что вы написали', true, ''],
    ['Вернём тысячу рублей, тыква в подарок', true, ''],
  ])('tone/address (formal): %j → ok %s', (text, ok, words) => {
    const [c] = only('tone/address', text, opts({ tone: tone({ address: 'formal' }) }));
    expect(c.ok).toBe(ok);
    if (!ok) expect(c.message).toBe(`The tone of voice is formal («вы»), but the reply says ${words}`);
  });

  it('tone/address is not checked for an informal tone or in English', () => {
    expect(only('tone/address', 'ты', opts({ tone: tone({ address: 'informal' }) }))).toEqual([]);
    expect(only('tone/address', 'ты', opts({ locale: 'en' }))).toEqual([]);
  });

  it.each([
    ['Спасибо, что Вы написали. Ваш заказ у Вас', true],
    ['Вы правы. Мы свяжемся с вами', false],
    ['Ваш заказ: проверим ваш адрес', false],
    ['Вывод: всё хорошо, вызов принят', true],
  ])('tone/capitalize-vy: %j → ok %s', (text, ok) => {
    expect(only('tone/capitalize-vy', text, opts({ tone: tone({ capitalizeVy: true }) }))[0].ok).toBe(ok);
    expect(only('tone/capitalize-vy', text, opts({ tone: tone({ capitalizeVy: false }) }))).toEqual([]);
  });

  it.each([
    ['Спасибо!', 'none', undefined, true],
    ['Спасибо 🙏', 'none', undefined, false],
    ['Спасибо 🙏', 'allowed', 1, true],
    ['Спасибо 🙏👨‍👩‍👧', 'allowed', 1, false],
    ['Спасибо 🙏👨‍👩‍👧🇷🇺', 'allowed', undefined, true],
  ] as const)('tone/emoji: %j with emoji %s, max %s → ok %s', (text, emoji, maxEmoji, ok) => {
    expect(only('tone/emoji', text, opts({ tone: tone({ emoji, maxEmoji }) }))[0].ok).toBe(ok);
  });

  it.each([
    ['Спасибо!', 1, true],
    ['Спасибо! Очень рады!', 1, false],
    ['Спасибо.', 0, true],
    ['Спасибо!', 0, false],
  ])('tone/exclamations: %j with max %i → ok %s', (text, max, ok) => {
    expect(only('tone/exclamations', text, opts({ tone: tone({ maxExclamations: max }) }))[0].ok).toBe(ok);
  });

  it('tone/exclamations is not checked without a limit', () => {
    expect(only('tone/exclamations', '!!!', opts())).toEqual([]);
  });

  it.each([
    ['Добрый день, Виктория!', true],
    ['Добрый день, {{author.name}}!', false],
    ['Добрый день, {{name', false],
    ['x }} y', false],
    ['{ не шаблон }', true],
  ])('template/leftover: %j → ok %s', (text, ok) => {
    expect(only('template/leftover', text, opts())[0].ok).toBe(ok);
  });

  it.each([
    ['a'.repeat(280), 'twitter', 280, true, '280 of 280 X-weighted characters allowed on X'],
    ['a'.repeat(281), 'twitter', 280, false, "The reply is 281 X-weighted characters, over X's limit of 280 by 1"],
    ['日'.repeat(141), 'twitter', 280, false, "The reply is 282 X-weighted characters, over X's limit of 280 by 2"],
    ['я'.repeat(10), 'bytes', 19, false, "The reply is 20 bytes (UTF-8), over X's limit of 19 by 1"],
    ['я'.repeat(10), 'graphemes', 10, true, '10 of 10 characters allowed on X'],
  ] as const)('channel/limit: %#', (text, unit, limit, ok, message) => {
    const o = opts({ channel: channel('x', { name: 'X', unit, limit }) });
    expect(only('channel/limit', text, o)).toEqual([{ id: 'channel/limit', ok, message }]);
    expect(checkReply(text, o).length).toMatchObject({ limit, unit });
  });
});

describe('reply check prefilters', () => {
  it('finds «ты»-forms written with Cyrillic Extended-C letters, as the case-insensitive regex does', async () => {
    const { findTyForms } = await import('../../src/check-reply/address.js');
    expect(findTyForms('Спасибо, \u1c84ы прав').map((h) => h.text)).toEqual(['\u1c84ы']);
    expect(findTyForms('Спасибо, Т\u1c82бой довольны').map((h) => h.text)).toEqual(['Т\u1c82бой']);
    expect(findTyForms('Спасибо за работу и заботу')).toEqual([]);
  });

  it('mayInclude never rules out a substring, even when replies are interleaved', async () => {
    const { ReplyText, pairsOf } = await import('../../src/check-reply/words.js');
    const a = new ReplyText('Нам жаль, что так вышло', 'ru');
    const b = new ReplyText('Уточните номер заказа', 'ru');
    expect(a.mayInclude(pairsOf('жал'))).toBe(true);
    expect(b.mayInclude(pairsOf('заказ'))).toBe(true);
    expect(a.mayInclude(pairsOf('вышл'))).toBe(true);
    expect(a.mayInclude(pairsOf('заказ'))).toBe(false);
    expect(b.mayInclude(pairsOf('жал'))).toBe(false);
    expect(a.mayInclude(pairsOf('ж'))).toBe(true);
  });

  it('still reports an avoided phrase found only by stems', () => {
    const o = opts({ tone: tone({ avoid: [{ phrase: 'проблема' }] as Tone['avoid'] }) });
    const avoid = checkReply('У вас возникли проблемы с заказом', o).checks.filter((c) => c.id === 'tone/avoid');
    expect(avoid.map((c) => c.ok)).toEqual([false]);
  });
});
