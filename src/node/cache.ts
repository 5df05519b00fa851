/**
 * `--cache` for `check` and `test` (issue 13): a run records every question its project door asked
 * the file system — each file read (its path and the SHA-256 of its bytes), each folder listed
 * (the names and kinds in it), each existence, kind and real-path answer — with what it printed,
 * the report files it wrote and its exit code. The next run with the same command line, in the same
 * surroundings, asks those questions again (hashing the files; nothing is parsed) and, when every
 * answer is the same, writes the same report files and prints the same bytes with the same exit
 * code, without loading commander, the checker or the engine.
 *
 * What a record is valid for (its key): replybook's version, the text of its schema files and the
 * version of its holiday library, the Node.js version (time zone data), the exact arguments, the
 * working folder, what decides colours (NO_COLOR, FORCE_COLOR, TERM, terminals), GITHUB_STEP_SUMMARY,
 * and which folder on this machine the project root is (`ProjectFs.identity`), so that a cache
 * file committed in a pull request or copied from another checkout is never believed. Modification
 * times are never looked at. A run is not recorded when its output depends on more than that: a
 * complaint stopped by its time budget, `--update`, a step summary (the command says so through
 * `CliIO.uncacheable`), or a file that changed while the run read it.
 *
 * The cache file is a project file like any other: read and written through the door, inside the
 * project only (a link at its name is replaced, a folder that leads outside is never written). One
 * that is missing, larger than MAX_CACHE_BYTES, not JSON, of another shape, or refused by the door
 * is ignored and rewritten; never a crash, never a message (the output stays the uncached run's).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { usage, type CliIO, type Output } from './io.js';
import { isInside, nodeFs, openProject, withReadSlot, type ProjectFs, type RawEntry, type RawFs, type RawStats } from './project-fs.js';
import { ownInputs } from './trusted-files.js';

/** The cache folder below the project root when `--cache-location` is not given. */
export const DEFAULT_CACHE_FOLDER = 'node_modules/.cache/replybook';

/** The largest cache file read (64 MiB); a larger one is ignored and rewritten. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** The most file-system answers one record keeps; a run that asks more is not recorded. */
export const MAX_RECORDED_READS = 1_000_000;

/** Bumped when the record's shape or meaning changes. */
const FORMAT = 1;

const OPS = ['lstat', 'stat', 'realpath', 'readdir', 'readFile'] as const;
type Op = (typeof OPS)[number];

/** One question the run asked the file system: the call, its path, the byte cap of a read, and the answer. */
type Read = [op: Op, path: string, cap: number, answer: string];

/** What a run printed: 1 standard output, 2 standard error, in the order written. */
type Chunk = [stream: 1 | 2, text: string];

interface Entry {
  format: typeof FORMAT;
  key: string;
  reads: Read[];
  /** Report files written (`-o`): the path the door wrote, and the text. */
  writes: Array<[file: string, text: string]>;
  output: Chunk[];
  exit: number;
}

/** What both the replay and the recording need to know about the run. */
export interface CacheRun {
  argv: readonly string[];
  io: CliIO;
  version: string;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function statAnswer(st: Pick<RawStats, 'isFile' | 'isDirectory' | 'isSymbolicLink'>): string {
  return st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'other';
}

function listingAnswer(entries: RawEntry[]): string {
  const lines = entries.map((e) => `${e.name}\0${statAnswer(e)}`).sort();
  return sha256(lines.join('\n'));
}

function errorAnswer(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return `!${typeof code === 'string' ? code : e instanceof Error ? e.message : String(e)}`;
}

/** The answer to a question, as a record keeps it, asked of `fs` now. */
async function ask(fs: RawFs, op: Op, p: string, cap: number): Promise<string> {
  try {
    switch (op) {
      case 'lstat':
        return statAnswer(await fs.lstat(p));
      case 'stat':
        return statAnswer(await fs.stat(p));
      case 'realpath':
        return await fs.realpath(p);
      case 'readdir':
        return listingAnswer(await withReadSlot(() => fs.readdir(p)));
      case 'readFile':
        return sha256(await withReadSlot(() => fs.readFile(p, cap)));
    }
  } catch (e) {
    return errorAnswer(e);
  }
}

/** The system calls of a run, passed through to `fs` and written down. */
class Recorder {
  private readonly answers = new Map<string, Read>();
  private readonly changed = new Set<string>();
  /** Files written and folders made: what the run itself changed, so its answers about them are not kept. */
  private readonly made: string[] = [];
  private readonly pending = new Map<string, string>();
  readonly writes: Array<[string, string]> = [];
  /** Set when the run changed the project other than by writing a report file. */
  otherWrite = false;
  readonly fs: RawFs;

