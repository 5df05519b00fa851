/** Runs every sample complaint through its playbook and compares: the pure core of `replybook test`. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckedPlaybook } from '../model/checked-playbook.js';
import type { Complaint } from '../model/outcome.js';
import type { TimeBudget } from '../model/budget.js';
import { groupDigits } from '../model/mention-limits.js';
import type { ComplaintResult, ExpectationFailure, TestRunResult } from '../model/test-result.js';
import { compileRuntime, formatMs, respond, type Runtime } from '../engine/index.js';
import type { Directive } from '../validate/index.js';
import { snapshotPath } from '../load/sources.js';
import {
  findsObsolete,
  judgeOutcome,
  obsoleteSnapshotsOf,
  recordsSnapshot,
  silencedIn,
  snapshotsByFolder,
  type JudgeOptions,
} from './judge.js';

/** The part of a checked playbook (`model/checked-playbook.ts`) that the test run needs. */
export type RunnablePlaybook = Pick<CheckedPlaybook, 'dir' | 'playbook' | 'complaints'>;

/** How a run goes: which complaints, the time budget, and how each is judged (`judge.ts`: snapshots, rule settings, directives). */
export interface RunOptions extends JudgeOptions {
  /** Only complaints whose id, file or playbook contains this text. */
  filter?: string;
  /** Stop after the first failing complaint. */
  bail?: boolean;
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
  /**
   * Record every snapshot wanted in `snapshotsWanted` (`--update` writes them all); off, only a new
   * one that `newSnapshots: 'write'` has written.
   */
  snapshotsWanted?: boolean;
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
): { result: ComplaintResult; snapshot: string; want: string | null; isNew: boolean } {
  const pb = rt.playbook;
  const budget = opts.budget;
  const started = budget === undefined ? 0 : budget.now();
  const outcome = respond(rt, c, { trace: opts.trace ?? true, ...(budget === undefined ? {} : { budget }) });
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
      const path = snapshotPath(c.file, c.id);
      return {
        result: result([
          {
            field: 'budget',
            expected: `at most ${ms} ms`,
            actual: `${formatMs(elapsed)} ms`,
            message,
            say:
              stoppedAt !== null
                ? {
                    id: 'expect.budget.stopped',
                    values: { ms, stage: stoppedAt, elapsed: formatMs(Math.max(elapsed, outcome.stopped!.actual)) },
                  }
                : { id: 'expect.budget.over', values: { ms, elapsed: formatMs(elapsed) } },
            expectedSay: { id: 'value.atMostMs', values: { ms } },
            actualSay: { id: 'value.ms', values: { ms: formatMs(elapsed) } },
          },
        ]),
        snapshot: path,
        want: opts.snapshots?.get(path) ?? null,
        isNew: false,
      };
    }
  }
  const v = judgeOutcome(pb, c, outcome, opts);
  return { result: result(v.failures), snapshot: v.snapshot, want: v.want, isNew: v.isNew };
}

/**
 * Runs the complaints of every valid playbook, judged as `test` judges them (`judge.ts`). Playbooks
 * with errors are skipped (their diagnostics say why). `directivesOf` gives the inline directives
 * of a file (a checker's), so a directive that silences a reply check at its template counts here too.
 */
export function runComplaints(
  playbooks: ReadonlyArray<RunnablePlaybook & { complaintFiles?: readonly string[] }>,
  diagnostics: Diagnostic[],
  opts: RunOptions & { directivesOf?: (file: string) => readonly Directive[] } = {},
): RunOutput {
  const results: ComplaintResult[] = [];
  const snapshotsWanted = new Map<string, string | null>();
  const obsoleteSnapshots: string[] = [];
  const byFolder = findsObsolete(opts) && opts.snapshots ? snapshotsByFolder(opts.snapshots) : null;
  let stop = false;
  for (const pb of playbooks) {
    if (stop || !pb.playbook) continue;
    const rt = compileRuntime(pb.playbook);
    const each = { ...opts, silenced: opts.silenced ?? silencedIn(pb.playbook, opts.directivesOf) };
    const withReply = new Set<string>();
    for (const c of pb.complaints) {
      if (stop) break;
      if (!matchesFilter(opts.filter, pb, c)) continue;
      const one = runOne(rt, c, each);
      if (recordsSnapshot(opts, one)) snapshotsWanted.set(one.snapshot, one.want);
      if (one.want !== null) withReply.add(one.snapshot);
      results.push(one.result);
      if (!one.result.passed && opts.bail) stop = true;
    }
    if (byFolder) {
      const files = pb.complaintFiles ?? [...new Set(pb.complaints.map((c) => c.file))];
      for (const f of files) obsoleteSnapshots.push(...obsoleteSnapshotsOf(f, byFolder, withReply));
    }
  }
  const passed = results.filter((r) => r.passed).length;
  return { results, diagnostics, passed, failed: results.length - passed, snapshotsWanted, obsoleteSnapshots };
}

/** The snapshot options of a run: compare (unless `--update`), write new ones locally, fail them under CI. */
export function snapshotRunOptions(
  update: boolean | undefined,
  ci: boolean,
): Pick<RunOptions, 'compareSnapshots' | 'newSnapshots' | 'snapshotsWanted'> {
  return {
    compareSnapshots: !update,
    newSnapshots: update ? undefined : ci ? 'fail' : 'write',
    snapshotsWanted: update === true,
  };
}
