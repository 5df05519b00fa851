import { it } from 'vitest';
import { compileTemplates, renderReply, finishReply, chooseTemplate } from '../../src/template/index.js';
import { checkReply } from '../../src/check-reply/index.js';
import { ctx, playbook, template, tone, channel } from './support.js';
it('bench', () => {
  const text =
    '{{salutation author.name}} Спасибо за ваш отзыв. Мы хотим разобраться в сложившейся ситуации, но по описанию в отзыве мы не смогли вас идентифицировать в нашей системе. Уточните, пожалуйста, номер вашего заказа. Обязательно разберемся и вернемся с обратной связью.';
  const ts = Array.from({ length: 20 }, (_, i) =>
    template(`t${i}`, { type: [i % 2 ? 'constructive' : 'other'], channel: [i % 3 ? 'vk' : 'x'] }, text),
  );
  const pb = playbook({ templates: ts });
  const rt = compileTemplates(pb);
  const t = tone({
    require: ['greeting', 'thanks', 'regret', 'help', 'name'],
    maxExclamations: 1,
    avoid: [{ phrase: 'проблема', prefer: 'ситуация' }, { phrase: 'вы сами виноваты' }],
  });
  const ch = channel('otzovik', { limit: 2000 });
  const chX = channel('x', { limit: 280, unit: 'twitter' });
  const facts = {
    type: 'constructive',
    channel: 'vk',
    voice: 'official',
    locale: 'ru' as const,
    signals: new Set<string>(),
    escalations: new Set<string>(),
    holding: false,
  };
  const contexts = Array.from({ length: 1000 }, (_, i) =>
    ctx({ at: new Date(Date.UTC(2026, 2, 2, i % 24, i % 60)).toISOString(), author: { name: i % 5 ? 'Виктория' : undefined } }),
  );
  const N = 2_000;
  const time = (label: string, fn: (i: number) => void) => {
    for (let i = 0; i < 200; i++) fn(i);
    const t0 = performance.now();
    for (let i = 0; i < N; i++) fn(i);
    console.log(label, (((performance.now() - t0) * 1000) / N).toFixed(2), 'µs/op');
  };
  let reply = '';
  time('choose', () => {
    chooseTemplate(pb, facts);
  });
  time('render', (i) => {
    const r = renderReply(rt, 't1', contexts[i % 1000]);
    if ('text' in r) reply = r.text;
  });
  time('finish', () => {
    finishReply(reply, { signature: 'Команда Acme' });
  });
  time('checkReply graphemes', () => {
    checkReply(reply, { tone: t, locale: 'ru', channel: ch, authorName: 'Виктория' });
  });
  time('checkReply twitter', () => {
    checkReply(reply, { tone: t, locale: 'ru', channel: chX, authorName: 'Виктория' });
  });
  time('all (choose+render+finish+check)', (i) => {
    const c = chooseTemplate(pb, facts);
    const r = renderReply(rt, c.template!.id, contexts[i % 1000]);
    if ('text' in r)
      checkReply(finishReply(r.text, { signature: 'Команда Acme' }), { tone: t, locale: 'ru', channel: ch, authorName: 'Виктория' });
  });
});
