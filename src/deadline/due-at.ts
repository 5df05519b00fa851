/**
 * When a reply is due: a mention's time plus a response-time target, on the schedule's working-hours
 * calendar. All walking is on epoch-ms numbers from the per-date cache of `ScheduleRuntime`.
 * The semantics of every duration kind are in docs/deadlines.md.
 */
import type { Duration } from '../model/playbook.js';
import type { SayTime, TraceSay } from '../model/outcome.js';
import type { ScheduleRuntime, WorkDay } from './schedule-runtime.js';
import { coverageNote } from './coverage.js';
import { parseInstant, type ZoneClock } from './zone-clock.js';

/** A computed deadline. `due` is ISO 8601 in the schedule's zone, as luxon's `toISO()`: `2026-03-03T10:15:00.000+03:00`. */
export interface Due {
  due: string;
  dueMs: number;
  explanation: string[];
}

/** Why no deadline could be computed (bad time, unknown zone, no working time within 3 years). */
export interface DueError {
  error: string;
  explanation: string[];
}

export interface DueOptions {
  /** Build `explanation` (default true); bulk runs may turn it off. */
  explain?: boolean;
}

const MINUTE = 60_000;
/** Stop looking for working time after this many consecutive days without any. */
const MAX_IDLE_DAYS = 3 * 366;
/** Stop walking after this many days in all (a 365-business-day target on a sparse schedule). */
const MAX_WALK_DAYS = 10 * 366;

class NoWorkingTime extends Error {}

/** An explanation being written: its lines, and each line as data when the engine's trace asks (`says`). */
interface Trail {
  lines: string[];
  says?: TraceSay[];
}

function put(trail: Trail, line: string, say: TraceSay): void {
  trail.lines.push(line);
  trail.says?.push(say);
}

/** An instant as a trace value: written as the zone's clock writes it (`iso`, `label`, …). */
function timeSay(rt: ScheduleRuntime, ms: number, as: SayTime['as']): SayTime {
  return { time: rt.clock!.iso(ms), as, zone: rt.zone };
}

/** A working day's opening as a trace value (its ISO form made once per date, `WorkDay.opens`). */
function opensSay(rt: ScheduleRuntime, wd: WorkDay, as: SayTime['as']): SayTime {
  return { time: wd.opens!.iso, as, zone: rt.zone };
}

/** `2h 30m` as data. */
function hmSay(ms: number): TraceSay {
  const total = Math.round(ms / MINUTE);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h === 0 ? { id: 'hm.m', values: { m } } : m === 0 ? { id: 'hm.h', values: { h } } : { id: 'hm.hm', values: { h, m } };
}

/** The working day and the instant from which working time is counted: `at` itself, or the next opening. */
interface Cursor {
  wd: WorkDay;
  /** Index into `wd.spans` of the start of the span `at` is in or before. */
  i: number;
  ms: number;
}

function nextWorkDay(rt: ScheduleRuntime, day: number): WorkDay {
  for (let k = 1; k <= MAX_IDLE_DAYS; k++) {
    const wd = rt.workDay(day + k);
    if (wd.workMs > 0) return wd;
  }
  throw new NoWorkingTime();
}

/** The first working instant at or after `ms`. */
function firstWorking(rt: ScheduleRuntime, ms: number): Cursor {
  const clock = rt.clock!;
  let wd = rt.workDay(clock.dayOf(ms));
  for (let i = 0; i < wd.spans.length; i += 2) {
    if (wd.spans[i + 1] > ms) return { wd, i, ms: Math.max(ms, wd.spans[i]) };
  }
  wd = nextWorkDay(rt, wd.day);
  return { wd, i: 0, ms: wd.spans[0] };
}

/**
 * The instant after `amountMs` of working time counted from the cursor. With `resume`, an amount
 * used up exactly at the end of an interval that another interval of the same day follows (a lunch
 * break) is due when work resumes: business days keep "the same time N working days later" for a
 * mention counted from the end of a break (docs/deadlines.md, "Business days").
 */
