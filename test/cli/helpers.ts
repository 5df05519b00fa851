import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../cli/program.js';
import type { CliIO } from '../../src/node/io.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with spy streams (no TTY, no colour unless asked). */
export async function run(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: {
      write: (s: string) => {
        stdout += s;
      },
      isTTY: opts.tty ?? false,
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
      isTTY: false,
    },
    stdin: Object.assign(process.stdin, {}) as CliIO['stdin'],
    cwd: opts.cwd ?? ROOT,
    env: { NO_COLOR: '1', ...opts.env },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A temporary copy of an example playbook (or an empty folder), removed by the returned function. */
export async function tempProject(example?: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-cli-'));
  if (example) await cp(path.join(ROOT, 'playbooks', example), path.join(dir, example), { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function write(file: string, text: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
