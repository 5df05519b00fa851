/**
 * Writing a build folder (`build --out DIR`): replace only a folder replybook made, atomically,
 * and so that a kill at any moment loses no build.
 *
 * - DIR is replaced only when it is empty, or when its manifest.json parses, carries the generator
 *   marker (`"format": "replybook/build-manifest"`) and lists every file in the folder; then only
 *   the files it lists are removed. Anything else is refused, naming the file that is not
 *   replybook's (`NotABuildFolderError`), and nothing is changed.
 * - The new build is written into `DIR.tmp-<pid>-<random>` beside DIR (its manifest first, so
 *   even a half-written one says which files are replybook's); then DIR is renamed to
 *   `DIR.old-<pid>-<random>`, the new folder renamed to DIR, and the old one's files removed
 *   (its manifest last).
 * - Between the two renames there is no DIR. A build killed there leaves `DIR.old-…` of a dead
 *   process: the next run (`recoverKilledBuild`, also before a build that then fails its tests)
 *   renames it back to DIR, so the previous build is found whole; leftovers of dead builds are
 *   removed only as far as their manifests prove them replybook's.
 *
 * DIR is a real path the project's door checked (`ProjectFs.outputTarget`); the system calls are
 * the door's (`RawFs`), injected so tests can stop a build at any step.
 */
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { isSafeArtifactPath, manifestFiles, MANIFEST_FORMAT, MANIFEST_PATH } from '../build/manifest.js';
import { nodeFs, type OutputTarget, type ProjectFs, type RawFs } from './project-fs.js';

/** Largest manifest.json read from an existing output folder (16 MiB: about 100,000 artifacts). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export interface AtomicWriteOptions {
  fs?: RawFs;
  /** Suffix source for the temporary folder's name (tests make it predictable). */
  random?: () => string;
  pid?: number;
  /** Whether a process id is still running (leftovers of dead builds are recovered or removed). */
  isAlive?: (pid: number) => boolean;
  /** How DIR is named in messages (as the user gave it). */
  shown?: string;
}

/** Thrown when the output folder exists but is not one replybook made (replybook will not replace it). */
export class NotABuildFolderError extends Error {}

/** sha256 of a text's UTF-8 bytes, in hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The sha256 of every artifact, by path. */
export function hashArtifacts(files: ReadonlyArray<{ path: string; content: string }>): Map<string, string> {
  return new Map(files.map((f) => [f.path, sha256Hex(f.content)]));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function code(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** What a build folder holds: the files and folders found, every one listed by its manifest (relative, `/`). */
interface BuildContents {
  files: string[];
  folders: string[];
}

/** The folders above each listed path: `a/b/c.txt` → `a`, `a/b`. */
function folderPrefixes(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('/'));
  }
  return out;
}

/**
 * What is in the folder `dir`: null when nothing is there, its contents when it is empty or a
 * build replybook made (every entry listed by its manifest); otherwise NotABuildFolderError, which
 * names what is not replybook's. Only listed paths are walked, links are never followed.
 */
export async function inspectBuildFolder(fs: RawFs, dir: string, shown = dir): Promise<BuildContents | null> {
  const notOurs = (why: string) =>
    new NotABuildFolderError(`${shown} is not a replybook build: ${why}; nothing was changed (remove it or choose another --out)`);
  let st;
  try {
    st = await fs.lstat(dir);
  } catch (e) {
    if (code(e) === 'ENOENT') return null;
    throw e;
  }
  if (st.isSymbolicLink() || !st.isDirectory())
    throw new NotABuildFolderError(`${shown} exists and is not a folder; nothing was changed (choose another --out)`);
  const top = await fs.readdir(dir);
  if (top.length === 0) return { files: [], folders: [] };
  const manifest = top.find((e) => e.name === MANIFEST_PATH);
  if (!manifest || !manifest.isFile() || manifest.isSymbolicLink()) {
    const first = [...top].sort((a, b) => (a.name < b.name ? -1 : 1))[0];
    throw notOurs(`it has no ${MANIFEST_PATH}, and ${first.name} is not replybook's`);
  }
  const bytes = await fs.readFile(path.join(dir, MANIFEST_PATH), MAX_MANIFEST_BYTES + 1);
  const listed = bytes.length > MAX_MANIFEST_BYTES ? null : manifestFiles(new TextDecoder().decode(bytes));
  if (!listed)
    throw notOurs(`its ${MANIFEST_PATH} is not one replybook wrote (no "format": "${MANIFEST_FORMAT}" with the list of its files)`);
  const listedFiles = new Set(listed);
  const listedFolders = folderPrefixes(listed);
  const files: string[] = [];
  const folders: string[] = [];
  const walk = async (
    rel: string,
    entries: ReadonlyArray<{ name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }>,
  ): Promise<void> => {
    for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) throw notOurs(`${r} is a symbolic link, which replybook never writes`);
      if (e.isDirectory()) {
        if (!listedFolders.has(r)) throw notOurs(`${r}/ is not replybook's (its ${MANIFEST_PATH} lists nothing in it)`);
        folders.push(r);
        await walk(r, await fs.readdir(path.join(dir, ...r.split('/'))));
      } else if (e.isFile()) {
        if (!listedFiles.has(r)) throw notOurs(`${r} is not replybook's (its ${MANIFEST_PATH} does not list it)`);
        files.push(r);
      } else {
        throw notOurs(`${r} is not a regular file`);
      }
    }
  };
  await walk('', top);
  return { files, folders };
}

