/**
 * `--cache` (src/node/cache.ts): a second identical run answers from the cache with the same bytes
 * and exit code; any change to what the run read, its arguments or its surroundings runs it again;
 * a cache file that is missing, broken, hostile or from elsewhere is ignored and rewritten.
 *
 * Whether a run was answered from the cache is seen by "poisoning" the cache files: their recorded
 * output is replaced (keeping a valid shape) with a marker a real run never prints.
 */
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replayFromCache, runCached } from '../../src/node/cache.js';
import type { CliIO } from '../../src/node/io.js';
import { ROOT, run, tempProject, write } from './helpers.js';

const MARK = 'ANSWERED FROM THE CACHE\n';
const CACHE = 'node_modules/.cache/replybook';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function acme(): Promise<string> {
  const p = await tempProject('acme-market');
  cleanup = p.cleanup;
  return p.dir;
}

async function cacheFiles(dir: string, folder = CACHE): Promise<string[]> {
  try {
    return (await readdir(path.join(dir, folder))).map((n) => path.join(dir, folder, n));
  } catch {
    return [];
  }
}

/** Replaces the recorded output of every cache file with MARK (exit code 7): a replay then shows. */
async function poison(dir: string, folder = CACHE): Promise<number> {
  const files = await cacheFiles(dir, folder);
  for (const f of files) {
    const entry = JSON.parse(await readFile(f, 'utf8')) as { output: unknown; exit: number };
    entry.output = [[1, MARK]];
    entry.exit = 7;
    await writeFile(f, JSON.stringify(entry));
  }
  return files.length;
}

/** Runs twice with --cache after poisoning the first run's record: whether the second was replayed. */
async function replayedAfter(dir: string, argv: string[], change: () => Promise<void>): Promise<boolean> {
  await run(argv, { cwd: dir });
  expect(await poison(dir)).toBeGreaterThan(0);
  await change();
  const again = await run(argv, { cwd: dir });
  return again.stdout === MARK && again.code === 7;
}

