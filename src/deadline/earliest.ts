/**
 * The deadline that binds: the earliest of several response-time targets for one mention, with the
 * reason it came from. The engine's one deadline function, for the hot path and the trace alike:
 * the time is parsed once and the targets are compared as epoch-ms numbers; strings are built for
 * the winner, and the trace's lines only when asked for.
 */
import type { Duration } from '../model/playbook.js';
import type { TraceSay } from '../model/outcome.js';
import { dueAt, dueErrorSay, dueMsAt, explainDueMs, type Due, type DueOptions } from './due-at.js';
import type { ScheduleRuntime } from './schedule-runtime.js';
import { parseInstant } from './zone-clock.js';

/** One response-time target and why it applies (`sla.first_response (1 business day)`). */
export interface DueTarget {
  reason: string;
  target: Duration;
  /** `reason` as data, for the trace in a person's language; with it, an explained result has `said`. */
  say?: TraceSay;
}

/** The earliest deadline, the target it came from, and (when explained) every target's line. */
export interface EarliestDue extends Due {
  reason: string;
  /** The winner's index in the targets given. */
  index: number;
  /**
   * One line per target, in the order given: `sla.first_response (1 business day): 2026-03-03T10:15:00.000+03:00`,
   * or the target's error. Empty unless explained.
   */
  considered: string[];
  /** `reason`, `considered` and `explanation` as data: set when explained and the targets have a `say`. */
  said?: { reason: TraceSay; considered: TraceSay[]; explanation: TraceSay[] };
}

/** What `earliest` found: the binding deadline and each target's due instant. */
export interface EarliestResult {
  /** The earliest deadline (the first given wins a tie); null when no target could be computed. */
  best: EarliestDue | null;
  /** Each target's due instant in epoch ms, in the order given; NaN where it could not be computed. */
  dueMs: number[];
  /** Why the first target that could not be computed failed (as `dueAt` says it); null when every one could. */
  error: string | null;
}

/**
 * The earliest deadline of `targets` for a mention posted `at` (ISO 8601 with an offset). A target
 * that cannot be computed is skipped (its error is in `considered` and `error`); the result agrees
 * with `dueAt` on each target. `explain: false` builds no trace lines and no explanation.
 */
export function earliest(at: string, targets: readonly DueTarget[], rt: ScheduleRuntime, options: DueOptions = {}): EarliestResult {
  const atMs = parseInstant(at);
  // Pushed, not preallocated: a packed array of doubles is what keeps this as fast as inline code.
  const dueMs: number[] = [];
  let index = -1;
  let failed = -1;
  for (let i = 0; i < targets.length; i++) {
    const ms = dueMsAt(atMs, targets[i].target, rt);
    dueMs.push(ms);
    if (Number.isNaN(ms)) {
      if (failed < 0) failed = i;
    } else if (index < 0 || ms < dueMs[index]) index = i;
  }
  // Why a target fails depends on the time and the schedule, not on the target (a bad time, an
  // unknown zone, no working time): the general path walks the first that failed again to say it.
  let error: string | null = null;
  if (failed >= 0) {
    const r = dueAt(at, targets[failed].target, rt, { explain: false });
    // dueMsAt and dueAt share one walk: NaN from one is an error from the other.
    if (!('error' in r)) throw new Error(`replybook bug: dueMsAt failed where dueAt gives ${r.due}`);
    error = r.error;
  }
  if (index < 0) return { best: null, dueMs, error };
  const clock = rt.clock!;
  const due = clock.iso(dueMs[index]);
  const best: EarliestDue = { due, dueMs: dueMs[index], reason: targets[index].reason, index, considered: [], explanation: [] };
  if (options.explain !== false) {
    // Each target's due time formatted once, for its line and its data alike (null: it failed).
    const dueIso = targets.map((_, i) => (i === index ? due : Number.isNaN(dueMs[i]) ? null : clock.iso(dueMs[i])));
    best.considered = targets.map((t, i) => `${t.reason}: ${dueIso[i] ?? error}`);
    const winner = targets[index].say;
    if (winner === undefined) best.explanation = explainDueMs(atMs, targets[index].target, rt, due);
    else {
      // Each line as data beside it, for the trace in a person's language.
      const explanation: TraceSay[] = [];
      best.explanation = explainDueMs(atMs, targets[index].target, rt, due, explanation);
      const failure = error === null ? undefined : dueErrorSay(at, rt);
      const considered = targets.map((t, i): TraceSay => {
        const iso = dueIso[i];
        return {
          id: 'deadline.considered',
          values: { reason: t.say ?? t.reason, due: iso === null ? failure! : { time: iso, as: 'iso', zone: rt.zone } },
        };
      });
      best.said = { reason: winner, considered, explanation };
    }
  }
  return { best, dueMs, error };
}