/**
 * Removes a build folder's files — only those found and listed — then its folders, its manifest
 * last (so a kill half-way leaves a folder whose manifest still proves it replybook's), then the folder.
 */
async function removeBuild(fs: RawFs, dir: string, contents: BuildContents): Promise<void> {
  const ignoreGone = (e: unknown) => {
    if (code(e) !== 'ENOENT') throw e;
  };
  for (const f of contents.files) if (f !== MANIFEST_PATH) await fs.unlink(path.join(dir, ...f.split('/'))).catch(ignoreGone);
  for (const d of [...contents.folders].sort((a, b) => b.length - a.length))
    await fs.rmdir(path.join(dir, ...d.split('/'))).catch(ignoreGone);
  if (contents.files.includes(MANIFEST_PATH)) await fs.unlink(path.join(dir, MANIFEST_PATH)).catch(ignoreGone);
  await fs.rmdir(dir).catch(ignoreGone);
}

/**
 * Repairs what killed builds left beside `dir`: when `dir` is missing and a dead build's set-aside
 * folder (`dir.old-<pid>-<random>`) is there, renames it back (the previous build, whole); then
 * removes the other leftovers of dead builds, as far as their manifests prove them replybook's.
 * Returns the name of the folder restored, or null.
 */
export async function recoverKilledBuild(dir: string, opts: Pick<AtomicWriteOptions, 'fs' | 'isAlive'> = {}): Promise<string | null> {
  const fs = opts.fs ?? nodeFs;
  const isAlive = opts.isAlive ?? processAlive;
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  const base = path.basename(target);
  let entries;
  try {
    entries = await fs.readdir(parent);
  } catch {
    return null;
  }
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)-[0-9a-f]+$`);
  const dead = entries
    .filter((e) => e.isDirectory() && !e.isSymbolicLink())
    .map((e) => ({ name: e.name, m: pattern.exec(e.name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null && !isAlive(Number(x.m[2])))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  let restored: string | null = null;
  let targetThere = true;
  try {
    await fs.lstat(target);
  } catch (e) {
    if (code(e) !== 'ENOENT') throw e;
    targetThere = false;
  }
  if (!targetThere) {
    for (const old of dead.filter((x) => x.m[1] === 'old')) {
      try {
        await inspectBuildFolder(fs, path.join(parent, old.name));
        await fs.rename(path.join(parent, old.name), target);
        restored = old.name;
        break;
      } catch {
        /* not provably a build: try the next, or leave it */
      }
    }
  }
  for (const left of dead) {
    if (left.name === restored) continue;
    const abs = path.join(parent, left.name);
    try {
      const contents = await inspectBuildFolder(fs, abs);
      if (contents) await removeBuild(fs, abs, contents);
    } catch {
      /* not provably replybook's: left alone */
    }
  }
  return restored;
}

/** Creates the folders of `abs` that do not exist yet, top down. */
async function makeFolders(fs: RawFs, abs: string): Promise<void> {
  const missing: string[] = [];
  for (let d = abs; ; d = path.dirname(d)) {
    try {
      await fs.lstat(d);
      break;
    } catch (e) {
      if (code(e) !== 'ENOENT' || path.dirname(d) === d) throw e;
      missing.unshift(d);
    }
  }
  for (const d of missing) {
    await fs.mkdir(d).catch((e: unknown) => {
      if (code(e) !== 'EEXIST') throw e;
    });
  }
}

/**
 * Replaces `dir` (a real, checked path) with a folder holding exactly `files`, atomically. An
 * existing `dir` must be empty or a build replybook made (see `inspectBuildFolder`).
 */
export async function writeDirAtomic(
  dir: string,
  files: ReadonlyArray<{ path: string; content: string }>,
  opts: AtomicWriteOptions = {},
): Promise<void> {
  const fs = opts.fs ?? nodeFs;
  const pid = opts.pid ?? process.pid;
  const random = opts.random ?? (() => randomBytes(4).toString('hex'));
  const target = path.resolve(dir);
  const shown = opts.shown ?? dir;
  for (const f of files) {
    if (!isSafeArtifactPath(f.path))
      throw new Error(`refusing to write \`${f.path}\`: an artifact path must stay inside the output folder`);
  }
  // The manifest first: a half-written folder then still says which of its files are replybook's.
  const ordered = [...files.filter((f) => f.path === MANIFEST_PATH), ...files.filter((f) => f.path !== MANIFEST_PATH)];

  await makeFolders(fs, path.dirname(target));
  await recoverKilledBuild(target, { fs, isAlive: opts.isAlive });
  const existing = await inspectBuildFolder(fs, target, shown);

  const suffix = `${pid}-${random()}`;
  const tmp = `${target}.tmp-${suffix}`;
  const written: BuildContents = { files: [], folders: [] };
  try {
    await fs.mkdir(tmp);
    const made = new Set<string>();
    for (const f of ordered) {
      const parts = f.path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const rel = parts.slice(0, i).join('/');
        if (made.has(rel)) continue;
        await fs.mkdir(path.join(tmp, ...parts.slice(0, i)));
        made.add(rel);
        written.folders.push(rel);
      }
      await fs.writeNew(path.join(tmp, ...parts), f.content);
      written.files.push(f.path);
    }
  } catch (e) {
    await removeBuild(fs, tmp, written).catch(() => undefined);
    throw e;
  }

  const aside = `${target}.old-${suffix}`;
  let movedAside = false;
  try {
    if (existing) {
      await fs.rename(target, aside);
      movedAside = true;
    }
    await fs.rename(tmp, target);
  } catch (e) {
    // Put the previous build back before reporting the failure.
    if (movedAside) await fs.rename(aside, target).catch(() => undefined);
    await removeBuild(fs, tmp, written).catch(() => undefined);
    throw e;
  }
  if (existing && movedAside) await removeBuild(fs, aside, existing);
}