describe('--cache', () => {
  it.each([
    ['check', ['check', 'acme-market']],
    ['check, JSON', ['check', 'acme-market', '--format', 'json']],
    ['test', ['test', 'acme-market']],
    ['test, JUnit and coverage', ['test', 'acme-market', '--reporter', 'junit', '--coverage']],
  ])('%s: the recording and the replayed run print the uncached bytes and exit code', async (_, argv) => {
    const dir = await acme();
    // Problems, so that the output has something in it and the exit code is 1.
    if (argv[0] === 'check')
      await write(path.join(dir, 'acme-market/extra.yaml'), 'templates:\n  x:\n    when: { type: nope }\n    text: "{{nope}}"\n');
    else {
      const file = path.join(dir, 'acme-market/complaints/delivery.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('type: constructive', 'type: positive'));
    }
    const plain = await run(argv, { cwd: dir });
    const recording = await run([...argv, '--cache'], { cwd: dir });
    const replayed = await run([...argv, '--cache'], { cwd: dir });
    expect(plain.stdout.length).toBeGreaterThan(0);
    expect(plain.code).toBe(1);
    for (const r of [recording, replayed]) expect(r).toEqual(plain);
    expect(await cacheFiles(dir)).toHaveLength(1);
  });

  it('replays an unchanged run, and a passing one with exit 0', async () => {
    const dir = await acme();
    const first = await run(['test', 'acme-market', '--cache'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(await replayedAfter(dir, ['test', 'acme-market', '--cache'], async () => undefined)).toBe(true);
  });

  it.each([
    ['a playbook file', 'acme-market/playbook.yaml'],
    ['a template', 'acme-market/templates/positive.yaml'],
    ['a complaint file', 'acme-market/complaints/delivery.yaml'],
    ['a reply snapshot', 'acme-market/complaints/__replies__/delivery/app-tracking.txt'],
  ])('runs again when %s changes, by a byte', async (_, file) => {
    const dir = await acme();
    const abs = path.join(dir, file);
    expect(await replayedAfter(dir, ['test', 'acme-market', '--cache'], async () => undefined)).toBe(true);
    const replayed = await replayedAfter(dir, ['test', 'acme-market', '--cache'], async () => {
      await writeFile(abs, `${await readFile(abs, 'utf8')}\n`);
    });
    expect(replayed).toBe(false);
  });

  it('runs again when a complaint file is added, or a file is removed', async () => {
    const dir = await acme();
    const argv = ['test', 'acme-market', '--cache'];
    const added = await replayedAfter(dir, argv, () =>
      copyFile(path.join(dir, 'acme-market/complaints/traps.yaml'), path.join(dir, 'acme-market/complaints/traps-2.yaml')),
    );
    expect(added).toBe(false);
    const removed = await replayedAfter(dir, argv, () => rm(path.join(dir, 'acme-market/complaints/traps-2.yaml')));
    expect(removed).toBe(false);
  });

  it('runs again when a calendar file the playbook names changes', async () => {
    const dir = await acme();
    const pb = path.join(dir, 'acme-market/playbook.yaml');
    await writeFile(pb, (await readFile(pb, 'utf8')).replace('  calendar: ru', '  calendar: ru\n  calendar_files: calendars/2027.json'));
    const calendar = path.join(dir, 'acme-market/calendars/2027.json');
    await mkdir(path.dirname(calendar), { recursive: true });
    await copyFile(path.join(ROOT, 'test/fixtures/calendar-files/invented-2027.json'), calendar);
    const argv = ['check', 'acme-market', '--cache'];
    expect(await replayedAfter(dir, argv, async () => undefined)).toBe(true);
    const changed = await replayedAfter(dir, argv, async () => {
      await writeFile(calendar, (await readFile(calendar, 'utf8')).replace('2027', '2029'));
    });
    expect(changed).toBe(false);
  });

  it('keeps one record per command line: other options, or no --cache, are not answered from it', async () => {
    const dir = await acme();
    await run(['check', 'acme-market', '--cache'], { cwd: dir });
    await poison(dir);
    expect((await run(['check', 'acme-market', '--cache', '--max-warnings', '0'], { cwd: dir })).stdout).not.toBe(MARK);
    expect((await run(['check', 'acme-market'], { cwd: dir })).stdout).not.toBe(MARK);
    expect((await run(['check', 'acme-market', '--cache'], { cwd: dir })).stdout).toBe(MARK);
  });

  it('runs again when colour settings or the working folder differ', async () => {
    const dir = await acme();
    await run(['check', 'acme-market', '--cache'], { cwd: dir });
    await poison(dir);
    const coloured = await run(['check', 'acme-market', '--cache'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).not.toBe(MARK);
    expect((await run(['check', '.', '--cache'], { cwd: path.join(dir, 'acme-market') })).stdout).not.toBe(MARK);
  });

  it("is not answered for another replybook version (the record's key)", async () => {
    const dir = await acme();
    await run(['check', 'acme-market', '--cache'], { cwd: dir });
    await poison(dir);
    const io = spyIO(dir);
    const argv = ['check', 'acme-market', '--cache'];
    expect(await replayFromCache({ argv, io: io.io, version: '999.0.0' })).toBeUndefined();
    expect(io.out()).toBe('');
    const { VERSION } = await import('../../cli/version.js');
    expect(await replayFromCache({ argv, io: io.io, version: VERSION })).toBe(7);
    expect(io.out()).toBe(MARK);
  });

  it('writes the report files again when replaying, with the same bytes', async () => {
    const dir = await acme();
    const argv = ['check', 'acme-market', '--format', 'sarif', '-o', 'out/report.sarif', '--format', 'stylish', '--cache'];
    const first = await run(argv, { cwd: dir });
    const report = await readFile(path.join(dir, 'out/report.sarif'), 'utf8');
    await rm(path.join(dir, 'out'), { recursive: true });
    const second = await run(argv, { cwd: dir });
    expect(second).toEqual(first);
    expect(await readFile(path.join(dir, 'out/report.sarif'), 'utf8')).toBe(report);
    // It was the replay that wrote it.
    await poison(dir);
    await rm(path.join(dir, 'out'), { recursive: true });
    expect((await run(argv, { cwd: dir })).stdout).toBe(MARK);
    expect(await readFile(path.join(dir, 'out/report.sarif'), 'utf8')).toBe(report);
  });

  it('does not record test --update (it rewrites what the next run reads)', async () => {
    const dir = await acme();
    await run(['test', 'acme-market', '--update', '--cache'], { cwd: dir });
    expect(await cacheFiles(dir)).toEqual([]);
  });

  it('does not record a run whose command says its output depends on more than its reads', async () => {
    const dir = await acme();
    const io = spyIO(dir);
    const code = await runCached({ argv: ['check', '--cache'], io: io.io, version: '0' }, async (runIO) => {
      runIO.stdout.write('stopped by the clock\n');
      runIO.uncacheable?.('time budget');
      return 1;
    });
    expect(code).toBe(1);
    expect(io.out()).toBe('stopped by the clock\n');
    expect(await cacheFiles(dir)).toEqual([]);
  });

  it('writes the cache where --cache-location says, and refuses a place outside the project', async () => {
    const dir = await acme();
    const argv = ['check', 'acme-market', '--cache', '--cache-location', '.replybook-cache'];
    const first = await run(argv, { cwd: dir });
    expect(await cacheFiles(dir, '.replybook-cache')).toHaveLength(1);
    expect(await cacheFiles(dir)).toEqual([]);
    expect(await run(argv, { cwd: dir })).toEqual(first);
    await poison(dir, '.replybook-cache');
    expect((await run(argv, { cwd: dir })).stdout).toBe(MARK);
    const outside = await run(['check', 'acme-market', '--cache', '--cache-location', '../elsewhere'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^replybook check: --cache-location `\.\.\/elsewhere` is outside the project/);
  });

  describe('a cache file that is not a record replybook wrote here is ignored and rewritten', () => {
    const argv = ['check', 'acme-market', '--cache'];

    it.each([
      ['garbage', 'not json {'],
      ['JSON of another kind', '[1, 2, 3]'],
      ['null', 'null'],
      ['another format', '{"format": 2}'],
      ['reads of the wrong shape', 'READS:[["unlink", "/", 0, "x"]]'],
      ['a relative path', 'READS:[["lstat", "relative", 0, "file"]]'],
      ['an exit code out of range', 'EXIT:1000'],
      ['output to another stream', 'OUTPUT:[[3, "x"]]'],
      ['a write outside the project, relative', 'WRITES:[["x", "y"]]'],
    ])('%s', async (_, hostile) => {
      const dir = await acme();
      const plain = await run(['check', 'acme-market'], { cwd: dir });
      await run(argv, { cwd: dir });
      const [file] = await cacheFiles(dir);
      const entry = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      const [field, value] = hostile.includes(':[') || hostile.startsWith('EXIT:') ? hostile.split(/:(.*)/s) : [null, hostile];
      let text = value;
      if (field) {
        const key = field.toLowerCase();
        entry[key] = JSON.parse(value);
        if (key === 'reads') entry.output = [[1, MARK]];
        text = JSON.stringify(entry);
      }
      await writeFile(file, text);
      const again = await run(argv, { cwd: dir });
      expect(again).toEqual(plain);
      // Rewritten: the next run is answered from a good record.
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 1 });
      expect(await run(argv, { cwd: dir })).toEqual(plain);
    });

    it('a file larger than the limit', async () => {
      const dir = await acme();
      const plain = await run(['check', 'acme-market'], { cwd: dir });
      await run(argv, { cwd: dir });
      const [file] = await cacheFiles(dir);
      await writeFile(file, Buffer.alloc(64 * 1024 * 1024 + 16, 0x20));
      expect(await run(argv, { cwd: dir })).toEqual(plain);
      expect((await readFile(file)).length).toBeLessThan(1024 * 1024);
    });

    it('a symbolic link to a file outside the project: not believed, not written through', async () => {
      const p = await tempProject();
      cleanup = p.cleanup;
      const dir = path.join(p.dir, 'project');
      const outside = path.join(p.dir, 'outside.json');
      await cp(path.join(ROOT, 'playbooks/acme-market'), path.join(dir, 'acme-market'), { recursive: true });
      const plain = await run(['check', 'acme-market'], { cwd: dir });
      await run(argv, { cwd: dir });
      await poison(dir);
      const [file] = await cacheFiles(dir);
      await copyFile(file, outside);
      await rm(file);
      await symlink(outside, file);
      const outsideBefore = await readFile(outside, 'utf8');
      expect(await run(argv, { cwd: dir })).toEqual(plain);
      expect(await readFile(outside, 'utf8')).toBe(outsideBefore);
    });

    it('a cache folder that links outside the project: nothing is written there, the run is whole', async () => {
      const p = await tempProject();
      const dir = path.join(p.dir, 'project');
      cleanup = p.cleanup;
      await cp(path.join(ROOT, 'playbooks/acme-market'), path.join(dir, 'acme-market'), { recursive: true });
      await mkdir(path.join(p.dir, 'elsewhere'));
      await mkdir(path.join(dir, 'node_modules/.cache'), { recursive: true });
      await symlink(path.join(p.dir, 'elsewhere'), path.join(dir, CACHE));
      const plain = await run(['check', 'acme-market'], { cwd: dir });
      expect(await run(argv, { cwd: dir })).toEqual(plain);
      expect(await readdir(path.join(p.dir, 'elsewhere'))).toEqual([]);
    });

    it('a record copied from another checkout (or committed in a pull request)', async () => {
      const p = await tempProject();
      cleanup = p.cleanup;
      const dir = path.join(p.dir, 'project');
      await cp(path.join(ROOT, 'playbooks/acme-market'), path.join(dir, 'acme-market'), { recursive: true });
      await run(argv, { cwd: dir });
      await poison(dir);
      expect((await run(argv, { cwd: dir })).stdout).toBe(MARK);
      // The same files, cache and all, at the same path — but another folder on the disk: a full run.
      await rename(dir, `${dir}-before`);
      await cp(`${dir}-before`, dir, { recursive: true });
      const there = await run(argv, { cwd: dir });
      expect(there.stdout).not.toBe(MARK);
      expect(there.code).toBe(0);
    });
  });
});

function spyIO(cwd: string): { io: CliIO; out: () => string } {
  let out = '';
  const io: CliIO = {
    stdout: { write: (s: string) => void (out += s), isTTY: false },
    stderr: { write: (s: string) => void (out += s), isTTY: false },
    cwd,
    env: { NO_COLOR: '1' },
  };
  return { io, out: () => out };
}
