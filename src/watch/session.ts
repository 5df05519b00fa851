/**
 * The incremental heart of `replybook watch`, with its I/O injected: it keeps every file read (by
 * path), and on a change re-reads only the changed paths, checks only the affected groups (a
 * playbook folder's files, each group with its own reusable checker) and runs only their sample
 * complaints. Other groups keep their last diagnostics and results untouched.
 */
import type { SourceFile } from '../load/index.js';
import { complaintFilesOf, createComplaintRunner, type ComplaintRunner, type JudgedRun, type judgeResults } from '../test-run/index.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ComplaintResult } from '../model/test-result.js';
import type { Directive } from '../validate/index.js';
import type { ProjectCheck } from '../model/checked-playbook.js';
import type { ProjectChecker } from './checker.js';
import { diffRuns, type GroupRun, type WatchReport } from './diff.js';
import { filesOfGroup, ownerOf, planRun, playbookDirs, type FileChange } from './plan.js';

/** What `replybook watch` keeps of the reply snapshots between runs, and how it judges and writes them. */
export interface WatchSnapshots {
  /** Reads again the snapshots beside these complaint files (before their playbooks run); the others are kept. */
  refresh(complaintFiles: readonly string[]): Promise<void>;
  /** A group's results judged as `test` judges them (src/test-run/judge.ts), with the snapshots known now. */
  judge(
    playbooks: Parameters<typeof judgeResults>[0],
    results: readonly ComplaintResult[],
    directivesOf?: (file: string) => readonly Directive[],
  ): JudgedRun & { problems: Diagnostic[] };
  /** Writes the new snapshots the groups want; what was written, and the door's refusals. */
  write(wanted: ReadonlyMap<string, string | null>): Promise<{ written: string[]; problems: Diagnostic[] }>;
}

export interface WatchSessionOptions {
  /** Reads one file (display path) for the loader; never throws (an unreadable file carries `error`). */
  read(path: string): Promise<SourceFile>;
  /** Makes the checker of one group (default: the validator's). */
  createChecker: () => ProjectChecker;
  /** Milliseconds, for the report's timing (default: none). */
  now?: () => number;
  /** Reply snapshots, judged as `test` judges them (src/node/snapshots.ts `createWatchSnapshots` implements it); none: no snapshot is read. */
  snapshots?: WatchSnapshots;
}

/** A group's latest check and run. */
export interface GroupState extends GroupRun {
  check: ProjectCheck;
  /** The group's new snapshots to write, and its obsolete ones (with `snapshots`). */
  snapshots?: Pick<JudgedRun, 'snapshotsWanted' | 'obsoleteSnapshots'>;
}

/** Counters that show the work done (tests assert that unchanged files are not re-read). */
export interface SessionStats {
  reads: number;
  checks: number;
  runs: number;
  /** Milliseconds the last burst spent reading, checking and running complaints (when `now` is given). */
  last: { readMs: number; checkMs: number; runMs: number };
}

export interface WatchSession {
  /** The first run, over the files the front end collected. */
  start(files: ReadonlyArray<SourceFile>): WatchReport;
  /** One coalesced burst of changes. */
  apply(changes: ReadonlyArray<FileChange>): Promise<WatchReport>;
  /** Every group's latest state (for `--build`). */
  groups(): ReadonlyMap<string, GroupState>;
  /** Known file paths, sorted. */
  files(): string[];
  /** The file as last read, if known. */
  file(path: string): SourceFile | undefined;
  /**
   * Checks and runs one keystroke's save of the file with the most templates — a letter typed into
   * its first template text, then taken back — and reports nothing: the first real saves then run
   * code the engine has compiled already. The session ends as it was (its groups, reports and
   * counters untouched; the checker and runner hold the same texts, re-checked). False when no
   * file has a template text.
   */
  warmUp(): boolean;
  stats: SessionStats;
}

const utf8 = new TextEncoder();
const utf8Text = new TextDecoder();

