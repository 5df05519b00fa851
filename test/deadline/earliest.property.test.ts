/**
 * The engine's deadline (`earliest`: numeric, one parse, strings only for the winner and the trace)
 * agrees with the general path (`dueAt` on each target, the earliest kept, the first winning a tie)
 * on random schedules, targets and instants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchedule, dueAt, earliest, parseHours, type DueTarget, type ScheduleRuntime } from '../../src/deadline/index.js';
import type { Interval } from '../../src/model/playbook.js';
import { duration, schedule } from './support.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ZONES = ['Europe/Moscow', 'Europe/Berlin', 'America/New_York', 'Asia/Vladivostok', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2027, 11, 31);
const DAY_MS = 86_400_000;

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const quarter = (lo: number, hi: number) => fc.integer({ min: lo / 15, max: hi / 15 }).map((q) => q * 15);

/** One day's hours: off, one interval, two with a lunch break between them, or across midnight. */
const dayHours = fc.oneof(
  fc.constant('off'),
  fc.tuple(quarter(0, 1380), quarter(15, 600)).map(([start, len]) => `${hhmm(start)}-${hhmm(Math.min(1440, start + len))}`),
  fc.tuple(quarter(360, 720), quarter(60, 300), quarter(15, 120), quarter(60, 300)).map(([start, morning, lunch, afternoon]) => {
    const a = start + morning;
    const b = a + lunch;
    return `${hhmm(start)}-${hhmm(a)}, ${hhmm(b)}-${hhmm(Math.min(1440, b + afternoon))}`;
  }),
  fc.tuple(quarter(1200, 1380), quarter(60, 360)).map(([start, end]) => `${hhmm(start)}-${hhmm(end)}`),
);

const dateText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const date = fc.integer({ min: FROM / DAY_MS, max: TO / DAY_MS }).map((d) => dateText(d * DAY_MS));
const interval: fc.Arbitrary<Interval> = fc.tuple(quarter(0, 1200), quarter(15, 240)).map(([start, len]) => ({ start, end: start + len }));

// Hours spilling over midnight into the next day's own hours are refused by the validator.
const validWeek = (week: string[]) => parseHours(Object.fromEntries(DAYS.map((d, i) => [d, week[i]]))).problems.length === 0;

/** A schedule: a zone (now and then one that does not exist), weekly hours (sometimes none at all), holidays, extra working days, maybe the Russian calendar. */
const scheduleArb = fc
  .record({
    timezone: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...ZONES) }, { weight: 1, arbitrary: fc.constant('Mars/Olympus_Mons') }),
    week: fc.oneof(
      { weight: 8, arbitrary: fc.array(dayHours, { minLength: 7, maxLength: 7 }).filter(validWeek) },
      // No weekly hours: only the extra working days, if any, have working time.
      { weight: 1, arbitrary: fc.constant(DAYS.map(() => 'off')) },
    ),
    holidays: fc.array(date, { maxLength: 40 }),
    workingDays: fc.array(fc.tuple(date, fc.array(interval, { minLength: 1, maxLength: 2 })), { maxLength: 4 }),
    calendars: fc.constantFrom<string[][]>([], ['ru']),
  })
  .map(({ timezone, week, holidays, workingDays, calendars }) => {
    const days = workingDays.map(([d, list]): [string, Interval[]] => {
      const sorted = [...list].sort((a, b) => a.start - b.start);
      const disjoint = sorted.filter((iv, i) => i === 0 || iv.start >= sorted[i - 1].end);
      return [d, disjoint];
    });
    return schedule({
      timezone,
      hours: Object.fromEntries(DAYS.map((d, i) => [d, week[i]])),
      holidays,
      workingDays: Object.fromEntries(days),
      calendars,
    });
  });

/** A target as a playbook writes it: calendar minutes, hours or days, business hours or days, the end of a business day. */
const targetText = fc.oneof(
  fc.integer({ min: 1, max: 600 }).map((n) => `${n}m`),
  fc.integer({ min: 1, max: 72 }).map((n) => `${n}h`),
  fc.integer({ min: 1, max: 10 }).map((n) => `${n}d`),
  fc.integer({ min: 1, max: 900 }).map((n) => `${n} business minutes`),
  fc.integer({ min: 1, max: 40 }).map((n) => `${n} business hours`),
  fc.integer({ min: 1, max: 15 }).map((n) => `${n} business days`),
  fc.constantFrom('end of business day', 'end of next business day'),
);

const targetsArb = fc
  .array(targetText, { minLength: 1, maxLength: 5 })
  .map((texts): DueTarget[] => texts.map((text, i) => ({ reason: `target ${i} (${text})`, target: duration(text) })));

/** An instant as a mention carries it: ISO 8601 with an offset (or Z); now and then not a time at all. */
const instant = fc
  .oneof(
    { weight: 30, arbitrary: fc.tuple(fc.integer({ min: FROM / 1000, max: TO / 1000 }), fc.constantFrom(0, 180, -300, 330, 600)) },
    { weight: 1, arbitrary: fc.constant(null) },
  )
  .map((v) => {
    if (v === null) return 'the day before yesterday';
    const [seconds, offset] = v;
    const local = new Date(seconds * 1000 + offset * 60_000).toISOString().slice(0, 19);
    if (offset === 0) return `${local}Z`;
    const sign = offset < 0 ? '-' : '+';
    return `${local}${sign}${hhmm(Math.abs(offset))}`;
  });

/** The general path: every target through `dueAt`, the earliest kept (the first given wins a tie). */
function generalPath(at: string, targets: readonly DueTarget[], rt: ScheduleRuntime) {
  const results = targets.map((t) => dueAt(at, t.target, rt));
  let best = -1;
  results.forEach((r, i) => {
    const b = results[best];
    if (!('error' in r) && (best < 0 || ('dueMs' in b && r.dueMs < b.dueMs))) best = i;
  });
  const considered = targets.map((t, i) => {
    const r = results[i];
    return `${t.reason}: ${'error' in r ? r.error : r.due}`;
  });
  const firstError = results.find((r) => 'error' in r);
  return { best, results, considered, error: firstError && 'error' in firstError ? firstError.error : null };
}

describe('earliest agrees with dueAt on every target', () => {
  it('on random schedules, targets and instants', () => {
    fc.assert(
      fc.property(scheduleArb, targetsArb, instant, (sched, targets, at) => {
        const rt = compileSchedule(sched);
        const fast = earliest(at, targets, rt);
        const quiet = earliest(at, targets, rt, { explain: false });
        const general = generalPath(at, targets, rt);

        expect(fast.error).toBe(general.error);
        expect(fast.dueMs).toEqual(general.results.map((r) => ('error' in r ? NaN : r.dueMs)));
        if (general.best < 0) {
          expect(fast.best).toBeNull();
          expect(quiet.best).toBeNull();
          return;
        }
        const winner = general.results[general.best];
        if ('error' in winner) throw new Error('the general path chose a target that failed');
        expect(fast.best).toEqual({
          due: winner.due,
          dueMs: winner.dueMs,
          reason: targets[general.best].reason,
          index: general.best,
          considered: general.considered,
          explanation: winner.explanation,
        });
        expect(quiet.best).toEqual({ ...fast.best, considered: [], explanation: [] });
        expect(quiet.dueMs).toEqual(fast.dueMs);
      }),
      { numRuns: 300 },
    );
  });
});
