import { describe, it, expect } from 'vitest';
import { builtinCalendar, BUILTIN_CALENDARS, compileSchedule } from '../../src/deadline/index.js';
import { schedule } from './support.js';

const ru = builtinCalendar('ru')!;
const rt = compileSchedule(schedule({ timezone: 'Europe/Moscow', hours: { 'mon-fri': '09:00-17:00' }, calendars: ['ru'] }));
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday

describe('builtinCalendar', () => {
  it('lists ru and returns undefined for others', () => {
    expect(BUILTIN_CALENDARS).toEqual(['ru']);
    expect(builtinCalendar('xx')).toBeUndefined();
    expect(ru.years).toEqual([2025, 2026]);
  });

  it('returns a copy the caller may change', () => {
    builtinCalendar('ru')!.holidays.push('2030-01-01');
    expect(builtinCalendar('ru')!.holidays).not.toContain('2030-01-01');
  });

  it('has only dates within its years, sorted, without duplicates', () => {
    for (const list of [ru.holidays, ru.workingDays, ru.shortenedDays!]) {
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
      for (const d of list) expect(ru.years).toContain(Number(d.slice(0, 4)));
    }
  });

  it('working days are weekends; shortened days are working days', () => {
    for (const d of ru.workingDays) expect([0, 6]).toContain(weekday(d));
    for (const d of ru.shortenedDays!) {
      expect(ru.holidays).not.toContain(d);
      expect([1, 2, 3, 4, 5].includes(weekday(d)) || ru.workingDays.includes(d)).toBe(true);
    }
  });

  // The official totals: 247 working days in both years, 4 shortened days each,
  // so 1972 hours at 40 hours a week.
  it.each([
    [2025, 247, 1972],
    [2026, 247, 1972],
  ])('%i has %i working days and a norm of %i hours', (year, days, hours) => {
    let working = 0;
    let ms = 0;
    for (let n = dayNumber(`${year}-01-01`); n <= dayNumber(`${year}-12-31`); n++) {
      const wd = rt.workDay(n);
      if (wd.workMs > 0) working++;
      ms += wd.workMs;
    }
    expect(working).toBe(days);
    expect(ms / 3_600_000).toBe(hours);
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
  ])('%s is %s', (date, kind) => {
    expect(rt.workDay(dayNumber(date)).kind).toBe(kind);
  });
});
