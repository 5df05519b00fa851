/**
 * The Russian production calendar (производственный календарь) as data.
 *
 * Public holidays are those of the Labour Code, art. 112: 1–6 and 8 January (New Year holidays),
 * 7 January, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. A holiday falling on a weekend
 * moves the day off to the next working day (art. 112, part 2) unless the yearly Government decree
 * moves it elsewhere; the decree also moves the weekend days that coincide with 1–8 January.
 * A working day just before a public holiday is one hour shorter (art. 95).
 *
 * A year is added from its decree, with the decree's number in `origin` and a comment. A year whose
 * decree could not be verified is added from the statute alone and marked `provisional`: its public
 * holidays, the art. 112 part 2 transfers and the art. 95 shortened days, but no decree transfers
 * (never invented), so `check` tells the team to supply them (docs/deadlines.md).
 */
import type { CalendarYear } from '../model/playbook.js';

/**
 * 2025 — Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»:
 * с субботы 4 января на пятницу 2 мая; с воскресенья 5 января на среду 31 декабря;
 * с воскресенья 23 февраля на четверг 8 мая; с субботы 8 марта на пятницу 13 июня;
 * с субботы 1 ноября на понедельник 3 ноября (суббота 1 ноября — рабочий день).
 * 247 working days. Shortened (art. 95): 7 March, 30 April, 11 June, 1 November.
 */
const Y2025: CalendarYear = {
  year: 2025,
  origin: 'Постановление Правительства РФ от 04.10.2024 № 1335; ТК РФ ст. 95, 112',
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
const Y2026: CalendarYear = {
  year: 2026,
  origin: 'Постановление Правительства РФ от 24.09.2025 № 1466; ТК РФ ст. 95, 112',
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
  workingDays: [],
  shortenedDays: ['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'],
};

/**
 * 2027 — PROVISIONAL, from the Labour Code alone: the Government decree «О переносе выходных дней в
 * 2027 году» could not be verified when this was written, so its transfers are not here.
 * Art. 112 part 1: 1–8 January, 23 February (Tuesday), 8 March (Monday), 1 May, 9 May, 12 June, 4 November.
 * Art. 112 part 2: 1 May (Saturday) → Monday 3 May; 9 May (Sunday) → Monday 10 May;
 * 12 June (Saturday) → Monday 14 June. The weekend days that coincide with the January holidays
 * (Saturday 2 and Sunday 3 January) are moved by the decree to dates it names: not known here.
 * Art. 95 (the working day right before a public holiday): 22 February, 30 April, 11 June, 3 November,
 * 31 December (before 1 January 2028). 249 working days before the decree's two January transfers.
 */
const Y2027: CalendarYear = {
  year: 2027,
  origin: 'ТК РФ ст. 95, 112 (provisional: the 2027 decree on transfers not verified)',
  provisional: true,
  holidays: [
    '2027-01-01',
    '2027-01-02',
    '2027-01-03',
    '2027-01-04',
    '2027-01-05',
    '2027-01-06',
    '2027-01-07',
    '2027-01-08',
    '2027-02-23',
    '2027-03-08',
    '2027-05-01',
    '2027-05-03',
    '2027-05-09',
    '2027-05-10',
    '2027-06-12',
    '2027-06-14',
    '2027-11-04',
  ],
  workingDays: [],
  shortenedDays: ['2027-02-22', '2027-04-30', '2027-06-11', '2027-11-03', '2027-12-31'],
};

/** Russia (`calendar: ru`): replybook's own production calendar, year by year. */
export const RU_YEARS: readonly CalendarYear[] = [Y2025, Y2026, Y2027];
