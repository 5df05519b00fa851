/** A worker thread of the pool (pool.ts): checks one group of playbooks, and runs their complaints for `test`. */
import { parentPort, workerData } from 'node:worker_threads';
// The core's country calendars, as the main process has them (files.ts imports it there).
import './holiday-library.js';
import './xml-library.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { PlaybookCoverage } from '../model/test-result.js';
import { checkProject, type CheckerOptions } from '../validate/index.js';

/** What a worker's checker is given (plain data, as it crosses threads): the configuration's rule settings, and whether unused directives are reported. */
export type WorkerCheckerOptions = Pick<CheckerOptions, 'ruleSettings' | 'reportUnusedDirectives'>;
import { coverage, planTestRun, type StreamOptions, type StreamOutput } from '../test-run/index.js';
import { ProjectFs } from './project-fs.js';
import { readSnapshots } from './snapshots.js';

/** What a worker is given: its playbooks' files, and for `test` the run's options. */
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
      /**
       * The project's door (`ProjectFs.place`): the worker reads each complaint file's snapshots
       * through it as the run comes to the file, instead of being sent them all (`options.snapshots`).
       */
      snapshotsFrom?: { root: string; cwd: string };
    };

/** A `test` group's answer. */
export interface TestGroupResult {
  checkDiagnostics: Diagnostic[];
  run: StreamOutput;
  coverage: PlaybookCoverage[];
}

async function perform(task: PoolTask): Promise<Diagnostic[] | TestGroupResult> {
  const options = task.checker ?? {};
  if (task.kind === 'check') return checkProject(task.files, options).diagnostics;
  const plan = planTestRun(task.files, { ...options, quiet: task.quiet });
  const { budgetMs, ...runOptions } = task.options;
  const from = task.snapshotsFrom;
  const door = from ? await ProjectFs.at(from.root, { cwd: from.cwd }) : null;
  const run = await plan.run([], {
    ...runOptions,
    ...(budgetMs === undefined ? {} : { budget: { ms: budgetMs, now: () => performance.now() } }),
    ...(door ? { snapshotsOf: (file: string) => readSnapshots(door, [file]) } : {}),
  });
  const list = task.coverage ? plan.check.playbooks.flatMap((p) => (p.playbook ? [coverage(p.playbook, run.results)] : [])) : [];
  return { checkDiagnostics: plan.check.diagnostics, run, coverage: list };
}

try {
  parentPort!.postMessage({ ok: true, value: await perform(workerData as PoolTask) });
} catch (e) {
  // The message, and an operating-system error's code and call (said as such, not as a bug):
  // never the stack, which the command line would print to the user.
  const sys = e as NodeJS.ErrnoException | null;
  parentPort!.postMessage({
    ok: false,
    error: e instanceof Error ? e.message : String(e),
    ...(typeof sys?.code === 'string' && typeof sys.syscall === 'string' ? { code: sys.code, syscall: sys.syscall } : {}),
  });
}
