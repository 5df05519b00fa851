import { describe, it, expect } from 'vitest';
import { compileSchedule, dueAt, type ScheduleRuntime } from '../../src/deadline/index.js';
import { duration, schedule } from './support.js';

const MON_FRI = { 'mon-fri': '09:00-18:00' };
const RT: Record<string, ScheduleRuntime> = {
  msk: compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: MON_FRI })),
  mskRu: compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: MON_FRI, calendars: ['ru'] })),
  mskSat: compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { ...MON_FRI, sat: '10:00-16:00' } })),
  lunch: compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { 'mon-fri': '09:00-13:00, 14:00-18:00' } })),
  night: compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { daily: '22:00-02:00' } })),
  mskRu24: compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { 'mon-fri': '09:00-24:00' }, calendars: ['ru'] })),
  mskRuExtra: compileSchedule(
    schedule({
      timezone: 'Europe/Moscow',
      hours: MON_FRI,
      calendars: ['ru'],
      workingDays: { '2026-01-05': [{ start: 600, end: 840 }] },
    }),
  ),
  mskHoliday: compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: MON_FRI, holidays: ['2026-03-03'] })),
  vvo: compileSchedule(schedule({ timezone: 'Asia/Vladivostok', hours: MON_FRI })),
  ber: compileSchedule(schedule({ timezone: 'Europe/Berlin', hours: MON_FRI })),
  ber24: compileSchedule(schedule({ timezone: 'Europe/Berlin', hours: { daily: '00:00-24:00' } })),
  ny: compileSchedule(schedule({ timezone: 'America/New_York', hours: { 'mon-fri': '09:00-17:00' } })),
  ny24: compileSchedule(schedule({ timezone: 'America/New_York', hours: { daily: '00:00-24:00' } })),
};

