/**
 * The front end of `replybook watch`: chokidar and the file system around the pure session. It
 * follows adds, changes and deletes (an editor's atomic save arrives as unlink + add, or a change),
 * gathers a burst of events for `debounceMs` into one run, runs one burst at a time, and prints the
 * report. Output, the clock and the checker are injected for tests and the benchmark.
 */
import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';
import { collectFiles, displayPath, findPlaybookRoot, readSourceFile } from '../node/files.js';
import { ProjectFs } from '../node/project-fs.js';
import { formatDiagnostics } from '../report/index.js';
import { createProjectChecker, type ProjectChecker } from './checker.js';
import { createDebouncer, systemClock, type Clock } from './debounce.js';
import type { WatchReport } from './diff.js';
import { formatWatchReport } from './format.js';
import { isWatchedPath, NO_PLAYBOOK, type ChangeKind, type FileChange } from './plan.js';
import { createWatchSession, type WatchSession } from './session.js';
import { visible } from '../report/visible.js';

export interface WatchOutput {
  write(text: string): void;
}

export interface WatchOptions {
  /** Folders or files given on the command line (default: the working folder). */
  paths: string[];
  cwd: string;
  /** The project root: files whose real path is outside it are never read (see `ProjectFs`). */
  root: string;
  stdout: WatchOutput;
  color?: boolean;
  clock?: Clock;
  /** Quiet time that ends a burst of saves (default {@link DEFAULT_DEBOUNCE_MS}). */
  debounceMs?: number;
  createChecker?: () => ProjectChecker;
  /** Called after a run without errors or failing complaints (`--build`); its result is printed with the report. */
  onCleanRun?: (session: WatchSession) => Promise<WatchReport['build']>;
  /** Called after each report is printed (the benchmark times with it). */
  onReport?: (report: WatchReport) => void;
}

