/**
 * What a file watcher does with its events, with the clock injected and no file system: gather a
 * burst of events into one run, run one burst at a time (changes that settle while a run is in
 * progress make up the next run together), expand a deleted folder into its files, and catch the
 * saves chokidar drops. `file-watcher.ts` feeds it chokidar's events; tests feed it by hand.
 *
 * Quick saves: chokidar drops a second `change` of a file within {@link CHOKIDAR_CHANGE_THROTTLE_MS}
 * of the first (its throttle). A run that started inside that window may have read the file before
 * the dropped write, so once the window is over and nothing is due, such a file is looked at again:
 * through `isCurrent` when the front end can tell (it compares with what it last read), else it
 * simply counts as changed once more.
 */
import type { Clock } from './debounce.js';
import { createDebouncer } from './debounce.js';
import { coalesce, type ChangeKind, type FileChange } from './plan.js';

/** chokidar ignores further `change` events of a path for this long after one. */
export const CHOKIDAR_CHANGE_THROTTLE_MS = 50;

export interface BurstOptions {
  /** Quiet time that ends a burst. */
  debounceMs: number;
  /** The longest a burst is held after its first event (default ten quiet windows), so a file written continuously still runs. */
  maxWaitMs?: number;
  clock: Clock;
  /** Runs one burst: its changes, one per path (the last event wins), sorted. */
  run(changes: FileChange[]): Promise<void> | void;
  /** Whether the file on disk is what the last run read (display path, absolute path). */
  isCurrent?(path: string, abs: string): Promise<boolean>;
  /** A run threw: a bug in the front end, which the watcher reports and survives. */
  onRunError(error: unknown): void;
}

export interface Bursts {
  /** A file event: display path, absolute path (for `isCurrent`). */
  file(kind: ChangeKind, path: string, abs: string): void;
  /** A folder was deleted: every known file below it is. */
  folderGone(path: string): void;
  /** A file found by the initial scan: known (for `folderGone`), not a change. */
  known(path: string): void;
  /** Known file paths, sorted. */
  files(): string[];
  /** Resolves when no burst is gathering, waiting or running. */
  idle(): Promise<void>;
  /** Drops what is pending and waits for the run in progress. */
  close(): Promise<void>;
}

/** Creates the burst logic of one watcher. */
export function createBursts(opts: BurstOptions): Bursts {
  const { clock } = opts;
  const known = new Set<string>();
  let pending: FileChange[] = [];
  let running: Promise<void> | null = null;
  let closed = false;
  /** When the latest run that included each path started. */
  const ranAt = new Map<string, number>();
  /** The recheck timer of each changed path (a newer change replaces it). */
  const recheck = new Map<string, unknown>();
  let waiters: Array<() => void> = [];
  const notify = () => {
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  };
  const busy = () => running !== null || pending.length > 0 || debouncer.pending() > 0;
  const idle = async () => {
    while (busy()) await (running ?? new Promise<void>((r) => waiters.push(r)));
  };

  const drain = async () => {
    while (pending.length && !closed) {
      const changes = coalesce(pending);
      pending = [];
      const at = clock.now();
      for (const c of changes) ranAt.set(c.path, at);
      try {
        await opts.run(changes);
      } catch (e) {
        opts.onRunError(e);
      }
    }
  };
  const startDrain = () => {
    // Cleared in `finally`, which runs after this assignment even when every run was synchronous.
    running ??= drain().finally(() => {
      running = null;
      notify();
    });
  };
  const debouncer = createDebouncer<FileChange>(
    (changes) => {
      pending.push(...changes);
      startDrain();
      notify();
    },
    { delayMs: opts.debounceMs, ...(opts.maxWaitMs !== undefined ? { maxWaitMs: opts.maxWaitMs } : {}), clock },
  );

  const verify = async (path: string, abs: string, changedAt: number) => {
    recheck.delete(path);
    await idle();
    if (closed || recheck.has(path)) return; // a newer change has its own recheck
    // A run that started after the throttle window read the file after any write chokidar dropped.
    if ((ranAt.get(path) ?? -Infinity) >= changedAt + CHOKIDAR_CHANGE_THROTTLE_MS) return;
    const current = opts.isCurrent ? await opts.isCurrent(path, abs) : false;
    if (!current && !closed && !recheck.has(path)) debouncer.push({ path, kind: 'change' });
  };

  return {
    file(kind, path, abs) {
      if (closed) return;
      if (kind === 'unlink') known.delete(path);
      else known.add(path);
      debouncer.push({ path, kind });
      if (kind !== 'change') return;
      const t = recheck.get(path);
      if (t !== undefined) clock.clearTimeout(t);
      const at = clock.now();
      recheck.set(
        path,
        clock.setTimeout(() => void verify(path, abs, at), CHOKIDAR_CHANGE_THROTTLE_MS + 5),
      );
    },
    folderGone(path) {
      const prefix = `${path.replace(/\/$/, '')}/`;
      for (const f of [...known]) if (f.startsWith(prefix)) this.file('unlink', f, '');
    },
    known(path) {
      known.add(path);
    },
    files: () => [...known].sort(),
    idle,
    async close() {
      closed = true;
      debouncer.cancel();
      for (const t of recheck.values()) clock.clearTimeout(t);
      recheck.clear();
      pending = [];
      notify();
      await running;
    },
  };
}
