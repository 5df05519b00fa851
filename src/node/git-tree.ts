/**
 * Reading the playbooks as they are at a git revision, from the repository's own objects: no
 * network, no checkout, the working tree and the index untouched. `git ls-tree` lists the files,
 * one `git cat-file --batch` reads them all. Git runs with argument arrays (never a shell), paths
 * are literal (no pathspec magic), and each file is read up to the same bound as the file reader,
 * so a huge blob in an untrusted branch cannot exhaust memory.
 */
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { MAX_CALENDAR_FILE_BYTES } from '../deadline/calendar-file.js';
import type { SourceFile } from '../load/index.js';
import { referencedFiles } from '../validate/referenced-files.js';
import { isSourcePath, playbookFileOf } from '../load/sources.js';
import { displayPath, MAX_READ_BYTES } from './files.js';
import { ProjectFs } from './project-fs.js';

const TIMEOUT_MS = 60_000;

export type GitTreeErrorKind = 'not-a-repository' | 'unknown-revision' | 'outside-repository' | 'git-failed';

/** Why the revision could not be read: a usage problem the CLI reports (exit 2). */
export interface GitTreeError {
  kind: GitTreeErrorKind;
  message: string;
}

export interface GitTree {
  /** The files at the revision, with the same display paths as the working tree's (relative to `cwd`). */
  files: SourceFile[];
  /** The commit the revision names (full hash). */
  commit: string;
  /** The repository's top folder. */
  root: string;
}

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', windowsHide: true, timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, env: gitEnv() },
      (err, stdout, stderr) => {
        resolve({
          ok: !err,
          stdout: stdout ?? Buffer.alloc(0),
          stderr: (stderr ?? Buffer.alloc(0)).toString('utf8').trim() || (err ? err.message : ''),
        });
      },
    );
  });
}

/** No pager, no prompts, no optional locks: git as a plain reader of objects. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
}

function isError(x: unknown): x is GitTreeError {
  return typeof x === 'object' && x !== null && 'kind' in x && 'message' in x;
}

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number | null;
  /** Path from the repository's top folder, forward slashes. */
  file: string;
}

/** Parses `git ls-tree -r -z -l` output: `<mode> <type> <oid> <size>\t<path>\0`. */
export function parseLsTree(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const rec of out.toString('utf8').split('\0')) {
    if (rec === '') continue;
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid, size] = rec.slice(0, tab).trim().split(/\s+/);
    entries.push({ mode, type, oid, size: size === '-' || size === undefined ? null : Number(size), file: rec.slice(tab + 1) });
  }
  return entries;
}

/**
 * Reads blobs with one `git cat-file --batch`: the output is `<oid> blob <size>\n<bytes>\n` per
 * object. Parsed as a stream, keeping at most `cap` bytes of each (a larger blob's rest is dropped
 * on the way, so the loader sees it as too large, exactly like an oversized file on disk).
 */
export function readBlobs(oids: readonly string[], cwd: string, cap = MAX_READ_BYTES): Promise<Map<string, Uint8Array> | GitTreeError> {
  return new Promise((resolve) => {
    const result = new Map<string, Uint8Array>();
    if (oids.length === 0) return resolve(result);
    const child = spawn('git', ['cat-file', '--batch'], { cwd, windowsHide: true, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill(), TIMEOUT_MS);
    let header = Buffer.alloc(0);
    let current: { oid: string; left: number; chunks: Buffer[]; kept: number } | null = null;
    let trailing = 0; // the newline after each object's bytes
    let index = 0;
    let stderr = '';
    let failed: GitTreeError | null = null;
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      let buf = chunk;
      while (buf.length > 0 && !failed) {
        if (trailing > 0) {
          const n = Math.min(trailing, buf.length);
          trailing -= n;
          buf = buf.subarray(n);
          continue;
        }
        if (current) {
          const n = Math.min(current.left, buf.length);
          const keep = Math.min(n, cap - current.kept);
          if (keep > 0) {
            current.chunks.push(Buffer.from(buf.subarray(0, keep)));
            current.kept += keep;
          }
          current.left -= n;
          buf = buf.subarray(n);
          if (current.left === 0) {
            result.set(current.oid, new Uint8Array(Buffer.concat(current.chunks)));
            current = null;
            trailing = 1;
          }
          continue;
        }
        const nl = buf.indexOf(0x0a);
        if (nl < 0) {
          header = Buffer.concat([header, buf]);
          if (header.length > 1024) failed = { kind: 'git-failed', message: 'git cat-file gave an unexpected answer' };
          break;
        }
        const line = Buffer.concat([header, buf.subarray(0, nl)]).toString('utf8');
        header = Buffer.alloc(0);
        buf = buf.subarray(nl + 1);
        const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(line);
        const want = oids[index++];
        if (!m) {
          // `<oid> missing`: a shallow or partial clone without this object.
          failed = {
            kind: 'git-failed',
            message: `the object ${want} is not in this repository (${line}); fetch the base revision first (in CI: checkout with fetch-depth: 0)`,
          };
          break;
        }
        current = { oid: m[1], left: Number(m[3]), chunks: [], kept: 0 };
        if (current.left === 0) {
          result.set(current.oid, new Uint8Array(0));
          current = null;
          trailing = 1;
        }
      }
      if (failed) child.kill();
    });
    child.on('error', (e) => {
      failed ??= { kind: 'git-failed', message: `could not run git: ${e.message}` };
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failed) resolve(failed);
      else if (code !== 0 || index < oids.length)
        resolve({ kind: 'git-failed', message: `git cat-file failed${stderr ? `: ${stderr.trim()}` : ''}` });
      else resolve(result);
    });
    child.stdin.on('error', () => {
      /* git exited early; the close handler reports it */
    });
    child.stdin.end(`${oids.join('\n')}\n`);
  });
}

