/**
 * Writing a build folder atomically: everything goes into a temporary folder beside it
 * (`DIR.tmp-<pid>-<random>`), then the old folder is renamed aside, the new one renamed in, and the
 * old one removed. A build that fails or is killed half-way leaves the previous folder whole.
 * The file system is injected so tests can make a write fail midway.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls the atomic write uses (node:fs/promises satisfies it). */
export interface AtomicFs {
  mkdir(p: string, opts: { recursive: true }): Promise<unknown>;
  writeFile(p: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(p: string, opts: { recursive: true; force: true }): Promise<void>;
  readdir(p: string): Promise<string[]>;
  stat(p: string): Promise<{ isDirectory(): boolean }>;
}

export interface AtomicWriteOptions {
  fs?: AtomicFs;
  /** Suffix source for the temporary folder's name (tests make it predictable). */
  random?: () => string;
  pid?: number;
  /** Whether a process id is still running (stale temporary folders of dead builds are removed). */
  isAlive?: (pid: number) => boolean;
}

/** Thrown when the output folder exists but is not an earlier build (replybook will not replace it). */
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

/** A relative artifact path resolved inside `root`, or an error for one that would escape it. */
function inside(root: string, rel: string): string {
  const abs = path.resolve(root, rel);
  const back = path.relative(root, abs);
  if (rel === '' || path.isAbsolute(rel) || back === '' || back.startsWith('..') || path.isAbsolute(back)) {
    throw new Error(`refusing to write \`${rel}\`: an artifact path must stay inside the output folder`);
  }
  return abs;
}

/** Removes temporary and set-aside folders beside `dir` left by builds that were killed. */
async function removeStale(fs: AtomicFs, dir: string, isAlive: (pid: number) => boolean): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  let names: string[];
  try {
    names = await fs.readdir(parent);
  } catch {
    return;
  }
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)-[0-9a-f]+$`);
  for (const name of names) {
    const m = pattern.exec(name);
    if (m && !isAlive(Number(m[1]))) await fs.rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Replaces `dir` with a folder holding exactly `files`, atomically. An existing `dir` must be an
 * earlier build (hold `marker`, by default `manifest.json`) or empty, so a mistyped `--out` cannot
 * wipe an unrelated folder.
 */
export async function writeDirAtomic(
  dir: string,
  files: ReadonlyArray<{ path: string; content: string }>,
  opts: AtomicWriteOptions & { marker?: string } = {},
): Promise<void> {
  const fs = opts.fs ?? (fsp as unknown as AtomicFs);
  const pid = opts.pid ?? process.pid;
  const random = opts.random ?? (() => randomBytes(4).toString('hex'));
  const marker = opts.marker ?? 'manifest.json';
  const target = path.resolve(dir);

  let existing: string[] | null = null;
  try {
    if ((await fs.stat(target)).isDirectory()) existing = await fs.readdir(target);
    else throw new NotABuildFolderError(`${dir} exists and is not a folder`);
  } catch (e) {
    if (e instanceof NotABuildFolderError) throw e;
    if (code(e) !== 'ENOENT') throw e;
  }
  if (existing && existing.length > 0 && !existing.includes(marker)) {
    throw new NotABuildFolderError(`${dir} exists and is not a replybook build (no ${marker} in it); remove it or choose another --out`);
  }

  await fs.mkdir(path.dirname(target), { recursive: true });
  await removeStale(fs, target, opts.isAlive ?? processAlive);
  const suffix = `${pid}-${random()}`;
  const tmp = `${target}.tmp-${suffix}`;
  try {
    await fs.mkdir(tmp, { recursive: true });
    const made = new Set<string>([tmp]);
    for (const f of files) {
      const abs = inside(tmp, f.path);
      const parent = path.dirname(abs);
      if (!made.has(parent)) {
        await fs.mkdir(parent, { recursive: true });
        made.add(parent);
      }
      await fs.writeFile(abs, f.content);
    }
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true });
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
    await fs.rm(tmp, { recursive: true, force: true });
    throw e;
  }
  if (movedAside) await fs.rm(aside, { recursive: true, force: true });
}
