import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, mkdir, writeFile, symlink, lstat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { manifestText } from '../../src/build/manifest.js';
import { nodeFs, type RawFs } from '../../src/node/project-fs.js';
import {
  hashArtifacts,
  inspectBuildFolder,
  recoverKilledBuild,
  sha256Hex,
  writeDirAtomic,
  NotABuildFolderError,
} from '../../src/node/write-atomic.js';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'replybook-atomic-'));
});
afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      const abs = path.join(e.parentPath, e.name);
      out[path.relative(dir, abs).split(path.sep).join('/')] = await readFile(abs, 'utf8');
    }
  }
  return out;
}

/** A build's files with a real manifest (marker and list), as `replybook build` writes them. */
function build(tag: string, artifacts: Record<string, string>): Array<{ path: string; content: string }> {
  const files = Object.entries(artifacts).map(([p, c]) => ({ path: p, content: c }));
  const manifest = manifestText({
    version: tag,
    source: null,
    hashes: hashArtifacts(files),
    playbooks: [],
    tests: { passed: 0, failed: 0 },
    allowFailingTests: false,
  });
  return [...files, { path: 'manifest.json', content: manifest }];
}

const OLD = build('old', { 'mini/handbook.md': '# old\n', 'mini/replies/a.txt': 'old a\n' });
const NEW = build('new', { 'mini/handbook.md': '# new\n', 'mini/reply-library.json': '{}\n', 'mini/replies/b.txt': 'new b\n' });
const NEWER = build('newer', { 'other/handbook.md': '# newer\n' });
const asTree = (files: Array<{ path: string; content: string }>) => Object.fromEntries(files.map((f) => [f.path, f.content]));
const dead = () => false;

/** The real file system, except that the n-th writeNew (1-based) or a chosen rename fails. */
function failingFs(opts: { failWriteAt?: number; failRename?: (from: string, to: string) => boolean }): RawFs {
  let writes = 0;
  return {
    ...nodeFs,
    async writeNew(p, data) {
      writes++;
      if (writes === opts.failWriteAt) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await nodeFs.writeNew(p, data);
    },
    async rename(from, to) {
      if (opts.failRename?.(from, to)) throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
      await nodeFs.rename(from, to);
    },
  };
}

const MUTATING = ['mkdir', 'writeNew', 'rename', 'unlink', 'rmdir'] as const;

/**
 * The real file system, but the n-th change to the disk (1-based) never happens and never
 * returns: the process was killed just before that step. `stopped` resolves when it is reached.
 */
function killedBefore(n: number): { fs: RawFs; stopped: Promise<string>; count: () => number } {
  let steps = 0;
  let stop!: (step: string) => void;
  const stopped = new Promise<string>((r) => (stop = r));
  const fs: RawFs = { ...nodeFs };
  for (const name of MUTATING) {
    const real = nodeFs[name] as (...a: unknown[]) => Promise<void>;
    (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      steps++;
      if (steps === n) {
        stop(`${name} ${args.map((a) => (typeof a === 'string' ? path.basename(a) : '…')).join(' ')}`);
        return new Promise<void>(() => undefined);
      }
      return real(...args);
    };
  }
  return { fs, stopped, count: () => steps };
}

