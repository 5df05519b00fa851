/**
 * The process's standard output and error when their reader goes away, as `replybook … | head`
 * does after ten lines: replybook stops writing and says nothing (no "write EPIPE", no stack
 * trace). A command that was going to finish anyway (check, test, sim --text, build, diff)
 * finishes and exits with its own code — the verdict of the run does not depend on who read its
 * report, so `set -o pipefail` still fails a pipeline whose checks failed and passes one whose
 * checks passed. (git is killed by SIGPIPE instead, which a shell reports as 141 even when git
 * had nothing to complain about; Node.js ignores SIGPIPE, so a Node program chooses.) A command
 * that would run on forever (watch) ends, with exit code 0, as after `q`.
 *
 * Any other error writing to them (a disk full under `> file`) ends the run with a one-line
 * message on standard error, if it can still be written, and exit code 2.
 */
import { visible } from '../src/report/visible.js';

/** Errors that mean "nobody reads this any more": a closed pipe, a hung-up terminal. */
const READER_GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'EIO', 'ECONNRESET']);

let gone = false;
const listeners = new Set<() => void>();

/** Whether standard output or error lost its reader. */
export function outputGone(): boolean {
  return gone;
}

/** Calls `fn` (once) when standard output or error loses its reader; returns the unsubscribe. */
export function onOutputGone(fn: () => void): () => void {
  if (gone) {
    fn();
    return () => undefined;
  }
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Whether an error from a stream means its reader went away. */
export function isReaderGone(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && READER_GONE.has(code);
}

/** Installs the handlers on the process's streams (the entry point calls this once). */
export function guardOutputStreams(proc: NodeJS.Process = process): void {
  const onError = (stream: NodeJS.WriteStream) => (e: unknown) => {
    if (isReaderGone(e)) {
      if (gone) return;
      gone = true;
      // Later writes go nowhere instead of raising again.
      for (const s of [proc.stdout, proc.stderr]) if (s === stream) s.write = (() => true) as typeof s.write;
      for (const fn of [...listeners]) fn();
      listeners.clear();
      return;
    }
    const message = `replybook: could not write to standard ${stream === proc.stdout ? 'output' : 'error'}: ${visible(String((e as Error)?.message ?? e))}\n`;
    if (stream !== proc.stderr) proc.stderr.write(message);
    proc.exit(2);
  };
  proc.stdout.on('error', onError(proc.stdout));
  proc.stderr.on('error', onError(proc.stderr));
}
