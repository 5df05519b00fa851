export { runComplaints, runOne } from './run.js';
export { createComplaintRunner } from './incremental.js';
export type { ComplaintRunner } from './incremental.js';
export type { RunnablePlaybook, RunOptions, RunOutput } from './run.js';
export { snapshotRunOptions } from './run.js';
export { compareOutcome } from './compare.js';
export { newSnapshotsLine, obsoleteSnapshotsLine, snapshotText } from './snapshot.js';
export { snapshotPath, SNAPSHOT_DIR } from '../load/sources.js';
export { coverage } from './coverage.js';
export type { CoverageItem, PlaybookCoverage } from './coverage.js';
export { complaintFilesOf, planTestRun, reviveResults } from './stream.js';
export type { FileSnapshots, StreamOptions, StreamOutput, TestPlan } from './stream.js';
export {
  judgeOutcome,
  judgeResults,
  recordsSnapshot,
  silencedIn,
  snapshotFailure,
  snapshotState,
  snapshotStates,
  wantedSnapshot,
} from './judge.js';
export type { JudgeOptions, JudgedRun, SnapshotState, Verdict } from './judge.js';
