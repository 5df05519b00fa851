/** Runs every sample complaint through its playbook and compares: the pure core of `replybook test`. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckedPlaybook } from '../model/checked-playbook.js';
import type { Complaint } from '../model/outcome.js';
import type { TimeBudget } from '../model/budget.js';
import { groupDigits } from '../model/mention-limits.js';
import type { ComplaintResult, ExpectationFailure, TestRunResult } from '../model/test-result.js';
import { compileRuntime, formatMs, respond, type Runtime } from '../engine/index.js';
import { measureLength } from '../check-reply/index.js';
import { compareOutcome } from './compare.js';
import { failsRun, type RuleSettings } from '../validate/index.js';
import { snapshotPath } from '../load/sources.js';
import { snapshotText } from './snapshot.js';

/** The part of a checked playbook (`model/checked-playbook.ts`) that the test run needs. */
export type RunnablePlaybook = Pick<CheckedPlaybook, 'dir' | 'playbook' | 'complaints'>;

export interface RunOptions {
  /** Only complaints whose id, file or playbook contains this text. */
  filter?: string;
  /** Stop after the first failing complaint. */
  bail?: boolean;
  /** Snapshot files as read from disk: path → text (a missing entry is a new snapshot). */
  snapshots?: ReadonlyMap<string, string>;
  /** Compare snapshots (false with `--update`, which rewrites them instead). */
  compareSnapshots?: boolean;
  /**
   * A complaint that gets a reply but has no snapshot yet (Jest's meaning): `write` — its snapshot
   * is written, and the complaint passes; `fail` — under CI, where nothing is written, it fails;
   * undefined — neither (`build` and `watch` leave snapshots to `test`).
   */
  newSnapshots?: 'write' | 'fail';
  /**
   * Each complaint's time budget and the clock (default: none). A complaint that runs out of it, or
   * takes longer in all, fails with a `budget` failure at its place, and the run goes on.
   */
  budget?: TimeBudget;
  /**
   * Build the trace (default true). A bulk run turns it off and runs a failing complaint again
   * with it, so only failures pay for the trace (`stream.ts`).
   */
  trace?: boolean;
  /** The project configuration's rule settings: a reply check whose rule is set below `error` does not fail the complaint. */
  ruleSettings?: RuleSettings;
  /** Whether an inline directive silences rule `ruleId` for a reply of template `template` (its reply checks then do not fail the complaint). */
  silenced?: (template: string, ruleId: string) => boolean;
}

export interface RunOutput extends TestRunResult {
  /** Snapshot files as they should be now: path → text, or null where none should exist. */
  snapshotsWanted: Map<string, string | null>;
  /** Snapshot files of the complaint files run in full that no complaint with a reply has (`--update` removes them). */
  obsoleteSnapshots?: string[];
}

export function matchesFilter(filter: string | undefined, pb: RunnablePlaybook, c: Complaint): boolean {
  if (!filter) return true;
  const f = filter.toLowerCase();
  return [c.id, c.file, pb.dir].some((s) => s.toLowerCase().includes(f));
}