// Every expected value is worked out by hand; 2026-03-02 is a Monday, Moscow is UTC+3 all year.
describe('dueAt', () => {
  it.each([
    // within hours, calendar time, across midnight
    ['within hours', 'msk', '2026-03-02T10:15:00+03:00', '4 business hours', '2026-03-02T14:15:00.000+03:00'],
    ['calendar minutes', 'msk', '2026-03-02T10:15:00+03:00', '30m', '2026-03-02T10:45:00.000+03:00'],
    ['calendar time across midnight', 'msk', '2026-03-02T23:30:00+03:00', '2h', '2026-03-03T01:30:00.000+03:00'],
    ['calendar days ignore weekends', 'msk', '2026-03-06T17:30:00+03:00', '3d', '2026-03-09T17:30:00.000+03:00'],
    ['at given in UTC', 'msk', '2026-03-02T07:15:00Z', '4 business hours', '2026-03-02T14:15:00.000+03:00'],
    ['before opening counts from 09:00', 'msk', '2026-03-02T08:00:00+03:00', '1 business hour', '2026-03-02T10:00:00.000+03:00'],
    ['ends exactly at closing', 'msk', '2026-03-02T09:00:00+03:00', '9 business hours', '2026-03-02T18:00:00.000+03:00'],
    ['posted at closing counts from next morning', 'msk', '2026-03-02T18:00:00+03:00', '1 business hour', '2026-03-03T10:00:00.000+03:00'],
    ['business hours across the night', 'msk', '2026-03-02T17:00:00+03:00', '3 business hours', '2026-03-03T11:00:00.000+03:00'],
    ['seconds are kept', 'msk', '2026-03-02T10:15:30+03:00', '2h', '2026-03-02T12:15:30.000+03:00'],
    // weekends
    ['Friday evening → Monday', 'msk', '2026-03-06T17:30:00+03:00', '2 business hours', '2026-03-09T10:30:00.000+03:00'],
    ['Saturday post starts Monday 09:00', 'msk', '2026-03-07T12:00:00+03:00', '2 business hours', '2026-03-09T11:00:00.000+03:00'],
    ['Saturday hours count', 'mskSat', '2026-03-07T15:00:00+03:00', '2 business hours', '2026-03-09T10:00:00.000+03:00'],
    ['Friday evening → Saturday hours', 'mskSat', '2026-03-06T17:30:00+03:00', '2 business hours', '2026-03-07T11:30:00.000+03:00'],
    // lunch break
    ['lunch break is skipped', 'lunch', '2026-03-02T12:00:00+03:00', '2 business hours', '2026-03-02T15:00:00.000+03:00'],
    ['posted at lunch counts from 14:00', 'lunch', '2026-03-02T13:30:00+03:00', '30 business minutes', '2026-03-02T14:30:00.000+03:00'],
    // business days
    ['1 business day: same time next working day', 'msk', '2026-03-02T10:15:00+03:00', '1 business day', '2026-03-03T10:15:00.000+03:00'],
    [
      '1 business day from Friday night: Monday 18:00',
      'msk',
      '2026-03-06T20:00:00+03:00',
      '1 business day',
      '2026-03-09T18:00:00.000+03:00',
    ],
    ['2 business days over a weekend', 'msk', '2026-03-06T10:00:00+03:00', '2 business days', '2026-03-10T10:00:00.000+03:00'],
    ['1 business day with lunch breaks (8 h)', 'lunch', '2026-03-02T10:00:00+03:00', '1 business day', '2026-03-03T10:00:00.000+03:00'],
    // a business day from inside a lunch break counts from the break's end: due at that time the next working day
    [
      '1 business day from a lunch break: 14:00 next day',
      'lunch',
      '2026-03-02T13:30:00+03:00',
      '1 business day',
      '2026-03-03T14:00:00.000+03:00',
    ],
    ['1 business day from the break’s start', 'lunch', '2026-03-02T13:00:00+03:00', '1 business day', '2026-03-03T14:00:00.000+03:00'],
    ['2 business days from a lunch break', 'lunch', '2026-03-02T13:45:00+03:00', '2 business days', '2026-03-04T14:00:00.000+03:00'],
    [
      '1 business day from Friday’s lunch → Monday 14:00',
      'lunch',
      '2026-03-06T13:30:00+03:00',
      '1 business day',
      '2026-03-09T14:00:00.000+03:00',
    ],
    ['1 business day from 14:00 itself', 'lunch', '2026-03-02T14:00:00+03:00', '1 business day', '2026-03-03T14:00:00.000+03:00'],
    [
      '1 business day before opening still ends at closing',
      'lunch',
      '2026-03-02T08:00:00+03:00',
      '1 business day',
      '2026-03-02T18:00:00.000+03:00',
    ],
    [
      'business hours that end at the break are due at its start',
      'lunch',
      '2026-03-02T09:00:00+03:00',
      '4 business hours',
      '2026-03-02T13:00:00.000+03:00',
    ],
    // end of business day
    ['end of business day', 'msk', '2026-03-02T10:15:00+03:00', 'end of business day', '2026-03-02T18:00:00.000+03:00'],
    ['end of business day before opening', 'msk', '2026-03-02T07:00:00+03:00', 'end of business day', '2026-03-02T18:00:00.000+03:00'],
    [
      'end of business day after hours → next day',
      'msk',
      '2026-03-02T19:00:00+03:00',
      'end of business day',
      '2026-03-03T18:00:00.000+03:00',
    ],
    ['end of business day on Saturday → Monday', 'msk', '2026-03-07T10:00:00+03:00', 'конец рабочего дня', '2026-03-09T18:00:00.000+03:00'],
    ['end of next business day', 'msk', '2026-03-02T10:15:00+03:00', 'end of next business day', '2026-03-03T18:00:00.000+03:00'],
    [
      'end of next business day from Friday evening',
      'msk',
      '2026-03-06T19:00:00+03:00',
      'end of next business day',
      '2026-03-10T18:00:00.000+03:00',
    ],
    // the Russian production calendar
    [
      '8 March holiday moved to Monday 9 March (2026)',
      'mskRu',
      '2026-03-06T17:30:00+03:00',
      '2 business hours',
      '2026-03-10T10:30:00.000+03:00',
    ],
    ['1 business day over 9 March', 'mskRu', '2026-03-06T10:00:00+03:00', '1 рабочий день', '2026-03-10T10:00:00.000+03:00'],
    [
      'end of next business day over 9 March',
      'mskRu',
      '2026-03-06T10:00:00+03:00',
      'end of next business day',
      '2026-03-10T18:00:00.000+03:00',
    ],
    ['New Year: 31 Dec 2025 to 11 Jan 2026 off', 'mskRu', '2025-12-30T17:00:00+03:00', '2 business hours', '2026-01-12T10:00:00.000+03:00'],
    ['posted on 5 January', 'mskRu', '2026-01-05T10:00:00+03:00', '1 business hour', '2026-01-12T10:00:00.000+03:00'],
    [
      'working Saturday 1 Nov 2025 (shortened to 17:00)',
      'mskRu',
      '2025-10-31T17:00:00+03:00',
      '2 business hours',
      '2025-11-01T10:00:00.000+03:00',
    ],
    ['end of the working Saturday is 17:00', 'mskRu', '2025-11-01T10:00:00+03:00', 'end of business day', '2025-11-01T17:00:00.000+03:00'],
    [
      'after the working Saturday: 2–4 Nov off',
      'mskRu',
      '2025-11-01T10:00:00+03:00',
      'end of next business day',
      '2025-11-05T18:00:00.000+03:00',
    ],
    ['shortened 30 April 2026 closes at 17:00', 'mskRu', '2026-04-30T17:30:00+03:00', '1 business hour', '2026-05-04T10:00:00.000+03:00'],
    ['the same without the calendar', 'msk', '2026-04-30T17:30:00+03:00', '1 business hour', '2026-05-01T09:30:00.000+03:00'],
    ['1 business day on a shortened day is 8 h', 'mskRu', '2026-04-30T10:00:00+03:00', '1 business day', '2026-05-04T10:00:00.000+03:00'],
    ['round-the-clock hours are not shortened', 'mskRu24', '2026-04-30T23:30:00+03:00', '1 business hour', '2026-05-04T09:30:00.000+03:00'],
    [
      'a playbook working day wins over a calendar holiday',
      'mskRuExtra',
      '2026-01-05T11:00:00+03:00',
      '1 business hour',
      '2026-01-05T12:00:00.000+03:00',
    ],
    ['a playbook holiday', 'mskHoliday', '2026-03-02T17:00:00+03:00', '2 business hours', '2026-03-04T10:00:00.000+03:00'],
    // overnight hours (daily 22:00-02:00)
    ['overnight shift across midnight', 'night', '2026-03-02T23:00:00+03:00', '2 business hours', '2026-03-03T01:00:00.000+03:00'],
    [
      'posted in the day waits for the night shift',
      'night',
      '2026-03-02T03:00:00+03:00',
      '1 business hour',
      '2026-03-02T23:00:00.000+03:00',
    ],
    // time zones: 10:00 in Moscow is 17:00 in Vladivostok
    ['Moscow', 'msk', '2026-03-02T10:00:00+03:00', '2 business hours', '2026-03-02T12:00:00.000+03:00'],
    ['Vladivostok', 'vvo', '2026-03-02T10:00:00+03:00', '2 business hours', '2026-03-03T10:00:00.000+10:00'],
    [
      'Vladivostok end of business day (19:00 there)',
      'vvo',
      '2026-03-02T12:00:00+03:00',
      'end of business day',
      '2026-03-03T18:00:00.000+10:00',
    ],
    // DST: Berlin springs forward on 29 Mar 2026, New York on 8 Mar and falls back on 1 Nov 2026
    [
      'Berlin Friday → Monday across spring-forward',
      'ber',
      '2026-03-27T17:00:00+01:00',
      '2 business hours',
      '2026-03-30T10:00:00.000+02:00',
    ],
    ['Berlin 1 business day across spring-forward', 'ber', '2026-03-27T10:00:00+01:00', '1 business day', '2026-03-30T10:00:00.000+02:00'],
    [
      'Berlin round the clock: the lost hour is not working time',
      'ber24',
      '2026-03-28T23:00:00+01:00',
      '4 business hours',
      '2026-03-29T04:00:00.000+02:00',
    ],
    ['Berlin calendar 24h is elapsed time', 'ber', '2026-03-28T12:00:00+01:00', '24h', '2026-03-29T13:00:00.000+02:00'],
    ['Berlin fall-back day is 25 h long', 'ber24', '2026-10-25T00:00:00+02:00', '1 business day', '2026-10-26T00:00:00.000+01:00'],
    [
      'New York Friday → Monday across spring-forward',
      'ny',
      '2026-03-06T16:00:00-05:00',
      '2 business hours',
      '2026-03-09T10:00:00.000-04:00',
    ],
    ['New York round the clock across fall-back', 'ny24', '2026-10-31T23:00:00-04:00', '4 business hours', '2026-11-01T02:00:00.000-05:00'],
  ])('%s (%s, %s + %s)', (_name, rt, at, target, expected) => {
    const result = dueAt(at, duration(target), RT[rt]);
    expect(result).not.toHaveProperty('error');
    expect((result as { due: string }).due).toBe(expected);
    expect((result as { dueMs: number }).dueMs).toBe(Date.parse(expected));
  });
});