export interface RunningWatch {
  session: WatchSession;
  /** Resolves when chokidar has scanned the folders and events will be seen. */
  ready: Promise<void>;
  /** Resolves when no burst is pending or running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The quiet window that ends a burst: long enough to join an editor's save-by-rename (unlink + add)
 * and the truncate + write of one save, short next to the 50 ms a report may take. Saves that arrive
 * while a run is in progress are joined anyway (see `drain`).
 */
export const DEFAULT_DEBOUNCE_MS = 10;

/** chokidar ignores further `change` events of a path for this long after one. */
const CHOKIDAR_CHANGE_THROTTLE_MS = 50;

const IGNORED_DIRS = new Set(['node_modules', '__replies__', '.git', 'dist', 'coverage']);

/** chokidar's `ignored`: hidden and ignored folders below a watched root, dotfiles, non-YAML files. */
function ignoredBelow(roots: string[]) {
  return (p: string, stats?: { isFile(): boolean }): boolean => {
    const root = roots.find((r) => p === r || p.startsWith(r + path.sep));
    if (!root || p === root) return false;
    const parts = path.relative(root, p).split(path.sep);
    if (parts.some((s) => s.startsWith('.') || IGNORED_DIRS.has(s))) return true;
    return Boolean(stats?.isFile()) && !/\.ya?ml$/i.test(p);
  };
}

async function watchRoots(paths: string[], project: ProjectFs): Promise<string[]> {
  const out = new Set<string>();
  for (const given of paths.length ? paths : ['.']) {
    const abs = project.resolve(given);
    const kind = await project.kind(abs);
    if (!kind.ok) continue;
    out.add(kind.value === 'folder' ? abs : ((await findPlaybookRoot(project, path.dirname(abs))) ?? path.dirname(abs)));
  }
  // A root inside another root is watched through it.
  const list = [...out].sort();
  return list.filter((r) => !list.some((o) => o !== r && r.startsWith(o + path.sep)));
}

/** Starts watching: prints the first report, then one report per burst of changes. Returns a missing-path error as a string. */
export async function startWatch(opts: WatchOptions): Promise<RunningWatch | string> {
  const { cwd, root, stdout } = opts;
  const clock = opts.clock ?? systemClock;
  const color = opts.color ?? false;
  const project = await ProjectFs.at(root, { cwd });
  const { files, missing, problems } = await collectFiles(project, opts.paths);
  if (missing.length) return `no such file or folder: ${missing.join(', ')}`;
  // Folders that could not be searched (or paths that lead outside the project) are said once, up front.
  if (problems.length) stdout.write(formatDiagnostics('stylish', problems, { cwd, color }));
  const session = createWatchSession({
    read: (p) => readSourceFile(project, p),
    createChecker: opts.createChecker ?? createProjectChecker,
    now: () => clock.now(),
  });

  const print = async (report: WatchReport) => {
    const clean = report.totals.errors === 0 && report.totals.failed === 0 && session.groups().size > 0;
    if (opts.onCleanRun) {
      const touchedPlaybooks = report.initial || report.rerun.some((g) => g !== NO_PLAYBOOK);
      if (clean && touchedPlaybooks) report.build = await opts.onCleanRun(session);
    }
    stdout.write(formatWatchReport(report, { color }));
    opts.onReport?.(report);
  };

  await print(session.start(files));
  const roots = await watchRoots(opts.paths, project);
  const playbooks = [...session.groups().keys()].filter((g) => g !== NO_PLAYBOOK).length;
  stdout.write(`Watching ${session.files().length} files in ${playbooks} playbook${playbooks === 1 ? '' : 's'} — press q to quit.\n`);

  // One run at a time. Changes that settle while a run is in progress wait for it and then make up
  // one run together (however many quiet windows passed meanwhile), so a burst of saves during a
  // slow run still gives one run.
  let pending: FileChange[] = [];
  let running: Promise<void> | null = null;
  let closed = false;
  const drain = async () => {
    while (pending.length && !closed) {
      const changes = pending;
      pending = [];
      try {
        await print(await session.apply(changes));
      } catch (e) {
        // A bug in replybook must not end the watch: say so and go on.
        stdout.write(
          `replybook watch: internal error — this is a bug in replybook, not in your playbook: ${visible(String((e as Error).message))}\n`,
        );
      }
    }
    running = null;
  };
  const debouncer = createDebouncer<FileChange>(
    (changes) => {
      pending.push(...changes);
      running ??= drain();
    },
    { delayMs: opts.debounceMs ?? DEFAULT_DEBOUNCE_MS, clock },
  );

  // chokidar drops a second `change` of a file within 50 ms of the first (its throttle), and our
  // runs are now faster than that: a save right after a report would be lost. So, once the throttle
  // is over and no run is due, each changed file is compared with what was last read, and a
  // difference counts as a change.
  const recheck = new Map<string, unknown>();
  const verify = async (p: string, abs: string) => {
    recheck.delete(p);
    while (running || pending.length || debouncer.pending()) await (running ?? new Promise((r) => setTimeout(r, 5)));
    if (closed || recheck.has(p)) return;
    const known = session.file(p);
    const now = await readSourceFile(project, abs);
    const same =
      known && 'bytes' in known && 'bytes' in now
        ? Buffer.compare(known.bytes, now.bytes) === 0
        : known !== undefined && 'error' in known && 'error' in now && known.error === now.error;
    if (!same && !closed && !recheck.has(p)) debouncer.push({ path: p, kind: 'change' });
  };
  const push = (kind: ChangeKind) => (abs: string) => {
    const p = displayPath(cwd, abs);
    if (!isWatchedPath(p)) return;
    debouncer.push({ path: p, kind });
    if (kind === 'change') {
      const t = recheck.get(p);
      if (t !== undefined) clock.clearTimeout(t);
      recheck.set(
        p,
        clock.setTimeout(() => void verify(p, abs), CHOKIDAR_CHANGE_THROTTLE_MS + 5),
      );
    }
  };
  // atomic: false — chokidar would hold every unlink back 100 ms to see whether the file comes back;
  // the debounce already coalesces an editor's unlink + add into one change, without the delay.
  // followSymlinks: false — a linked folder is not watched through its link (the door decides what is read).
  const watcher: FSWatcher = watch(roots, {
    ignoreInitial: true,
    ignored: ignoredBelow(roots),
    persistent: true,
    atomic: false,
    followSymlinks: false,
  });
  watcher.on('add', push('add'));
  watcher.on('change', push('change'));
  watcher.on('unlink', push('unlink'));
  watcher.on('unlinkDir', (absDir: string) => {
    const prefix = `${displayPath(cwd, absDir)}/`;
    for (const f of session.files()) if (f.startsWith(prefix)) debouncer.push({ path: f, kind: 'unlink' });
  });
  watcher.on('error', (e: unknown) => stdout.write(`replybook watch: ${visible(String((e as Error).message ?? e))}\n`));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    session,
    ready,
    async idle() {
      while (debouncer.pending() > 0 || pending.length > 0 || running) {
        await running;
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    async close() {
      closed = true;
      debouncer.cancel();
      for (const t of recheck.values()) clock.clearTimeout(t);
      recheck.clear();
      await watcher.close();
      await running;
    },
  };
}
