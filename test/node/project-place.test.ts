import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectPlace, openProjectAt } from '../../src/node/project-fs.js';
import { openConfiguredProject } from '../../src/node/project-config.js';

describe('the project a path belongs to', () => {
  let root = '';
  beforeAll(async () => {
    root = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-place-')));
    // repo/ is a git repository; repo/team/ has its own configuration; plain/ is neither.
    await mkdir(path.join(root, 'repo', '.git'), { recursive: true });
    await mkdir(path.join(root, 'repo', 'team', 'playbooks', 'support'), { recursive: true });
    await mkdir(path.join(root, 'repo', 'other', 'pb'), { recursive: true });
    await writeFile(path.join(root, 'repo', 'team', 'replybook.config.yaml'), 'rules: { tone/avoid: warn }\n');
    await mkdir(path.join(root, 'plain', 'pb'), { recursive: true });
    await writeFile(path.join(root, 'plain', 'pb', 'playbook.yaml'), 'replybook: 1\n');
    await mkdir(path.join(root, 'elsewhere'), { recursive: true });
    await symlink(path.join(root, 'repo', 'team'), path.join(root, 'plain', 'linked'));
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('is the folder of the nearest configuration file above the path', async () => {
    expect(await findProjectPlace(path.join(root, 'repo', 'team', 'playbooks', 'support'))).toEqual({
      root: path.join(root, 'repo', 'team'),
      configFile: path.join(root, 'repo', 'team', 'replybook.config.yaml'),
      via: 'config',
    });
  });

  it('else the top of the git repository', async () => {
    expect(await findProjectPlace(path.join(root, 'repo', 'other', 'pb'))).toEqual({
      root: path.join(root, 'repo'),
      configFile: null,
      via: 'git',
    });
  });

  it("else the path's own folder (a file's folder) — outside any git repository", async () => {
    const place = await findProjectPlace(path.join(root, 'plain', 'pb', 'playbook.yaml'));
    // The temporary folder may itself lie inside a repository; then that is the answer.
    if (place.via === 'folder') expect(place.root).toBe(path.join(root, 'plain', 'pb'));
    else expect(root.startsWith(place.root)).toBe(true);
  });

  it('a path given that is a link is not followed to find the root', async () => {
    const place = await findProjectPlace(path.join(root, 'plain', 'linked'));
    expect(place.configFile).toBeNull();
    expect(place.root).not.toBe(path.join(root, 'repo', 'team'));
  });

  it('is found from the path, not the working folder', async () => {
    const { door, configFile } = await openProjectAt(path.join(root, 'elsewhere'), { target: '../repo/team/playbooks' });
    expect(door.root).toBe(path.join(root, 'repo', 'team'));
    expect(configFile).toBe(path.join(root, 'repo', 'team', 'replybook.config.yaml'));
    expect(door.show(path.join(root, 'repo', 'team', 'playbooks'))).toBe('../repo/team/playbooks');
  });

  it('reads the configuration through the door, with rule settings for the checkers', async () => {
    const p = await openConfiguredProject(path.join(root, 'elsewhere'), { target: path.join(root, 'repo', 'team') });
    expect(p.diagnostics).toEqual([]);
    expect(p.config.file).toBe('../repo/team/replybook.config.yaml');
    expect(p.ruleSettings).toEqual({
      rules: { 'tone/avoid': { level: 'warn' } },
      overrides: [],
      root: path.join(root, 'repo', 'team'),
      cwd: path.join(root, 'elsewhere'),
    });
  });
});
