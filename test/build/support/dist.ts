/**
 * The end-to-end tests run the compiled CLI (`node dist/cli/main.js`, bundled). This builds the project
 * first when dist is missing or older than a source file; a lock folder keeps parallel test files
 * from compiling at once.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, rmdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist/cli/main.js');

async function newest(dir: string): Promise<number> {
  let max = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.tsx?$/.test(e.name)) max = Math.max(max, (await stat(path.join(e.parentPath, e.name))).mtimeMs);
  }
  return max;
}

async function stale(): Promise<boolean> {
  let built: number;
  try {
    built = (await stat(CLI)).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(await newest(path.join(ROOT, 'src')), await newest(path.join(ROOT, 'cli')));
  return sources > built;
}

/** Compiles with `tsc -p .` and bundles the CLI when dist is missing or stale (type errors elsewhere do not stop the emit). */
export async function ensureDist(): Promise<void> {
  const lock = path.join(os.tmpdir(), `replybook-tsc-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
  for (let i = 0; ; i++) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (i > 1200) throw new Error(`another test is compiling (lock ${lock} held for 2 minutes)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    if (!(await stale())) return;
    await new Promise<void>((resolve) => {
      execFile(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', ROOT], { cwd: ROOT }, () => resolve());
    });
    // Then bundle the command line, as `npm run build` does (scripts/bundle.mjs).
    await new Promise<void>((resolve) => {
      execFile(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs')], { cwd: ROOT }, () => resolve());
    });
    if (await stale()) throw new Error('dist/cli/main.js is still older than the sources after tsc -p .');
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}
