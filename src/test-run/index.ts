export { runComplaints } from './run.js';
export type { CheckedPlaybook, RunOptions, RunOutput } from './run.js';
export { compareOutcome } from './compare.js';
export { snapshotPath, snapshotText, SNAPSHOT_DIR } from './snapshot.js';
export { coverage, formatCoverage } from './coverage.js';
export type { CoverageItem, PlaybookCoverage } from './coverage.js';
