/**
 * The change's sample complaints as `replybook test` judges them, for the diff's reports: the
 * totals and the stale reply snapshots, from a run of `runComplaints` (src/test-run/judge.ts
 * decides every verdict; nothing is judged again here).
 */
import type { RunOutput } from '../test-run/run.js';
import { snapshotStates } from '../test-run/judge.js';
import type { SnapshotStatus } from './types.js';

/** The status of a judged run: `snapshots` as read from the working tree, `ci` as the run was judged. */
export function snapshotStatus(
  run: Pick<RunOutput, 'results' | 'passed' | 'failed' | 'obsoleteSnapshots'>,
  snapshots: ReadonlyMap<string, string>,
  ci: boolean,
): SnapshotStatus {
  const states = snapshotStates(run.results, snapshots);
  const paths = (...want: string[]) => states.filter((s) => want.includes(s.state)).map((s) => s.path);
  return {
    passed: run.passed,
    failed: run.failed,
    changed: paths('changed', 'gone'),
    missing: paths('new'),
    obsolete: [...(run.obsoleteSnapshots ?? [])],
    ci,
  };
}

/** Whether any snapshot is stale: changed, missing or obsolete. */
export function snapshotsStale(s: SnapshotStatus): boolean {
  return s.changed.length + s.missing.length + s.obsolete.length > 0;
}
