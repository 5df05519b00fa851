/**
 * Finding a project's YAML files under the paths given and reading them as bytes for the core,
 * through the project's door (`project-fs.ts`): nothing whose real path is outside the project is
 * listed or read (an untrusted pull request could otherwise make replybook read any file of the
 * machine into a diagnostic). A folder that cannot be listed is a diagnostic on that folder, not a
 * silent gap; at most MAX_CONCURRENT_READS files are open at once.
 */
import path from 'node:path';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { MAX_CALENDAR_FILE_BYTES } from '../deadline/calendar-file.js';
// Every front end reads its files here: country calendars then find the holiday library.
import './holiday-library.js';
import './xml-library.js';
import type { SourceFile } from '../load/index.js';
import { isSearchedFolder, isSourceName, PLAYBOOK_FILE } from '../load/sources.js';
import { referencedFiles } from '../validate/referenced-files.js';
import { layoutProject, normalisePath } from '../validate/project-files.js';
import type { WalkScope } from '../validate/config/scope.js';
import { displayPath, refusalDiagnostic, refusalRule, type FileRefusal, type ProjectFs } from './project-fs.js';

export { displayPath };

/** Bytes read at most from one file; the loader reports anything larger as too large. */
export const MAX_READ_BYTES = 2 * 1024 * 1024 + 1;
/** Folders nested deeper than this below a path given are not searched (and say so). */
export const MAX_FOLDER_DEPTH = 32;

export interface CollectResult {
  files: SourceFile[];
  /**
   * With `later`: the complaint files found and not read (display paths, sorted), for the run to
   * read one at a time as it comes to each (`readSourceFile`) — `test` then holds one complaint
   * file's bytes at a time, whatever the number of complaints.
   */
  later: string[];
  /** Paths given that do not exist (a usage error for the CLI). */
  missing: string[];
  /** Folders that could not be searched, and paths given that lead outside the project: located diagnostics. */
  problems: Diagnostic[];
  /**
   * The folders searched (absolute, sorted), and the folder of each file given that is in no
   * playbook: what a watcher follows to see what the next collection would read.
   */
  roots: string[];
}

/** A refusal as the loader's SourceFile: its rule and reason, never its content. */
export function refusalSource(r: FileRefusal): SourceFile {
  return {
    path: r.path,
    error: r.reason,
    ruleId: refusalRule(r),
    ...(r.why ? { why: r.why } : {}),
    ...(r.kind === 'not-found' ? { missing: true } : {}),
  };
}

/** Reads one file for the loader; a failure becomes a SourceFile with an error, never a throw. */
export async function readSourceFile(project: ProjectFs, file: string): Promise<SourceFile> {
  const read = await project.readBytes(file, MAX_READ_BYTES);
  return read.ok ? { path: project.show(file), bytes: read.value } : refusalSource(read.refusal);
}

/**
 * The calendar files (`schedule.calendar_files`) the playbooks among `files` name, read through the
 * door like every project file; the checker reports a missing or refused one at its reference.
 */
export async function readCalendarFiles(project: ProjectFs, files: readonly SourceFile[]): Promise<SourceFile[]> {
  const have = new Set(files.map((f) => f.path));
  const wanted = referencedFiles(files).filter((p) => !have.has(p));
  return Promise.all(
    wanted.map(async (p) => {
      const read = await project.readBytes(p, MAX_CALENDAR_FILE_BYTES + 1);
      // The path stays as the playbook names it, so the checker finds the file by its reference.
      return read.ok ? { path: p, bytes: read.value } : { ...refusalSource(read.refusal), path: p };
    }),
  );
}

/** How a walk goes: the configuration's scope, and whether files met are collected (inside a playbook folder of `playbooks`). */
interface Walk {
  scope: WalkScope | undefined;
  collecting: boolean;
}