/** Runs one complaint on a compiled playbook and compares the outcome (and its snapshot, when asked). */
export function runOne(
  rt: Runtime,
  c: Complaint,
  opts: RunOptions = {},
): { result: ComplaintResult; snapshot: string; want: string | null; isNew?: boolean } {
  const pb = rt.playbook;
  const budget = opts.budget;
  const started = budget === undefined ? 0 : budget.now();
  const outcome = respond(rt, c, { trace: opts.trace ?? true, ...(budget === undefined ? {} : { budget }) });
  const path = snapshotPath(c.file, c.id);
  const result = (failures: ExpectationFailure[]): ComplaintResult => ({
    playbook: pb.id,
    id: c.id,
    channel: c.channel,
    file: c.file,
    range: c.source.range,
    outcome,
    failures,
    passed: failures.length === 0,
  });
  if (budget !== undefined) {
    const elapsed = budget.now() - started;
    const stoppedAt = outcome.stopped?.limit === 'time-budget' ? outcome.stopped.at : null;
    if (stoppedAt !== null || elapsed > budget.ms) {
      const ms = groupDigits(budget.ms);
      const message =
        stoppedAt !== null
          ? `The complaint ran out of its time budget of ${ms} ms and was stopped in stage \`${stoppedAt}\` after ${formatMs(Math.max(elapsed, outcome.stopped!.actual))} ms (\`--timeout MS\` sets the budget)`
          : `The complaint took ${formatMs(elapsed)} ms, more than its time budget of ${ms} ms (\`--timeout MS\` sets the budget)`;
      // An incomplete outcome says nothing about the reply: its snapshot is kept as it is.
      return {
        result: result([{ field: 'budget', expected: `at most ${ms} ms`, actual: `${formatMs(elapsed)} ms`, message }]),
        snapshot: path,
        want: opts.snapshots?.get(path) ?? null,
      };
    }
  }
  const channel = pb.channels.get(c.channel);
  const failures: ExpectationFailure[] = compareOutcome(c, outcome, (t) => measureLength(t, channel?.unit ?? 'graphemes')).filter(
    (f) =>
      !f.field.startsWith('check:') ||
      ((!opts.ruleSettings || failsRun(opts.ruleSettings, c.file, f.field.slice('check:'.length))) &&
        !(outcome.template !== null && opts.silenced?.(outcome.template, f.field.slice('check:'.length)))),
  );
  // A mention over a length limit was not matched: its snapshot is kept as it is.
  const want = outcome.stopped ? (opts.snapshots?.get(path) ?? null) : snapshotText(outcome);
  if (opts.compareSnapshots && opts.snapshots) {
    const have = opts.snapshots.get(path);
    if (have !== undefined && want !== null && have !== want) {
      failures.push({
        field: 'snapshot',
        expected: have.trimEnd(),
        actual: want.trimEnd(),
        message: `The reply differs from its snapshot ${path} (run with --update if the change is intended)`,
      });
    } else if (have === undefined && want !== null && opts.newSnapshots === 'fail') {
      failures.push({
        field: 'snapshot',
        expected: 'a reply snapshot',
        actual: want.trimEnd(),
        message: `The reply has no snapshot ${path}, and none is written under CI: run \`replybook test\` locally (it writes new snapshots) and commit ${path}`,
      });
    } else if (have !== undefined && want === null) {
      failures.push({
        field: 'snapshot',
        expected: have.trimEnd(),
        actual: 'no reply',
        message: `The snapshot ${path} has a reply, but now there is none (run with --update if intended)`,
      });
    }
  }
  return {
    result: result(failures),
    snapshot: path,
    want,
    isNew: opts.snapshots !== undefined && want !== null && !opts.snapshots.has(path),
  };
}

/** Runs the complaints of every valid playbook. Playbooks with errors are skipped (their diagnostics say why). */
export function runComplaints(playbooks: ReadonlyArray<RunnablePlaybook>, diagnostics: Diagnostic[], opts: RunOptions = {}): RunOutput {
  const results: ComplaintResult[] = [];
  const snapshotsWanted = new Map<string, string | null>();
  let stop = false;
  for (const pb of playbooks) {
    if (stop || !pb.playbook) continue;
    const rt = compileRuntime(pb.playbook);
    for (const c of pb.complaints) {
      if (stop) break;
      if (!matchesFilter(opts.filter, pb, c)) continue;
      const { result, snapshot, want } = runOne(rt, c, opts);
      snapshotsWanted.set(snapshot, want);
      results.push(result);
      const passed = result.passed;
      if (!passed && opts.bail) stop = true;
    }
  }
  const passed = results.filter((r) => r.passed).length;
  return { results, diagnostics, passed, failed: results.length - passed, snapshotsWanted };
}