describe('writeDirAtomic', () => {
  it('creates the folder with exactly the files given', async () => {
    const out = path.join(tmp, 'nested', 'out');
    await writeDirAtomic(out, NEW);
    expect(await tree(out)).toEqual(asTree(NEW));
    expect(await readdir(path.dirname(out))).toEqual(['out']);
  });

  it('replaces an earlier build whole: stale files go, nothing is left beside it', async () => {
    const out = path.join(tmp, 'out');
    await writeDirAtomic(out, OLD);
    await writeDirAtomic(out, NEW);
    expect(await tree(out)).toEqual(asTree(NEW));
    expect(await readdir(tmp)).toEqual(['out']);
  });

  it('replaces an empty folder', async () => {
    const out = path.join(tmp, 'out');
    await mkdir(out);
    await writeDirAtomic(out, NEW);
    expect(await tree(out)).toEqual(asTree(NEW));
  });

  it('leaves the earlier build intact and no temporary folder when a write fails midway', async () => {
    const out = path.join(tmp, 'out');
    await writeDirAtomic(out, OLD);
    await expect(writeDirAtomic(out, NEW, { fs: failingFs({ failWriteAt: 3 }) })).rejects.toThrow(/ENOSPC/);
    expect(await tree(out)).toEqual(asTree(OLD));
    expect(await readdir(tmp)).toEqual(['out']);
  });

  it('puts the earlier build back when the new folder cannot be renamed in', async () => {
    const out = path.join(tmp, 'out');
    await writeDirAtomic(out, OLD);
    await expect(
      writeDirAtomic(out, NEW, { fs: failingFs({ failRename: (from, to) => to === out && from.includes('.tmp-') }) }),
    ).rejects.toThrow(/EXDEV/);
    // old → aside succeeds, new → out fails, and the old build is renamed back
    expect(await tree(out)).toEqual(asTree(OLD));
    expect(await readdir(tmp)).toEqual(['out']);
  });

  it('names the temporary folder DIR.tmp-<pid>-<random> beside DIR', async () => {
    const out = path.join(tmp, 'out');
    const seen: string[] = [];
    await writeDirAtomic(out, NEW, {
      pid: 4242,
      random: () => 'abcd',
      fs: {
        ...nodeFs,
        mkdir: async (p) => {
          seen.push(p);
          return nodeFs.mkdir(p);
        },
      },
    });
    expect(seen).toContain(`${out}.tmp-4242-abcd`);
  });

  it('refuses artifact paths that leave the folder', async () => {
    await expect(writeDirAtomic(path.join(tmp, 'out'), [{ path: '../evil.txt', content: 'x' }])).rejects.toThrow(
      /inside the output folder/,
    );
    await expect(writeDirAtomic(path.join(tmp, 'out'), [{ path: '/etc/evil.txt', content: 'x' }])).rejects.toThrow(
      /inside the output folder/,
    );
    expect(await readdir(tmp)).toEqual([]);
  });
});

describe('only a folder replybook made is replaced', () => {
  const refusals: Array<[string, (out: string) => Promise<void>, RegExp]> = [
    [
      'a source folder (no manifest.json)',
      async (out) => {
        await mkdir(out);
        await writeFile(path.join(out, 'precious.ts'), 'keep me');
      },
      /not a replybook build: it has no manifest\.json, and precious\.ts is not replybook's/,
    ],
    [
      'a manifest.json another tool wrote',
      async (out) => {
        await mkdir(out);
        await writeFile(path.join(out, 'manifest.json'), '{"name":"x","artifacts":{}}');
        await writeFile(path.join(out, 'a.txt'), 'keep');
      },
      /its manifest\.json is not one replybook wrote/,
    ],
    [
      'a manifest.json that is not JSON',
      async (out) => {
        await mkdir(out);
        await writeFile(path.join(out, 'manifest.json'), 'not json');
      },
      /its manifest\.json is not one replybook wrote/,
    ],
    [
      'a manifest listing a path that leaves the folder',
      async (out) => {
        await mkdir(out);
        await writeFile(path.join(out, 'manifest.json'), JSON.stringify({ format: 'replybook/build-manifest', artifacts: { '../x': {} } }));
      },
      /not one replybook wrote/,
    ],
    [
      'a file its manifest does not list',
      async (out) => {
        await writeDirAtomic(out, OLD);
        await writeFile(path.join(out, 'mini/notes.txt'), 'mine');
      },
      /mini\/notes\.txt is not replybook's \(its manifest\.json does not list it\)/,
    ],
    [
      'a folder its manifest does not list',
      async (out) => {
        await writeDirAtomic(out, OLD);
        await mkdir(path.join(out, 'src'));
      },
      /src\/ is not replybook's/,
    ],
    [
      'a symbolic link inside',
      async (out) => {
        await writeDirAtomic(out, OLD);
        await rm(path.join(out, 'mini/replies/a.txt'));
        await symlink('/etc/hostname', path.join(out, 'mini/replies/a.txt'));
      },
      /mini\/replies\/a\.txt is a symbolic link/,
    ],
    [
      'a file at DIR',
      async (out) => {
        await writeFile(out, 'a file');
      },
      /exists and is not a folder/,
    ],
  ];
  it.each(refusals)('refuses %s and changes nothing', async (_name, make, message) => {
    const out = path.join(tmp, 'out');
    await make(out);
    const before = (await lstat(out)).isDirectory() ? await tree(out) : await readFile(out, 'utf8');
    const err = await writeDirAtomic(out, NEW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotABuildFolderError);
    expect((err as Error).message).toMatch(message);
    expect((await lstat(out)).isDirectory() ? await tree(out) : await readFile(out, 'utf8')).toEqual(before);
    expect((await readdir(tmp)).sort()).toEqual(['out']);
  });

  it('inspectBuildFolder lists what a build holds, and null where nothing is', async () => {
    const out = path.join(tmp, 'out');
    expect(await inspectBuildFolder(nodeFs, out)).toBeNull();
    await writeDirAtomic(out, OLD);
    const c = await inspectBuildFolder(nodeFs, out);
    expect(c?.files.sort()).toEqual(['manifest.json', 'mini/handbook.md', 'mini/replies/a.txt']);
    expect(c?.folders.sort()).toEqual(['mini', 'mini/replies']);
  });
});

