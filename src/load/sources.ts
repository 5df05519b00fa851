/**
 * What a playbook source is, in one place: which folders are never searched, which files are read
 * as playbook sources, which of those are complaint files, which file makes a folder a playbook,
 * where reply snapshots live, and which playbook a file belongs to. File collection, git trees,
 * `replybook watch`, the simulator's watcher and the language server all ask this module, so a
 * file that one of them reads is a file every other one reads too. Pure: paths in, answers out,
 * with forward slashes (display paths, or paths relative to a folder being searched).
 */

/** The folder beside a complaint file that holds its reply snapshots. */
export const SNAPSHOT_DIR = '__replies__';

/** A reply snapshot's file extension. */
export const SNAPSHOT_EXTENSION = '.txt';

/** The file that makes a folder a playbook (exactly this name: `playbook.yml` is a mistake reported as such). */
export const PLAYBOOK_FILE = 'playbook.yaml';

/**
 * Folders never searched for playbook sources, below a folder given: installed packages, build and
 * coverage output, reply snapshots (plain text, never YAML sources) and git's own folder. Every
 * hidden folder (a name starting with `.`) is skipped as well; see {@link isSearchedFolder}.
 */
export const NEVER_SEARCHED: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'coverage', SNAPSHOT_DIR]);

const YAML_NAME = /\.ya?ml$/i;

/** The names a project configuration may have, in the order they are looked for in one folder; never a playbook source. */
export const CONFIG_FILES = ['replybook.config.yaml', 'replybook.config.yml', 'replybook.config.json'] as const;

const CONFIG_NAMES: ReadonlySet<string> = new Set(CONFIG_FILES);

/** Forward slashes, no leading `./`. */
export function normalisePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The folder of a path (`.` for a bare name). */
export function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : p.slice(0, i);
}

/** The last segment of a path. */
export function baseOf(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Whether a path or name ends in `.yaml` or `.yml` (any case): the files the loader parses. */
export function isYamlPath(p: string): boolean {
  return YAML_NAME.test(p);
}

/** Whether a folder of this name is searched: not hidden and not one of {@link NEVER_SEARCHED}. */
export function isSearchedFolder(name: string): boolean {
  return !name.startsWith('.') && !NEVER_SEARCHED.has(name);
}

/**
 * Whether a file of this name is a playbook source: a YAML file that is not hidden (so an
 * editor's `.#playbook.yaml` lock, a `.gitlab-ci.yml` or a `.pre-commit-config.yaml` beside a
 * playbook is never read as part of it), and not the project configuration (`replybook.config.yaml`).
 */
export function isSourceName(name: string): boolean {
  return isYamlPath(name) && !name.startsWith('.') && !CONFIG_NAMES.has(name);
}

/**
 * Whether the file at `rel` (forward slashes, relative to a folder searched, as the walk meets it)
 * is a playbook source: a source name under no folder that is never searched. Leading `./` and
 * `../` segments only say where the path starts and are not folders of it.
 */
export function isSourcePath(rel: string): boolean {
  const parts = normalisePath(rel).split('/');
  const name = parts.pop() ?? '';
  let i = 0;
  while (i < parts.length && (parts[i] === '..' || parts[i] === '.')) i++;
  return isSourceName(name) && parts.slice(i).every(isSearchedFolder);
}

/**
 * Whether a walk of a folder passes over the entry at `rel` below it (forward slashes): a folder not
 * searched, a file that is not a source, or anything under such a folder. `kind` is unknown when a
 * watcher asks before it has looked: then only a name no folder may have is passed over (a hidden
 * or never-searched name is never a source file either).
 */
export function isPassedOver(rel: string, kind?: 'file' | 'folder'): boolean {
  const parts = normalisePath(rel).split('/');
  const name = parts.pop() ?? '';
  if (!parts.every(isSearchedFolder)) return true;
  if (kind === 'file') return !isSourceName(name);
  return !isSearchedFolder(name);
}

/** Whether a path names the file that makes its folder a playbook. */
export function isPlaybookFile(p: string): boolean {
  return baseOf(p) === PLAYBOOK_FILE;
}

/** The `playbook.yaml` of a playbook folder (`.` or `''` for the top folder). */
export function playbookFileOf(dir: string): string {
  return dir === '.' || dir === '' ? PLAYBOOK_FILE : `${dir}/${PLAYBOOK_FILE}`;
}

/** Folders holding a `playbook.yaml`, from a set of file paths (`.` for the top folder). */
export function playbookDirs(files: Iterable<string>): Set<string> {
  const dirs = new Set<string>();
  for (const f of files) if (isPlaybookFile(f)) dirs.add(dirOf(f));
  return dirs;
}

/** The playbook a file belongs to: the nearest folder at or above it that is one of `dirs`, or null. */
export function playbookDirOf(file: string, dirs: ReadonlySet<string>): string | null {
  for (let d = dirOf(file); ; d = dirOf(d)) {
    if (dirs.has(d)) return d;
    // `..` segments are where the path starts, not folders to climb through.
    if (d === '.' || d === '' || d === '..' || d.endsWith('/..')) return null;
  }
}

/** True for `complaints.yaml`, `*.complaints.yaml`, or any YAML file under a `complaints/` folder of the playbook. */
export function isComplaintFile(path: string, playbookDir: string): boolean {
  const base = baseOf(path).toLowerCase();
  if (/^(?:.*\.)?complaints\.ya?ml$/.test(base)) return true;
  const rel = playbookDir === '.' ? path : path.slice(playbookDir.length + 1);
  return rel.split('/').slice(0, -1).includes('complaints');
}

/** The snapshot folder of a complaint file: `complaints/delivery.yaml` → `complaints/__replies__/delivery`. */
export function snapshotFolder(complaintFile: string): string {
  const slash = complaintFile.lastIndexOf('/');
  const dir = slash < 0 ? '' : complaintFile.slice(0, slash + 1);
  return `${dir}${SNAPSHOT_DIR}/${complaintFile.slice(slash + 1).replace(YAML_NAME, '')}`;
}

/** Where the snapshot of a complaint's reply lives (forward slashes, relative like `complaintFile`). */
export function snapshotPath(complaintFile: string, complaintId: string): string {
  const safeId = complaintId.replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return `${snapshotFolder(complaintFile)}/${safeId}${SNAPSHOT_EXTENSION}`;
}

/** Whether a file name in a snapshot folder is a reply snapshot. */
export function isSnapshotName(name: string): boolean {
  return name.endsWith(SNAPSHOT_EXTENSION);
}
