/**
 * The real `replybook watch` on a temporary copy of the fixture playbook: edits, a broken save, its
 * fix, a rename and a deletion, each checked in the report it prints.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CLI, ensureDist } from '../build/support/dist.js';

const FIXTURE = path.resolve(__dirname, '../build/fixtures/mini');
let tmp: string;
let child: ChildProcess;
let output = '';
let exitCode: number | null = null;
const exited = () => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (c) => r(c))));

/** Waits (polling, bounded) until the output after `from` matches, and returns that part. */
async function waitFor(pattern: RegExp, from: number, ms = 15_000): Promise<string> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const part = output.slice(from);
    if (pattern.test(part)) return part;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no ${pattern} within ${ms} ms; output since then:\n${output.slice(from)}`);
}

/** The next whole report after `from`: it ends with the totals line. */
const nextReport = (from: number) => waitFor(/── [^\n]*\n(?:[^\n]*\n)*?\d+ passed, \d+ failed · [^\n]*\n/, from);

beforeAll(async () => {
  await ensureDist();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'replybook-watch-e2e-'));
  await cp(FIXTURE, path.join(tmp, 'mini'), { recursive: true });
  child = spawn(process.execPath, [CLI, 'watch', 'mini'], {
    cwd: tmp,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (output += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (output += s));
  child.once('exit', (c) => (exitCode = c));
}, 240_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGKILL');
    await exited();
  }
  await rm(tmp, { recursive: true, force: true });
});

describe('replybook watch (end to end)', () => {
  let engineWorks = false;

  it('prints the first report and starts watching', async () => {
    const first = await waitFor(/Watching \d+ files in 1 playbook/, 0, 30_000);
    expect(first).toMatch(/^── replybook watch: first run of mini/);
    expect(first).toMatch(/Watching 4 files in 1 playbook — press q to quit\./);
    engineWorks = /\n2 passed, 0 failed · 0 errors/.test(first);
    // A moment for chokidar to finish its scan before the first edit.
    await new Promise((r) => setTimeout(r, 300));
  });

  it('re-runs after a template edit, with a word diff of the changed reply', async () => {
    const from = output.length;
    const file = path.join(tmp, 'mini/templates/replies.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Расскажите, пожалуйста, подробнее', 'Напишите, пожалуйста, подробнее'));
    const report = await nextReport(from);
    expect(report).toMatch(/^── mini\/templates\/replies\.yaml changed · re-ran mini · \d+ ms$/m);
    expect(report).not.toMatch(/ error /);
    if (engineWorks) {
      expect(report).toContain('~ mini › just-bad');
      expect(report).toMatch(/- [^\n]*\[-Расскажите-\], пожалуйста, подробнее/);
      expect(report).toMatch(/\+ [^\n]*\{\+Напишите\+\}, пожалуйста, подробнее/);
    }
  });

  it('reports a broken save and keeps watching', async () => {
    const from = output.length;
    const file = path.join(tmp, 'mini/types.yaml');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('types:\n', 'types: [\n'));
    const broken = await nextReport(from);
    expect(broken).toMatch(/^── mini\/types\.yaml changed/m);
    expect(broken).toMatch(/^\+ mini\/types\.yaml:\d+:\d+ {2}error {2}/m);
    expect(broken).toMatch(/\d+ passed, \d+ failed · [1-9]\d* errors?/);

    const from2 = output.length;
    await writeFile(file, good);
    const fixed = await nextReport(from2);
    expect(fixed).toMatch(/^✓ mini\/types\.yaml:\d+:\d+ {2}error .* fixed$/m);
    expect(fixed).toMatch(/· 0 errors, 0 warnings\n$/);
  });

  it('follows a rename (one report for the delete + add)', async () => {
    const from = output.length;
    await rename(path.join(tmp, 'mini/templates/replies.yaml'), path.join(tmp, 'mini/templates/answers.yaml'));
    const report = await nextReport(from);
    expect(report).toMatch(/^── 2 files changed · re-ran mini/m);
    expect(report).toContain('   added    mini/templates/answers.yaml');
    expect(report).toContain('   deleted  mini/templates/replies.yaml');
    expect(report).toMatch(/· 0 errors, 0 warnings\n$/);
  });

  it('follows a deletion', async () => {
    const from = output.length;
    await rm(path.join(tmp, 'mini/complaints.yaml'));
    const report = await nextReport(from);
    expect(report).toMatch(/^── mini\/complaints\.yaml deleted · re-ran mini/m);
    expect(report).toContain('mini › late-order  no longer run');
    expect(report).toMatch(/\n0 passed, 0 failed · 0 errors, 0 warnings\n$/);
  });

  it('ends cleanly on SIGINT with exit code 0', async () => {
    child.kill('SIGINT');
    const code = await Promise.race([exited(), new Promise<string>((r) => setTimeout(() => r('timeout'), 10_000))]);
    expect(code).toBe(0);
    expect(exitCode).toBe(0);
  });
});