describe('dueAt errors', () => {
  const closed = compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { daily: 'off' } }));
  const onlyPast = compileSchedule(
    schedule({
      timezone: 'Europe/Moscow',
      hours: { daily: 'off' },
      workingDays: { '2020-01-01': [{ start: 540, end: 1080 }] },
    }),
  );
  const badZone = compileSchedule(schedule({ timezone: 'Mars/Olympus', hours: MON_FRI }));

  it.each([
    [
      'no working time at all',
      closed,
      '2026-03-02T10:00:00+03:00',
      '2 business hours',
      /No working time on the schedule within 3 years after Mon 2026-03-02 10:00/,
    ],
    ['no working time: end of business day', closed, '2026-03-02T10:00:00+03:00', 'end of business day', /No working time/],
    ['no working time: business days', closed, '2026-03-02T10:00:00+03:00', '1 business day', /No working time/],
    ['working time only in the past (bounded search)', onlyPast, '2026-03-02T10:00:00+03:00', '2 business hours', /No working time/],
    ['unknown zone', badZone, '2026-03-02T10:00:00+03:00', '2h', /Unknown time zone `Mars\/Olympus`/],
    ['no offset', RT.msk, '2026-03-02T10:00:00', '2h', /Bad time «2026-03-02T10:00:00»: expected ISO 8601 with an offset/],
    ['not a date', RT.msk, 'yesterday', '2h', /Bad time «yesterday»/],
    ['30 February', RT.msk, '2026-02-30T10:00:00+03:00', '2h', /Bad time/],
  ])('%s', (_name, rt, at, target, message) => {
    const result = dueAt(at, duration(target), rt);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(message);
  });

  it('calendar targets need no working hours', () => {
    expect(dueAt('2026-03-02T10:00:00+03:00', duration('2h'), closed)).toMatchObject({ due: '2026-03-02T12:00:00.000+03:00' });
  });
});