  constructor(inner: RawFs) {
    const note = <T>(op: Op, p: string, cap: number, call: () => Promise<T>, answer: (v: T) => string): Promise<T> =>
      call().then(
        (v) => {
          this.note([op, p, cap, answer(v)]);
          return v;
        },
        (e: unknown) => {
          this.note([op, p, cap, errorAnswer(e)]);
          throw e;
        },
      );
    this.fs = {
      lstat: (p) => note('lstat', p, 0, () => inner.lstat(p), statAnswer),
      stat: (p) => note('stat', p, 0, () => inner.stat(p), statAnswer),
      realpath: (p) =>
        note(
          'realpath',
          p,
          0,
          () => inner.realpath(p),
          (v) => v,
        ),
      readdir: (p) => note('readdir', p, 0, () => inner.readdir(p), listingAnswer),
      readFile: (p, cap) => note('readFile', p, cap, () => inner.readFile(p, cap), sha256),
      writeNew: async (p, data) => {
        await inner.writeNew(p, data);
        // A report is written beside its name and renamed over it (project-fs.ts).
        if (typeof data === 'string') this.pending.set(p, data);
        else this.otherWrite = true;
      },
      writeThrough: async (p, data) => {
        await inner.writeThrough(p, data);
        this.made.push(p);
        if (typeof data === 'string') this.writes.push([p, data]);
        else this.otherWrite = true;
      },
      rename: async (from, to) => {
        await inner.rename(from, to);
        const data = this.pending.get(from);
        this.pending.delete(from);
        this.made.push(to);
        if (data === undefined) this.otherWrite = true;
        else this.writes.push([to, data]);
      },
      unlink: async (p) => {
        // Removing a temporary file left by a failed write is part of writing; anything else is not.
        if (!this.pending.delete(p)) this.otherWrite = true;
        this.made.push(p);
        await inner.unlink(p);
      },
      mkdir: async (p) => {
        await inner.mkdir(p);
        this.made.push(p);
      },
      rmdir: async (p) => {
        this.otherWrite = true;
        this.made.push(p);
        await inner.rmdir(p);
      },
    };
  }

  private note(read: Read): void {
    const k = `${read[0]}\0${read[2]}\0${read[1]}`;
    const had = this.answers.get(k);
    if (!had) this.answers.set(k, read);
    else if (had[3] !== read[3]) this.changed.add(k);
  }

  /** The answers to keep, or null when a file changed under the run or there are too many. */
  reads(): Read[] | null {
    const kept: Read[] = [];
    for (const [k, read] of this.answers) {
      if (this.made.some((m) => isInside(m, read[1]))) continue;
      if (this.changed.has(k)) return null;
      kept.push(read);
    }
    return kept.length > MAX_RECORDED_READS ? null : kept;
  }
}

/** The one record a cache file holds, or null when it is not one (any shape a hostile file could have). */
function parseEntry(text: string): Entry | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const e = v as Record<string, unknown>;
  if (e.format !== FORMAT || typeof e.key !== 'string') return null;
  if (!Number.isInteger(e.exit) || (e.exit as number) < 0 || (e.exit as number) > 255) return null;
  const isString = (x: unknown): x is string => typeof x === 'string';
  const reads = e.reads;
  if (!Array.isArray(reads) || reads.length > MAX_RECORDED_READS) return null;
  for (const r of reads as unknown[]) {
    if (!Array.isArray(r) || r.length !== 4) return null;
    const [op, p, cap, answer] = r as unknown[];
    if (!(OPS as readonly unknown[]).includes(op) || !isString(p) || !path.isAbsolute(p) || !isString(answer)) return null;
    if (!Number.isSafeInteger(cap) || (cap as number) < 0) return null;
  }
  const pairs = (x: unknown, first: (y: unknown) => boolean): boolean =>
    Array.isArray(x) && x.every((w) => Array.isArray(w) && w.length === 2 && first(w[0]) && isString(w[1]));
  if (!pairs(e.writes, (f) => isString(f) && path.isAbsolute(f))) return null;
  if (!pairs(e.output, (s) => s === 1 || s === 2)) return null;
  return e as unknown as Entry;
}

/** `--cache-location` as the raw arguments give it (the hot path reads them without commander). */
function locationInArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--cache-location') found = argv[++i];
    else if (a.startsWith('--cache-location=')) found = a.slice('--cache-location='.length);
  }
  return found;
}

