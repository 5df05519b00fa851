/**
 * A schedule compiled for the hot path: each local date's working time as UTC epoch-ms intervals,
 * computed once per date (luxon is used only here, to place local wall times on the time line).
 */
import type { Interval, Schedule } from '../model/playbook.js';
import { calendarSet, type CalendarSet } from './calendars.js';
import { dateOf, weekdayOf, zoneClock, type DayNumber, type ZoneClock } from './zone-clock.js';

/** Why a date has the hours it has, for explanations. */
export type DayKind = 'weekly' | 'holiday' | 'working-day' | 'calendar-working-day';

/** One local date's working time. */
export interface WorkDay {
  day: DayNumber;
  /** `YYYY-MM-DD`. */
  date: string;
  /** 0 = Monday. */
  weekday: number;
  kind: DayKind;
  /** Shortened by an hour before a public holiday (built-in calendar). */
  shortened: boolean;
  /** Flat [start0, end0, start1, end1, …] in epoch ms, sorted, disjoint, non-empty. */
  spans: number[];
  /** Total working ms of the date. */
  workMs: number;
  /**
   * The opening instant (`spans[0]`) as the explanation writes it, made with the date (null when the
   * date has no working time): `iso` for the trace's data, `day` (`Thu 2026-03-05`) for its line.
   * A walk crosses the same few dates mention after mention; this formats each once.
   */
  opens: { iso: string; day: string } | null;
}

/** A compiled schedule: the zone's clock, the rules for each date, and the per-date cache. */
export interface ScheduleRuntime {
  readonly zone: string;
  /** Set when the schedule cannot be used (unknown zone); `dueAt` returns it as its error. */
  readonly error?: string;
  /** True when no weekday has hours and no date is a working day: nothing can ever be due. */
  readonly neverWorks: boolean;
  readonly clock: ZoneClock | undefined;
  /** The production calendars the schedule counts on, year by year. */
  readonly calendar: CalendarSet;
  /** Working time of a local date (cached). */
  workDay(day: DayNumber): WorkDay;
}

/** How much a pre-holiday day is shortened (RU Labour Code, art. 95: by one hour). */
const SHORTENED_BY_MINUTES = 60;
/** Bounds memory when mentions span many years; refilled on demand. */
const MAX_CACHED_DAYS = 50_000;

/** Compiles a validated schedule once per playbook; `dueAt` then runs on plain numbers. */
export function compileSchedule(schedule: Schedule): ScheduleRuntime {
  const clock = zoneClock(schedule.timezone);
  const calendar = calendarSet(schedule.calendars ?? [], schedule.calendarYears ?? []);
  const weekly = schedule.weekly.map((day) => normalise(day ?? []));
  const mondayHours = weekly[0] ?? [];

  /** The user's own entries win over the calendar; a user working day wins over a user holiday. */
  function hoursOf(date: string, weekday: number): { kind: DayKind; hours: Interval[]; shortened: boolean } {
    const cal = calendar.days(Number(date.slice(0, 4)));
    const shortened = cal.shortenedDays.has(date);
    const userWorking = schedule.workingDays.get(date);
    if (userWorking && !cal.workingDays.has(date)) return { kind: 'working-day', hours: normalise(userWorking), shortened };
    if (schedule.holidays.has(date) && !cal.holidays.has(date)) return { kind: 'holiday', hours: [], shortened };
    if (cal.workingDays.has(date))
      return { kind: 'calendar-working-day', hours: userWorking ? normalise(userWorking) : mondayHours, shortened };
    if (cal.holidays.has(date)) return { kind: 'holiday', hours: [], shortened };
    return { kind: 'weekly', hours: weekly[weekday] ?? [], shortened };
  }

  // Calendar working weekends use Monday's hours, so with no weekly hours only the playbook's own
  // working days can give working time.
  const neverWorks = weekly.every((d) => d.length === 0) && ![...schedule.workingDays.values()].some((h) => normalise(h).length > 0);

  const cache = new Map<DayNumber, WorkDay>();
  function workDay(day: DayNumber): WorkDay {
    const hit = cache.get(day);
    if (hit) return hit;
    const date = dateOf(day);
    const weekday = weekdayOf(day);
    const { kind, hours: base, shortened } = hoursOf(date, weekday);
    // In round-the-clock work (hours reaching 24:00) art. 95 allows not shortening the day.
    const isShort = shortened && base.length > 0 && base[base.length - 1].end < 1440;
    const hours = isShort ? shorten(base, SHORTENED_BY_MINUTES) : base;
    const spans: number[] = [];
    let workMs = 0;
    for (const iv of hours) {
      if (!clock) break;
      const s = clock.instant(day, iv.start);
      const e = clock.instant(day, iv.end);
      if (e <= s) continue; // wholly inside a DST gap
      const top = spans.length - 1;
      if (top > 0 && s <= spans[top]) {
        workMs += Math.max(0, e - spans[top]);
        spans[top] = Math.max(spans[top], e);
      } else {
        spans.push(s, e);
        workMs += e - s;
      }
    }
    const opens = clock && spans.length ? { iso: clock.iso(spans[0]), day: clock.label(spans[0]).slice(0, 14) } : null;
    const result: WorkDay = { day, date, weekday, kind, shortened: isShort, spans, workMs, opens };
    if (cache.size >= MAX_CACHED_DAYS) cache.clear();
    cache.set(day, result);
    return result;
  }

  return {
    zone: schedule.timezone,
    error: clock ? undefined : `Unknown time zone \`${schedule.timezone}\`: expected an IANA name such as Europe/Moscow`,
    neverWorks,
    clock,
    calendar,
    workDay,
  };
}

/** Sorted, merged, clamped to [0, 1440]. */
function normalise(hours: readonly Interval[]): Interval[] {
  const list = hours
    .map((iv) => ({ start: Math.max(0, iv.start), end: Math.min(1440, iv.end) }))
    .filter((iv) => iv.end > iv.start)
    .sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const iv of list) {
    const top = out[out.length - 1];
    if (top && iv.start <= top.end) top.end = Math.max(top.end, iv.end);
    else out.push({ ...iv });
  }
  return out;
}

/** The same hours less `minutes` taken from the end of the day. */
function shorten(hours: readonly Interval[], minutes: number): Interval[] {
  const out = hours.map((iv) => ({ ...iv }));
  let left = minutes;
  while (left > 0 && out.length > 0) {
    const last = out[out.length - 1];
    const take = Math.min(left, last.end - last.start);
    last.end -= take;
    left -= take;
    if (last.end <= last.start) out.pop();
  }
  return out;
}
