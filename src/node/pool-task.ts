/**
 * What one group of the pool (pool.ts) does: checks its playbooks, and runs their complaints for
 * `test`. A worker thread runs it (pool-worker.ts), and so does this thread for the first group, so
 * that every core works and none only waits.
 */
// The core's country calendars, as the main process has them (files.ts imports it there).
import './holiday-library.js';
import './xml-library.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { PlaybookCoverage } from '../model/test-result.js';
import { checkProject, type CheckerOptions } from '../validate/index.js';
import { coverage, planTestRun, type StreamOptions, type StreamOutput } from '../test-run/index.js';
import { ProjectFs } from './project-fs.js';
import { readSnapshots } from './snapshots.js';
import { readSourceFile } from './files.js';

/** What a group's checker is given (plain data, as it crosses threads): the configuration's rule settings, and whether unused directives are reported. */
export type WorkerCheckerOptions = Pick<CheckerOptions, 'ruleSettings' | 'reportUnusedDirectives'>;

/** What a group is given: its playbooks' files, and for `test` the run's options. */
export type PoolTask =
  | { kind: 'check'; files: SourceFile[]; checker?: WorkerCheckerOptions }
  | {
      kind: 'test';
      files: SourceFile[];
      checker?: WorkerCheckerOptions;
      /** The options without the clock (a function does not cross threads): `budgetMs` instead. */
      options: Omit<StreamOptions, 'budget'> & { budgetMs?: number };
      coverage: boolean;
      /** Playbooks whose own diagnostics an earlier group reports (`TestGroup.quiet`). */
      quiet: string[];
      /** Complaint files not read yet (`TestGroup.later`): read through `door` when the run comes to each. */
      later?: string[];
      /**
       * The project's door (`ProjectFs.place`), opened again by the group: it reads each complaint
       * file not read yet, and each complaint file's snapshots as the run comes to the file, instead
       * of being sent them all (`options.snapshots`).
       */
      door?: { root: string; cwd: string };
    };

/** A `test` group's answer. */
export interface TestGroupResult {
  checkDiagnostics: Diagnostic[];
  run: StreamOutput;
  coverage: PlaybookCoverage[];
}

/** Does one group's work: its check diagnostics, or for `test` its run. */
export async function performTask(task: PoolTask): Promise<Diagnostic[] | TestGroupResult> {
  const options = task.checker ?? {};
  if (task.kind === 'check') return checkProject(task.files, options).diagnostics;
  const plan = planTestRun(task.files, { ...options, quiet: task.quiet, ...(task.later ? { later: task.later } : {}) });
  task.files = [];
  const { budgetMs, ...runOptions } = task.options;
  const from = task.door;
  const door = from ? await ProjectFs.at(from.root, { cwd: from.cwd }) : null;
  const run = await plan.run([], {
    ...runOptions,
    ...(budgetMs === undefined ? {} : { budget: { ms: budgetMs, now: () => performance.now() } }),
    ...(door ? { readLater: (file: string) => readSourceFile(door, file) } : {}),
    ...(door && !runOptions.snapshots ? { snapshotsOf: (file: string) => readSnapshots(door, [file]) } : {}),
  });
  const list = task.coverage ? plan.check.playbooks.flatMap((p) => (p.playbook ? [coverage(p.playbook, run.results)] : [])) : [];
  return { checkDiagnostics: plan.check.diagnostics, run, coverage: list };
}
