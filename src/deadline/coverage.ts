/**
 * Whether the production calendar knows the year of an instant: `check` warns for a sample
 * complaint's time, `sim` for the current time, and the deadline's explanation says it too.
 */
import type { Schedule } from '../model/playbook.js';
import type { TraceSay } from '../model/outcome.js';
import { calendarSet, type CalendarSet } from './calendars.js';
import { dateOf, zoneClock, type ZoneClock } from './zone-clock.js';

/** What to tell a team about the calendar of one year, or undefined when the year is covered. */
export interface CoverageNote {
  year: number;
  status: 'provisional' | 'uncovered';
  /** One sentence: what is missing and what the deadline was computed without. */
  message: string;
  /** `message` as data, for a person's language (the deadline's trace). */
  say: TraceSay;
  /** How to fix it. */
  hint: string;
  /**
   * `message` and `hint` as values, for a diagnostic in a person's language: `year`, and
   * `calendars` (provisional) or what {@link CalendarSet.describeValues} says (uncovered).
   */
  values: Record<string, string | number>;
}

const HINT = 'Supply the year in `schedule.calendar_years` or a calendar file (`schedule.calendar_files`); docs/deadlines.md says how.';

/**
 * No zone is further than this from UTC (offsets run from −12:00 to +14:00 today, and local mean
 * times of the 19th century to about ±16 h): an instant further than this from the turn of its UTC
 * year has that year on every clock.
 */
const MAX_ZONE_OFFSET_MS = 18 * 3_600_000;

/**
 * The last year `localYear` read off UTC alone, and the instants strictly between `safeFrom` and
 * `safeTo` that have it on every clock: a mention's time and deadline, and the next mention's, are
 * mostly in one year, and a comparison is cheaper than a Date and two `Date.UTC`.
 */
let safeYear = 0;
let safeFrom = NaN;
let safeTo = NaN;

/** The year of `ms` on `clock`'s calendar: asks the zone only near the turn of a year. */
function localYear(clock: ZoneClock, ms: number): number {
  if (ms > safeFrom && ms < safeTo) return safeYear;
  const year = new Date(ms).getUTCFullYear();
  const from = Date.UTC(year, 0, 1) + MAX_ZONE_OFFSET_MS;
  const to = Date.UTC(year + 1, 0, 1) - MAX_ZONE_OFFSET_MS;
  if (ms > from && ms < to) {
    safeYear = year;
    safeFrom = from;
    safeTo = to;
    return year;
  }
  return Number(dateOf(clock.dayOf(ms)).slice(0, 4));
}

/** The note for the local year of `ms` on `clock`, or undefined when its calendar is known. */
export function coverageNote(calendar: CalendarSet, clock: ZoneClock, ms: number): CoverageNote | undefined {
  const year = localYear(clock, ms);
  const c = calendar.coverage(year);
  if (c.status === 'covered') return undefined;
  if (c.status === 'uncovered')
    return {
      year,
      status: 'uncovered',
      message: `${year} lies outside the years the production calendar covers (${calendar.describe()}): deadlines in ${year} are computed without its holidays, as plain weeks`,
      say: { id: 'calendar.uncovered', values: { year, covered: calendar.describe() } },
      hint: HINT,
      values: { year, ...calendar.describeValues() },
    };
  return {
    year,
    status: 'provisional',
    message: `${year} is provisional in calendar ${c.provisional.join(', ')}: its public holidays and shortened days come from the Labour Code alone, without the Government decree's transfers of days off`,
    say: { id: 'calendar.provisional', values: { year, calendars: c.provisional.join(', ') } },
    values: { year, calendars: c.provisional.join(', ') },
    hint: `Once the decree for ${year} is published, supply its transfers: ${HINT.charAt(0).toLowerCase()}${HINT.slice(1)}`,
  };
}

/** The note for the local year of `ms` on a playbook's schedule (one-off uses: `sim` at start). */
export function scheduleCoverageNote(schedule: Schedule, ms: number): CoverageNote | undefined {
  const clock = zoneClock(schedule.timezone);
  if (!clock || Number.isNaN(ms)) return undefined;
  return coverageNote(calendarSet(schedule.calendars, schedule.calendarYears ?? []), clock, ms);
}