async function walk(project: ProjectFs, dir: string, out: string[], problems: Diagnostic[], depth: number, how: Walk): Promise<void> {
  if (depth > MAX_FOLDER_DEPTH) {
    problems.push({
      file: project.show(dir),
      range: FILE_START,
      severity: 'warning',
      ruleId: 'load/unreadable',
      message: `This folder is nested more than ${MAX_FOLDER_DEPTH} levels below the path given, so it was not searched for playbook files`,
    });
    return;
  }
  const listed = await project.list(dir);
  if (!listed.ok) {
    problems.push(refusalDiagnostic(listed.refusal, 'folder', 'list'));
    return;
  }
  for (const e of listed.value) {
    const abs = path.join(dir, e.name);
    // Linked folders are not followed (no loops, no second copy); linked YAML files are read
    // through the door, which follows a link only when it stays inside the project. Which
    // folders and files count is `load/sources.ts`'s to say, for every reader of a project.
    // The configuration's `ignore` and `playbooks` globs narrow that further (scope.ts).
    const rel = how.scope && project.namesInside(abs) ? project.fromRoot(abs) : null;
    if (rel !== null && how.scope!.ignored(rel)) continue;
    if (e.kind === 'folder') {
      if (!isSearchedFolder(e.name)) continue;
      const collecting = how.collecting || (rel !== null && how.scope!.playbookFolder !== null && how.scope!.playbookFolder(rel));
      await walk(project, abs, out, problems, depth + 1, { scope: how.scope, collecting });
    } else if ((e.kind === 'file' || e.kind === 'link') && isSourceName(e.name) && how.collecting) {
      out.push(abs);
    }
  }
}

/**
 * The YAML files under `paths` (files or folders; default the working folder), read. A folder
 * given is searched for playbook folders; a playbook file given alone brings in the rest of its
 * playbook (the folder holding `playbook.yaml` above it), since references cross files. With a
 * configuration's `scope`, its `ignore` globs are never searched, and a bare run (no paths)
 * collects only the folders its `playbooks` globs name.
 */
export async function collectFiles(
  project: ProjectFs,
  paths: readonly string[],
  scope?: WalkScope,
  { later = false }: { later?: boolean } = {},
): Promise<CollectResult> {
  const found = new Set<string>();
  const missing: string[] = [];
  const problems: Diagnostic[] = [];
  const roots = new Set<string>();
  for (const given of paths.length ? paths : ['.']) {
    const abs = project.resolve(given);
    const kind = await project.kind(abs);
    if (!kind.ok) {
      if (kind.refusal.kind === 'not-found') missing.push(given);
      else problems.push(refusalDiagnostic(kind.refusal, 'path given'));
      continue;
    }
    const folder = kind.value === 'folder' ? abs : await findPlaybookRoot(project, path.dirname(abs));
    if (folder) {
      const list: string[] = [];
      // `playbooks` says what a bare run covers; a path given is covered whole.
      const collecting = paths.length > 0 || !scope?.playbookFolder || scope.playbookFolder(project.fromRoot(folder));
      // A path given that `ignore` names is covered all the same: it was asked for by name.
      const named = paths.length > 0 && scope !== undefined && project.namesInside(folder) && scope.ignored(project.fromRoot(folder));
      await walk(project, folder, list, problems, 0, { scope: named ? undefined : scope, collecting });
      list.forEach((f) => found.add(f));
    }
    if (kind.value !== 'folder') found.add(abs);
    roots.add(folder ?? path.dirname(abs));
  }
  const sorted = [...found].sort();
  const deferred = later ? complaintFilesAmong(sorted.map((abs) => project.show(abs))) : new Set<string>();
  // Read concurrently; the door keeps the number of open files bounded.
  const files = await Promise.all(sorted.filter((abs) => !deferred.has(project.show(abs))).map((abs) => readSourceFile(project, abs)));
  files.push(...(await readCalendarFiles(project, files)));
  return { files, later: [...deferred].sort(), missing, problems, roots: [...roots].sort() };
}

/** The complaint files among the display paths `shown`, as the run lays the project out (`layoutProject`). */
function complaintFilesAmong(shown: readonly string[]): Set<string> {
  const byKey = new Map(shown.map((p) => [normalisePath(p), p]));
  const layout = layoutProject([...byKey.keys()]);
  return new Set(layout.playbooks.flatMap((l) => l.complaintFiles.map((p) => byKey.get(p) ?? p)));
}

/** The nearest folder at or above `dir` (and inside the project) that holds a playbook.yaml. */
export async function findPlaybookRoot(project: ProjectFs, dir: string): Promise<string | null> {
  let d = project.resolve(dir);
  while (project.namesInside(d)) {
    const main = await project.kind(path.join(d, PLAYBOOK_FILE));
    if (main.ok && main.value === 'file') return d;
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return null;
}
