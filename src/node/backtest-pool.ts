/**
 * `replybook backtest --jobs N`: N cores, one of them this thread, which reads, decodes and parses
 * the export and adds up the figures (half of a one-core run's time), the other N − 1 running the
 * engine in worker threads. Batches of mentions go to the workers in turn and their outcomes are
 * taken back in the order they were sent, so the report is the same bytes whatever N is; at most
 * 2 × N batches are in flight, so memory does not grow with the export. (With a worker per core
 * and this thread besides, three threads shared two cores: 100,000 mentions took 4.8 s and 357 MB
 * on 2 cores, no faster than one; with one worker, 4.1 s and 285 MB.)
 */
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../load/source-file.js';
import type { Mention, Outcome } from '../model/outcome.js';
import type { BacktestAnswer, BacktestWorkerData } from './backtest-worker.js';
import { builtWorker } from './pool.js';

/** Mentions per batch: large enough that messages cost little, small enough to keep memory flat. */
export const BATCH = 1000;

export interface BacktestPool {
  /** Sends a batch; its outcomes come back in sending order from `next`. */
  send(mentions: Mention[]): Promise<Outcome[]>;
  close(): Promise<void>;
}

/** Whether the worker is built (otherwise `backtest` runs in process). */
export function backtestPoolAvailable(): boolean {
  return builtWorker('backtest-worker') !== null;
}

/** The worker threads a run on `jobs` cores starts: one core is this thread's. */
export function backtestWorkers(jobs: number): number {
  return Math.max(1, jobs - 1);
}

/** Starts the workers of a run on `jobs` cores (`backtestWorkers`) for the playbook `dir` among `files`. */
export function startBacktestPool(files: SourceFile[], dir: string, jobs: number, budgetMs?: number): BacktestPool {
  const script = builtWorker('backtest-worker');
  if (!script) throw new Error('the backtest worker is not built');
  const data: BacktestWorkerData = { files, dir, ...(budgetMs === undefined ? {} : { budgetMs }) };
  const waiting = new Map<number, { resolve: (o: Outcome[]) => void; reject: (e: Error) => void }>();
  let failed: Error | null = null;
  const workers = Array.from({ length: backtestWorkers(jobs) }, () => {
    const w = new Worker(script, { workerData: data });
    w.on('message', (a: BacktestAnswer) => {
      const p = waiting.get(a.id);
      waiting.delete(a.id);
      if (!p) return;
      if (a.outcomes) p.resolve(a.outcomes);
      else p.reject(new Error(a.error ?? 'a backtest worker failed'));
    });
    const fail = (e: Error) => {
      failed ??= e;
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a backtest worker stopped with code ${code}`));
    });
    return w;
  });
  let id = 0;
  return {
    send(mentions) {
      if (failed) return Promise.reject(failed);
      const n = id++;
      return new Promise<Outcome[]>((resolve, reject) => {
        waiting.set(n, { resolve, reject });
        workers[n % workers.length].postMessage({ id: n, mentions });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