describe('dueAt explanation', () => {
  it('explains the walk over working days', () => {
    const result = dueAt('2026-03-06T17:30:00+03:00', duration('2 business hours'), RT.mskRu);
    expect(result.explanation).toEqual([
      'posted Fri 2026-03-06 17:30 Europe/Moscow; target 2 business hours (business-minutes)',
      '2h of working time:',
      '  30m on Fri 2026-03-06',
      '  1h 30m on Tue 2026-03-10',
      'due 2026-03-10T10:30:00.000+03:00',
    ]);
  });

  it('names the starting point when posted after hours', () => {
    const result = dueAt('2025-10-31T19:00:00+03:00', duration('1 business day'), RT.mskRu);
    expect(result.explanation).toEqual([
      'posted Fri 2025-10-31 19:00 Europe/Moscow; target 1 business day (business-days)',
      'outside working hours: counting starts Sat 2025-11-01 09:00',
      '1 business day(s) = 8h of working time (the length of that working day):',
      '  8h on Sat 2025-11-01 (working weekend, shortened pre-holiday day)',
      'due 2025-11-01T17:00:00.000+03:00',
    ]);
  });

  it.each([
    [
      'a year the calendar does not cover',
      '2028-03-03T10:00:00+03:00',
      'calendar: 2028 lies outside the years the production calendar covers (ru covers 2025–2027 (2027 provisional)): deadlines in 2028 are computed without its holidays, as plain weeks',
    ],
    [
      'a provisional year',
      '2027-03-03T10:00:00+03:00',
      "calendar: 2027 is provisional in calendar ru: its public holidays and shortened days come from the Labour Code alone, without the Government decree's transfers of days off",
    ],
  ])('says when the deadline falls in %s', (_what, at, line) => {
    const result = dueAt(at, duration('2 business hours'), RT.mskRu);
    expect(result.explanation.at(-2)).toBe(line);
    expect(result.explanation.filter((l) => l.startsWith('calendar:'))).toHaveLength(1);
  });

  it('names each year once when the walk crosses into an uncovered one', () => {
    const result = dueAt('2027-12-31T17:30:00+03:00', duration('2 business hours'), RT.mskRu);
    expect(result.explanation.filter((l) => l.startsWith('calendar:')).map((l) => l.slice(10, 14))).toEqual(['2027', '2028']);
    // Without a calendar, plain weeks are what the team chose: nothing to say.
    expect(dueAt('2028-03-03T10:00:00+03:00', duration('2h'), RT.msk).explanation.some((l) => l.startsWith('calendar:'))).toBe(false);
  });

  it('says when a business day ends at a break and is due when work resumes', () => {
    const result = dueAt('2026-03-02T13:30:00+03:00', duration('1 business day'), RT.lunch);
    expect(result.explanation).toEqual([
      'posted Mon 2026-03-02 13:30 Europe/Moscow; target 1 business day (business-days)',
      'outside working hours: counting starts Mon 2026-03-02 14:00',
      '1 business day(s) = 8h of working time (the length of that working day):',
      '  4h on Mon 2026-03-02',
      '  4h on Tue 2026-03-03',
      '  used up at the start of a break: due when work resumes, 14:00',
      'due 2026-03-03T14:00:00.000+03:00',
    ]);
  });

  it('can be turned off', () => {
    const result = dueAt('2026-03-02T10:15:00+03:00', duration('4 business hours'), RT.msk, { explain: false });
    expect(result).toEqual({ due: '2026-03-02T14:15:00.000+03:00', dueMs: Date.parse('2026-03-02T14:15:00+03:00'), explanation: [] });
  });
});

describe('explainDueMs', () => {
  it('explains like dueAt, from a time already parsed', async () => {
    const { dueMsAt, explainDueMs, parseInstant } = await import('../../src/deadline/index.js');
    for (const [at, d] of [
      ['2026-03-02T17:30:00+03:00', '2h'],
      ['2026-03-06T20:00:00+03:00', '1 business day'],
      ['2026-03-07T10:00:00+03:00', 'end of business day'],
      ['2028-03-07T10:00:00+03:00', '1 business day'],
    ] as const) {
      const target = duration(d);
      const full = dueAt(at, target, RT.mskRu);
      if ('error' in full) throw new Error(full.error);
      const ms = dueMsAt(parseInstant(at), target, RT.mskRu);
      expect(explainDueMs(parseInstant(at), target, RT.mskRu, full.due)).toEqual(full.explanation);
      expect(ms).toBe(full.dueMs);
    }
  });
});
