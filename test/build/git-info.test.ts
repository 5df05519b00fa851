import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gitInfo } from '../../src/node/git-info.js';

let repo: string;
let outside: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  }).trim();

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'replybook-git-'));
  outside = await mkdtemp(path.join(os.tmpdir(), 'replybook-nogit-'));
  git('init', '-q');
  await mkdir(path.join(repo, 'playbooks/mini'), { recursive: true });
  await writeFile(path.join(repo, 'playbooks/mini/playbook.yaml'), 'replybook: 1\n');
  git('add', '.');
  git('commit', '-q', '-m', 'init');
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('gitInfo', () => {
  it('gives HEAD and a clean tree after a commit', async () => {
    expect(await gitInfo(repo, ['playbooks/mini'])).toEqual({ commit: git('rev-parse', 'HEAD'), dirty: false });
  });

  it('counts only the sources as dirty: a build folder elsewhere in the tree does not', async () => {
    await writeFile(path.join(repo, 'out.json'), '{}');
    expect((await gitInfo(repo, ['playbooks/mini']))?.dirty).toBe(false);
    expect((await gitInfo(repo))?.dirty).toBe(true);
    await rm(path.join(repo, 'out.json'));
  });

  it('is dirty when a source has uncommitted changes', async () => {
    await writeFile(path.join(repo, 'playbooks/mini/playbook.yaml'), 'replybook: 1\nbrand: x\n');
    expect((await gitInfo(repo, ['playbooks/mini']))?.dirty).toBe(true);
  });

  it('is null outside git', async () => {
    expect(await gitInfo(outside)).toBeNull();
  });
});
