import { describe, it, expect } from 'vitest';
import { compileSchedule, dueAt, earliest } from '../../src/deadline/index.js';
import { duration, schedule } from './support.js';

const rt = compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { 'mon-fri': '09:00-18:00' } }));
const at = '2026-03-06T17:30:00+03:00'; // Friday evening

describe('earliest', () => {
  it('picks the earliest deadline and says why', () => {
    const result = earliest([
      { reason: 'sla.first_response', result: dueAt(at, duration('1 business day'), rt) },
      { reason: 'type constructive', result: dueAt(at, duration('4 business hours'), rt) },
      { reason: 'escalation opinion-leader', result: dueAt(at, duration('2h'), rt) },
    ]);
    expect(result).toMatchObject({ reason: 'escalation opinion-leader', due: '2026-03-06T19:30:00.000+03:00' });
    expect(result!.considered).toEqual([
      'sla.first_response: 2026-03-09T17:30:00.000+03:00',
      'type constructive: 2026-03-09T12:30:00.000+03:00',
      'escalation opinion-leader: 2026-03-06T19:30:00.000+03:00',
    ]);
  });

  it('keeps the first of equal deadlines and skips errors', () => {
    const closed = compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { daily: 'off' } }));
    const result = earliest([
      { reason: 'broken', result: dueAt(at, duration('1h'), compileSchedule(schedule({ timezone: 'Nowhere/Land', hours: {} }))) },
      { reason: 'first', result: dueAt(at, duration('end of business day'), rt) },
      { reason: 'closed', result: dueAt(at, duration('1 business hour'), closed) },
      { reason: 'second', result: dueAt(at, duration('end of business day'), rt) },
    ]);
    expect(result).toMatchObject({ reason: 'first', due: '2026-03-06T18:00:00.000+03:00' });
    expect(result!.considered[0]).toMatch(/^broken: Unknown time zone/);
    expect(result!.considered[2]).toMatch(/^closed: No working time/);
  });

  it('is null when nothing could be computed', () => {
    expect(earliest([])).toBeNull();
  });
});
