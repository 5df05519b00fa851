/**
 * A real `kill -9` in the one moment a build folder does not exist (between the two renames of
 * the swap): the next `replybook build` must find the previous build whole. The child process
 * stops itself at that moment and says so, so the kill is deterministic.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, ensureDist, ROOT } from './support/dist.js';

const FIXTURE = path.resolve(__dirname, 'fixtures/mini');
let tmp: string;

function cli(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (e, out, err) => {
      resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, out, err });
    });
  });
}

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      out[path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')] = await readFile(
        path.join(e.parentPath, e.name),
        'utf8',
      );
  }
  return out;
}

/** A child that replaces `out` with a new build and stops for good right after moving the old one aside. */
const CHILD = (dist: string) => `
import { writeDirAtomic } from ${JSON.stringify(pathToFileURL(path.join(dist, 'src/node/write-atomic.js')).href)};
import { nodeFs } from ${JSON.stringify(pathToFileURL(path.join(dist, 'src/node/project-fs.js')).href)};
import { manifestText } from ${JSON.stringify(pathToFileURL(path.join(dist, 'src/build/manifest.js')).href)};
const out = process.argv[2];
const files = [{ path: 'mini/handbook.md', content: '# a build that never lands\\n' }];
files.push({ path: 'manifest.json', content: manifestText({ version: 'x', source: null, hashes: new Map([['mini/handbook.md', '0']]), playbooks: [], tests: { passed: 0, failed: 0 }, allowFailingTests: false }) });
const fs = {
  ...nodeFs,
  async rename(from, to) {
    await nodeFs.rename(from, to);
    if (from === out) {
      process.stdout.write('ASIDE\\n');
      await new Promise(() => {});
    }
  },
};
await writeDirAtomic(out, files, { fs });
`;

beforeAll(ensureDist, 180_000);
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'replybook-kill-'));
  await cp(FIXTURE, path.join(tmp, 'mini'), { recursive: true });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('replybook build after a kill -9 mid-swap', () => {
  it('restores the previous build, even when the next build then fails its tests', async () => {
    const complaints = await readFile(path.join(tmp, 'mini/complaints.yaml'), 'utf8');
    await rm(path.join(tmp, 'mini/complaints.yaml'));
    expect((await cli(tmp, ['build', 'mini', '--out', 'out'])).code).toBe(0);
    const before = await tree(path.join(tmp, 'out'));

    const script = path.join(tmp, 'child.mjs');
    await writeFile(script, CHILD(path.join(ROOT, 'dist')));
    const child = spawn(process.execPath, [script, path.join(tmp, 'out')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (s: string) => {
        if (s.includes('ASIDE')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the child ended (${code}) before the swap`)));
    });
    const exited = new Promise((r) => child.on('exit', (_c, signal) => r(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await rm(script);

    // The moment the kill hit: no out, the old build aside, the new one in its temporary folder.
    const left = (await readdir(tmp)).sort();
    expect(left).toEqual(['mini', `out.old-${child.pid}-${left[1].split('-').pop()}`, `out.tmp-${child.pid}-${left[2].split('-').pop()}`]);

    // The next build fails a complaint, so it writes nothing — but finds the previous build first.
    await writeFile(
      path.join(tmp, 'mini/complaints.yaml'),
      `${complaints}  - id: impossible
    text: Спасибо, всё отлично.
    channel: vk
    author: { name: Оля }
    at: 2026-03-02T12:00:00+03:00
    expect:
      reply: { contains: ["a phrase no reply will ever contain 8f3a"] }
`,
    );
    const failed = await cli(tmp, ['build', 'mini', '--out', 'out']);
    expect(failed.code, failed.err).toBe(1);
    expect(failed.err).toMatch(/restored the previous build of out from out\.old-\d+-[0-9a-f]+, which a killed build had left/);
    expect(await tree(path.join(tmp, 'out'))).toEqual(before);
    expect((await readdir(tmp)).sort()).toEqual(['mini', 'out']);
  }, 60_000);
});
