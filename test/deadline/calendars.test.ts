import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  BUILTIN_CALENDARS,
  calendarIdProblem,
  calendarSet,
  compileSchedule,
  holidayLibrary,
  parseCalendarFile,
  RU_YEARS,
  type HolidayLibrary,
} from '../../src/deadline/index.js';
import type { CalendarYear } from '../../src/model/playbook.js';
import { schedule } from './support.js';

const rt = compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { 'mon-fri': '09:00-17:00' }, calendars: ['ru'] }));
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday
const fixture = (name: string) => readFileSync(new URL(`../fixtures/calendar-files/${name}`, import.meta.url), 'utf8');

/** Working days and hours of a year on the schedule. */
function yearTotals(r: ReturnType<typeof compileSchedule>, year: number): { days: number; hours: number } {
  let days = 0;
  let ms = 0;
  for (let n = dayNumber(`${year}-01-01`); n <= dayNumber(`${year}-12-31`); n++) {
    const wd = r.workDay(n);
    if (wd.workMs > 0) days++;
    ms += wd.workMs;
  }
  return { days, hours: ms / 3_600_000 };
}

describe('the Russian production calendar', () => {
  it('is replybook’s own calendar, 2025–2027, with 2027 provisional', () => {
    expect(BUILTIN_CALENDARS).toEqual(['ru']);
    expect(RU_YEARS.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(RU_YEARS.map((y) => Boolean(y.provisional))).toEqual([false, false, true]);
    expect(RU_YEARS[0].origin).toContain('№ 1335');
    expect(RU_YEARS[1].origin).toContain('№ 1466');
    expect(RU_YEARS[2].origin).toMatch(/provisional/);
  });

  it('has only dates within each year, sorted, without duplicates', () => {
    for (const y of RU_YEARS)
      for (const list of [y.holidays, y.workingDays, y.shortenedDays]) {
        expect([...list].sort()).toEqual(list);
        expect(new Set(list).size).toBe(list.length);
        for (const d of list) expect(Number(d.slice(0, 4))).toBe(y.year);
      }
  });

  it('working days are weekends; shortened days are working days', () => {
    for (const y of RU_YEARS) {
      for (const d of y.workingDays) expect([0, 6]).toContain(weekday(d));
      for (const d of y.shortenedDays) {
        expect(y.holidays).not.toContain(d);
        expect([1, 2, 3, 4, 5].includes(weekday(d)) || y.workingDays.includes(d)).toBe(true);
      }
    }
  });

  // The official totals: 247 working days in both years, 4 shortened days each, so 1972 hours at
  // 40 hours a week. 2027 from the statute alone has 249 (the decree's two January transfers are
  // missing) and 5 shortened days (31 December before 1 January 2028 included).
  it.each([
    [2025, 247, 1972],
    [2026, 247, 1972],
    [2027, 249, 1987],
  ])('%i has %i working days and a norm of %i hours', (year, days, hours) => {
    expect(yearTotals(rt, year)).toEqual({ days, hours });
  });

  it.each([
    ['2025-01-08', 'holiday'],
    ['2025-01-09', 'weekly'],
    ['2025-02-24', 'weekly'],
    ['2025-03-10', 'weekly'],
    ['2025-05-02', 'holiday'],
    ['2025-05-08', 'holiday'],
    ['2025-06-13', 'holiday'],
    ['2025-11-01', 'calendar-working-day'],
    ['2025-11-03', 'holiday'],
    ['2025-12-31', 'holiday'],
    ['2026-01-09', 'holiday'],
    ['2026-01-12', 'weekly'],
    ['2026-02-23', 'holiday'],
    ['2026-03-09', 'holiday'],
    ['2026-05-11', 'holiday'],
    ['2026-11-04', 'holiday'],
    ['2026-12-31', 'holiday'],
    // 2027 by art. 112: a holiday on a weekend moves to the next working day (not in January).
    ['2027-01-08', 'holiday'],
    ['2027-01-11', 'weekly'],
    ['2027-02-23', 'holiday'],
    ['2027-03-08', 'holiday'],
    ['2027-05-03', 'holiday'],
    ['2027-05-10', 'holiday'],
    ['2027-06-14', 'holiday'],
    ['2027-11-04', 'holiday'],
    ['2027-12-31', 'weekly'],
  ])('%s is %s', (date, kind) => {
    expect(rt.workDay(dayNumber(date)).kind).toBe(kind);
  });

  it.each(['2027-02-22', '2027-04-30', '2027-06-11', '2027-11-03', '2027-12-31'])('%s is shortened by an hour (art. 95)', (date) => {
    const wd = rt.workDay(dayNumber(date));
    expect(wd.shortened).toBe(true);
    expect(wd.workMs).toBe(7 * 3_600_000);
  });
});

describe('coverage', () => {
  it.each([
    [2024, 'uncovered', ['ru']],
    [2025, 'covered', []],
    [2026, 'covered', []],
    [2027, 'provisional', []],
    [2028, 'uncovered', ['ru']],
  ])('ru in %i is %s', (year, status, missing) => {
    const c = calendarSet(['ru']).coverage(year);
    expect(c.status).toBe(status);
    expect(c.missing).toEqual(missing);
  });

  it('a year the playbook supplies is covered, and replaces the built-in data of that year', () => {
    const own: CalendarYear = { year: 2027, holidays: ['2027-01-01'], workingDays: ['2027-12-11'], shortenedDays: [], origin: 'decree X' };
    const set = calendarSet(['ru'], [own]);
    expect(set.coverage(2027)).toMatchObject({ status: 'covered', origins: ['decree X'] });
    expect([...set.days(2027).holidays]).toEqual(['2027-01-01']);
    expect(set.days(2027).workingDays.has('2027-12-11')).toBe(true);
    // Other years keep the built-in data.
    expect(set.days(2026).holidays.has('2026-01-09')).toBe(true);
    expect(set.describe()).toBe('ru covers 2025–2027 (2027 provisional); the playbook supplies 2027');
  });

  it('without a calendar, plain weeks are covered; with supplied years only, other years are not', () => {
    expect(calendarSet([]).coverage(2040).status).toBe('covered');
    const own: CalendarYear = { year: 2030, holidays: [], workingDays: [], shortenedDays: [], origin: 'o' };
    expect(calendarSet([], [own]).coverage(2031).status).toBe('uncovered');
    expect(calendarSet([], [own]).coverage(2030).status).toBe('covered');
  });

  it('computes a year once, however many days are asked for', () => {
    let calls = 0;
    const lib: HolidayLibrary = {
      countries: () => ({ US: 'United States' }),
      states: () => undefined,
      publicHolidays: (_c, _s, year) => {
        calls++;
        return [`${year}-07-04`];
      },
    };
    const set = calendarSet(['us'], [], lib);
    for (let i = 0; i < 100; i++) set.days(2027);
    set.days(2028);
    expect(calls).toBe(2);
    expect(set.days(2027).holidays.has('2027-07-04')).toBe(true);
  });
});

describe('country calendars (date-holidays)', () => {
  it.each([
    ['us', '2027-07-05'], // Independence Day on a Sunday, observed on Monday
    ['gb', '2027-12-27'], // Christmas Day on a Saturday, substitute Monday
    ['de', '2027-10-03'],
    ['de-by', '2027-01-06'], // Epiphany: Bavaria only
    ['kz', '2027-03-22'], // Nauryz
    ['by', '2027-07-03'], // Independence Day
  ])('%s has %s off', (id, date) => {
    expect(calendarIdProblem(id)).toBeUndefined();
    expect(calendarSet([id]).days(2027).holidays.has(date)).toBe(true);
    expect(calendarSet([id]).coverage(2027).status).toBe('covered');
  });

  it('lists only public holidays: no observances, no bank holidays of another region', () => {
    const de = calendarSet(['de']).days(2027).holidays;
    expect(de.has('2027-01-06')).toBe(false); // not a federal holiday
    expect(de.has('2027-02-14')).toBe(false); // Valentine's day: an observance
  });

  it('date-holidays has no decree transfers and no shortened days for Russia: ru stays replybook’s own', () => {
    const library = holidayLibrary()!.publicHolidays('RU', undefined, 2026);
    expect(library).toContain('2026-01-01');
    expect(library).not.toContain('2026-01-09'); // the 2026 decree's transfer from Saturday 3 January
    expect(library).not.toContain('2026-12-31'); // and from Sunday 4 January
    const ru = calendarSet(['ru']).days(2026);
    expect(ru.holidays.has('2026-01-09') && ru.holidays.has('2026-12-31')).toBe(true);
    expect(ru.shortenedDays.size).toBe(4);
  });

  it.each([
    ['xx', /Unknown calendar `xx`/],
    ['de-zz', /Unknown region `de-zz` of Germany/],
  ])('%s is refused', (id, message) => {
    expect(calendarIdProblem(id)?.message).toMatch(message);
  });

  it('suggests a known id', () => {
    expect(calendarIdProblem('uz')).toBeUndefined();
    expect(calendarIdProblem('zz')?.known).toContain('us');
  });
});

describe('calendar files', () => {
  it('an xmlcalendar.ru file of 2025 gives exactly the built-in 2025 (a shortened Saturday works)', () => {
    const { years, problems } = parseCalendarFile(fixture('ru-2025.xml'), 'xml');
    expect(problems).toEqual([]);
    expect(years).toHaveLength(1);
    const [y] = years;
    const builtIn = RU_YEARS[0];
    expect(y.year).toBe(2025);
    expect(y.holidays).toEqual(builtIn.holidays);
    expect([...y.workingDays].sort()).toEqual(builtIn.workingDays);
    expect(y.shortenedDays).toEqual(builtIn.shortenedDays);
  });

  it('the JSON form gives the same shape, working weekends (t=3) included', () => {
    const { years, problems } = parseCalendarFile(fixture('invented-2027.json'), 'json');
    expect(problems).toEqual([]);
    expect(years[0]).toMatchObject({ year: 2027, workingDays: ['2027-12-11'], shortenedDays: ['2027-02-22'] });
    expect(years[0].holidays).toContain('2027-12-31');
    expect(years[0].holidays).not.toContain('2027-01-02');
  });

  it.each([
    ['<calendar year="2027"><days><day d="02.30" t="1"/></days></calendar>', 'xml', /Day `02.30` of 2027 is not a date/, 1],
    ['<calendar year="2027"><days><day d="05.02" t="9"/></days></calendar>', 'xml', /has kind t="9"/, 1],
    [
      '<calendar year="2027"><days><day d="05.02" t="1"/><day d="05.02" t="3"/></days></calendar>',
      'xml',
      /both a day off and a working day/,
      1,
    ],
    ['<calendar year="27"><days/></calendar>', 'xml', /year `27` is not a year/, 1],
    ['<calendar year="2027"><days><day d="05.02" t="1"></days></calendar>', 'xml', /not well-formed XML/, 1],
    ['\n\n<calendar year="2027">\n<days>\n  <day d="13.01" t="1"/>\n</days></calendar>', 'xml', /13.01/, 5],
    ['{"year": 2027, "days": [{"d": "1.1", "t": 1}]}', 'json', /Day `1.1` of 2027 is not a date/, 1],
    ['{"year": 2027, "days": {"d": "01.01"}}', 'json', /no calendar: expected `days` to be a list/, undefined],
    ['{"year": 2027, ', 'json', /not valid JSON/, undefined],
    ['[]', 'json', /holds no year/, undefined],
  ] as const)('%s → a located problem', (text, kind, message, line) => {
    const { problems } = parseCalendarFile(text, kind);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(message);
    expect(problems[0].at?.line).toBe(line);
  });

  it('entities are not expanded (a small file cannot grow)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><calendar year="2027"><days><day d="&b;" t="1"/></days></calendar>`;
    const { problems } = parseCalendarFile(bomb, 'xml');
    expect(problems[0].message).toMatch(/is not a date/);
    expect(problems[0].message.length).toBeLessThan(200);
  });

  it('refuses a text over the limit without parsing it', () => {
    const { years, problems } = parseCalendarFile(`<calendar year="2027">${' '.repeat(300 * 1024)}</calendar>`, 'xml');
    expect(years).toEqual([]);
    expect(problems[0].message).toMatch(/larger than 256 KiB/);
  });
});
