import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryTop } from '../../src/node/project-fs.js';

describe('repositoryTop: the git top folder without a git process', () => {
  let root = '';
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('finds the nearest folder with a .git folder or file, and null outside git', async () => {
    root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-top-')));
    const repo = path.join(root, 'repo');
    const worktree = path.join(repo, 'nested', 'wt');
    await mkdir(path.join(repo, '.git'), { recursive: true });
    await mkdir(path.join(worktree, 'playbooks', 'support'), { recursive: true });
    await writeFile(path.join(worktree, '.git'), 'gitdir: ../../.git/worktrees/wt\n');
    await mkdir(path.join(root, 'plain', 'deep'), { recursive: true });

    expect(await repositoryTop(path.join(repo, 'nested'))).toBe(repo);
    expect(await repositoryTop(repo)).toBe(repo);
    expect(await repositoryTop(path.join(worktree, 'playbooks', 'support'))).toBe(worktree);
    expect(await repositoryTop(path.join(root, 'missing'))).toBeNull();
    // The temporary folder may itself lie inside a repository; then that is the answer, as git's.
    const outside = await repositoryTop(path.join(root, 'plain', 'deep'));
    expect(outside === null || !outside.startsWith(root)).toBe(true);
  });
});
