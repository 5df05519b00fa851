import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isGitTreeError, parseLsTree, readBlobs, readGitTree, selectTreeFiles, type GitTree } from '../../src/node/git-tree.js';

const entry = (file: string) => ({ mode: '100644', type: 'blob', oid: 'a'.repeat(40), size: 1, file });

describe('parseLsTree', () => {
  it('reads `git ls-tree -r -z -l` records, paths with spaces and tabs intact', () => {
    const out = Buffer.from(
      `100644 blob ${'a'.repeat(40)}     120\tplaybooks/a b\tc.yaml\u0000120000 blob ${'b'.repeat(40)}      7\tlink.yaml\u0000160000 commit ${'c'.repeat(40)}       -\tsub\u0000`,
    );
    expect(parseLsTree(out)).toEqual([
      { mode: '100644', type: 'blob', oid: 'a'.repeat(40), size: 120, file: 'playbooks/a b\tc.yaml' },
      { mode: '120000', type: 'blob', oid: 'b'.repeat(40), size: 7, file: 'link.yaml' },
      { mode: '160000', type: 'commit', oid: 'c'.repeat(40), size: null, file: 'sub' },
    ]);
  });
});

describe('selectTreeFiles', () => {
  const tree = [
    'README.md',
    'playbooks/shop/playbook.yaml',
    'playbooks/shop/templates/a.yml',
    'playbooks/shop/complaints/x.yaml',
    'playbooks/shop/__replies__/x/v.txt',
    'playbooks/shop/node_modules/p.yaml',
    'playbooks/shop/.hidden/h.yaml',
    'playbooks/other/playbook.yaml',
  ].map(entry);
  const files = (given: string[]) => selectTreeFiles(tree, given).map((e) => e.file);

  it('takes the YAML files under a folder, skipping the folders the working-tree walk skips', () => {
    expect(files(['playbooks/shop'])).toEqual([
      'playbooks/shop/complaints/x.yaml',
      'playbooks/shop/playbook.yaml',
      'playbooks/shop/templates/a.yml',
    ]);
  });

  it('brings in the rest of the playbook for a file given alone', () => {
    expect(files(['playbooks/shop/templates/a.yml'])).toEqual(files(['playbooks/shop']));
  });

  it('takes everything for the top folder and nothing for a path that is not there', () => {
    expect(files([''])).toHaveLength(4);
    expect(files(['playbooks/new'])).toEqual([]);
  });
});

