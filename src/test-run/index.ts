export { runComplaints, runOne } from './run.js';
export { createComplaintRunner } from './incremental.js';
export type { ComplaintRunner } from './incremental.js';
export type { RunnablePlaybook, RunOptions, RunOutput } from './run.js';
export { compareOutcome } from './compare.js';
export { snapshotText } from './snapshot.js';
export { snapshotPath, SNAPSHOT_DIR } from '../load/sources.js';
export { coverage } from './coverage.js';
export type { CoverageItem, PlaybookCoverage } from './coverage.js';
