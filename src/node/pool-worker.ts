/** A worker thread of the pool (pool.ts): does one group's work (pool-task.ts) and sends back the answer. */
import { parentPort, workerData } from 'node:worker_threads';
import { performTask, type PoolTask } from './pool-task.js';

try {
  parentPort!.postMessage({ ok: true, value: await performTask(workerData as PoolTask) });
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
