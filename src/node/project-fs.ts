/**
 * The one door to the file system for project files. A playbook may come from an untrusted pull
 * request, so every read, listing and write of a project file — playbook and complaint files,
 * reply snapshots, report files and build output — goes through here, and only this module (with
 * `trusted-files.ts`, for replybook's own package.json and the CI runner's step summary) imports
 * `node:fs`:
 *
 * - a read or a listing resolves the real path (symbolic links followed) and refuses anything
 *   whose real path is outside the project root;
 * - a write never follows a symbolic link at the final path component: the bytes go into a
 *   temporary file in the real, checked parent folder, which is renamed over the name (a link
 *   there is replaced, its target untouched); a parent folder whose real path is outside is never
 *   created or written through;
 * - an output the command line names (`-o FILE`, `--out DIR`) is checked the same way when it lies
 *   inside the project; outside the project it is the user's own choice and written as named;
 * - at most {@link MAX_CONCURRENT_READS} files or folders are open for reading at once, so a
 *   project of thousands of files does not run out of file descriptors (EMFILE).
 *
 * A problem comes back as a `FileRefusal` (never a throw) for the caller to turn into a located
 * diagnostic (`refusalDiagnostic`) or a usage error. The system calls are injected (`RawFs`) so a
 * test can make a listing fail or a build stop half-way.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';
import { CONFIG_FILES } from '../load/sources.js';

/**
 * Most reads (a file opened, read and closed; a folder listed) in flight at once, across the
 * process. 32 keeps `check` on thousands of files far below the usual 1,024 (or even 256)
 * descriptors a process may hold, and is still enough to keep the disk busy.
 */
export const MAX_CONCURRENT_READS = 32;

/** Why a path could not be used. */
export type RefusalKind =
  'not-found' | 'broken-link' | 'outside-project' | 'not-a-file' | 'not-a-folder' | 'link-loop' | 'unreadable' | 'unwritable' | 'too-large';

export interface FileRefusal {
  kind: RefusalKind;
  /** The path as the user sees it (relative to the working folder, forward slashes). */
  path: string;
  /** For a symbolic link that leads outside: where it leads (shown like `path`). */
  leadsTo?: string;
  /** True when the path is written inside the project and a symbolic link on it leads outside. */
  link?: boolean;
  /** The system's error code (`EACCES`, `ELOOP`, …), when there was one. */
  code?: string;
  /** Why, as a clause after "cannot read x:": "it links outside the project (to ../secret.txt)". */
  reason: string;
  /**
   * `reason` as a code and its values, for a person's language (src/i18n/catalogs/diagnostics.ts,
   * `load.reason.*`): `not-found`, `broken-link`, `link-loop`, `became-link`, `path-through-file`, `folder`,
   * `folder-eisdir`, `not-regular`, `permission` (`errno`), `name-too-long`, `failed` (`action`,
   * `errno`), `links-outside` (`to`), `outside` (`root`), `too-large` (`limit`), … Absent when the
   * reason is the system's own words.
   */
  why?: RefusalWhy;
}

/** A refusal's reason as a code and its values. */
export interface RefusalWhy {
  code: string;
  values: Record<string, string | number>;
}

export type FsResult<T> = { ok: true; value: T } | { ok: false; refusal: FileRefusal };

/** What a folder entry is, without following a link. */
export type EntryKind = 'file' | 'folder' | 'link' | 'other';

export interface FolderEntry {
  name: string;
  kind: EntryKind;
}

/** What the door's callers see at a path, links followed (inside the project). */
export type PathKind = 'file' | 'folder' | 'other';

export interface RawStats {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  size: number;
  /** The device, inode and birth time (the real file system gives them; `identity` reads them). */
  dev?: number;
  ino?: number;
  birthtimeMs?: number;
}

export interface RawEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * The system calls the door (and the build writer) makes; `nodeFs` is the real one. Tests wrap it
 * to make a listing fail (EACCES, ELOOP, ENOTDIR) or to stop a build at a chosen step.
 */