function addWorking(rt: ScheduleRuntime, from: Cursor, amountMs: number, trail: Trail | undefined, resume = false): number {
  let left = amountMs;
  let wd = from.wd;
  let i = from.i;
  let ms = from.ms;
  for (let walked = 0; walked <= MAX_WALK_DAYS; walked++) {
    let used = 0;
    for (; i < wd.spans.length; i += 2) {
      const start = Math.max(ms, wd.spans[i]);
      const avail = wd.spans[i + 1] - start;
      if (left <= avail) {
        if (trail) dayLine(rt, wd, used + left, trail);
        if (resume && left === avail && i + 2 < wd.spans.length) {
          if (trail)
            put(trail, `  used up at the start of a break: due when work resumes, ${rt.clock!.label(wd.spans[i + 2]).slice(15)}`, {
              id: 'deadline.resumes',
              values: { time: timeSay(rt, wd.spans[i + 2], 'clock') },
            });
          return wd.spans[i + 2];
        }
        return start + left;
      }
      left -= avail;
      used += avail;
    }
    if (used > 0 && trail) dayLine(rt, wd, used, trail);
    const next = nextWorkDay(rt, wd.day);
    walked += next.day - wd.day - 1;
    wd = next;
    i = 0;
    ms = wd.spans[0];
  }
  throw new NoWorkingTime();
}

function dayLine(rt: ScheduleRuntime, wd: WorkDay, usedMs: number, trail: Trail): void {
  put(trail, `  ${hm(usedMs)} on ${wd.opens!.day}${dayNote(wd)}`, {
    id: 'deadline.day',
    values: { hm: hmSay(usedMs), day: opensSay(rt, wd, 'day'), note: dayNoteSay(wd) },
  });
}

function dayNote(wd: WorkDay): string {
  if (wd.kind === 'calendar-working-day') return wd.shortened ? ' (working weekend, shortened pre-holiday day)' : ' (working weekend)';
  if (wd.kind === 'working-day') return ' (extra working day)';
  return wd.shortened ? ' (shortened pre-holiday day)' : '';
}

/** `dayNote` as data (an empty string when the day is an ordinary one). */
function dayNoteSay(wd: WorkDay): TraceSay | string {
  if (wd.kind === 'calendar-working-day') return { id: wd.shortened ? 'day.workingWeekendShortened' : 'day.workingWeekend' };
  if (wd.kind === 'working-day') return { id: 'day.extra' };
  return wd.shortened ? { id: 'day.shortened' } : '';
}

