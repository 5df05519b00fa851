/**
 * `--format X -o FILE` pairs: several reports from one run, so CI parses once
 * (`replybook check --format sarif -o a.sarif --format github`). Each `-o` belongs to the
 * `--format` before it; a format without `-o` goes to standard output (at most one).
 */
import type { OutputTarget, ProjectFs } from '../src/node/project-fs.js';
import type { CliIO } from '../src/node/io.js';
import { translate, type Lang } from '../src/i18n/index.js';
import { cliMessages } from '../src/i18n/catalogs/cli.js';

export interface OutputRequest {
  format: string;
  file?: string;
  /** Where `file` goes, checked by `checkOutputTargets`. */
  target?: OutputTarget;
}

const FORMAT_FLAGS = new Set(['--format', '-f', '--reporter', '-r']);
const FILE_FLAGS = new Set(['-o', '--output', '--output-file']);

/** Reads the pairs from the raw arguments, in order. Returns an error message for a lone `-o` first. */
export function outputRequests(argv: readonly string[], fallback: string, lang: Lang = 'en'): OutputRequest[] | string {
  const t = translate(cliMessages, lang);
  const out: OutputRequest[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = eq > 0 ? a.slice(eq + 1) : argv[i + 1];
    if (FORMAT_FLAGS.has(flag)) {
      if (value === undefined) return t('output.needsValue', { flag });
      out.push({ format: value });
      if (eq < 0) i++;
    } else if (FILE_FLAGS.has(flag)) {
      if (value === undefined) return t('output.needsFile', { flag });
      const last = out[out.length - 1];
      if (!last) out.push({ format: fallback, file: value });
      else if (last.file !== undefined) return t('output.formatFirst', { flag, file: value });
      else last.file = value;
      if (eq < 0) i++;
    }
  }
  if (out.length === 0) out.push({ format: fallback });
  if (out.filter((o) => o.file === undefined).length > 1) return t('output.oneStdout');
  return out;
}

/**
 * Checks every output file before the run, through the project's door: a folder (`-o .`), a path
 * under a regular file, or a link in the project that leads outside is refused with a one-line
 * reason (a usage error), never an internal error after the work is done.
 */
export async function checkOutputTargets(project: ProjectFs, requests: OutputRequest[], lang: Lang = 'en'): Promise<string | null> {
  const t = translate(cliMessages, lang);
  for (const r of requests) {
    if (r.file === undefined) continue;
    if (r.file === '') return t('output.empty');
    const target = await project.outputTarget(r.file, 'file');
    if (!target.ok) return t('output.cannotWrite', { format: r.format, file: r.file, reason: target.refusal.reason });
    r.target = target.value;
  }
  return null;
}

/** Characters of a report written in pieces that are written at once (a write per piece made a system call per 10 KB). */
export const OUTPUT_PIECE = 1 << 20;

/** A report's text: whole, or in pieces (each ending in a newline) for one too large to hold as a string. */
export type ReportText = string | Iterable<string>;

/**
 * Writes each report where it was asked for; returns the one-line reason when a file could not be
 * written. A report in pieces is written as they come, about OUTPUT_PIECE characters at a time.
 */
export async function writeOutputs(
  io: CliIO,
  project: ProjectFs,
  reports: ReadonlyArray<{ request: OutputRequest; text: ReportText }>,
  lang: Lang = 'en',
): Promise<string | null> {
  const cannot = (r: OutputRequest, reason: string) =>
    translate(cliMessages, lang)('output.cannotWrite', { format: r.format, file: r.file ?? '', reason });
  for (const { request, text } of reports) {
    if (typeof text !== 'string') {
      const out = await openOutputStream(io, project, request, lang);
      if (typeof out === 'string') return out;
      let batch = '';
      for (const piece of text) {
        batch += piece;
        if (batch.length >= OUTPUT_PIECE) {
          await out.write(batch);
          batch = '';
        }
      }
      if (batch !== '') await out.write(batch);
      const unfinished = await out.close();
      if (unfinished) return unfinished;
      continue;
    }
    if (request.file === undefined) {
      io.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
      continue;
    }
    let target = request.target;
    if (!target) {
      const t = await project.outputTarget(request.file, 'file');
      if (!t.ok) return cannot(request, t.refusal.reason);
      target = t.value;
    }
    const w = await project.writeOutput(target, text.endsWith('\n') ? text : `${text}\n`);
    if (!w.ok) return cannot(request, w.refusal.reason);
  }
  return null;
}

/** A report written piece by piece: to standard output, or to its file (renamed over the name on `close`). */
export interface OutputStream {
  write(text: string): Promise<void>;
  /** Finishes the report; the one-line reason when its file could not be written, or null. */
  close(): Promise<string | null>;
  /** The run stopped: no half-written report file is left behind. */
  abort(): Promise<void>;
}

/**
 * Opens the report of `request` for writing in pieces (one too large for a string: `test --format
 * json` on 100,000 complaints), where `writeOutputs` would write it whole; the one-line reason when
 * its file cannot be opened.
 */
export async function openOutputStream(
  io: CliIO,
  project: ProjectFs,
  request: OutputRequest,
  lang: Lang = 'en',
): Promise<OutputStream | string> {
  const cannot = (reason: string) =>
    translate(cliMessages, lang)('output.cannotWrite', { format: request.format, file: request.file ?? '', reason });
  if (request.file === undefined) {
    return {
      write: async (text) => void io.stdout.write(text),
      close: async () => null,
      abort: async () => undefined,
    };
  }
  let target = request.target;
  if (!target) {
    const t = await project.outputTarget(request.file, 'file');
    if (!t.ok) return cannot(t.refusal.reason);
    target = t.value;
  }
  const opened = await project.openOutput(target);
  if (!opened.ok) return cannot(opened.refusal.reason);
  const out = opened.value;
  return {
    write: (text) => out.write(text),
    close: async () => {
      const done = await out.close();
      return done.ok ? null : cannot(done.refusal.reason);
    },
    abort: () => out.abort(),
  };
}
