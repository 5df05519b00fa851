/**
 * The one file watcher, in-process: its ignore decision as a table, and the real chokidar on a
 * temporary project following exactly the files the file collector reads — the simulator's watcher
 * used to follow files under `coverage/` that `replybook check` never reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../src/node/files.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { ignoredBelow, isWatchedSource, watchFiles, type FileWatch } from '../../src/watch/file-watcher.js';
import type { FileChange } from '../../src/watch/plan.js';

const file = { isFile: () => true, isDirectory: () => false };
const folder = { isFile: () => false, isDirectory: () => true };

describe('what the watcher follows', () => {
  const root = path.resolve('/work/p/.playbooks/shop');
  const at = (rel: string) => path.join(root, ...rel.split('/'));
  const ignored = ignoredBelow([root]);

  it.each([
    ['', folder, false],
    ['templates', folder, false],
    ['node_modules', folder, true],
    ['coverage', folder, true],
    ['.git', folder, true],
    ['dist', undefined, true],
    ['complaints/__replies__', folder, true],
    ['t.yaml', file, false],
    ['t.yaml', undefined, false],
    ['notes.md', file, true],
    ['.t.yaml', file, true],
    ['coverage/x.yaml', file, true],
  ] as const)('below the folder watched, %j (%s) is ignored: %s', (rel, stats, want) =>
    expect(ignored(at(rel), stats === undefined ? undefined : stats)).toBe(want),
  );

  it('judges paths below the folder watched, not the folders above it (a folder given may be hidden)', () => {
    expect(isWatchedSource([root], at('templates/a.yaml'))).toBe(true);
    expect(isWatchedSource([root], at('dist/a.yaml'))).toBe(false);
    expect(isWatchedSource([root], at('readme.md'))).toBe(false);
    expect(isWatchedSource([root], path.resolve('/work/p/other/a.yaml'))).toBe(false);
    expect(ignored(path.resolve('/work/p/.playbooks'))).toBe(false);
  });
});

describe('watchFiles on a real folder', () => {
  let tmp: string;
  let watcher: FileWatch;
  const bursts: FileChange[][] = [];
  const errors: Error[] = [];

  const put = async (rel: string, text = 'x: 1\n') => {
    await mkdir(path.dirname(path.join(tmp, rel)), { recursive: true });
    await writeFile(path.join(tmp, rel), text);
  };

  beforeAll(async () => {
    tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-file-watcher-')));
    for (const rel of [
      'pb/playbook.yaml',
      'pb/templates/a.yml',
      'pb/complaints/delivery.yaml',
      'pb/complaints/__replies__/delivery/late.txt',
      'pb/complaints/__replies__/odd.yaml',
      'pb/node_modules/p/playbook.yaml',
      'pb/coverage/x.yaml',
      'pb/dist/x.yaml',
      'pb/.git/x.yaml',
      'pb/.hidden/x.yaml',
      'pb/.gitlab-ci.yml',
      'pb/notes.md',
      'pb/nested/playbook.yaml',
    ])
      await put(rel);
    watcher = watchFiles({
      roots: [path.join(tmp, 'pb')],
      cwd: tmp,
      debounceMs: 10,
      onChanges: (changes) => void bursts.push(changes),
      onError: (e) => void errors.push(e),
    });
    await watcher.ready;
  });
  afterAll(async () => {
    await watcher?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('follows exactly the files the collector reads', async () => {
    const collected = await collectFiles(await ProjectFs.at(tmp, { cwd: tmp }), ['pb']);
    expect(collected.files.map((f) => f.path).sort()).toEqual([
      'pb/complaints/delivery.yaml',
      'pb/nested/playbook.yaml',
      'pb/playbook.yaml',
      'pb/templates/a.yml',
    ]);
    expect(watcher.files()).toEqual(collected.files.map((f) => f.path).sort());
    expect(collected.roots).toEqual([path.join(tmp, 'pb')]);
  });

  it('watches, for a file given, the playbook it belongs to, or its folder when it is in none', async () => {
    await put('loose/a.yaml');
    const door = await ProjectFs.at(tmp, { cwd: tmp });
    expect((await collectFiles(door, ['pb/templates/a.yml'])).roots).toEqual([path.join(tmp, 'pb')]);
    expect((await collectFiles(door, ['pb/nested/playbook.yaml', 'loose/a.yaml'])).roots).toEqual([
      path.join(tmp, 'loose'),
      path.join(tmp, 'pb/nested'),
    ]);
  });

  it('reports a change to a source and none to a file under a folder never searched', async () => {
    await put('pb/coverage/x.yaml', 'x: 2\n');
    await put('pb/node_modules/p/playbook.yaml', 'x: 2\n');
    await put('pb/templates/a.yml', 'x: 2\n');
    // Waits (bounded) for the burst with the source; the two writes before it would come first.
    for (let i = 0; i < 400 && !bursts.flat().some((c) => c.path === 'pb/templates/a.yml'); i++)
      await new Promise((r) => setTimeout(r, 25));
    await watcher.idle();
    expect(bursts.flat().map((c) => c.path)).toContain('pb/templates/a.yml');
    expect(bursts.flat().filter((c) => c.path !== 'pb/templates/a.yml')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