function hm(ms: number): string {
  const total = Math.round(ms / MINUTE);
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** End of the working day a cursor's instant belongs to, or of the next one when it is after hours. */
function effectiveDay(rt: ScheduleRuntime, ms: number): WorkDay {
  const wd = rt.workDay(rt.clock!.dayOf(ms));
  if (wd.workMs > 0 && ms < wd.spans[wd.spans.length - 1]) return wd;
  return nextWorkDay(rt, wd.day);
}

/**
 * When a reply to a mention posted `at` (ISO 8601 with an offset) is due under `target`.
 * - calendar (`2h`, `3d`): elapsed time, working hours ignored (`3d` = 72 h, even across a DST switch);
 * - business minutes (`4 business hours`): only working time counts, from `at` or the next opening;
 * - business days (`N business days`): the working time of N working days — the lengths of the working
 *   day where counting starts and the N−1 after it — counted like business minutes, so with even hours
 *   Mon 10:15 → Tue 10:15, and Fri 20:00 → Mon 18:00 (counting starts Monday 09:00);
 * - `end of business day`: the end of the working day `at` falls in, or of the next one if `at` is after
 *   that day's last hour or on a day off; `end of next business day`: one working day after that.
 * Returns an error result (never throws, never loops without bound) for a bad `at`, an unknown zone or
 * a schedule with no working time within 3 years.
 */
export function dueAt(at: string, target: Duration, rt: ScheduleRuntime, options: DueOptions = {}): Due | DueError {
  const trail: Trail | undefined = options.explain === false ? undefined : { lines: [] };
  const fail = (error: string): DueError => {
    trail?.lines.push(error);
    return { error, explanation: trail?.lines ?? [] };
  };
  if (rt.error || !rt.clock) return fail(rt.error ?? `Unknown time zone \`${rt.zone}\``);
  const atMs = parseInstant(at);
  if (Number.isNaN(atMs)) return fail(`Bad time «${at}»: expected ISO 8601 with an offset, e.g. 2026-03-02T10:15:00+03:00`);
  const clock = rt.clock;
  if (trail) posted(rt, atMs, target, trail);

  let dueMs: number;
  try {
    dueMs = walk(rt, clock, atMs, target, trail);
  } catch (e) {
    if (e instanceof NoWorkingTime) {
      return fail(
        `No working time on the schedule within 3 years after ${clock.label(atMs)}: check schedule.hours, holidays and working_days`,
      );
    }
    throw e;
  }
  const due = clock.iso(dueMs);
  if (trail) {
    calendarLines(rt, atMs, dueMs, trail);
    put(trail, `due ${due}`, { id: 'deadline.dueAt', values: { due: { time: due, as: 'iso', zone: rt.zone } } });
  }
  return { due, dueMs, explanation: trail?.lines ?? [] };
}

/**
 * Why no deadline could be computed for a mention posted `at` (the error `dueAt` gives), as data:
 * the engine's trace says it for a target that failed.
 */
export function dueErrorSay(at: string, rt: ScheduleRuntime): TraceSay {
  if (rt.error || !rt.clock)
    return rt.error
      ? { id: 'deadline.unknownZoneExpected', values: { zone: rt.zone } }
      : { id: 'deadline.unknownZone', values: { zone: rt.zone } };
  const atMs = parseInstant(at);
  if (Number.isNaN(atMs)) return { id: 'deadline.badTime', values: { at } };
  return { id: 'deadline.noWorkingTime', values: { at: timeSay(rt, atMs, 'label') } };
}

function posted(rt: ScheduleRuntime, atMs: number, target: Duration, trail: Trail): void {
  put(trail, `posted ${rt.clock!.label(atMs)} ${rt.zone}; target ${target.text} (${target.kind})`, {
    id: 'deadline.posted',
    values: { at: timeSay(rt, atMs, 'label'), zone: rt.zone, target: target.text, kind: { id: `kind.${target.kind}` } },
  });
}

/**
 * The explanation `dueAt` gives, for a time already parsed whose due instant `dueMsAt` found (so the
 * walk cannot fail): the engine's trace explains only the winner, without parsing `at` again.
 */
export function explainDueMs(atMs: number, target: Duration, rt: ScheduleRuntime, due: string, says?: TraceSay[]): string[] {
  const clock = rt.clock!;
  const trail: Trail = says ? { lines: [], says } : { lines: [] };
  posted(rt, atMs, target, trail);
  const dueMs = walk(rt, clock, atMs, target, trail);
  calendarLines(rt, atMs, dueMs, trail);
  // `due` is the clock's ISO form of this very instant: not formatted again.
  put(trail, `due ${due}`, { id: 'deadline.dueAt', values: { due: { time: due, as: 'iso', zone: rt.zone } } });
  return trail.lines;
}

/**
 * What the trace says when the walk crossed a year the production calendar does not cover (its
 * holidays were not counted) or covers provisionally (without the decree's transfers).
 */
function calendarLines(rt: ScheduleRuntime, atMs: number, dueMs: number, trail: Trail): void {
  const clock = rt.clock!;
  // Two instants, so no set: the due instant's note is said unless it is the same year's.
  const first = coverageNote(rt.calendar, clock, atMs);
  if (first) put(trail, `calendar: ${first.message}`, { id: 'deadline.calendar', values: { note: first.say } });
  const second = coverageNote(rt.calendar, clock, dueMs);
  if (second && second.year !== first?.year)
    put(trail, `calendar: ${second.message}`, { id: 'deadline.calendar', values: { note: second.say } });
}

/**
 * The due instant (epoch ms) of `target` for a mention posted at `atMs`, with no explanation and no
 * strings built: the engine's hot path. NaN when `dueAt` would return an error (ask it for the reason).
 */
export function dueMsAt(atMs: number, target: Duration, rt: ScheduleRuntime): number {
  if (rt.error || !rt.clock || Number.isNaN(atMs)) return NaN;
  try {
    return walk(rt, rt.clock, atMs, target, undefined);
  } catch (e) {
    if (e instanceof NoWorkingTime) return NaN;
    throw e;
  }
}

/** The walk itself; throws NoWorkingTime. `trail` collects the explanation when given. */
function walk(rt: ScheduleRuntime, clock: ZoneClock, atMs: number, target: Duration, trail: Trail | undefined): number {
  switch (target.kind) {
    case 'calendar':
      if (trail)
        put(trail, `calendar time: ${hm(target.minutes * MINUTE)} after posting, working hours ignored`, {
          id: 'deadline.calendarTime',
          values: { hm: hmSay(target.minutes * MINUTE) },
        });
      return atMs + target.minutes * MINUTE;
    case 'business-minutes': {
      if (rt.neverWorks) throw new NoWorkingTime();
      const from = firstWorking(rt, atMs);
      if (trail) {
        if (from.ms !== atMs) startsAt(rt, from.ms, trail);
        put(trail, `${hm(target.minutes * MINUTE)} of working time:`, {
          id: 'deadline.workingTime',
          values: { hm: hmSay(target.minutes * MINUTE) },
        });
      }
      return addWorking(rt, from, target.minutes * MINUTE, trail);
    }
    case 'business-days': {
      if (rt.neverWorks) throw new NoWorkingTime();
      const from = firstWorking(rt, atMs);
      if (trail && from.ms !== atMs) startsAt(rt, from.ms, trail);
      let amount = from.wd.workMs;
      let wd = from.wd;
      for (let k = 1; k < target.days; k++) {
        wd = nextWorkDay(rt, wd.day);
        amount += wd.workMs;
      }
      if (trail)
        put(
          trail,
          `${target.days} business day(s) = ${hm(amount)} of working time (the length of ${target.days === 1 ? 'that working day' : `${target.days} working days from ${from.wd.date}`}):`,
          target.days === 1
            ? { id: 'deadline.businessDay', values: { days: target.days, hm: hmSay(amount) } }
            : {
                id: 'deadline.businessDays',
                values: { days: target.days, hm: hmSay(amount), date: opensSay(rt, from.wd, 'date') },
              },
        );
      return addWorking(rt, from, amount, trail, true);
    }
    case 'end-of-business-day': {
      if (rt.neverWorks) throw new NoWorkingTime();
      let wd = effectiveDay(rt, atMs);
      if (trail && wd.day !== clock.dayOf(atMs))
        put(trail, `after hours or a day off: the mention counts from ${wd.date}`, {
          id: 'deadline.afterHours',
          values: { date: opensSay(rt, wd, 'date') },
        });
      for (let k = 0; k < target.offset; k++) wd = nextWorkDay(rt, wd.day);
      if (trail)
        put(trail, `end of working day ${wd.date}${dayNote(wd)}`, {
          id: 'deadline.endOfDay',
          values: { date: opensSay(rt, wd, 'date'), note: dayNoteSay(wd) },
        });
      return wd.spans[wd.spans.length - 1];
    }
  }
}

function startsAt(rt: ScheduleRuntime, ms: number, trail: Trail): void {
  put(trail, `outside working hours: counting starts ${rt.clock!.label(ms)}`, {
    id: 'deadline.startsAt',
    values: { at: timeSay(rt, ms, 'label') },
  });
}
