/**
 * Which work a change calls for, as a pure function: the watcher keeps every file it has read, and
 * after a burst of changes re-reads only the changed paths and re-runs only the playbooks whose
 * files changed (or moved from one playbook to another, as when a `playbook.yaml` appears).
 */

import { playbookDirOf, playbookDirs } from '../load/sources.js';

export { playbookDirs };

export type ChangeKind = 'add' | 'change' | 'unlink';

/** One file-system event, with the file's display path (relative to the working folder, forward slashes). */
export interface FileChange {
  path: string;
  kind: ChangeKind;
}

export interface RunPlan {
  /** Files to read (added or changed), sorted. */
  read: string[];
  /** Files to forget (deleted, or moved away), sorted. */
  drop: string[];
  /** Groups to check and run again: playbook folders, `''` for files outside every playbook. Sorted. */
  rerun: string[];
  /** Every known file after the change, sorted. */
  files: string[];
  /** The changes that mattered, one per path (the last event of a path wins), sorted by path. */
  changes: FileChange[];
}

/** The group key of files that belong to no playbook (no `playbook.yaml` above them). */
export const NO_PLAYBOOK = '';

/** The playbook a file belongs to: the nearest folder at or above it holding a `playbook.yaml`, else `NO_PLAYBOOK`. */
export function ownerOf(file: string, dirs: ReadonlySet<string>): string {
  return playbookDirOf(file, dirs) ?? NO_PLAYBOOK;
}

/**
 * Coalesces a burst of events: one change per path, the last one winning. Which paths are sources
 * the watcher decides where it knows the folder watched (`file-watcher.ts`, by `load/sources.ts`).
 */
export function coalesce(changes: ReadonlyArray<FileChange>): FileChange[] {
  const last = new Map<string, ChangeKind>();
  for (const c of changes) last.set(c.path, c.kind);
  return [...last].map(([path, kind]) => ({ path, kind })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What to read, forget and re-run after `changes`, given the files known before. */
export function planRun(known: ReadonlySet<string>, changes: ReadonlyArray<FileChange>): RunPlan {
  const list = coalesce(changes);
  const after = new Set(known);
  const read: string[] = [];
  const drop: string[] = [];
  const effective: FileChange[] = [];
  for (const c of list) {
    if (c.kind === 'unlink') {
      if (!after.delete(c.path)) continue; // never knew it: nothing to undo
      drop.push(c.path);
      effective.push(c);
    } else {
      read.push(c.path);
      effective.push({ path: c.path, kind: known.has(c.path) ? 'change' : 'add' });
      after.add(c.path);
    }
  }
  const before = playbookDirs(known);
  const now = playbookDirs(after);
  const rerun = new Set<string>();
  for (const c of effective) {
    if (known.has(c.path)) rerun.add(ownerOf(c.path, before));
    if (after.has(c.path)) rerun.add(ownerOf(c.path, now));
  }
  // A playbook.yaml that appeared or vanished moves files between playbooks: both sides run again.
  if (before.size !== now.size || [...before].some((d) => !now.has(d))) {
    for (const f of after) {
      const a = ownerOf(f, before);
      const b = ownerOf(f, now);
      if (a !== b && known.has(f)) rerun.add(a).add(b);
    }
  }
  return { read, drop, rerun: [...rerun].sort(), files: [...after].sort(), changes: effective };
}

/** The files of one group, from all known files. */
export function filesOfGroup(files: Iterable<string>, group: string, dirs: ReadonlySet<string> = playbookDirs(files)): string[] {
  const out: string[] = [];
  for (const f of files) if (ownerOf(f, dirs) === group) out.push(f);
  return out.sort();
}
