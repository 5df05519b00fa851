import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sha256Hex } from '../../src/node/write-atomic.js';
import { CLI, ensureDist } from './support/dist.js';

const FIXTURE = path.resolve(__dirname, 'fixtures/mini');
let tmp: string;

/** Runs the compiled CLI in `cwd`; resolves with its exit code and output. */
function cli(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }, (e, out, err) => {
      resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, out, err });
    });
  });
}

beforeAll(ensureDist, 180_000);

async function tree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      out.set(
        path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'),
        await readFile(path.join(e.parentPath, e.name)),
      );
  }
  return out;
}

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'replybook-cli-build-'));
  await cp(FIXTURE, path.join(tmp, 'mini'), { recursive: true });
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A complaint whose expectation cannot hold, so the test run fails whatever the engine does. */
async function addFailingComplaint() {
  const file = path.join(tmp, 'mini/complaints.yaml');
  await writeFile(
    file,
    `${await readFile(file, 'utf8')}  - id: impossible
    text: Спасибо, всё отлично.
    channel: vk
    author: { name: Оля }
    at: 2026-03-02T12:00:00+03:00
    expect:
      reply: { contains: ["a phrase no reply will ever contain 8f3a"] }
`,
  );
}

describe('replybook build', () => {
  it('builds a clean playbook into --out: handbooks, reply library, manifest with hashes', async () => {
    await rm(path.join(tmp, 'mini/complaints.yaml'));
    const t = await cli(tmp, ['build', 'mini', '--out', 'dist-rb']);
    expect(t.code, t.err).toBe(0);
    expect(t.out).toMatch(/^Built 4 files for 1 playbook into dist-rb/);
    const files = await tree(path.join(tmp, 'dist-rb'));
    expect([...files.keys()].sort()).toEqual(['manifest.json', 'mini/handbook.html', 'mini/handbook.md', 'mini/reply-library.json']);
    const manifest = JSON.parse(files.get('manifest.json')!.toString());
    expect(manifest).toMatchObject({
      allowFailingTests: false,
      source: null,
      tests: { passed: 0, failed: 0, total: 0 },
      playbooks: [{ id: 'mini', dir: 'mini', locale: 'ru' }],
    });
    for (const [p, bytes] of files)
      if (p !== 'manifest.json') expect(manifest.artifacts[p].sha256, p).toBe(sha256Hex(bytes.toString('utf8')));
    expect(files.get('mini/handbook.md')!.toString()).toContain('## Виды негатива');
  });

  it('writes the handbook in the playbook’s locale, or in the language --lang names, with the search inlined', async () => {
    const ru = await cli(tmp, ['build', 'mini', '--out', 'ru']);
    expect(ru.code, ru.err).toBe(0);
    const en = await cli(tmp, ['--lang', 'en', 'build', 'mini', '--out', 'en']);
    expect(en.code, en.err).toBe(0);
    const html = (dir: string) => readFile(path.join(tmp, dir, 'mini/handbook.html'), 'utf8');
    expect(await html('ru')).toMatch(/<html lang="ru">[\s\S]*Справочник агента/);
    expect(await html('en')).toMatch(/<html lang="en">[\s\S]*Agent handbook/);
    // MiniSearch's browser build, read from the installed package, and the prebuilt index
    expect(await html('ru')).toMatch(/<input type="search" id="search"[\s\S]*global\.MiniSearch = factory\(\)/);
    expect(await html('ru')).not.toContain('sourceMappingURL');
  });

  it('builds byte-identical folders from the same sources', async () => {
    await addFailingComplaint();
    const a = await cli(tmp, ['build', 'mini', '--out', 'one', '--allow-failing-tests']);
    const b = await cli(tmp, ['build', 'mini', '--out', 'two', '--allow-failing-tests']);
    expect(a.code, a.err).toBe(0);
    expect(b.code, b.err).toBe(0);
    const one = await tree(path.join(tmp, 'one'));
    const two = await tree(path.join(tmp, 'two'));
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [p, bytes] of one) expect(two.get(p)!.equals(bytes), p).toBe(true);
  });

  it('builds nothing and leaves an earlier --out as it was when a complaint fails (exit 1)', async () => {
    await rm(path.join(tmp, 'mini/complaints.yaml'));
    expect((await cli(tmp, ['build', 'mini', '--out', 'out'])).code).toBe(0);
    const before = await tree(path.join(tmp, 'out'));
    await cp(path.join(FIXTURE, 'complaints.yaml'), path.join(tmp, 'mini/complaints.yaml'));
    await addFailingComplaint();
    const t = await cli(tmp, ['build', 'mini', '--out', 'out']);
    expect(t.code, t.err).toBe(1);
    expect(t.err).toMatch(/failed; nothing was built and out was left as it was/);
    expect(await tree(path.join(tmp, 'out'))).toEqual(before);
    expect((await readdir(tmp)).sort()).toEqual(['mini', 'out']);
  });

  it('records --allow-failing-tests and the failures in the manifest', async () => {
    await addFailingComplaint();
    const t = await cli(tmp, ['build', 'mini', '--out', 'out', '--allow-failing-tests']);
    expect(t.code, t.err).toBe(0);
    expect(t.err).toMatch(/building despite \d+ failing sample complaints? \(--allow-failing-tests/);
    const manifest = JSON.parse(await readFile(path.join(tmp, 'out/manifest.json'), 'utf8'));
    expect(manifest.allowFailingTests).toBe(true);
    expect(manifest.tests.failed).toBeGreaterThanOrEqual(1);
    expect(manifest.tests.total).toBe(3);
  });

  it('builds nothing for an invalid playbook (exit 2)', async () => {
    await writeFile(path.join(tmp, 'mini/types.yaml'), 'types:\n  constructive: [\n');
    const t = await cli(tmp, ['build', 'mini', '--out', 'out']);
    expect(t.code, t.err).toBe(2);
    expect(t.err).toMatch(/mini\/types\.yaml:\d+:\d+ +error/);
    expect((await readdir(tmp)).sort()).toEqual(['mini']);
  });

  it('records the source commit and whether the sources are dirty', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: tmp,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      }).trim();
    await rm(path.join(tmp, 'mini/complaints.yaml'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'x');
    expect((await cli(tmp, ['build', 'mini', '--out', 'out'])).code).toBe(0);
    expect(JSON.parse(await readFile(path.join(tmp, 'out/manifest.json'), 'utf8')).source).toEqual({
      commit: git('rev-parse', 'HEAD'),
      dirty: false,
    });
    // the build folder itself (untracked) does not make the next build dirty: same bytes again
    const first = await readFile(path.join(tmp, 'out/manifest.json'));
    expect((await cli(tmp, ['build', 'mini', '--out', 'out'])).code).toBe(0);
    expect((await readFile(path.join(tmp, 'out/manifest.json'))).equals(first)).toBe(true);
  });

  it('refuses to replace a folder that is not a build', async () => {
    await rm(path.join(tmp, 'mini/complaints.yaml'));
    const t = await cli(tmp, ['build', 'mini', '--out', 'mini']);
    expect(t.code, t.err).toBe(2);
    expect(t.err).toMatch(/not a replybook build/);
    expect((await readdir(path.join(tmp, 'mini'))).sort()).toEqual(['playbook.yaml', 'templates', 'types.yaml']);
  });
});