/** The folders above a repository path, nearest first, ending with the top folder (`''`). */
function ancestors(file: string): string[] {
  const out: string[] = [];
  for (let d = file; d.includes('/');) {
    d = d.slice(0, d.lastIndexOf('/'));
    out.push(d);
  }
  out.push('');
  return out;
}

function under(dir: string, file: string): string | null {
  if (dir === '') return file;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : null;
}

/**
 * Chooses the files `collectFiles` would have read at that revision: the YAML files under each
 * folder given; a file given brings the rest of its playbook (the nearest folder above it with a
 * `playbook.yaml`). `given` are paths from the top folder; `tree` is the whole revision's listing.
 */
export function selectTreeFiles(tree: ReadonlyArray<TreeEntry>, given: readonly string[]): TreeEntry[] {
  const byPath = new Map(tree.map((e) => [e.file, e]));
  const chosen = new Map<string, TreeEntry>();
  const addFolder = (dir: string): void => {
    for (const e of tree) {
      const rel = under(dir, e.file);
      // The same sources as the working-tree walk reads below that folder (`load/sources.ts`).
      if (rel !== null && isSourcePath(rel)) chosen.set(e.file, e);
    }
  };
  for (const g of given.length ? given : ['']) {
    const exact = byPath.get(g);
    if (exact) {
      const owner = ancestors(g).find((d) => byPath.has(playbookFileOf(d)));
      if (owner !== undefined) addFolder(owner);
      chosen.set(g, exact);
    } else {
      addFolder(g);
    }
  }
  return [...chosen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The repository's top folder and where `cwd` is inside it. */
async function locate(cwd: string): Promise<{ root: string; cwdReal: string } | GitTreeError> {
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  const root = top.stdout.toString('utf8').trim();
  if (!top.ok || root === '')
    return { kind: 'not-a-repository', message: `${cwd} is not inside a git repository, so there is no revision to compare with` };
  // Where the working folder really is, through the door (git names the top folder by its real path).
  const real = await (await ProjectFs.at(root, { cwd })).realpath(cwd);
  return { root: path.resolve(root), cwdReal: real.ok ? real.value : cwd };
}

/** The commit a revision names, or why it names none. */
async function resolveCommit(ref: string, root: string): Promise<string | GitTreeError> {
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref))
    return { kind: 'unknown-revision', message: `\`${ref}\` is not a git revision` };
  const r = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  const commit = r.stdout.toString('utf8').trim();
  if (!r.ok || !/^[0-9a-f]{40,64}$/.test(commit)) {
    return {
      kind: 'unknown-revision',
      message: `unknown revision \`${ref}\` (in CI, check out with fetch-depth: 0 so the base branch is there; locally, \`git fetch\` it first)`,
    };
  }
  return commit;
}

/**
 * The playbook files under `paths` (relative to `cwd`, as on the command line) at revision `ref`,
 * as `SourceFile`s whose paths match what `collectFiles` gives for the working tree. A path that
 * does not exist at that revision just contributes nothing (the playbook is new).
 */