describe('a build killed at any step loses no build', () => {
  /** How many changes to the disk a replacing build makes (measured, so the test follows the code). */
  async function stepsOfAReplacement(): Promise<number> {
    const out = path.join(tmp, 'count', 'out');
    await writeDirAtomic(out, OLD);
    const counter = killedBefore(Number.POSITIVE_INFINITY);
    await writeDirAtomic(out, NEW, { fs: counter.fs });
    await rm(path.join(tmp, 'count'), { recursive: true, force: true });
    return counter.count();
  }

  it('finds the previous build or the new one whole after a kill before each step, and then builds', async () => {
    const total = await stepsOfAReplacement();
    expect(total).toBeGreaterThan(10);
    const seen: string[] = [];
    for (let n = 1; n <= total; n++) {
      const base = path.join(tmp, `kill-${n}`);
      const out = path.join(base, 'out');
      await writeDirAtomic(out, OLD, { pid: 111 });
      const killed = killedBefore(n);
      void writeDirAtomic(out, NEW, { fs: killed.fs, pid: 222, random: () => 'beef' });
      seen.push(await killed.stopped);
      // A fresh run: the killed process (222) is dead.
      await recoverKilledBuild(out, { isAlive: dead });
      const now = await tree(out);
      expect([asTree(OLD), asTree(NEW)], `killed before step ${n} (${seen[n - 1]})`).toContainEqual(now);
      expect(await readdir(base), `leftovers after step ${n}`).toEqual(['out']);
      // …and the next build replaces it as usual.
      await writeDirAtomic(out, NEWER, { isAlive: dead });
      expect(await tree(out)).toEqual(asTree(NEWER));
      expect(await readdir(base)).toEqual(['out']);
    }
    // The moment with no DIR was among the steps: the kill between the two renames.
    expect(seen).toContain('rename out.tmp-222-beef out');
  });

  it('restores the set-aside build when DIR is missing (the old code deleted it)', async () => {
    const out = path.join(tmp, 'out');
    await writeDirAtomic(out, OLD);
    const killed = killedBefore(Number.POSITIVE_INFINITY);
    // Stop exactly between the renames: DIR renamed aside, the new folder not yet in.
    const fs: RawFs = { ...killed.fs, rename: (from, to) => (to === out ? new Promise(() => undefined) : nodeFs.rename(from, to)) };
    void writeDirAtomic(out, NEW, { fs, pid: 333, random: () => 'cafe' });
    for (let i = 0; i < 200 && (await readdir(tmp)).includes('out'); i++) await new Promise((r) => setTimeout(r, 5));
    expect((await readdir(tmp)).sort()).toEqual(['out.old-333-cafe', 'out.tmp-333-cafe']);
    expect(await recoverKilledBuild(out, { isAlive: dead })).toBe('out.old-333-cafe');
    expect(await tree(out)).toEqual(asTree(OLD));
    expect(await readdir(tmp)).toEqual(['out']);
  });

  it('leaves leftovers of running builds alone, and folders its manifests do not prove its own', async () => {
    const out = path.join(tmp, 'out');
    await mkdir(`${out}.tmp-1-0a1b`, { recursive: true });
    await writeFile(`${out}.tmp-1-0a1b/x`, 'running build');
    await mkdir(`${out}.old-999999-dead`, { recursive: true });
    await writeFile(`${out}.old-999999-dead/precious.txt`, 'not a build');
    await writeDirAtomic(out, NEW, { isAlive: (pid) => pid === 1 });
    expect((await readdir(tmp)).sort()).toEqual(['out', 'out.old-999999-dead', 'out.tmp-1-0a1b']);
    expect(await readFile(`${out}.old-999999-dead/precious.txt`, 'utf8')).toBe('not a build');
  });
});

describe('hashes', () => {
  it('are sha256 of the UTF-8 bytes', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashArtifacts([{ path: 'a', content: 'абв' }]).get('a')).toBe(sha256Hex(Buffer.from('абв', 'utf8').toString()));
    expect(sha256Hex('абв')).not.toBe(sha256Hex('абг'));
  });
});