describe('readGitTree', () => {
  let repo: string;
  let commit: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const read = async (ref: string, paths: string[], cwd = repo): Promise<GitTree> => {
    const r = await readGitTree(ref, paths, cwd);
    if (isGitTreeError(r)) throw new Error(r.message);
    return r;
  };
  const text = (t: GitTree) =>
    Object.fromEntries(t.files.map((f) => [f.path, 'bytes' in f ? Buffer.from(f.bytes).toString('utf8') : `!${f.error}`]));

  beforeAll(async () => {
    repo = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-git-tree-')));
    git('init', '-q');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    await mkdir(path.join(repo, 'playbooks/shop/complaints'), { recursive: true });
    await writeFile(path.join(repo, 'playbooks/shop/playbook.yaml'), 'brand: Лавка\n');
    await writeFile(path.join(repo, 'playbooks/shop/complaints/a.yaml'), 'complaints: []\n');
    await writeFile(path.join(repo, 'playbooks/shop/big.yaml'), 'x'.repeat(5000));
    git('add', '.');
    git('commit', '-qm', 'base');
    commit = git('rev-parse', 'HEAD');
    // The working tree and the index move on; the revision must still be read as committed.
    await writeFile(path.join(repo, 'playbooks/shop/playbook.yaml'), 'brand: Новая лавка\n');
    git('add', '.');
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('reads the files as committed, not as in the working tree or the index', async () => {
    const t = await read('HEAD', ['playbooks']);
    expect(t.commit).toBe(commit);
    expect(t.root).toBe(repo);
    expect(text(t)['playbooks/shop/playbook.yaml']).toBe('brand: Лавка\n');
    expect(Object.keys(text(t))).toEqual(['playbooks/shop/big.yaml', 'playbooks/shop/complaints/a.yaml', 'playbooks/shop/playbook.yaml']);
    expect(git('diff', '--cached', '--name-only')).toBe('playbooks/shop/playbook.yaml');
  });

  it('gives paths relative to the working directory, like the working tree reader', async () => {
    const t = await read(commit.slice(0, 10), ['shop/complaints/a.yaml'], path.join(repo, 'playbooks'));
    expect(Object.keys(text(t))).toEqual(['shop/big.yaml', 'shop/complaints/a.yaml', 'shop/playbook.yaml']);
  });

  it('reads nothing for a path that did not exist yet', async () => {
    expect((await read('HEAD', ['playbooks/new'])).files).toEqual([]);
  });

  it('keeps at most the read bound of a blob', async () => {
    const oid = git('rev-parse', 'HEAD:playbooks/shop/big.yaml');
    const small = git('rev-parse', 'HEAD:playbooks/shop/complaints/a.yaml');
    const blobs = await readBlobs([oid, small], repo, 100);
    if (isGitTreeError(blobs)) throw new Error(blobs.message);
    expect(blobs.get(oid)?.length).toBe(100);
    expect(Buffer.from(blobs.get(small)!).toString()).toBe('complaints: []\n');
  });

  it.each([
    ['no-such-branch', 'unknown-revision', /unknown revision `no-such-branch`/],
    ['--output=/tmp/x', 'unknown-revision', /is not a git revision/],
  ])('refuses the revision %s', async (ref, kind, message) => {
    const r = await readGitTree(ref, ['playbooks'], repo);
    expect(isGitTreeError(r) && r.kind).toBe(kind);
    expect(isGitTreeError(r) && r.message).toMatch(message);
  });

  it('refuses a path outside the repository and a folder outside any repository', async () => {
    const r = await readGitTree('HEAD', ['../elsewhere'], repo);
    expect(isGitTreeError(r) && r.kind).toBe('outside-repository');
    const outside = await mkdtemp(path.join(os.tmpdir(), 'replybook-no-git-'));
    try {
      const n = await readGitTree('HEAD', [], outside);
      expect(isGitTreeError(n) && n.kind).toBe('not-a-repository');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe('readGitTree and calendar files', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('reads the calendar files the playbooks named at that revision, as the working tree reader does', async () => {
    repo = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-git-calendar-')));
    git('init', '-q');
    git('config', 'user.name', 'Test');
    git('config', 'user.email', 'test@example.com');
    await mkdir(path.join(repo, 'pb/calendars'), { recursive: true });
    await writeFile(path.join(repo, 'pb/playbook.yaml'), 'schedule:\n  calendar_files: [calendars/2027.json, gone.xml]\n');
    await writeFile(path.join(repo, 'pb/calendars/2027.json'), '{"year": 2027, "days": []}');
    git('add', '.');
    git('commit', '-qm', 'base');
    await writeFile(path.join(repo, 'pb/calendars/2027.json'), 'changed since');
    const t = await readGitTree('HEAD', ['pb'], repo);
    if (isGitTreeError(t)) throw new Error(t.message);
    const files = Object.fromEntries(t.files.map((f) => [f.path, 'bytes' in f ? Buffer.from(f.bytes).toString('utf8') : `!${f.error}`]));
    // The missing one is left out: the checker reports it at its reference.
    expect(files).toEqual({
      'pb/playbook.yaml': 'schedule:\n  calendar_files: [calendars/2027.json, gone.xml]\n',
      'pb/calendars/2027.json': '{"year": 2027, "days": []}',
    });
  });
});
