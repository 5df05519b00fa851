/**
 * `npm run bench` (template): the reply stages on their own — choosing among 20 templates,
 * rendering, finishing with the signature, and the reply checks (graphemes and X's weighting) — in
 * µs per reply, against a bare Handlebars render of the same text timed in the same run (the floor).
 * It was a test that only logged these numbers (test/template/zz-bench.test.ts).
 */
import Handlebars from 'handlebars';
import { chooseTemplate, compileTemplates, finishReply, renderReply } from '../../src/template/index.js';
import { checkReply } from '../../src/check-reply/index.js';
import { channel, ctx, playbook, template, tone } from '../template/support.js';

const N = 2_000;

/** µs per call of `fn(i)` over N calls, the best of 5 rounds after a warm-up. */
function usPerOp(fn: (i: number) => void): number {
  for (let i = 0; i < 200; i++) fn(i);
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < N; i++) fn(i);
    best = Math.min(best, ((performance.now() - t0) * 1000) / N);
  }
  return best;
}

/** Runs the template benchmarks and returns one report line each. */
export function benchTemplate(): string[] {
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

  // The floor: Handlebars alone, the same text, a salutation helper that does the least.
  const hb = Handlebars.create();
  hb.registerHelper('salutation', (name: unknown) => (name ? `Добрый день, ${String(name)}!` : 'Добрый день!'));
  const bare = hb.compile(text, { noEscape: true });
  const floor = usPerOp((i) => bare(contexts[i % 1000]));

  let reply = '';
  const choose = usPerOp(() => chooseTemplate(pb, facts));
  const render = usPerOp((i) => {
    const r = renderReply(rt, 't1', contexts[i % 1000]);
    if ('text' in r) reply = r.text;
  });
  if (!reply) throw new Error('template t1 did not render');
  const finish = usPerOp(() => finishReply(reply, { signature: 'Команда Acme' }));
  const checkGraphemes = usPerOp(() => checkReply(reply, { tone: t, locale: 'ru', channel: ch, authorName: 'Виктория' }));
  const checkTwitter = usPerOp(() => checkReply(reply, { tone: t, locale: 'ru', channel: chX, authorName: 'Виктория' }));
  const all = usPerOp((i) => {
    const c = chooseTemplate(pb, facts);
    const r = renderReply(rt, c.template!.id, contexts[i % 1000]);
    if ('text' in r)
      checkReply(finishReply(r.text, { signature: 'Команда Acme' }), { tone: t, locale: 'ru', channel: ch, authorName: 'Виктория' });
  });
  // Bounded, strict rendering with a checked context costs several bare renders (8.9× when this was written).
  const TARGET_RENDER = 15;
  const us = (x: number) => `${x.toFixed(2)} µs`;
  return [
    `template per reply: choose ${us(choose)}, render ${us(render)}, finish ${us(finish)}, checks ${us(checkGraphemes)} (graphemes) / ${us(checkTwitter)} (X); all together ${us(all)}`,
    `template bare Handlebars ${us(floor)}; render / bare = ${(render / floor).toFixed(2)} (target ≤ ${TARGET_RENDER}: ${render / floor <= TARGET_RENDER ? 'ok' : 'OVER'}); all / bare = ${(all / floor).toFixed(2)}`,
  ];
}
