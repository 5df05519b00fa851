/**
 * The one file watcher: chokidar on a project's folders, configured the same way for `replybook
 * watch` and the simulator. It follows adds, changes and deletes of playbook sources only — what
 * `load/sources.ts` says a source is, below each folder watched, exactly the files `collectFiles`
 * reads there — and hands bursts of them to the front end through `bursts.ts`.
 *
 * Settings, and why:
 * - `atomic: false`: chokidar would hold every unlink back 100 ms to see whether the file comes
 *   back; the debounce already joins an editor's save-by-rename (unlink + add) without the delay.
 * - `followSymlinks: false`: a linked folder is not watched through its link (the project's door
 *   decides what is read, and never follows a link out of the project).
 * - no `awaitWriteFinish`: it polls and adds its stability threshold to every save; the quick-save
 *   recheck in `bursts.ts` catches the write chokidar's throttle drops instead.
 */
import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';
import { isPassedOver, isSourcePath } from '../load/sources.js';
import { displayPath } from '../node/files.js';
import { isInside } from '../node/project-fs.js';
import { createBursts, type BurstOptions, type Bursts } from './bursts.js';
import { systemClock, type Clock } from './debounce.js';
import type { ChangeKind } from './plan.js';

/** How a front end configures the watcher: the burst settings of `bursts.ts`, and where to watch. */
export interface FileWatchOptions extends Pick<BurstOptions, 'debounceMs' | 'maxWaitMs' | 'isCurrent'> {
  /** Folders to watch (absolute). */
  roots: readonly string[];
  /** Display paths are relative to this folder (forward slashes). */
  cwd: string;
  /** The real clock unless a test passes one. */
  clock?: Clock;
  /** Runs one burst of changes, one at a time (`BurstOptions.run`). */
  onChanges: BurstOptions['run'];
  /** chokidar's errors, and a run that threw (the front end should catch its own). */
  onError(error: Error): void;
}

/** A running watcher: the bursts' `files`, `idle` and `close` (which also stops chokidar). */
export interface FileWatch extends Pick<Bursts, 'files' | 'idle' | 'close'> {
  /** Resolves when chokidar has scanned the folders and events will be seen. */
  ready: Promise<void>;
}

/** The folder watched that holds `abs`, and the path below it (forward slashes), or null. */
export function placeBelow(roots: readonly string[], abs: string): { root: string; rel: string } | null {
  const root = roots.find((r) => isInside(r, abs));
  return root === undefined ? null : { root, rel: path.relative(root, abs).split(path.sep).join('/') };
}

/** chokidar's `ignored`: what a walk of each folder watched passes over (a folder's whole subtree with it). */
export function ignoredBelow(roots: readonly string[]) {
  return (abs: string, stats?: { isFile(): boolean; isDirectory(): boolean }): boolean => {
    const at = placeBelow(roots, abs);
    if (!at || at.rel === '') return false;
    return isPassedOver(at.rel, stats?.isFile() ? 'file' : stats?.isDirectory() ? 'folder' : undefined);
  };
}

/** Whether a file event at `abs` is about a playbook source below one of the folders watched. */
export function isWatchedSource(roots: readonly string[], abs: string): boolean {
  const at = placeBelow(roots, abs);
  return at !== null && at.rel !== '' && isSourcePath(at.rel);
}

function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/** Starts watching `roots` (a folder inside another is watched through it). */
export function watchFiles(opts: FileWatchOptions): FileWatch {
  const sorted = [...new Set(opts.roots.map((r) => path.resolve(r)))].sort();
  const roots = sorted.filter((r) => !sorted.some((o) => o !== r && r.startsWith(o + path.sep)));
  const bursts: Bursts = createBursts({
    debounceMs: opts.debounceMs,
    ...(opts.maxWaitMs !== undefined ? { maxWaitMs: opts.maxWaitMs } : {}),
    clock: opts.clock ?? systemClock,
    run: opts.onChanges,
    ...(opts.isCurrent ? { isCurrent: opts.isCurrent } : {}),
    onRunError: (e) => opts.onError(toError(e)),
  });
  let scanned = false;
  const watcher: FSWatcher = watch(roots, {
    ignoreInitial: false,
    ignored: ignoredBelow(roots),
    persistent: true,
    atomic: false,
    followSymlinks: false,
  });
  const on = (kind: ChangeKind) => (abs: string) => {
    if (!isWatchedSource(roots, abs)) return;
    const p = displayPath(opts.cwd, abs);
    // The initial scan's adds make the files known (for a deleted folder), they are no change.
    if (!scanned) bursts.known(p);
    else bursts.file(kind, p, abs);
  };
  watcher.on('add', on('add'));
  watcher.on('change', on('change'));
  watcher.on('unlink', on('unlink'));
  watcher.on('unlinkDir', (abs: string) => {
    if (scanned && placeBelow(roots, abs)) bursts.folderGone(displayPath(opts.cwd, abs));
  });
  watcher.on('error', (e: unknown) => opts.onError(toError(e)));
  const ready = new Promise<void>((resolve) =>
    watcher.once('ready', () => {
      scanned = true;
      resolve();
    }),
  );
  return {
    ready,
    files: () => bursts.files(),
    idle: () => bursts.idle(),
    async close() {
      await bursts.close();
      await watcher.close();
    },
  };
}
