/**
 * The Russian production calendar (производственный календарь) as data.
 *
 * Public holidays are those of the Labour Code, art. 112: 1–6 and 8 January (New Year holidays),
 * 7 January, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. A holiday falling on a weekend
 * moves the day off to the next working day (art. 112, part 2) unless the yearly Government decree
 * moves it elsewhere; the decree also moves the weekend days that coincide with 1–8 January.
 * A working day just before a public holiday is one hour shorter (art. 95).
 *
 * Only years whose decree is known for certain are included; dates outside `years` are treated as
 * ordinary weeks. Add a year only from its decree, with the decree number in a comment.
 */
import type { BuiltinCalendar } from './calendars.js';

/**
 * 2025 — Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»:
 * с субботы 4 января на пятницу 2 мая; с воскресенья 5 января на среду 31 декабря;
 * с воскресенья 23 февраля на четверг 8 мая; с субботы 8 марта на пятницу 13 июня;
 * с субботы 1 ноября на понедельник 3 ноября (суббота 1 ноября — рабочий день).
 * 247 working days. Shortened (art. 95): 7 March, 30 April, 11 June, 1 November.
 */
const Y2025 = {
  holidays: [
    '2025-01-01',
    '2025-01-02',
    '2025-01-03',
    '2025-01-04',
    '2025-01-05',
    '2025-01-06',
    '2025-01-07',
    '2025-01-08',
    '2025-02-23', // Sunday; moved to 8 May by the decree, so 24 February is a working day
    '2025-03-08', // Saturday; moved to 13 June by the decree, so 10 March is a working day
    '2025-05-01',
    '2025-05-02',
    '2025-05-08',
    '2025-05-09',
    '2025-06-12',
    '2025-06-13',
    '2025-11-03',
    '2025-11-04',
    '2025-12-31',
  ],
  workingDays: ['2025-11-01'],
  shortenedDays: ['2025-03-07', '2025-04-30', '2025-06-11', '2025-11-01'],
};

/**
 * 2026 — Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»:
 * с субботы 3 января на пятницу 9 января; с воскресенья 4 января на четверг 31 декабря.
 * By art. 112 part 2: 8 March (Sunday) → Monday 9 March; 9 May (Saturday) → Monday 11 May.
 * No working weekends. 247 working days. Shortened (art. 95): 30 April, 8 May, 11 June, 3 November.
 */
const Y2026 = {
  holidays: [
    '2026-01-01',
    '2026-01-02',
    '2026-01-03',
    '2026-01-04',
    '2026-01-05',
    '2026-01-06',
    '2026-01-07',
    '2026-01-08',
    '2026-01-09',
    '2026-02-23',
    '2026-03-08',
    '2026-03-09',
    '2026-05-01',
    '2026-05-09',
    '2026-05-11',
    '2026-06-12',
    '2026-11-04',
    '2026-12-31',
  ],
  workingDays: [] as string[],
  shortenedDays: ['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'],
};

export const RU_CALENDAR: BuiltinCalendar = {
  id: 'ru',
  description: 'Russia: public holidays, transfers and pre-holiday shortened days (производственный календарь) for 2025–2026',
  holidays: [...Y2025.holidays, ...Y2026.holidays],
  workingDays: [...Y2025.workingDays, ...Y2026.workingDays],
  years: [2025, 2026],
  shortenedDays: [...Y2025.shortenedDays, ...Y2026.shortenedDays],
};