/** The cache file of this command line: one per arguments and working folder, in the cache folder. */
function cacheFile(door: ProjectFs, run: CacheRun, location: string | undefined): string {
  const dir = location === undefined ? path.join(door.root, DEFAULT_CACHE_FOLDER) : door.resolve(location);
  const name = sha256(JSON.stringify([run.argv, run.io.cwd])).slice(0, 24);
  return path.join(dir, `${run.argv[0] ?? 'run'}-${name}.json`);
}

/** Everything besides the files read that the output depends on, as one string. */
async function cacheKey(door: ProjectFs, { argv, io, version }: CacheRun): Promise<string> {
  const tty = (o: Output) => (o.isTTY ? 1 : 0);
  const env = ['NO_COLOR', 'FORCE_COLOR', 'TERM', 'GITHUB_STEP_SUMMARY', 'TZ', 'LANG', 'LC_ALL', 'LC_MESSAGES'].map(
    (k) => io.env[k] ?? null,
  );
  return JSON.stringify([
    FORMAT,
    version,
    process.version,
    sha256(ownInputs(import.meta.url).join('\0')),
    await door.identity(),
    io.cwd,
    argv,
    env,
    tty(io.stdout),
    tty(io.stderr),
  ]);
}

/**
 * Answers the run from its cache file when every recorded answer still holds: writes the same
 * report files, prints the same output and returns the same exit code. Undefined when it cannot
 * (no record, another key, anything changed): the caller runs the command.
 */
export async function replayFromCache(run: CacheRun): Promise<number | undefined> {
  const { io } = run;
  const door = await openProject(io.cwd, io.fs ? { fs: io.fs } : {});
  const file = cacheFile(door, run, locationInArgv(run.argv));
  if (!door.namesInside(file)) return undefined;
  const text = await door.readText(file, MAX_CACHE_BYTES);
  if (!text.ok) return undefined;
  const entry = parseEntry(text.value);
  if (!entry || entry.key !== (await cacheKey(door, run))) return undefined;
  const now = await Promise.all(entry.reads.map(([op, p, cap]) => ask(door.raw, op, p, cap)));
  if (now.some((answer, i) => answer !== entry.reads[i][3])) return undefined;
  for (const [target, data] of entry.writes) {
    // Through the door's checks again, as the recorded run wrote it; a refusal means a full run.
    const t = await door.outputTarget(target, 'file');
    if (!t.ok || !(await door.writeOutput(t.value, data)).ok) return undefined;
  }
  for (const [stream, chunk] of entry.output) (stream === 1 ? io.stdout : io.stderr).write(chunk);
  return entry.exit;
}

/** A stream that writes through to `out` and keeps what was written. */
function tee(out: Output, stream: 1 | 2, into: Chunk[]): Output {
  return {
    write(s: string) {
      into.push([stream, s]);
      out.write(s);
    },
    get isTTY() {
      return out.isTTY;
    },
    get columns() {
      return out.columns;
    },
  };
}

/**
 * Runs the command with its file-system calls and output recorded, then writes the record to the
 * cache file (through the door; a refusal is ignored). `location` is `--cache-location`: a folder
 * that must be inside the project (a usage error otherwise, before anything runs).
 */
export async function runCached(run: CacheRun & { location?: string }, command: (io: CliIO) => Promise<number>): Promise<number> {
  const { io } = run;
  const door = await openProject(io.cwd, io.fs ? { fs: io.fs } : {});
  const file = cacheFile(door, run, run.location);
  if (!door.namesInside(file))
    return usage(io, run.argv[0] ?? '', `--cache-location \`${run.location}\` is outside the project (${door.root})`);
  const recorder = new Recorder(io.fs ?? nodeFs);
  const output: Chunk[] = [];
  let uncacheable = false;
  const recorded: CliIO = {
    ...io,
    stdout: tee(io.stdout, 1, output),
    stderr: tee(io.stderr, 2, output),
    fs: recorder.fs,
    uncacheable: () => {
      uncacheable = true;
    },
  };
  const exit = await command(recorded);
  const reads = recorder.reads();
  if (uncacheable || recorder.otherWrite || reads === null) return exit;
  const entry: Entry = { format: FORMAT, key: await cacheKey(door, run), reads, writes: recorder.writes, output: merge(output), exit };
  await door.writeFile(file, JSON.stringify(entry));
  return exit;
}

/** Neighbouring chunks of one stream joined: the same bytes in the same order, a smaller file. */
function merge(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const [s, t] of chunks) {
    const last = out[out.length - 1];
    if (last && last[0] === s) last[1] += t;
    else out.push([s, t]);
  }
  return out;
}