export async function readGitTree(ref: string, paths: readonly string[], cwd: string): Promise<GitTree | GitTreeError> {
  const where = await locate(cwd);
  if (isError(where)) return where;
  const { root, cwdReal } = where;
  const commit = await resolveCommit(ref, root);
  if (isError(commit)) return commit;

  const given: string[] = [];
  for (const p of paths.length ? paths : ['.']) {
    const rel = path.relative(root, path.resolve(cwdReal, p));
    if (rel.startsWith('..') || path.isAbsolute(rel))
      return { kind: 'outside-repository', message: `${p} is outside the git repository ${root}` };
    given.push(rel.split(path.sep).join('/'));
  }
  // `--literal-pathspecs`: a folder named `*` or `:(glob)x` is just that folder.
  const args = ['--literal-pathspecs', 'ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--'];
  // A file given needs the playbook.yaml of a folder above it: list those candidates too (a
  // pathspec that matches nothing is not an error), then the whole folder of the nearest one.
  const whole = given.includes('');
  const specs = new Set<string>();
  if (!whole) {
    for (const g of given) {
      specs.add(g);
      for (const d of ancestors(g)) specs.add(playbookFileOf(d));
    }
  }
  const ls = await git([...args, ...specs], root);
  if (!ls.ok) return { kind: 'git-failed', message: `git ls-tree failed: ${ls.stderr}` };
  let listing = parseLsTree(ls.stdout);
  if (!whole) {
    const have = new Set(listing.map((e) => e.file));
    const owners = new Set<string>();
    for (const g of given) {
      if (!have.has(g)) continue; // a folder (or absent): listed whole already
      const owner = ancestors(g).find((d) => have.has(playbookFileOf(d)));
      if (owner !== undefined && !given.some((x) => !have.has(x) && (owner === x || owner.startsWith(`${x}/`)))) owners.add(owner);
    }
    if (owners.size) {
      const more = await git([...args, ...(owners.has('') ? [] : owners)], root);
      if (!more.ok) return { kind: 'git-failed', message: `git ls-tree failed: ${more.stderr}` };
      listing = [...listing, ...parseLsTree(more.stdout).filter((e) => !have.has(e.file))];
    }
  }
  const entries = selectTreeFiles(listing, given);

  const show = (file: string): string => displayPath(cwdReal, path.join(root, ...file.split('/')));
  const blobs = entries.filter((e) => e.type === 'blob' && e.mode !== '120000');
  const read = await readBlobs([...new Set(blobs.map((e) => e.oid))], root);
  if (isError(read)) return read;
  const files: SourceFile[] = entries.map((e) => {
    if (e.type !== 'blob') return { path: show(e.file), error: `it is not a file at ${ref}` };
    // A link is never followed (it could lead anywhere on this machine) nor read as a playbook.
    if (e.mode === '120000')
      return { path: show(e.file), error: `it is a symbolic link at ${ref}; replybook reads only regular files from a revision` };
    const bytes = read.get(e.oid);
    return bytes ? { path: show(e.file), bytes } : { path: show(e.file), error: `git did not return it for ${ref}` };
  });
  // The calendar files (`schedule.calendar_files`) the playbooks named at that revision, as
  // `collectFiles` reads them in the working tree; one missing there is reported at its reference.
  const wanted = new Map<string, string>();
  for (const shown of referencedFiles(files)) {
    const rel = path.relative(root, path.resolve(cwdReal, shown));
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) wanted.set(rel.split(path.sep).join('/'), shown);
  }
  if (wanted.size) {
    const cal = await git([...args, ...wanted.keys()], root);
    if (!cal.ok) return { kind: 'git-failed', message: `git ls-tree failed: ${cal.stderr}` };
    const found = parseLsTree(cal.stdout).filter((e) => wanted.has(e.file) && e.type === 'blob' && e.mode !== '120000');
    const calRead = await readBlobs([...new Set(found.map((e) => e.oid))], root, MAX_CALENDAR_FILE_BYTES + 1);
    if (isError(calRead)) return calRead;
    for (const e of found) {
      const bytes = calRead.get(e.oid);
      files.push(bytes ? { path: wanted.get(e.file)!, bytes } : { path: wanted.get(e.file)!, error: `git did not return it for ${ref}` });
    }
  }
  return { files, commit, root };
}

export { isError as isGitTreeError };
