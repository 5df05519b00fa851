import { describe, it, expect } from 'vitest';
import { compileSchedule, earliest } from '../../src/deadline/index.js';
import { duration, schedule } from './support.js';

const rt = compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { 'mon-fri': '09:00-18:00' } }));
const closed = compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { daily: 'off' } }));
const at = '2026-03-06T17:30:00+03:00'; // Friday evening
const targets = (...list: Array<[string, string]>) => list.map(([reason, text]) => ({ reason, target: duration(text) }));

describe('earliest', () => {
  it('picks the earliest deadline and says why', () => {
    const result = earliest(
      at,
      targets(['sla.first_response', '1 business day'], ['type constructive', '4 business hours'], ['escalation opinion-leader', '2h']),
      rt,
    );
    expect(result.best).toMatchObject({ reason: 'escalation opinion-leader', index: 2, due: '2026-03-06T19:30:00.000+03:00' });
    expect(result.best!.considered).toEqual([
      'sla.first_response: 2026-03-09T17:30:00.000+03:00',
      'type constructive: 2026-03-09T12:30:00.000+03:00',
      'escalation opinion-leader: 2026-03-06T19:30:00.000+03:00',
    ]);
    expect(result.best!.explanation).toEqual([
      'posted Fri 2026-03-06 17:30 Europe/Moscow; target 2h (calendar)',
      'calendar time: 2h after posting, working hours ignored',
      'due 2026-03-06T19:30:00.000+03:00',
    ]);
    expect(result.dueMs.map((ms) => new Date(ms).toISOString())).toEqual([
      '2026-03-09T14:30:00.000Z',
      '2026-03-09T09:30:00.000Z',
      '2026-03-06T16:30:00.000Z',
    ]);
    expect(result.error).toBeNull();
  });

  it('a business day from a lunch break is due when work resumes, in the numbers and the explanation alike', () => {
    const lunch = compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { 'mon-fri': '09:00-13:00, 14:00-18:00' } }));
    const result = earliest(
      '2026-03-02T13:30:00+03:00',
      targets(['sla.first_response', '1 business day'], ['type', 'end of next business day']),
      lunch,
    );
    expect(result.best).toMatchObject({ reason: 'sla.first_response', due: '2026-03-03T14:00:00.000+03:00' });
    expect(result.dueMs[0]).toBe(Date.parse('2026-03-03T14:00:00+03:00'));
    expect(result.best!.explanation.at(-1)).toBe('due 2026-03-03T14:00:00.000+03:00');
  });

  it('keeps the first of equal deadlines', () => {
    const result = earliest(at, targets(['first', 'end of business day'], ['30m', '30m'], ['second', 'end of business day']), rt);
    expect(result.best).toMatchObject({ reason: 'first', index: 0, due: '2026-03-06T18:00:00.000+03:00' });
  });

  it('skips a target that cannot be computed and says why', () => {
    const result = earliest(at, targets(['business', '1 business hour'], ['calendar', '3h'], ['also business', '2 business days']), closed);
    expect(result.best).toMatchObject({ reason: 'calendar', index: 1, due: '2026-03-06T20:30:00.000+03:00' });
    expect(result.best!.considered[0]).toMatch(/^business: No working time on the schedule within 3 years/);
    expect(result.best!.considered[2]).toMatch(/^also business: No working time/);
    expect(result.dueMs[0]).toBeNaN();
    expect(result.error).toMatch(/^No working time/);
  });

  it.each([
    ['an unknown zone', compileSchedule(schedule({ timezone: 'Nowhere/Land', hours: {} })), at, /Unknown time zone|Nowhere\/Land/],
    ['a bad time', rt, 'yesterday', /^Bad time «yesterday»/],
  ])('is null with the reason for %s', (_what, schedule, when, error) => {
    const result = earliest(when, targets(['sla', '1h'], ['type', '1 business hour']), schedule);
    expect(result.best).toBeNull();
    expect(result.error).toMatch(error);
    expect(result.dueMs.every(Number.isNaN)).toBe(true);
  });

  it('is null without targets', () => {
    expect(earliest(at, [], rt)).toEqual({ best: null, dueMs: [], error: null });
  });

  it('builds no lines when not explaining', () => {
    const result = earliest(at, targets(['sla', '1 business day'], ['type', '4 business hours']), rt, { explain: false });
    expect(result.best).toMatchObject({ reason: 'type', due: '2026-03-09T12:30:00.000+03:00', considered: [], explanation: [] });
  });
});
