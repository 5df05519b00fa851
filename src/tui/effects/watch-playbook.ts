/**
 * Watching the playbook folder for the simulator: the one file watcher (`src/watch/file-watcher.ts`,
 * the same as `replybook watch`), configured to turn any burst of changes to the playbook's sources
 * (an editor's save, its write-to-temp-then-rename, a `git checkout` touching many files at once)
 * into one call of `onChange`, which reloads the whole playbook.
 */
import { watchFiles } from '../../watch/file-watcher.js';

/**
 * Quiet time that ends a burst (ms). Longer than `replybook watch`'s: a reload reads and runs the
 * whole playbook, so joining an editor's unlink + add into one reload matters more than the last
 * few milliseconds; and being longer than chokidar's change throttle, a reload always reads a file
 * after any save that throttle dropped.
 */
export const SIM_DEBOUNCE_MS = 80;

export interface WatchOptions {
  /** Display paths are relative to this folder (default: `folder`). */
  cwd?: string;
  /** Quiet time that ends a burst of events (default {@link SIM_DEBOUNCE_MS}). */
  debounceMs?: number;
  onError?: (error: Error) => void;
}

/** Starts watching `folder` (absolute); returns the function that stops it. */
export function watchPlaybook(folder: string, onChange: () => void, opts: WatchOptions = {}): () => Promise<void> {
  const watcher = watchFiles({
    roots: [folder],
    cwd: opts.cwd ?? folder,
    debounceMs: opts.debounceMs ?? SIM_DEBOUNCE_MS,
    // No `isCurrent`: a reload that may have missed a save chokidar dropped simply reloads once more
    // (with this quiet time, a reload starts inside that window only for a file written nonstop).
    onChanges: () => onChange(),
    onError: (e) => opts.onError?.(e),
  });
  return () => watcher.close();
}
