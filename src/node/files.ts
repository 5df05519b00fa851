/**
 * The file system side of loading: find a project's YAML files under the paths given and read
 * them as bytes for the core. Reads only inside the project root: a symbolic link that leads
 * outside it is not followed (an untrusted pull request could otherwise make replybook read any
 * file of the machine into a diagnostic).
 */
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../load/index.js';

/** Folders never searched for playbooks. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage', '__replies__']);
const YAML_FILE = /\.ya?ml$/i;
/** Bytes read at most from one file; the loader reports anything larger as too large. */
export const MAX_READ_BYTES = 2 * 1024 * 1024 + 1;

export interface CollectResult {
  files: SourceFile[];
  /** Paths given that do not exist (a usage error for the CLI). */
  missing: string[];
}

/** Forward-slash path relative to `cwd`, as diagnostics show it. */
export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

function inside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function readCapped(abs: string): Promise<Uint8Array> {
  const handle = await open(abs, 'r');
  try {
    const size = (await handle.stat()).size;
    const len = Math.min(size, MAX_READ_BYTES);
    const buf = new Uint8Array(len);
    let off = 0;
    while (off < len) {
      const { bytesRead } = await handle.read(buf, off, len - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return off === len ? buf : buf.subarray(0, off);
  } finally {
    await handle.close();
  }
}

/** Reads one file for the loader; a failure becomes a SourceFile with an error, never a throw. */
export async function readSourceFile(cwd: string, abs: string, root: string): Promise<SourceFile> {
  const p = displayPath(cwd, abs);
  try {
    const real = await realpath(abs);
    if (!inside(root, real)) return { path: p, error: `it links outside the project (${displayPath(cwd, real)}); replybook reads only files inside the project` };
    const st = await stat(real);
    if (!st.isFile()) return { path: p, error: 'it is not a regular file' };
    return { path: p, bytes: await readCapped(real) };
  } catch (e) {
    return { path: p, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
}

async function walk(dir: string, out: string[], depth: number): Promise<void> {
  if (depth > 32) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(abs, out, depth + 1);
    } else if ((e.isFile() || e.isSymbolicLink()) && YAML_FILE.test(e.name)) {
      out.push(abs);
    }
  }
}

/**
 * The YAML files under `paths` (files or folders), read. A folder given is searched for playbook
 * folders; a playbook file given alone brings in the rest of its playbook (the folder holding
 * `playbook.yaml` above it), since references cross files.
 */
export async function collectFiles(paths: readonly string[], cwd: string, root = cwd): Promise<CollectResult> {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const given of paths.length ? paths : ['.']) {
    const abs = path.resolve(cwd, given);
    let st;
    try {
      st = await lstat(abs);
    } catch {
      missing.push(given);
      continue;
    }
    if (st.isDirectory()) {
      const list: string[] = [];
      await walk(abs, list, 0);
      list.forEach((f) => found.add(f));
    } else {
      const owner = await findPlaybookRoot(path.dirname(abs), root);
      if (owner) {
        const list: string[] = [];
        await walk(owner, list, 0);
        list.forEach((f) => found.add(f));
      }
      found.add(abs);
    }
  }
  const files = await Promise.all([...found].sort().map((abs) => readSourceFile(cwd, abs, root)));
  return { files, missing };
}

/** The nearest folder at or above `dir` (and inside `root`) that holds a playbook.yaml. */
export async function findPlaybookRoot(dir: string, root: string): Promise<string | null> {
  let d = dir;
  while (inside(root, d)) {
    try {
      if ((await stat(path.join(d, 'playbook.yaml'))).isFile()) return d;
    } catch {
      /* not here: go up */
    }
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return null;
}
