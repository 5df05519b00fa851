/** The simulator in Russian: its words from the sim catalogue, times in the playbook's zone with its name. */
import { afterEach, describe, expect, it } from 'vitest';
import { formatFromMention, formatLocalTime } from '../../src/tui/text/time.js';
import { setSimLang } from '../../src/tui/text/words.js';
import { decisionLines, lengthCounter, replyLines, traceLines } from '../../src/tui/view/lines.js';
import { outcome, PLAYBOOK, sample } from './fake-project.js';

const text = (lines: Array<Array<{ text: string }>>) => lines.map((l) => l.map((s) => s.text).join('')).join('\n');

afterEach(() => setSimLang('en'));

describe('the simulator in Russian', () => {
  it.each([
    ['2026-03-03T14:10:00+03:00', 'Europe/Moscow', 'вт, 3 марта, 14:10 МСК'],
    ['2026-03-03T14:10:00+03:00', 'Asia/Novosibirsk', 'вт, 3 марта, 18:10 МСК+4'],
    ['2026-03-03T14:10:00+03:00', 'Europe/Kaliningrad', 'вт, 3 марта, 13:10 МСК−1'],
    ['2026-03-03T14:10:00+03:00', 'Europe/London', 'вт, 3 марта, 11:10 GMT'],
    ['2026-07-03T14:10:00+03:00', 'Europe/Berlin', 'пт, 3 июля, 13:10 GMT+2'],
  ])('%s in %s → %s', (iso, zone, shown) => {
    setSimLang('ru');
    expect(formatLocalTime(iso, zone)).toBe(shown);
  });

  it('keeps the English format in English', () => {
    expect(formatLocalTime('2026-03-02T14:15:00+03:00', 'Europe/Moscow')).toBe('Mon 2026-03-02 14:15');
    expect(formatFromMention('2026-03-02T14:15:00+03:00', '2026-03-02T10:15:00+03:00')).toBe('+4 h after the mention');
  });

  it('says the decision, the reply and the spans in Russian', () => {
    setSimLang('ru');
    const o = outcome();
    const decision = text(decisionLines(o, sample('a').mention, PLAYBOOK, 100));
    expect(decision).toContain('тип constructive · шаблон constructive/default · голос official');
    expect(decision).toContain('без эскалации');
    expect(decision).toContain('ответить до пн, 2 марта, 14:15 МСК · через 4 ч после упоминания · обычный приоритет');
    expect(text(replyLines(outcome({ reply: null }), 80))).toContain('этому типу не отвечают');
    expect(lengthCounter(o)?.text).toBe('48 / 280 знаков X');
    // after a limit ending in 1, the unit in the genitive singular
    expect(lengthCounter(outcome({ length: { count: 48, limit: 281, unit: 'twitter' } }))?.text).toBe('48 / 281 знака X');
  });

  it('says a fired escalation’s priority in words, in Russian and as the id in English', () => {
    const fired = outcome({
      escalations: [{ id: 'opinion-leader', team: 'pr', priority: 'high', approval: false, reply: 'normal', hide: false }],
      priority: 'high',
    });
    setSimLang('ru');
    expect(text(decisionLines(fired, sample('a').mention, PLAYBOOK, 120))).toContain('↗ PR team (pr) высокий приоритет');
    setSimLang('en');
    expect(text(decisionLines(fired, sample('a').mention, PLAYBOOK, 120))).toContain('↗ PR team (pr) high');
  });

  it('writes the trace and the reply checks in Russian from their say, and in English as the engine wrote them', () => {
    const o = outcome({
      trace: [
        {
          stage: 'classify',
          ok: true,
          message: 'type `constructive`: no other type matched (fallback)',
          say: { id: 'classify.fallback', values: { type: 'constructive' } },
        },
        { stage: 'escalate', ok: true, message: 'escalation `x` → `care`' },
      ],
      checks: [{ id: 'tone/address', ok: true, message: 'The reply keeps the formal «вы»', say: { id: 'check.address.ok' } }],
    });
    setSimLang('ru');
    expect(text(traceLines(o, 120))).toContain('тип `constructive`: другие типы не подошли (тип по умолчанию)');
    // A step without a say (computed with the trace off) is shown as the engine wrote it.
    expect(text(traceLines(o, 120))).toContain('escalation `x` → `care`');
    expect(text(replyLines(o, 120))).toContain('tone/address  Ответ сохраняет обращение на «вы»');
    setSimLang('en');
    expect(text(traceLines(o, 120))).toContain('type `constructive`: no other type matched (fallback)');
    expect(text(replyLines(o, 120))).toContain('tone/address  The reply keeps the formal «вы»');
  });
});
