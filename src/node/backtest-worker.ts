/**
 * A worker thread of `replybook backtest --jobs N` (backtest-pool.ts): compiles the playbook from
 * its files once, then answers each batch of mentions with their outcomes, trace off. What does not
 * cross threads is left out: the trace and spans are empty with the trace off, and of the reply
 * checks only the failed ones are sent (the report counts and lists only those).
 */
import { parentPort, workerData } from 'node:worker_threads';
import './holiday-library.js';
import './xml-library.js';
import type { SourceFile } from '../load/source-file.js';
import type { Mention, Outcome } from '../model/outcome.js';
import { isUsable } from '../model/checked-playbook.js';
import { compileRuntime, respond } from '../engine/index.js';
import { checkProject } from '../validate/index.js';

/** What the worker is started with. */
export interface BacktestWorkerData {
  files: SourceFile[];
  /** The playbook's folder, to pick it among the files' playbooks. */
  dir: string;
  budgetMs?: number;
}

/** A batch in, its outcomes out (same order). */
export interface BacktestBatch {
  id: number;
  mentions: Mention[];
}

export interface BacktestAnswer {
  id: number;
  outcomes?: Outcome[];
  error?: string;
}

const data = workerData as BacktestWorkerData;
const found = checkProject(data.files).playbooks.filter(isUsable);
const entry = found.find((p) => p.dir === data.dir) ?? found[0];
const rt = entry ? compileRuntime(entry.playbook) : null;
const options =
  data.budgetMs === undefined ? { trace: false } : { trace: false, budget: { ms: data.budgetMs, now: () => performance.now() } };

parentPort!.on('message', (batch: BacktestBatch) => {
  try {
    if (!rt) throw new Error('the playbook did not compile in the worker');
    const outcomes = batch.mentions.map((m) => {
      const o = respond(rt, m, options);
      return { ...o, checks: o.checks.filter((c) => !c.ok), signals: {} };
    });
    parentPort!.postMessage({ id: batch.id, outcomes } satisfies BacktestAnswer);
  } catch (e) {
    parentPort!.postMessage({ id: batch.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies BacktestAnswer);
  }
});
