import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fsp from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { hashArtifacts, sha256Hex, writeDirAtomic, NotABuildFolderError, type AtomicFs } from '../../src/node/write-atomic.js';

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

const OLD = [
  { path: 'manifest.json', content: '{"old":true}\n' },
  { path: 'mini/handbook.md', content: '# old\n' },
  { path: 'mini/replies/a.txt', content: 'old a\n' },
];
const NEW = [
  { path: 'manifest.json', content: '{"new":true}\n' },
  { path: 'mini/handbook.md', content: '# new\n' },
  { path: 'mini/reply-library.json', content: '{}\n' },
  { path: 'mini/replies/b.txt', content: 'new b\n' },
];

/** The real file system, except that the n-th writeFile (1-based) or a chosen rename fails. */
function failingFs(opts: { failWriteAt?: number; failRename?: (from: string, to: string) => boolean }): AtomicFs {
  let writes = 0;
  const real = fsp as unknown as AtomicFs;
  return {
    ...real,
    mkdir: real.mkdir,
    readdir: real.readdir,
    stat: real.stat,
    rm: real.rm,
    async writeFile(p, data) {
      writes++;
      if (writes === opts.failWriteAt) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      await real.writeFile(p, data);
    },
    async rename(from, to) {
      if (opts.failRename?.(from, to)) throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
      await real.rename(from, to);
    },
  };
}

describe('writeDirAtomic', () => {
  it('creates the folder with exactly the files given', async () => {
    const out = path.join(tmp, 'nested', 'out');
    await writeDirAtomic(out, NEW);
    expect(await tree(out)).toEqual(Object.fromEntries(NEW.map((f) => [f.path, f.content])));
    expect(await readdir(path.dirname(out))).toEqual(['out']);
  });

  it('replaces an earlier build whole: stale files go, nothing is left beside it', async () => {
    const out = path.join(tmp, 'out');
    await writeDirAtomic(out, OLD);
    await writeDirAtomic(out, NEW);
    expect(await tree(out)).toEqual(Object.fromEntries(NEW.map((f) => [f.path, f.content])));
    expect(await readdir(tmp)).toEqual(['out']);
  });

  it('leaves the earlier build intact and no temporary folder when a write fails midway', async () => {
    const out = path.join(tmp, 'out');
    await writeDirAtomic(out, OLD);
    await expect(writeDirAtomic(out, NEW, { fs: failingFs({ failWriteAt: 3 }) })).rejects.toThrow(/ENOSPC/);
    expect(await tree(out)).toEqual(Object.fromEntries(OLD.map((f) => [f.path, f.content])));
    expect(await readdir(tmp)).toEqual(['out']);
  });

  it('puts the earlier build back when the new folder cannot be renamed in', async () => {
    const out = path.join(tmp, 'out');
    await writeDirAtomic(out, OLD);
    await expect(writeDirAtomic(out, NEW, { fs: failingFs({ failRename: (from, to) => to === out && from.includes('.tmp-') }) })).rejects.toThrow(/EXDEV/);
    // old → aside succeeds, new → out fails, and the old build is renamed back
    expect(await tree(out)).toEqual(Object.fromEntries(OLD.map((f) => [f.path, f.content])));
    expect(await readdir(tmp)).toEqual(['out']);
  });

  it('names the temporary folder DIR.tmp-<pid>-<random> beside DIR', async () => {
    const out = path.join(tmp, 'out');
    const seen: string[] = [];
    const real = fsp as unknown as AtomicFs;
    await writeDirAtomic(out, NEW, { pid: 4242, random: () => 'abcd', fs: { ...real, mkdir: async (p, o) => { seen.push(p); return real.mkdir(p, o); } } });
    expect(seen).toContain(`${out}.tmp-4242-abcd`);
  });

  it('refuses to replace a folder that is not an earlier build', async () => {
    const out = path.join(tmp, 'src');
    await mkdir(out);
    await writeFile(path.join(out, 'precious.ts'), 'keep me');
    await expect(writeDirAtomic(out, NEW)).rejects.toBeInstanceOf(NotABuildFolderError);
    expect(await tree(out)).toEqual({ 'precious.ts': 'keep me' });
  });

  it('removes temporary folders of builds that were killed, but not of running ones', async () => {
    const out = path.join(tmp, 'out');
    await mkdir(`${out}.tmp-999999-dead`, { recursive: true });
    await mkdir(`${out}.tmp-1-0a1b`, { recursive: true });
    await writeDirAtomic(out, NEW, { isAlive: (pid) => pid === 1 });
    expect((await readdir(tmp)).sort()).toEqual(['out', 'out.tmp-1-0a1b']);
  });

  it('refuses artifact paths that leave the folder', async () => {
    await expect(writeDirAtomic(path.join(tmp, 'out'), [{ path: '../evil.txt', content: 'x' }])).rejects.toThrow(/inside the output folder/);
    expect(await readdir(tmp)).toEqual([]);
  });
});

describe('hashes', () => {
  it('are sha256 of the UTF-8 bytes', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashArtifacts([{ path: 'a', content: 'абв' }]).get('a')).toBe(sha256Hex(Buffer.from('абв', 'utf8').toString()));
    expect(sha256Hex('абв')).not.toBe(sha256Hex('абг'));
  });
});
