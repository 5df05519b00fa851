/** The door's streamed input (`backtest --mentions`) and piecewise output (the CSV report). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { nodeFs, ProjectFs, type RawFs } from '../../src/node/project-fs.js';

let base: string;
let project: string;
let outside: string;
const SECRET = 'SECRET-CANARY-15';

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'replybook-door-stream-'));
  project = path.join(base, 'project');
  outside = path.join(base, 'outside');
  await mkdir(path.join(project, 'exports'), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(path.join(outside, 'export.csv'), SECRET);
  await writeFile(path.join(project, 'exports/march.csv'), 'a'.repeat(600_000));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const door = (fs?: RawFs) => ProjectFs.at(project, { cwd: project, fs });

async function text(chunks: AsyncIterable<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return { text: Buffer.concat(parts).toString('utf8'), chunks: parts.length };
}

describe('readInput', () => {
  it('streams a file inside the project in chunks', async () => {
    const r = await (await door()).readInput('exports/march.csv');
    if (!r.ok) throw new Error(r.refusal.reason);
    expect(r.value.size).toBe(600_000);
    const got = await text(r.value.chunks);
    expect(got.text).toHaveLength(600_000);
    expect(got.chunks).toBeGreaterThan(1);
  });

  it('refuses a link in the project that leads outside, without reading it', async () => {
    await symlink(path.join(outside, 'export.csv'), path.join(project, 'exports/linked.csv'));
    const r = await (await door()).readInput('exports/linked.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal).toMatchObject({ kind: 'outside-project', reason: expect.stringMatching(/links outside the project/) });
  });

  it('reads a file named outside the project as named (the user’s own)', async () => {
    const r = await (await door()).readInput(path.join(outside, 'export.csv'));
    if (!r.ok) throw new Error(r.refusal.reason);
    expect((await text(r.value.chunks)).text).toBe(SECRET);
  });

  it.each([
    ['exports', /it is a folder, not a file/],
    ['exports/none.csv', /it does not exist/],
  ])('refuses %s', async (p, reason) => {
    const r = await (await door()).readInput(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.reason).toMatch(reason);
  });

  it('without piecewise reads in the system calls, reads the file whole', async () => {
    const { readChunks: _r, ...rest } = nodeFs;
    const r = await (await door(rest as RawFs)).readInput('exports/march.csv');
    if (!r.ok) throw new Error(r.refusal.reason);
    expect(await text(r.value.chunks)).toEqual({ text: 'a'.repeat(600_000), chunks: 1 });
  });
});

describe('openOutput', () => {
  it('inside the project: a temporary file renamed over the name on close, folders created', async () => {
    const d = await door();
    const t = await d.outputTarget('report/report.csv', 'file');
    if (!t.ok) throw new Error(t.refusal.reason);
    const w = await d.openOutput(t.value);
    if (!w.ok) throw new Error(w.refusal.reason);
    await w.value.write('a;b\r\n');
    await w.value.write('1;2\r\n');
    expect(await readdir(path.join(project, 'report'))).toEqual([expect.stringMatching(/^\.replybook-.*\.tmp$/)]);
    expect(await w.value.close()).toEqual({ ok: true, value: undefined });
    expect(await readdir(path.join(project, 'report'))).toEqual(['report.csv']);
    expect(await readFile(path.join(project, 'report/report.csv'), 'utf8')).toBe('a;b\r\n1;2\r\n');
  });

  it('abort leaves no file behind', async () => {
    const d = await door();
    const t = await d.outputTarget('report.csv', 'file');
    if (!t.ok) throw new Error(t.refusal.reason);
    const w = await d.openOutput(t.value);
    if (!w.ok) throw new Error(w.refusal.reason);
    await w.value.write('half');
    await w.value.abort();
    expect((await readdir(project)).sort()).toEqual(['exports']);
  });

  it('replaces a link at the name instead of writing through it', async () => {
    await mkdir(path.join(project, 'report'));
    await symlink(path.join(outside, 'export.csv'), path.join(project, 'report/report.csv'));
    const d = await door();
    const t = await d.outputTarget('report/report.csv', 'file');
    if (!t.ok) throw new Error(t.refusal.reason);
    const w = await d.openOutput(t.value);
    if (!w.ok) throw new Error(w.refusal.reason);
    await w.value.write('new');
    await w.value.close();
    expect(await readFile(path.join(outside, 'export.csv'), 'utf8')).toBe(SECRET);
    expect(await readFile(path.join(project, 'report/report.csv'), 'utf8')).toBe('new');
  });
});