export interface RawFs {
  lstat(p: string): Promise<RawStats>;
  stat(p: string): Promise<RawStats>;
  realpath(p: string): Promise<string>;
  readdir(p: string): Promise<RawEntry[]>;
  /** At most `cap` bytes of a regular file (not following a link at the last component). */
  readFile(p: string, cap: number): Promise<Uint8Array>;
  /** Creates a new file; fails when anything (a link too) is at `p` already. */
  writeNew(p: string, data: string | Uint8Array): Promise<void>;
  /** Writes `p` as named, links followed: only for outputs the user named outside the project. */
  writeThrough(p: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(p: string): Promise<void>;
  /** Creates one folder (not its parents). */
  mkdir(p: string): Promise<void>;
  /** Removes one empty folder. */
  rmdir(p: string): Promise<void>;
  /** The bytes of a regular file as a stream of chunks (not following a link at the last component); without it, `readFile` whole. */
  readChunks?(p: string): AsyncIterable<Uint8Array>;
  /** Opens a file for writing piece by piece: a new one (`wx`), or as named, links followed (`w`). */
  openWrite?(p: string, how: 'new' | 'through'): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

const O_NOFOLLOW = fsConstants.O_NOFOLLOW ?? 0;
// A FIFO would block `open` until a writer appears; non-blocking opens return at once.
const O_NONBLOCK = fsConstants.O_NONBLOCK ?? 0;

/** The real file system. */
export const nodeFs: RawFs = {
  lstat: (p) => fsp.lstat(p),
  stat: (p) => fsp.stat(p),
  realpath: (p) => fsp.realpath(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
  async readFile(p, cap) {
    const handle = await fsp.open(p, fsConstants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw Object.assign(new Error(`${p} is not a regular file`), { code: 'ENOTFILE' });
      const len = Math.min(st.size, cap);
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
  },
  writeNew: (p, data) => fsp.writeFile(p, data, { flag: 'wx' }),
  writeThrough: (p, data) => fsp.writeFile(p, data),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (p) => fsp.unlink(p),
  mkdir: async (p) => {
    await fsp.mkdir(p);
  },
  rmdir: (p) => fsp.rmdir(p),
  async *readChunks(p) {
    const handle = await fsp.open(p, fsConstants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    try {
      for await (const chunk of handle.createReadStream({ highWaterMark: 256 * 1024, autoClose: false })) yield chunk as Uint8Array;
    } finally {
      await handle.close();
    }
  },
  async openWrite(p, how) {
    const handle = await fsp.open(p, how === 'new' ? 'wx' : 'w');
    return { write: async (data) => void (await handle.write(data)), close: () => handle.close() };
  },
};

/**
 * `nodeFs.readFile` synchronously: a folder of small files (reply snapshots) read without a trip to
 * the thread pool and a promise for each of open, stat, read and close. Only for the real file
 * system (`raw === nodeFs`): a door whose system calls are wrapped reads through them.
 */
function readPlainFileSync(p: string, cap: number): Uint8Array {
  const fd = openSync(p, fsConstants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error(`${p} is not a regular file`), { code: 'ENOTFILE' });
    const len = Math.min(st.size, cap);
    const buf = new Uint8Array(len);
    let off = 0;
    while (off < len) {
      const n = readSync(fd, buf, off, len - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === len ? buf : buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

let reading = 0;
const waiting: Array<() => void> = [];

/** Runs `fn` when fewer than MAX_CONCURRENT_READS reads are in flight (process-wide). */
export async function withReadSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (reading < MAX_CONCURRENT_READS) reading++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await fn();
  } finally {
    // Hand the slot to the next waiter, or give it back.
    const next = waiting.shift();
    if (next) next();
    else reading--;
  }
}

/** Forward-slash path relative to `cwd`, as diagnostics show it. */
export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

/** True when `p` is `root` or below it (both absolute, normalised). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

function errCode(e: unknown): string | undefined {
  const c = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof c === 'string' ? c : undefined;
}

function ok<T>(value: T): FsResult<T> {
  return { ok: true, value };
}

function refused<T = never>(refusal: FileRefusal): FsResult<T> {
  return { ok: false, refusal };
}

/** The refusal of a path (as shown) that is a folder, or something other than a regular file, where a file is wanted. */
function notAFile(shown: string, code: 'folder' | 'not-regular'): FileRefusal {
  return {
    kind: 'not-a-file',
    path: shown,
    why: { code, values: {} },
    reason: code === 'folder' ? 'it is a folder, not a file' : 'it is not a regular file',
  };
}

/** The refusal of a file (as shown) larger than `limit` bytes. */
function tooLarge(shown: string, limit: number): FileRefusal {
  return {
    kind: 'too-large',
    path: shown,
    why: { code: 'too-large', values: { limit } },
    reason: `it is larger than the limit of ${limit} bytes`,
  };
}

/** The rule id a refusal is reported under. */
export function refusalRule(r: FileRefusal): string {
  if (r.kind === 'outside-project') return 'load/outside-project';
  if (r.kind === 'too-large') return 'load/too-large';
  return 'load/unreadable';
}

/**
 * A refusal as a located diagnostic at the path (line 1, column 1). `what` names the thing
 * ("file", "folder", "reply snapshot"), `verb` what replybook tried.
 */
export function refusalDiagnostic(r: FileRefusal, what = 'file', verb: 'read' | 'write' | 'remove' | 'list' = 'read'): Diagnostic {
  const note =
    r.kind === 'outside-project'
      ? r.link
        ? 'replybook reads and writes only inside the project (the folder of replybook.config.yaml, else the git repository, else the folder given); remove the link or make it point inside.'
        : 'replybook reads and writes only inside the project (the folder of replybook.config.yaml, else the git repository, else the folder given); a playbook may not reach outside it.'
      : undefined;
  return {
    file: r.path,
    range: FILE_START,
    severity: 'error',
    ruleId: refusalRule(r),
    message: `Cannot ${verb} the ${what}: ${r.reason}`,
    ...(note ? { note } : {}),
    ...(r.why
      ? {
          data: {
            kind: 'file-refusal' as const,
            code: r.why.code,
            values: { ...r.why.values, verb, what, note: note ? (r.link ? 'link' : 'outside') : '' },
          },
        }
      : {}),
    fatal: true,
  };
}

/** A place to write that the command line named (`-o FILE`, `--out DIR`), checked. */
export interface OutputTarget {
  /** As the user gave it. */
  given: string;
  /** Resolved against the working folder (links not resolved). */
  abs: string;
  /** Where it really is: the real deepest existing folder above it, and the rest of the path. */
  real: string;
  /** Outside the project: the user's own place, written as named. */
  trusted: boolean;
  /** Whether something is at `real` now. */
  exists: boolean;
}

/** How the door reaches a project: its root (the real path) and the working folder paths are shown from. */
export class ProjectFs {
  private constructor(
    /** The project root's real path: nothing outside it is read, listed or written. */
    readonly root: string,
    /** The working folder: paths are resolved against it and shown relative to it. */
    readonly cwd: string,
    /** The system calls (injected in tests). */
    readonly raw: RawFs,
    private readonly lexicalRoot: string,
  ) {}

  /**
   * What opens the same door again in another thread (`ProjectFs.at(place.root, { cwd: place.cwd })`):
   * plain data. Null when this door's system calls are not the plain file system's (a `--cache`
   * run records them, a test injects them): another door would not answer through them.
   */
  get place(): { root: string; cwd: string } | null {
    return this.raw === nodeFs ? { root: this.lexicalRoot, cwd: this.cwd } : null;
  }

  /** The door to the project rooted at `root` (resolved against `cwd`, default `root` itself). */
  static async at(root: string, opts: { cwd?: string; fs?: RawFs } = {}): Promise<ProjectFs> {
    const raw = opts.fs ?? nodeFs;
    const cwd = path.resolve(opts.cwd ?? root);
    const lexical = path.resolve(cwd, root);
    let real = lexical;
    try {
      real = await raw.realpath(lexical);
    } catch {
      /* a root that does not exist: nothing can be read in it anyway */
    }
    return new ProjectFs(real, cwd, raw, lexical);
  }

  /** Like `at`, synchronously, with the real file system (for the language server's roots). */
  static atSync(root: string, opts: { cwd?: string } = {}): ProjectFs {
    const cwd = path.resolve(opts.cwd ?? root);
    const lexical = path.resolve(cwd, root);
    let real = lexical;
    try {
      real = realpathSync(lexical);
    } catch {
      /* a root that does not exist: nothing can be read in it anyway */
    }
    return new ProjectFs(real, cwd, nodeFs, lexical);
  }

  /**
   * Which folder on this machine the project root is (device, inode, birth time): a clone or a copy
   * elsewhere has another, which `--cache` uses so that a cache file brought from elsewhere (a
   * pull request, another checkout) is never believed. Empty when the root cannot be looked at.
   */
  async identity(): Promise<string> {
    try {
      const st = await this.raw.stat(this.root);
      return `${st.dev ?? ''}:${st.ino ?? ''}:${st.birthtimeMs ?? ''}`;
    } catch {
      return '';
    }
  }

  /** Absolute path of `p` (as given, or already absolute). */
  resolve(p: string): string {
    return path.resolve(this.cwd, p);
  }

  /** How a path is shown in diagnostics: relative to the working folder, forward slashes. */
  show(p: string): string {
    return displayPath(this.cwd, this.resolve(p));
  }

  /** True when a real path is inside the project. */
  contains(real: string): boolean {
    return isInside(this.root, real);
  }

  /** A path inside the project relative to its root (forward slashes, `.` for the root itself), as configuration globs match it. */
  fromRoot(abs: string): string {
    const base = isInside(this.lexicalRoot, abs) ? this.lexicalRoot : this.root;
    return path.relative(base, abs).split(path.sep).join('/') || '.';
  }

  /** True when a path, as written (links not resolved), names a place inside the project. */
  namesInside(abs: string): boolean {
    return isInside(this.lexicalRoot, abs) || isInside(this.root, abs);
  }

  /** The refusal for a failed system call on `abs`. */
  private async failure(abs: string, e: unknown, writing = false): Promise<FileRefusal> {
    const code = errCode(e);
    const p = this.show(abs);
    switch (code) {
      case 'ENOENT': {
        let link = false;
        try {
          link = (await this.raw.lstat(abs)).isSymbolicLink();
        } catch {
          /* nothing there at all */
        }
        return link
          ? {
              kind: 'broken-link',
              path: p,
              code,
              why: { code: 'broken-link', values: {} },
              reason: 'it is a symbolic link to something that does not exist',
            }
          : writing
            ? { kind: 'unwritable', path: p, code, why: { code: 'not-created', values: {} }, reason: 'it could not be created (ENOENT)' }
            : { kind: 'not-found', path: p, code, why: { code: 'not-found', values: {} }, reason: 'it does not exist' };
      }
      case 'ELOOP': {
        // The door opens a checked path without following a link at its end: ELOOP there is a link
        // put in the file's place after the door looked, unless the link really is a loop.
        let loop = false;
        try {
          await this.raw.stat(abs);
        } catch (x) {
          loop = errCode(x) === 'ELOOP';
        }
        return loop
          ? { kind: 'link-loop', path: p, code, why: { code: 'link-loop', values: {} }, reason: 'it is a loop of symbolic links (ELOOP)' }
          : {
              kind: 'unreadable',
              path: p,
              code,
              why: { code: 'became-link', values: {} },
              reason: 'it became a symbolic link while it was being read (ELOOP)',
            };
      }
      case 'ENOTDIR':
        return {
          kind: 'not-a-folder',
          path: p,
          code,
          why: { code: 'path-through-file', values: {} },
          reason: 'a part of its path is a file, not a folder (ENOTDIR)',
        };
      case 'EISDIR':
        return {
          kind: 'not-a-file',
          path: p,
          code,
          why: { code: 'folder-eisdir', values: {} },
          reason: 'it is a folder, not a file (EISDIR)',
        };
      case 'ENOTFILE':
        return notAFile(p, 'not-regular');
      case 'EACCES':
      case 'EPERM':
        return {
          kind: writing ? 'unwritable' : 'unreadable',
          path: p,
          code,
          why: { code: 'permission', values: { errno: code } },
          reason: `permission denied (${code})`,
        };
      case 'EROFS':
        return {
          kind: 'unwritable',
          path: p,
          code,
          why: { code: 'read-only', values: {} },
          reason: 'the file system is read-only (EROFS)',
        };
      case 'ENOSPC':
        return {
          kind: 'unwritable',
          path: p,
          code,
          why: { code: 'no-space', values: {} },
          reason: 'no space is left on the device (ENOSPC)',
        };
      case 'ENAMETOOLONG':
        return {
          kind: writing ? 'unwritable' : 'unreadable',
          path: p,
          code,
          why: { code: 'name-too-long', values: {} },
          reason: 'its name is too long (ENAMETOOLONG)',
        };
      default:
        return {
          kind: writing ? 'unwritable' : 'unreadable',
          path: p,
          ...(code ? { code } : {}),
          ...(code ? { why: { code: 'failed', values: { action: writing ? 'written' : 'read', errno: code } } } : {}),
          reason: code ? `it could not be ${writing ? 'written' : 'read'} (${code})` : e instanceof Error ? e.message : String(e),
        };
    }
  }

  private outside(abs: string, real: string): FileRefusal {
    const p = this.show(abs);
    const leadsTo = this.show(real);
    return this.namesInside(abs)
      ? {
          kind: 'outside-project',
          path: p,
          leadsTo,
          link: true,
          why: { code: 'links-outside', values: { to: leadsTo } },
          reason: `it links outside the project (to ${leadsTo})`,
        }
      : {
          kind: 'outside-project',
          path: p,
          leadsTo,
          why: { code: 'outside', values: { root: this.root } },
          reason: `it is outside the project (${this.root})`,
        };
  }

  /** The real path of `p`, refused when it is outside the project. */
  async realpath(p: string): Promise<FsResult<string>> {
    const abs = this.resolve(p);
    let real: string;
    try {
      real = await this.raw.realpath(abs);
    } catch (e) {
      return refused(await this.failure(abs, e));
    }
    return this.contains(real) ? ok(real) : refused(this.outside(abs, real));
  }

  /** What is at `p` (links followed, inside the project only). */
  async kind(p: string): Promise<FsResult<PathKind>> {
    const real = await this.realpath(p);
    if (!real.ok) return real;
    try {
      const st = await this.raw.stat(real.value);
      return ok(st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other');
    } catch (e) {
      return refused(await this.failure(this.resolve(p), e));
    }
  }

  /** Like `kind`, synchronously, for the language server's quick existence tests; null when refused or absent. */
  kindSync(p: string): PathKind | null {
    try {
      const real = realpathSync(this.resolve(p));
      if (!this.contains(real)) return null;
      const st = statSync(real);
      return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
    } catch {
      return null;
    }
  }

  /** Like `readText`, synchronously, with the real file system (the language server reads its root's configuration so). */
  readTextSync(p: string, maxBytes: number): FsResult<string> {
    const abs = this.resolve(p);
    let real: string;
    try {
      real = realpathSync(abs);
    } catch (e) {
      return refused({
        kind: 'not-found',
        path: this.show(abs),
        ...(errCode(e) ? { code: errCode(e) } : {}),
        why: { code: 'not-found', values: {} },
        reason: 'it does not exist',
      });
    }
    if (!this.contains(real)) return refused(this.outside(abs, real));
    try {
      const st = statSync(real);
      if (!st.isFile()) return refused(notAFile(this.show(abs), 'not-regular'));
      if (st.size > maxBytes) return refused(tooLarge(this.show(abs), maxBytes));
      return ok(readFileSync(real, 'utf8'));
    } catch (e) {
      const code = errCode(e);
      return refused({
        kind: 'unreadable',
        path: this.show(abs),
        ...(code ? { code } : {}),
        why: { code: 'failed', values: { action: 'read', errno: code ?? 'error' } },
        reason: `it could not be read (${code ?? 'error'})`,
      });
    }
  }

  /** At most `cap` bytes of the regular file `p`. */
  async readBytes(p: string, cap: number): Promise<FsResult<Uint8Array>> {
    const abs = this.resolve(p);
    const real = await this.realpath(abs);
    if (!real.ok) return real;
    try {
      const st = await this.raw.stat(real.value);
      if (st.isDirectory()) return refused(notAFile(this.show(abs), 'folder'));
      if (!st.isFile()) return refused(notAFile(this.show(abs), 'not-regular'));
      return ok(await withReadSlot(() => this.raw.readFile(real.value, cap)));
    } catch (e) {
      return refused(await this.failure(abs, e));
    }
  }

  /** The UTF-8 text of `p`, refused (`too-large`) above `maxBytes`. */
  async readText(p: string, maxBytes: number): Promise<FsResult<string>> {
    const bytes = await this.readBytes(p, maxBytes + 1);
    if (!bytes.ok) return bytes;
    if (bytes.value.length > maxBytes) return refused(tooLarge(this.show(p), maxBytes));
    return ok(new TextDecoder('utf-8').decode(bytes.value));
  }

  /** The folder `dir` as written and its real path (inside the project), and its entries as the system lists them. */
  private async entriesOf(dir: string): Promise<FsResult<{ abs: string; real: string; raw: RawEntry[] }>> {
    const abs = this.resolve(dir);
    const real = await this.realpath(abs);
    if (!real.ok) return real;
    let raw: RawEntry[];
    try {
      raw = await withReadSlot(() => this.raw.readdir(real.value));
    } catch (e) {
      return refused(await this.failure(abs, e));
    }
    return ok({ abs, real: real.value, raw });
  }

  /**
   * The UTF-8 texts of the files of the folder `dir` whose names `accept` takes, in name order, each
   * refused on its own (`too-large` above `maxBytes`). The folder's real path is checked once; a
   * plain file in it is then opened where it is, never through a link (O_NOFOLLOW: a file swapped
   * for a link meanwhile is refused, not followed), and an entry that is a link is read as
   * `readText` reads it, its target checked. For a folder of thousands of small files (reply
   * snapshots) this is a third of the system calls of `readText` on each.
   */
  async readFolderTexts(
    dir: string,
    accept: (name: string) => boolean,
    maxBytes: number,
  ): Promise<FsResult<Array<{ name: string; text: FsResult<string> }>>> {
    const listed = await this.entriesOf(dir);
    if (!listed.ok) return listed;
    const { abs, real, raw } = listed.value;
    const names = raw.filter((e) => accept(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const out: Array<{ name: string; text: FsResult<string> }> = [];
    const decoder = new TextDecoder('utf-8');
    for (const e of names) {
      const at = path.join(abs, e.name);
      if (e.isSymbolicLink() || !e.isFile()) {
        out.push({ name: e.name, text: await this.readText(at, maxBytes) });
        continue;
      }
      const file = path.join(real, e.name);
      let bytes: Uint8Array;
      try {
        bytes =
          this.raw === nodeFs ? readPlainFileSync(file, maxBytes + 1) : await withReadSlot(() => this.raw.readFile(file, maxBytes + 1));
      } catch (err) {
        out.push({ name: e.name, text: refused(await this.failure(at, err)) });
        continue;
      }
      out.push({
        name: e.name,
        text: bytes.length > maxBytes ? refused(tooLarge(this.show(at), maxBytes)) : ok(decoder.decode(bytes)),
      });
    }
    return ok(out);
  }

  /** The entries of the folder `dir`, sorted by name; links are reported as links, not followed. */
  async list(dir: string): Promise<FsResult<FolderEntry[]>> {
    const listed = await this.entriesOf(dir);
    if (!listed.ok) return listed;
    const entries = listed.value.raw.map((e) => ({
      name: e.name,
      kind: (e.isSymbolicLink() ? 'link' : e.isDirectory() ? 'folder' : e.isFile() ? 'file' : 'other') as EntryKind,
    }));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return ok(entries);
  }

  /**
   * The real folder `dir`, creating what is missing of it — but only beneath an existing folder
   * whose real path `allowed` accepts, so nothing is ever created through a link that leads out.
   */
  private async ensureFolder(dir: string, allowed: (real: string) => boolean): Promise<FsResult<string>> {
    const found = await this.deepestExisting(dir);
    if (!found.ok) return found;
    const { existing, missing } = found.value;
    let real: string;
    try {
      real = await this.raw.realpath(existing);
    } catch (e) {
      return refused(await this.failure(existing, e, true));
    }
    if (!allowed(real)) return refused(this.outside(existing, real));
    try {
      if (!(await this.raw.stat(real)).isDirectory()) {
        return refused({
          kind: 'not-a-folder',
          path: this.show(existing),
          why: { code: 'file', values: {} },
          reason: 'it is a file, not a folder',
        });
      }
    } catch (e) {
      return refused(await this.failure(existing, e, true));
    }
    for (const name of missing) {
      real = path.join(real, name);
      try {
        await this.raw.mkdir(real);
      } catch (e) {
        // Made meanwhile: only a real folder will do.
        const st = errCode(e) === 'EEXIST' ? await this.raw.lstat(real).catch(() => null) : null;
        if (!st?.isDirectory()) {
          const why = await this.failure(real, e, true);
          const shown = this.namesInside(real) ? why.path : real;
          return refused({
            ...why,
            reason: `the folder ${shown} could not be created: ${why.reason.replace(/^it could not be created \((\w+)\)$/, '$1')}`,
          });
        }
      }
    }
    return ok(real);
  }

  /** The deepest path at or above `abs` that exists (a link counts, even a broken one), and the names below it. */
  private async deepestExisting(abs: string): Promise<FsResult<{ existing: string; missing: string[] }>> {
    const missing: string[] = [];
    let d = abs;
    for (;;) {
      try {
        await this.raw.lstat(d);
        return ok({ existing: d, missing });
      } catch (e) {
        const code = errCode(e);
        if (code !== 'ENOENT' || path.dirname(d) === d) return refused(await this.failure(d, e, true));
        missing.unshift(path.basename(d));
        d = path.dirname(d);
      }
    }
  }

  /**
   * Puts `data` at `name` in the real folder `realParent`: a temporary file beside it, renamed
   * over it. A link at the name is replaced, never followed; a folder there is refused.
   */
  private async replaceFile(realParent: string, name: string, data: string | Uint8Array, shownAs: string): Promise<FsResult<void>> {
    const target = path.join(realParent, name);
    try {
      if ((await this.raw.lstat(target)).isDirectory()) return refused(notAFile(this.show(shownAs), 'folder'));
    } catch (e) {
      if (errCode(e) !== 'ENOENT') return refused(await this.failure(shownAs, e, true));
    }
    const tmp = path.join(realParent, `.replybook-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
      await this.raw.writeNew(tmp, data);
      await this.raw.rename(tmp, target);
    } catch (e) {
      await this.raw.unlink(tmp).catch(() => undefined);
      return refused(await this.failure(shownAs, e, true));
    }
    return ok(undefined);
  }

  /** Writes a project file (a reply snapshot, a complaint file): inside the project only, links at the name replaced. */
  async writeFile(p: string, data: string | Uint8Array): Promise<FsResult<void>> {
    const abs = this.resolve(p);
    if (!this.namesInside(abs))
      return refused({
        kind: 'outside-project',
        path: this.show(abs),
        why: { code: 'outside', values: { root: this.root } },
        reason: `it is outside the project (${this.root})`,
      });
    const parent = await this.ensureFolder(path.dirname(abs), (real) => this.contains(real));
    if (!parent.ok) return parent;
    return this.replaceFile(parent.value, path.basename(abs), data, abs);
  }

  /** Removes the project file `p` (a link itself, never its target); false when nothing was there. */
  async removeFile(p: string): Promise<FsResult<boolean>> {
    const abs = this.resolve(p);
    const parent = await this.realpath(path.dirname(abs));
    if (!parent.ok) return parent.refusal.kind === 'not-found' ? ok(false) : parent;
    const target = path.join(parent.value, path.basename(abs));
    try {
      if ((await this.raw.lstat(target)).isDirectory()) return refused(notAFile(this.show(abs), 'folder'));
      await this.raw.unlink(target);
      return ok(true);
    } catch (e) {
      return errCode(e) === 'ENOENT' ? ok(false) : refused(await this.failure(abs, e, true));
    }
  }

  /**
   * Checks an output the command line names, before anything runs: a file for `-o`, a folder for
   * `--out`. Inside the project its real path must stay inside (a link the project holds cannot
   * redirect it); a folder where a file is wanted, a file where a folder is wanted, or a file on
   * the way are refused.
   */
  async outputTarget(given: string, want: 'file' | 'folder'): Promise<FsResult<OutputTarget>> {
    const abs = this.resolve(given);
    const shown = this.show(abs);
    const trusted = !this.namesInside(abs);
    // A file is written by a rename in its folder, so the folder is what is resolved (a link at
    // the name itself is replaced); a folder is replaced whole, so it is resolved itself. A file
    // named outside the project is written as named (`/dev/stdout` is a link to a pipe).
    if (want === 'file') {
      try {
        if ((trusted ? await this.raw.stat(abs) : await this.raw.lstat(abs)).isDirectory()) {
          return refused({
            kind: 'not-a-file',
            path: shown,
            why: { code: 'folder-name', values: {} },
            reason: 'it is a folder; give a file name',
          });
        }
      } catch {
        /* nothing there, or something on the way: looked at below */
      }
    }
    const resolveFrom = want === 'file' ? path.dirname(abs) : abs;
    const found = await this.deepestExisting(resolveFrom);
    if (!found.ok) return found;
    const { existing, missing } = found.value;
    let realExisting = existing;
    if (!(trusted && want === 'file')) {
      try {
        realExisting = await this.raw.realpath(existing);
      } catch (e) {
        return refused(await this.failure(existing, e, true));
      }
      if (!trusted && !this.contains(realExisting)) return refused(this.outside(existing, realExisting));
    }
    let st: RawStats;
    try {
      st = await this.raw.stat(realExisting);
    } catch (e) {
      return refused(await this.failure(existing, e, true));
    }
    if (want === 'folder') {
      if (missing.length === 0 && !st.isDirectory())
        return refused({
          kind: 'not-a-folder',
          path: shown,
          why: { code: 'not-folder', values: {} },
          reason: 'it exists and is not a folder',
        });
      if (missing.length > 0 && !st.isDirectory())
        return refused({
          kind: 'not-a-folder',
          path: shown,
          why: { code: 'part-is-file', values: { part: this.show(existing) } },
          reason: `${this.show(existing)} is a file, not a folder`,
        });
      return ok({ given, abs, real: path.join(realExisting, ...missing), trusted, exists: missing.length === 0 });
    }
    if (!st.isDirectory())
      return refused({
        kind: 'not-a-folder',
        path: shown,
        why: { code: 'part-is-file', values: { part: this.show(existing) } },
        reason: `${this.show(existing)} is a file, not a folder`,
      });
    const real = path.join(realExisting, ...missing, path.basename(abs));
    let exists = false;
    if (missing.length === 0) {
      try {
        const at = trusted ? await this.raw.stat(abs) : await this.raw.lstat(real);
        exists = true;
        if (at.isDirectory())
          return refused({
            kind: 'not-a-file',
            path: shown,
            why: { code: 'folder-name', values: {} },
            reason: 'it is a folder; give a file name',
          });
        if (!trusted && !at.isFile() && !at.isSymbolicLink()) return refused(notAFile(shown, 'not-regular'));
      } catch (e) {
        if (errCode(e) !== 'ENOENT') return refused(await this.failure(abs, e, true));
      }
    }
    return ok({ given, abs, real, trusted, exists });
  }

  /** Creates the folders above an output target that do not exist yet (beneath its checked real folder). */
  async createParents(target: OutputTarget): Promise<FsResult<string>> {
    const parent = path.dirname(target.real);
    return this.ensureFolder(parent, (real) => (target.trusted ? true : this.contains(real)));
  }

  /**
   * A file the command line names as input (`backtest --mentions FILE`), as a stream of chunks,
   * so an export of millions of rows is never held whole. Inside the project its real path must
   * stay inside (a link the project holds cannot lead out); a path named outside the project is
   * the user's own choice and read as named, like an output (`outputTarget`).
   */
  async readInput(given: string): Promise<FsResult<{ size: number; chunks: AsyncIterable<Uint8Array> }>> {
    const abs = this.resolve(given);
    let real = abs;
    if (this.namesInside(abs)) {
      const r = await this.realpath(abs);
      if (!r.ok) return r;
      real = r.value;
    }
    let st: RawStats;
    try {
      st = await this.raw.stat(real);
    } catch (e) {
      return refused(await this.failure(abs, e));
    }
    if (st.isDirectory()) return refused(notAFile(this.show(abs), 'folder'));
    if (!st.isFile()) return refused(notAFile(this.show(abs), 'not-regular'));
    const raw = this.raw;
    const failure = (e: unknown) => this.failure(abs, e);
    async function* chunks(): AsyncIterable<Uint8Array> {
      try {
        if (raw.readChunks) yield* raw.readChunks(real);
        else yield await raw.readFile(real, st.size);
      } catch (e) {
        throw Object.assign(new Error((await failure(e)).reason), { refusal: await failure(e) });
      }
    }
    return ok({ size: st.size, chunks: chunks() });
  }

  /**
   * Writes a report file the command line named piece by piece (a CSV of a million rows), checked
   * by `outputTarget` like `writeOutput`: inside the project into a temporary file renamed over the
   * name on `close`, outside as named.
   */
  async openOutput(
    target: OutputTarget,
  ): Promise<FsResult<{ write(data: string): Promise<void>; close(): Promise<FsResult<void>>; abort(): Promise<void> }>> {
    const parent = await this.createParents(target);
    if (!parent.ok) return parent;
    const raw = this.raw;
    if (!raw.openWrite) {
      // A file system without piecewise writes (a test's): collect, then write once.
      const parts: string[] = [];
      return ok({
        write: async (d) => void parts.push(d),
        close: () => this.writeOutput(target, parts.join('')),
        abort: async () => void (parts.length = 0),
      });
    }
    const tmp = target.trusted ? target.abs : path.join(parent.value, `.replybook-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    let handle: Awaited<ReturnType<NonNullable<RawFs['openWrite']>>>;
    try {
      handle = await raw.openWrite(tmp, target.trusted ? 'through' : 'new');
    } catch (e) {
      return refused(await this.failure(target.abs, e, true));
    }
    return ok({
      write: (d) => handle.write(d),
      close: async () => {
        try {
          await handle.close();
          if (!target.trusted) await raw.rename(tmp, path.join(parent.value, path.basename(target.real)));
          return ok(undefined);
        } catch (e) {
          if (!target.trusted) await raw.unlink(tmp).catch(() => undefined);
          return refused(await this.failure(target.abs, e, true));
        }
      },
      // The run failed: the temporary file goes (a file named outside the project keeps what was written).
      abort: async () => {
        await handle.close().catch(() => undefined);
        if (!target.trusted) await raw.unlink(tmp).catch(() => undefined);
      },
    });
  }

  /** Writes a report file the command line named (`-o FILE`), checked by `outputTarget`. */
  async writeOutput(target: OutputTarget, data: string): Promise<FsResult<void>> {
    const parent = await this.createParents(target);
    if (!parent.ok) return parent;
    if (target.trusted) {
      try {
        await this.raw.writeThrough(target.abs, data);
        return ok(undefined);
      } catch (e) {
        return refused(await this.failure(target.abs, e, true));
      }
    }
    return this.replaceFile(parent.value, path.basename(target.real), data, target.abs);
  }
}

/**
 * The top folder of the git repository `cwd` is in (the nearest folder, links resolved, holding a
 * `.git` folder or, for a worktree or submodule, a `.git` file), or null outside git. What
 * `git rev-parse --show-toplevel` answers, found without starting a git process (issue 13).
 */
export async function repositoryTop(cwd: string, fs: RawFs = nodeFs): Promise<string | null> {
  let dir: string;
  try {
    dir = await fs.realpath(cwd);
  } catch {
    return null;
  }
  for (;;) {
    try {
      const st = await fs.lstat(path.join(dir, '.git'));
      if (st.isDirectory() || st.isFile()) return dir;
    } catch {
      // no `.git` here: try the parent
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Where a project is: its root folder (real path) and its configuration file in it, if any (absolute). */
export interface ProjectPlace {
  root: string;
  configFile: string | null;
  /** What made the folder the root: a configuration file in it, a `.git` entry, or neither (the path's own folder). */
  via: 'config' | 'git' | 'folder';
}

/**
 * The project a path belongs to — the one place that knows the rule: the folder of the nearest
 * configuration file (`replybook.config.yaml`, `.yml`, `.json`) at or above the path, else the top
 * of its git repository (the nearest folder holding a `.git` entry, found without a git process),
 * else the path's own folder (a file's folder; `openProjectAt` widens that to the working folder
 * when the path is inside it). The search for a configuration stops at the
 * repository's top: a file above the repository belongs to something else. Never the working
 * folder unless the path is in it.
 */
export async function findProjectPlace(target: string, fs: RawFs = nodeFs): Promise<ProjectPlace> {
  // Looked for as the path is written: a path given that is a link is not followed to where it
  // leads (a link out of the project must stay refused, not make its target the project).
  const start = path.resolve(target);
  let dir = path.dirname(start);
  try {
    if ((await fs.lstat(start)).isDirectory()) dir = start;
  } catch {
    /* a path that does not exist: its folder is looked at */
  }
  const own = dir;
  const dirs = [dir];
  for (let up = path.dirname(dir); up !== dirs[dirs.length - 1]; up = path.dirname(up)) dirs.push(up);
  // Every folder's names are asked at once (a copy in /tmp has no git and is walked to the top):
  // a command's start-up waits for one round of lstat, not one per name and folder.
  const names = [...CONFIG_FILES, '.git'];
  const found = await Promise.all(
    dirs.map((d) =>
      Promise.all(
        names.map((n, i) =>
          fs.lstat(path.join(d, n)).then(
            (st) => (i < CONFIG_FILES.length ? st.isFile() : st.isDirectory() || st.isFile()),
            () => false,
          ),
        ),
      ),
    ),
  );
  for (let i = 0; i < dirs.length; i++) {
    const hit = found[i].findIndex(Boolean);
    if (hit < 0) continue;
    if (hit < CONFIG_FILES.length) return { root: dirs[i], configFile: path.join(dirs[i], names[hit]), via: 'config' };
    return { root: dirs[i], configFile: null, via: 'git' };
  }
  return { root: own, configFile: null, via: 'folder' };
}

/**
 * The door to the project `target` (default: the working folder) belongs to ({@link findProjectPlace}),
 * with paths shown relative to `cwd`, and the project's configuration file.
 */
export async function openProjectAt(
  cwd: string,
  opts: { fs?: RawFs; target?: string } = {},
): Promise<{ door: ProjectFs; configFile: string | null }> {
  const place = await findProjectPlace(path.resolve(cwd, opts.target ?? '.'), opts.fs);
  let root = place.root;
  if (place.via === 'folder') {
    // Outside git and without a configuration, a path inside the working folder keeps the working
    // folder as its project (as before): the reports and snapshots written beside it stay inside
    // the door's checks. A path elsewhere is its own folder's project.
    let realCwd = path.resolve(cwd);
    try {
      realCwd = await (opts.fs ?? nodeFs).realpath(realCwd);
    } catch {
      /* compared as given */
    }
    if (isInside(realCwd, root)) root = realCwd;
  }
  const door = await ProjectFs.at(root, { cwd, ...(opts.fs ? { fs: opts.fs } : {}) });
  return { door, configFile: place.configFile };
}

/** The door to the project the working folder `cwd` belongs to ({@link findProjectPlace}). */
export async function openProject(cwd: string, opts: { fs?: RawFs } = {}): Promise<ProjectFs> {
  return (await openProjectAt(cwd, opts)).door;
}

/**
 * Whether `abs` is a file or a folder, links followed, for a path the user chose outside any
 * project (an editor's open file, replybook's own schema folder); no content is read.
 */
export function pathKindSync(abs: string): PathKind | null {
  try {
    const st = statSync(abs);
    return st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
  } catch {
    return null;
  }
}