/** Creates a session; call `start` once, then `apply` for each burst (one at a time). */
export function createWatchSession(opts: WatchSessionOptions): WatchSession {
  const files = new Map<string, SourceFile>();
  const checkers = new Map<string, ProjectChecker>();
  // Per group: keeps compiled runtimes and the results of complaints whose playbook and file did not change.
  const runners = new Map<string, ComplaintRunner>();
  let groups = new Map<string, GroupState>();
  const stats: SessionStats = { reads: 0, checks: 0, runs: 0, last: { readMs: 0, checkMs: 0, runMs: 0 } };
  const clock = () => opts.now?.() ?? 0;
  const now = opts.now;

  function runGroup(group: string, dirs: ReadonlySet<string>): GroupState | null {
    const paths = filesOfGroup(files.keys(), group, dirs);
    if (paths.length === 0) {
      checkers.delete(group);
      runners.delete(group);
      return null;
    }
    let checker = checkers.get(group);
    if (!checker) checkers.set(group, (checker = opts.createChecker()));
    const t0 = clock();
    const check = checker.check(paths.map((p) => files.get(p) as SourceFile));
    stats.checks++;
    const t1 = clock();
    stats.last.checkMs += t1 - t0;
    const hasErrors = check.diagnostics.some((d) => d.severity === 'error');
    // Like `replybook test`: a playbook with errors runs no complaint (its diagnostics say why).
    let runner = runners.get(group);
    if (!runner) runners.set(group, (runner = createComplaintRunner()));
    const ran = hasErrors ? [] : runner.run(check.playbooks);
    if (!hasErrors) stats.runs++;
    // The outcomes the runner kept are judged again with the snapshots and settings of now, as `test` judges them.
    const judged = opts.snapshots && !hasErrors ? opts.snapshots.judge(check.playbooks, ran, checker.directivesOf?.bind(checker)) : null;
    stats.last.runMs += clock() - t1;
    if (!judged) return { check, diagnostics: check.diagnostics, results: ran };
    const { results, snapshotsWanted, obsoleteSnapshots, problems } = judged;
    const diagnostics = problems.length ? sortDiagnostics([...check.diagnostics, ...problems]) : check.diagnostics;
    return { check, diagnostics, results, snapshots: { snapshotsWanted, obsoleteSnapshots } };
  }

  function rerun(list: Iterable<string>): Map<string, GroupState> {
    const next = new Map(groups);
    const dirs = playbookDirs(files.keys());
    for (const g of list) {
      const state = runGroup(g, dirs);
      if (state) next.set(g, state);
      else next.delete(g);
    }
    return new Map([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** The group and file with the most templates, and the first letter of that file's first template text. */
  function warmUpPlace(): { group: string; path: string; at: number } | null {
    let best: { group: string; path: string; count: number; offset: number } | null = null;
    for (const [group, state] of groups) {
      for (const pb of state.check.playbooks) {
        const byFile = new Map<string, { count: number; offset: number }>();
        for (const t of pb.playbook?.templates.values() ?? []) {
          const f = byFile.get(t.textSource.file);
          if (f) f.count++;
          else byFile.set(t.textSource.file, { count: 1, offset: t.textSource.range.start.offset });
        }
        for (const [path, f] of byFile) if (files.has(path) && (!best || f.count > best.count)) best = { group, path, ...f };
      }
    }
    return best && { group: best.group, path: best.path, at: best.offset };
  }

  return {
    stats,
    warmUp() {
      const place = warmUpPlace();
      const file = place && files.get(place.path);
      if (!place || !file || !('bytes' in file)) return false;
      const text = utf8Text.decode(file.bytes);
      const m = /\p{L}/u.exec(text.slice(place.at, place.at + 400));
      if (!m) return false;
      const at = place.at + m.index;
      const saved = { ...stats, last: { ...stats.last } };
      const dirs = playbookDirs(files.keys());
      try {
        files.set(place.path, { ...file, bytes: utf8.encode(`${text.slice(0, at)}ж${text.slice(at)}`) });
        runGroup(place.group, dirs);
      } finally {
        files.set(place.path, file);
      }
      runGroup(place.group, dirs);
      Object.assign(stats, saved);
      return true;
    },
    groups: () => groups,
    files: () => [...files.keys()].sort(),
    file: (p) => files.get(p),
    start(initial) {
      const t0 = now?.();
      // The front end collected exactly the sources (`collectFiles`, by `load/sources.ts`).
      for (const f of initial) files.set(f.path, f);
      const dirs = playbookDirs(files.keys());
      const all = new Set([...files.keys()].map((p) => ownerOf(p, dirs)));
      groups = rerun([...all].sort());
      return diffRuns(null, groups, { rerun: [...groups.keys()], ...(t0 !== undefined && now ? { elapsedMs: now() - t0 } : {}) });
    },
    async apply(changes) {
      const t0 = now?.();
      stats.last = { readMs: 0, checkMs: 0, runMs: 0 };
      const plan = planRun(new Set(files.keys()), changes);
      const r0 = clock();
      const read = await Promise.all(plan.read.map((p) => opts.read(p)));
      stats.last.readMs = clock() - r0;
      stats.reads += read.length;
      for (const p of plan.drop) {
        files.delete(p);
        for (const c of checkers.values()) c.forget?.(p);
      }
      for (const f of read) {
        // Gone again before we read it (an editor's save-by-rename in flight): the unlink event follows.
        if ('error' in f && (f.missing || f.error === 'ENOENT')) files.delete(f.path);
        else files.set(f.path, f);
      }
      if (opts.snapshots) {
        const dirs = playbookDirs(files.keys());
        await opts.snapshots.refresh(complaintFilesOf(plan.rerun.flatMap((g) => filesOfGroup(files.keys(), g, dirs))));
      }
      const prev = groups;
      groups = rerun(plan.rerun);
      return diffRuns(prev, groups, {
        changes: plan.changes,
        rerun: plan.rerun,
        ...(t0 !== undefined && now ? { elapsedMs: now() - t0 } : {}),
      });
    },
  };
}

/**
 * Writes the new snapshots the groups that ran want (as a local `test` run writes them) and names
 * the obsolete ones of those groups, for the report.
 */
export async function writeNewSnapshots(
  snapshots: WatchSnapshots,
  session: Pick<WatchSession, 'groups'>,
  report: Pick<WatchReport, 'rerun'>,
): Promise<NonNullable<WatchReport['snapshots']>> {
  const ran = report.rerun.map((g) => session.groups().get(g)).filter((g): g is GroupState => g !== undefined);
  const wanted = new Map(ran.flatMap((g) => [...(g.snapshots?.snapshotsWanted ?? [])]));
  const { written, problems } = wanted.size ? await snapshots.write(wanted) : { written: [], problems: [] };
  return { written, obsolete: ran.flatMap((g) => g.snapshots?.obsoleteSnapshots ?? []), problems };
}