/** A checked `--out` folder, and the previous build restored from a killed run (if any). */
export interface BuildOutput {
  target: OutputTarget;
  restored: string | null;
}

/**
 * Checks `--out` before anything is built: inside the project its real path must stay inside, it
 * must be missing, empty or a build replybook made; a build killed mid-swap is recovered first.
 * Returns a one-line reason for a usage error.
 */
export async function prepareBuildOutput(
  project: ProjectFs,
  given: string,
  opts: Pick<AtomicWriteOptions, 'isAlive'> = {},
): Promise<BuildOutput | { error: string }> {
  const t = await project.outputTarget(given, 'folder');
  if (!t.ok) return { error: `cannot write the build to ${given}: ${t.refusal.reason}` };
  try {
    const restored = await recoverKilledBuild(t.value.real, { fs: project.raw, isAlive: opts.isAlive });
    await inspectBuildFolder(project.raw, t.value.real, given);
    return { target: t.value, restored };
  } catch (e) {
    if (e instanceof NotABuildFolderError) return { error: e.message };
    return { error: `cannot write the build to ${given}: ${(e as Error).message}` };
  }
}

/** Writes the build into a folder `prepareBuildOutput` checked; returns a one-line reason when it could not. */
export async function writeBuildOutput(
  project: ProjectFs,
  out: BuildOutput,
  files: ReadonlyArray<{ path: string; content: string }>,
  opts: AtomicWriteOptions = {},
): Promise<{ error: string } | null> {
  const parents = await project.createParents(out.target);
  if (!parents.ok) return { error: `cannot write the build to ${out.target.given}: ${parents.refusal.reason}` };
  try {
    await writeDirAtomic(out.target.real, files, { fs: project.raw, shown: out.target.given, ...opts });
    return null;
  } catch (e) {
    if (e instanceof NotABuildFolderError) return { error: e.message };
    const c = code(e);
    return { error: `could not write ${out.target.given}: ${c ? `${(e as Error).message.split(',')[0]}` : (e as Error).message}` };
  }
}
