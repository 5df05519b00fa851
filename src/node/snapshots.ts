/**
 * Reply snapshots on disk, through the project's door: read the ones beside the complaint files,
 * write or remove them on `--update`. A snapshot file or folder whose real path is outside the
 * project (a link an untrusted pull request added), that cannot be read, or that is larger than
 * MAX_SNAPSHOT_BYTES is a located error at its path; its content is never read, and `--update`
 * neither writes through it nor removes anything behind it.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isSnapshotName, snapshotFolder } from '../load/sources.js';
import { refusalDiagnostic, type ProjectFs } from './project-fs.js';
import { judgeResults } from '../test-run/judge.js';
import type { WatchSnapshots } from '../watch/session.js';
import type { RuleSettings } from '../validate/index.js';

/** Largest reply snapshot read, in bytes (2 MiB, the limit of a playbook file): a reply is a few kilobytes. */
export const MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024;

export interface SnapshotRead {
  /** Every snapshot read: display path → text. */
  snapshots: Map<string, string>;
  /** Snapshot files and folders refused: located error diagnostics. */
  problems: Diagnostic[];
  /** Their paths (a folder's too): `--update` leaves them alone. */
  refused: Set<string>;
}

/** Snapshot folders read at once (the files of each are read one after another by the door). */
const FOLDERS_AT_ONCE = 4;

/** `f` of every item, at most `limit` running at a time, the results in the items' order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Every snapshot file beside the given complaint files (display paths, relative to the working folder). */
export async function readSnapshots(project: ProjectFs, complaintFiles: readonly string[]): Promise<SnapshotRead> {
  const snapshots = new Map<string, string>();
  const problems: Diagnostic[] = [];
  const refused = new Set<string>();
  // Several folders and files at a time (a watch re-reads those of the playbooks it runs again on
  // each save), but a bounded number: 100,000 snapshots read all at once held a gigabyte of pending
  // reads. Merged in order.
  const folders = await mapBounded(complaintFiles, FOLDERS_AT_ONCE, async (file) => {
    const dir = snapshotFolder(file);
    return { dir, read: await project.readFolderTexts(dir, isSnapshotName, MAX_SNAPSHOT_BYTES) };
  });
  for (const { dir, read } of folders) {
    if (!read.ok) {
      const r = read.refusal;
      // No snapshots yet is normal; a link (even a broken one) or an unreadable folder is not.
      if (r.kind === 'not-found') continue;
      problems.push(refusalDiagnostic({ ...r, path: dir }, 'reply snapshot folder', 'list'));
      refused.add(dir);
      continue;
    }
    for (const { name, text } of read.value) {
      const p = path.posix.join(dir, name);
      if (text.ok) snapshots.set(p, text.value);
      else {
        problems.push(refusalDiagnostic({ ...text.refusal, path: p }, 'reply snapshot'));
        refused.add(p);
      }
    }
  }
  return { snapshots, problems, refused };
}

/**
 * Brings the snapshot files to what is wanted: writes changed ones, removes stale ones (only in
 * the complaint files that ran in full). Refused snapshots and folders are left alone; a write the
 * door refuses is a located diagnostic. Returns what changed.
 */
export async function writeSnapshots(
  project: ProjectFs,
  wanted: ReadonlyMap<string, string | null>,
  read: Pick<SnapshotRead, 'snapshots' | 'refused'>,
  complaintFilesRun: readonly string[],
): Promise<{ written: string[]; removed: string[]; problems: Diagnostic[] }> {
  const written: string[] = [];
  const removed: string[] = [];
  const problems: Diagnostic[] = [];
  const untouchable = (p: string) => read.refused.has(p) || read.refused.has(path.posix.dirname(p));
  for (const [p, text] of wanted) {
    if (text === null || untouchable(p)) continue;
    if (read.snapshots.get(p) === text) continue;
    const w = await project.writeFile(p, text);
    if (w.ok) written.push(p);
    else problems.push(refusalDiagnostic({ ...w.refusal, path: p }, 'reply snapshot', 'write'));
  }
  // A snapshot whose complaint is gone (or now gets no reply) is stale — but only in the files that ran in full.
  const runDirs = new Set(complaintFilesRun.map(snapshotFolder));
  for (const p of read.snapshots.keys()) {
    if (untouchable(p)) continue;
    if (wanted.get(p) === undefined ? runDirs.has(path.posix.dirname(p)) : wanted.get(p) === null) {
      const r = await project.removeFile(p);
      if (r.ok) removed.push(p);
      else problems.push(refusalDiagnostic({ ...r.refusal, path: p }, 'reply snapshot', 'remove'));
    }
  }
  return { written, removed, problems };
}

/**
 * The snapshots of a watch, through the project's door: read per complaint file, judged with Jest's
 * meaning like `test` (`ci`: a missing one fails instead of being written), new ones written.
 */
export function createWatchSnapshots(project: ProjectFs, opts: { ci: boolean; ruleSettings?: RuleSettings }): WatchSnapshots {
  const snapshots = new Map<string, string>();
  const refused = new Set<string>();
  const problems = new Map<string, Diagnostic[]>();
  return {
    async refresh(complaintFiles) {
      const folders = new Set(complaintFiles.map(snapshotFolder));
      const inFolder = (p: string) => folders.has(p) || folders.has(path.posix.dirname(p));
      for (const p of [...snapshots.keys()]) if (inFolder(p)) snapshots.delete(p);
      for (const p of [...refused]) if (inFolder(p)) refused.delete(p);
      const read = await readSnapshots(project, complaintFiles);
      for (const [p, text] of read.snapshots) snapshots.set(p, text);
      for (const p of read.refused) refused.add(p);
      for (const f of folders) problems.delete(f);
      for (const d of read.problems) {
        const f = [...folders].find((x) => d.file === x || d.file.startsWith(`${x}/`)) ?? d.file;
        const had = problems.get(f);
        if (had) had.push(d);
        else problems.set(f, [d]);
      }
    },
    judge(playbooks, results, directivesOf) {
      const files = playbooks.flatMap((pb) => pb.complaintFiles ?? [...new Set(pb.complaints.map((c) => c.file))]);
      const refusals = files.flatMap((f) => problems.get(snapshotFolder(f)) ?? []);
      const judged = judgeResults(playbooks, results, {
        snapshots,
        compareSnapshots: true,
        newSnapshots: opts.ci ? 'fail' : 'write',
        ...(opts.ruleSettings ? { ruleSettings: opts.ruleSettings } : {}),
        ...(directivesOf ? { directivesOf } : {}),
      });
      return { ...judged, problems: refusals };
    },
    async write(wanted) {
      const w = await writeSnapshots(project, wanted, { snapshots, refused }, []);
      for (const p of w.written) {
        const text = wanted.get(p);
        if (typeof text === 'string') snapshots.set(p, text);
      }
      return { written: w.written, problems: w.problems };
    },
  };
}
