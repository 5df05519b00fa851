/**
 * The I/O contract of the command line and the front ends (the simulator, watch, the language
 * server): what a command may touch, passed in (unified-engine, Ink). Tests give spies, the entry
 * point gives the process. Commands return an exit code; only `main` sets it.
 */
import { visible } from '../report/visible.js';
import type { RawFs } from './project-fs.js';

export interface Output {
  write(text: string): void;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The system calls the command's project door makes (default: the real ones); `--cache` records them. */
  fs?: RawFs;
  /**
   * Told by a command when its output depends on more than what it read, its arguments and its
   * surroundings (a complaint stopped by the clock, a step summary appended, snapshots rewritten):
   * `--cache` then keeps no record of the run.
   */
  uncacheable?: (why: string) => void;
}

/** Exit codes: 0 clean, 1 problems found (errors, failing complaints, warnings over the limit), 2 usage or internal error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/**
 * Writes `replybook <command>: <message>` and a newline to standard error. The message is escaped
 * with `visible` as a whole: it quotes paths, option values and names a user or a playbook gave,
 * and replybook's own words have nothing to escape.
 */
export function say(io: CliIO, command: string, message: string): void {
  io.stderr.write(`replybook${command ? ` ${command}` : ''}: ${visible(message)}\n`);
}

/** `say`, then the usage exit code (2): for the many `return usage(io, 'sim', '…')`. */
export function usage(io: CliIO, command: string, message: string): number {
  say(io, command, message);
  return EXIT.usage;
}

/** Colour on a stream, following NO_COLOR (https://no-color.org) and FORCE_COLOR, else the terminal. */
export function useColor(io: CliIO, stream: Output = io.stdout): boolean {
  const force = io.env.FORCE_COLOR;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY) && io.env.TERM !== 'dumb';
}

/** The real process, for the entry point. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  };
}
