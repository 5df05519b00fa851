/** A worker thread of the pool (pool.ts): checks one group of playbooks, and runs their complaints for `test`. */
import { parentPort, workerData } from 'node:worker_threads';
// The core's country calendars, as the main process has them (files.ts imports it there).
import './holiday-library.js';
import './xml-library.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { PlaybookCoverage } from '../model/test-result.js';
import { checkProject, type RuleSettings } from '../validate/index.js';
import { coverage, planTestRun, type RunOutput, type StreamOptions } from '../test-run/index.js';

/** What a worker is given: its playbooks' files, and for `test` the run's options. */
export type PoolTask =
  | { kind: 'check'; files: SourceFile[]; ruleSettings?: RuleSettings }
  | {
      kind: 'test';
      files: SourceFile[];
      ruleSettings?: RuleSettings;
      /** The options without the clock (a function does not cross threads): `budgetMs` instead. */
      options: Omit<StreamOptions, 'budget'> & { budgetMs?: number };
      coverage: boolean;
    };

/** A `test` group's answer. */
export interface TestGroupResult {
  checkDiagnostics: Diagnostic[];
  run: RunOutput & { blocked: boolean; complaintDiagnostics: Diagnostic[] };
  coverage: PlaybookCoverage[];
}

function perform(task: PoolTask): Diagnostic[] | TestGroupResult {
  const options = task.ruleSettings ? { ruleSettings: task.ruleSettings } : {};
  if (task.kind === 'check') return checkProject(task.files, options).diagnostics;
  const plan = planTestRun(task.files, options);
  const { budgetMs, ...runOptions } = task.options;
  const run = plan.run([], {
    ...runOptions,
    ...(budgetMs === undefined ? {} : { budget: { ms: budgetMs, now: () => performance.now() } }),
  });
  const list = task.coverage ? plan.check.playbooks.flatMap((p) => (p.playbook ? [coverage(p.playbook, run.results)] : [])) : [];
  return { checkDiagnostics: plan.check.diagnostics, run, coverage: list };
}

try {
  parentPort!.postMessage({ ok: true, value: perform(workerData as PoolTask) });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}
