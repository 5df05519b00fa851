/**
 * The front end of `replybook watch`: the file watcher (`file-watcher.ts`, shared with the
 * simulator) and the file system around the pure session. Each burst of changes to the playbook
 * sources (an editor's atomic save arrives as unlink + add, or a change) becomes one run of the
 * session, one at a time, and one printed report. Output, the clock and the checker are injected for tests and the benchmark.
 */
import { collectFiles, readSourceFile } from '../node/files.js';
import { ProjectFs } from '../node/project-fs.js';
import { formatDiagnostics } from '../report/index.js';
import { createProjectChecker, type ProjectChecker } from './checker.js';
import { systemClock, type Clock } from './debounce.js';
import type { WatchReport } from './diff.js';
import { formatWatchReport } from './format.js';
import { watchFiles } from './file-watcher.js';
import { NO_PLAYBOOK } from './plan.js';
import { createWatchSession, writeNewSnapshots, type WatchSession, type WatchSnapshots } from './session.js';
import { complaintFilesOf } from '../test-run/index.js';
import { visible } from '../report/visible.js';
import type { WalkScope } from '../validate/index.js';

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
  /** The project configuration's `ignore` and `playbooks` globs. */
  scope?: WalkScope;
  /** Called after a run without errors or failing complaints (`--build`); its result is printed with the report. */
  onCleanRun?: (session: WatchSession) => Promise<WatchReport['build']>;
  /** Reply snapshots, judged as `test` judges them (`createWatchSnapshots`); none: snapshots are not read. */
  snapshots?: WatchSnapshots;
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

/** A first run this long marks a project large enough to warm up the re-check of a save. */
const WARM_UP_AFTER_MS = 150;
/** Saves checked and thrown away before the first real one; each is a letter typed and taken back. */
const WARM_UP_SAVES = 2;

/** Starts watching: prints the first report, then one report per burst of changes. Returns a missing-path error as a string. */
export async function startWatch(opts: WatchOptions): Promise<RunningWatch | string> {
  const { cwd, root, stdout } = opts;
  const clock = opts.clock ?? systemClock;
  const color = opts.color ?? false;
  const project = await ProjectFs.at(root, { cwd });
  const { files, missing, problems, roots } = await collectFiles(project, opts.paths, opts.scope);
  if (missing.length) return `no such file or folder: ${missing.join(', ')}`;
  // Folders that could not be searched (or paths that lead outside the project) are said once, up front.
  if (problems.length) stdout.write(formatDiagnostics('stylish', problems, { cwd, color }));
  const session = createWatchSession({
    read: (p) => readSourceFile(project, p),
    createChecker: opts.createChecker ?? createProjectChecker,
    now: () => clock.now(),
    ...(opts.snapshots ? { snapshots: opts.snapshots } : {}),
  });

  const print = async (report: WatchReport) => {
    if (opts.snapshots) report.snapshots = await writeNewSnapshots(opts.snapshots, session, report);
    const clean = report.totals.errors === 0 && report.totals.failed === 0 && session.groups().size > 0;
    if (opts.onCleanRun) {
      const touchedPlaybooks = report.initial || report.rerun.some((g) => g !== NO_PLAYBOOK);
      if (clean && touchedPlaybooks) report.build = await opts.onCleanRun(session);
    }
    stdout.write(formatWatchReport(report, { color }));
    opts.onReport?.(report);
  };

  await opts.snapshots?.refresh(complaintFilesOf(files.map((f) => f.path)));
  const started = clock.now();
  await print(session.start(files));
  const firstRunMs = clock.now() - started;
  const playbooks = [...session.groups().keys()].filter((g) => g !== NO_PLAYBOOK).length;
  stdout.write(`Watching ${session.files().length} files in ${playbooks} playbook${playbooks === 1 ? '' : 's'} — press q to quit.\n`);

  let closed = false;
  // One burst at a time, joined while a run is in progress; a save chokidar's throttle drops is
  // caught by comparing the file with what the session last read (see `bursts.ts`).
  const watcher = watchFiles({
    roots,
    cwd,
    debounceMs: opts.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    clock,
    onChanges: async (changes) => {
      if (closed) return;
      try {
        await print(await session.apply(changes));
      } catch (e) {
        // A bug in replybook must not end the watch: say so and go on.
        stdout.write(
          `replybook watch: internal error — this is a bug in replybook, not in your playbook: ${visible(String((e as Error).message))}\n`,
        );
      }
    },
    isCurrent: async (p, abs) => {
      const known = session.file(p);
      const now = await readSourceFile(project, abs);
      return known !== undefined && 'bytes' in known && 'bytes' in now
        ? Buffer.compare(known.bytes, now.bytes) === 0
        : known !== undefined && 'error' in known && 'error' in now && known.error === now.error;
    },
    onError: (e) => stdout.write(`replybook watch: ${visible(e.message)}\n`),
  });
  // A large project's first saves would run the re-check's code still cold (on the 1,000-template
  // file, the first ones took 2 to 4 times the later ones): a save is checked and thrown away now,
  // while the watcher gets ready; saves made meanwhile wait for it and are seen as usual.
  if (firstRunMs >= WARM_UP_AFTER_MS) {
    try {
      for (let i = 0; i < WARM_UP_SAVES && session.warmUp(); i++);
    } catch (e) {
      stdout.write(`replybook watch: warm-up failed — this is a bug in replybook: ${visible(String((e as Error).message))}\n`);
    }
  }

  return {
    session,
    ready: watcher.ready,
    idle: () => watcher.idle(),
    async close() {
      closed = true;
      await watcher.close();
    },
  };
}
