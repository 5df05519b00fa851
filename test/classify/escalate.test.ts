import { describe, expect, it } from 'vitest';
import { analyseMention, classify, compileClassifier } from '../../src/classify/index.js';
import { escalate } from '../../src/escalate/index.js';
import { all, channel, escalation, followers, mention, playbook, signal, type, typeIs, verified, words } from './helpers.js';

const pb = playbook({
  types: [type('constructive', words('заказ')), type('non-constructive')],
  escalations: [
    escalation('opinion-leader', followers('gte', 10000), { to: 'pr', priority: 'high' }),
    escalation('legal', words('суд', 'иск', 'роспотребнадзор', 'юрист'), { to: 'legal', approval: true, reply: 'holding' }),
    escalation('repeat', all(typeIs('constructive'), signal('repeat-contact')), { to: 'support', priority: 'urgent' }),
    escalation('verified-x', all(verified(), channel('x')), { to: 'pr' }),
  ],
});
const c = compileClassifier(pb);

function run(text: string, extra = {}) {
  const f = analyseMention(c, mention(text, extra));
  return escalate(c, f, classify(c, f, { trace: false }).type);
}

describe('escalate', () => {
  it.each([
    ['Плохо', {}, []],
    ['Плохо', { author: { followers: 50000 } }, ['opinion-leader']],
    ['Подам в суд', {}, ['legal']],
    ['Буду искать другой магазин', {}, []],
    ['Пишу уже в третий раз про заказ, подаю иск', { author: { followers: 10000 } }, ['opinion-leader', 'legal', 'repeat']],
    ['Пишу уже в третий раз', {}, []], // not `constructive`
    ['Плохо', { channel: 'x', author: { verified: true } }, ['verified-x']],
  ])('%j %j → %j', (text, extra, ids) => {
    expect(run(text, extra).fired.map((r) => r.escalation.id)).toEqual(ids);
  });

  it('explains every rule, fired or not', () => {
    const r = run('Подам в суд на вас', { author: { followers: 35 } });
    expect(r.trace.map((s) => [s.ok, s.message])).toEqual([
      [false, 'escalation `opinion-leader` did not fire: author.followers 35 is not ≥ 10000'],
      [true, 'escalation `legal` → `legal` (normal): words matched «суд» at 8–11 (суд)'],
      [false, 'escalation `repeat` did not fire: type `non-constructive` is not constructive'],
      [false, 'escalation `verified-x` did not fire: author.verified is false, not true'],
    ]);
    expect(r.fired[0].trace).toBe(r.trace[1]);
    expect(r.fired[0].trace.spans).toEqual([{ start: 8, end: 11, text: 'суд' }]);
  });

  it('fires the same rules with the trace off', () => {
    const f = analyseMention(c, mention('Пишу уже в третий раз про заказ', { author: { followers: 10000 } }));
    const fast = escalate(c, f, 'constructive', { trace: false });
    expect(fast.fired.map((r) => r.escalation.id)).toEqual(escalate(c, f, 'constructive').fired.map((r) => r.escalation.id));
    expect(fast.trace).toEqual([]);
  });
});
