/**
 * `replybook … | head`: the reader of standard output goes away early. replybook stops writing
 * and says nothing (no "write EPIPE", no stack trace), and a command that finishes anyway exits
 * with its own code (1 here: the project has problems), so `set -o pipefail` keeps the verdict;
 * `watch` ends with 0, as after `q`. Outside the harness: it needs a reader that closes early.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureDist } from '../build/support/dist.js';
import { miniPlaybook } from './harness.js';

let dir: string;

beforeAll(async () => {
  await ensureDist();
  dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-epipe-'));
  const files = miniPlaybook();
  // 1,500 complaints on an unknown channel: hundreds of KB of report, far more than a pipe holds.
  const complaints = ['complaints:'];
  for (let i = 0; i < 1500; i++)
    complaints.push(
      `  - id: c${i}`,
      '    channel: nowhere',
      '    text: "It broke."',
      '    at: 2026-03-02T10:00:00Z',
      '    expect: { type: complaint }',
    );
  files['pb/complaints.yaml'] = `${complaints.join('\n')}\n`;
  // And 1,500 that run and fail, for `test`.
  files['pb2/playbook.yaml'] = files['pb/playbook.yaml'];
  files['pb2/complaints.yaml'] =
    `${complaints.join('\n').replaceAll('channel: nowhere', 'channel: x').replaceAll('expect: { type: complaint }', 'expect: { reply: { contains: [never said] } }')}\n`;
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI; `onFirst` closes its standard output after the first chunk (or at once with `now`). */
function runClosing(
  args: string[],
  how: 'now' | 'after-first',
  then?: () => void,
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    if (how === 'now') child.stdout.destroy();
    else
      child.stdout.once('data', () => {
        child.stdout.destroy();
        then?.();
      });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

const QUIET = /EPIPE|internal error|\n\s+at |node:internal|Error:/;

describe('a reader that goes away early', () => {
  it.each([
    ['check --format json, reader closed at once', ['check', 'pb', '--format', 'json'], 'now'],
    ['check (stylish), reader closed after the first chunk', ['check', 'pb'], 'after-first'],
    ['test --reporter json, reader closed at once', ['test', 'pb2', '--reporter', 'json'], 'now'],
    ['test (human), reader closed after the first chunk', ['test', 'pb2'], 'after-first'],
  ] as const)(
    '%s: quiet, and the command’s own exit code',
    async (_name, args, how) => {
      const r = await runClosing([...args], how);
      expect(r.signal).toBeNull();
      expect(r.stderr).not.toMatch(QUIET);
      expect(r.code).toBe(1);
    },
    90_000,
  );

  it('in a shell pipeline with pipefail, `| head -1` keeps the verdict and prints no error', async () => {
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'bash',
        ['-o', 'pipefail', '-c', `node ${JSON.stringify(CLI)} check pb | head -1`],
        { cwd: dir, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
        (e, stdout, stderr) => {
          resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, stdout, stderr });
        },
      );
    });
    expect(out.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out.stderr).not.toMatch(QUIET);
    expect(out.code).toBe(1);
  }, 90_000);

  it('watch: the reports have no reader any more, so it ends with 0 at the next one', async () => {
    const r = await runClosing(['watch', 'pb'], 'after-first', () => {
      // A save: the next report is written to the closed pipe.
      setTimeout(() => void appendFile(path.join(dir, 'pb/playbook.yaml'), '\n# touched\n'), 1500);
    });
    expect(r.stderr).not.toMatch(QUIET);
    expect(r.code).toBe(0);
  }, 90_000);
});
