/**
 * `replybook watch` counts reply snapshots as `test` does, run after run: the real front end
 * (chokidar, the file system) in this process with createWatchSnapshots, on a copy of the mini
 * playbook. A new snapshot is written on the first run; a template edit that changes a reply fails
 * it against its snapshot; undoing the edit makes it pass again; a snapshot rewritten on disk (as
 * `test --update` in another terminal does) is read again when the playbook runs again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startWatch, type RunningWatch } from '../../src/watch/watcher.js';
import { createWatchSnapshots } from '../../src/node/snapshots.js';
import { ProjectFs } from '../../src/node/project-fs.js';

const FIXTURE = path.resolve(__dirname, '../build/fixtures/mini');
let dir = '';
let running: RunningWatch;
let output = '';

async function nextReport(from: number, ms = 15_000): Promise<string> {
  const end = Date.now() + ms;
  const whole = /── [^\n]*\n(?:[^\n]*\n)*?\d+ passed, \d+ failed · [^\n]*\n/;
  while (Date.now() < end) {
    const m = whole.exec(output.slice(from));
    if (m) return m[0];
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no report within ${ms} ms:\n${output.slice(from)}`);
}

const template = () => path.join(dir, 'mini/templates/replies.yaml');
const snapshot = () => path.join(dir, 'mini/__replies__/complaints/just-bad.txt');

beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-watch-snapshots-')));
  await cp(FIXTURE, path.join(dir, 'mini'), { recursive: true });
  const door = await ProjectFs.at(dir, { cwd: dir });
  const started = await startWatch({
    paths: ['mini'],
    cwd: dir,
    root: dir,
    stdout: { write: (s: string) => void (output += s) },
    snapshots: createWatchSnapshots(door, { ci: false }),
  });
  if (typeof started === 'string') throw new Error(started);
  running = started;
  await running.ready;
  await new Promise((r) => setTimeout(r, 200));
}, 60_000);

afterAll(async () => {
  await running?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('watch and reply snapshots, run after run', () => {
  it('writes the new snapshots on the first run and says so, as test does', async () => {
    const first = await nextReport(0);
    expect(first).toContain(
      '2 new reply snapshots written (commit them): mini/__replies__/complaints/late-order.txt, mini/__replies__/complaints/just-bad.txt',
    );
    expect(first).toMatch(/\n2 passed, 0 failed · 0 errors, 0 warnings\n$/);
    expect((await readdir(path.join(dir, 'mini/__replies__/complaints'))).sort()).toEqual(['just-bad.txt', 'late-order.txt']);
  });

  it('fails a reply that no longer matches its snapshot after a template edit, and writes nothing', async () => {
    const before = await readFile(snapshot(), 'utf8');
    const from = output.length;
    await writeFile(template(), (await readFile(template(), 'utf8')).replace('что случилось', 'что произошло'));
    const report = await nextReport(from);
    expect(report).toContain('✗ mini › just-bad  The reply differs from its snapshot mini/__replies__/complaints/just-bad.txt');
    expect(report).toMatch(/\n1 passed, 1 failed · /);
    expect(report).not.toContain('written');
    expect(await readFile(snapshot(), 'utf8')).toBe(before);
  });

  it('passes again when the edit is undone', async () => {
    const from = output.length;
    await writeFile(template(), (await readFile(template(), 'utf8')).replace('что произошло', 'что случилось'));
    const report = await nextReport(from);
    expect(report).toContain('✓ mini › just-bad  passes now');
    expect(report).toMatch(/\n2 passed, 0 failed · /);
  });

  it('reads a snapshot rewritten on disk when the playbook runs again', async () => {
    await writeFile(snapshot(), 'A reply the playbook does not give.\n');
    const from = output.length;
    await writeFile(template(), `${await readFile(template(), 'utf8')}# a comment: the playbook runs again\n`);
    const report = await nextReport(from);
    expect(report).toContain('✗ mini › just-bad  The reply differs from its snapshot');
    expect(report).toMatch(/\n1 passed, 1 failed · /);
  });
});
