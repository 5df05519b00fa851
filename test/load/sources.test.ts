import { describe, expect, it } from 'vitest';
import {
  isComplaintFile,
  isPassedOver,
  isPlaybookFile,
  isSearchedFolder,
  isSnapshotName,
  isSourceName,
  isSourcePath,
  NEVER_SEARCHED,
  playbookDirOf,
  playbookDirs,
  playbookFileOf,
  snapshotFolder,
  snapshotPath,
} from '../../src/load/sources.js';

describe('the folders never searched', () => {
  it.each([
    ['templates', true],
    ['complaints', true],
    ['шаблоны', true],
    ['node_modules', false],
    ['.git', false],
    ['dist', false],
    ['coverage', false],
    ['__replies__', false],
    ['.github', false],
    ['.hidden', false],
    ['distribution', true],
  ])('%s is searched: %s', (name, want) => expect(isSearchedFolder(name)).toBe(want));

  it('names the snapshot folder among them', () =>
    expect([...NEVER_SEARCHED].sort()).toEqual(['.git', '__replies__', 'coverage', 'dist', 'node_modules']));
});

describe('playbook sources', () => {
  it.each([
    ['templates.yaml', true],
    ['templates.yml', true],
    ['TEMPLATES.YAML', true],
    ['шаблоны.yaml', true],
    ['notes.md', false],
    ['x.txt', false],
    ['.hidden.yaml', false],
    ['.gitlab-ci.yml', false],
    ['.#playbook.yaml', false],
    ['.templates.yaml.swp', false],
    ['playbook.yaml~', false],
  ])('a file named %s is a source: %s', (name, want) => expect(isSourceName(name)).toBe(want));

  it.each([
    ['pb/a/templates.yaml', true],
    ['pb/a/templates.yml', true],
    ['./pb/a/t.yaml', true],
    ['../other/playbook.yaml', true],
    ['pb\\a\\t.yaml', true],
    ['pb/a/notes.md', false],
    ['pb/a/complaints/__replies__/delivery/x.txt', false],
    ['pb/a/complaints/__replies__/x.yaml', false],
    ['node_modules/x/playbook.yaml', false],
    ['pb/node_modules/x/playbook.yaml', false],
    ['pb/coverage/x.yaml', false],
    ['pb/dist/x.yaml', false],
    ['pb/.git/config.yaml', false],
    ['pb/.github/workflows/ci.yml', false],
    ['pb/a/.templates.yaml.swp', false],
    ['pb/a/.hidden.yaml', false],
  ])('%s is a source: %s', (p, want) => expect(isSourcePath(p)).toBe(want));

  it.each([
    ['pb/node_modules', 'folder', true],
    ['pb/node_modules', undefined, true],
    ['pb/templates', 'folder', false],
    ['pb/templates', undefined, false],
    ['pb/.cache', undefined, true],
    ['pb/t.yaml', 'file', false],
    ['pb/t.yaml', undefined, false],
    ['pb/readme.md', 'file', true],
    ['pb/.t.yaml', 'file', true],
    ['pb/dist/t.yaml', 'file', true],
    ['pb/dist/t.yaml', undefined, true],
  ] as const)('a walk passes over %s (%s): %s', (rel, kind, want) => expect(isPassedOver(rel, kind)).toBe(want));

  it.each(['pb/a/t.yaml', 'pb/a/readme.md', 'pb/coverage/t.yaml', 'pb/.hidden.yaml', 'x/__replies__/c/a.txt'])(
    'passes over exactly the files that are not sources: %s',
    (p) => expect(isPassedOver(p, 'file')).toBe(!isSourcePath(p)),
  );
});

describe('playbooks and their files', () => {
  it.each([
    ['pb/playbook.yaml', true],
    ['playbook.yaml', true],
    ['pb/playbook.yml', false],
    ['pb/Playbook.yaml', false],
    ['pb/my-playbook.yaml', false],
  ])('%s makes its folder a playbook: %s', (p, want) => expect(isPlaybookFile(p)).toBe(want));

  it.each([
    ['.', 'playbook.yaml'],
    ['', 'playbook.yaml'],
    ['playbooks/shop', 'playbooks/shop/playbook.yaml'],
  ])('the playbook file of %j is %s', (dir, want) => expect(playbookFileOf(dir)).toBe(want));

  const dirs = playbookDirs(['pb/a/playbook.yaml', 'pb/a/t.yaml', 'pb/b/playbook.yaml', 'pb/c/playbook.yml', 'playbook.yaml']);
  it('finds playbook folders by their playbook.yaml only', () => expect([...dirs].sort()).toEqual(['.', 'pb/a', 'pb/b']));
  it.each([
    ['pb/a/complaints/delivery.yaml', 'pb/a'],
    ['pb/a/playbook.yaml', 'pb/a'],
    ['pb/b/types.yaml', 'pb/b'],
    ['pb/c/t.yaml', '.'],
    ['t.yaml', '.'],
  ])('%s belongs to %j', (f, want) => expect(playbookDirOf(f, dirs)).toBe(want));
  it.each([
    ['pb/stray.yaml', null],
    ['../other/t.yaml', null],
  ])('%s belongs to no playbook without one above it', (f, want) => expect(playbookDirOf(f, new Set(['pb/a']))).toBe(want));
  it('climbs from a folder outside the working folder to its own playbook', () =>
    expect(playbookDirOf('../other/x/t.yaml', new Set(['../other']))).toBe('../other'));

  it.each([
    ['pb/complaints.yaml', 'pb', true],
    ['pb/delivery.complaints.yml', 'pb', true],
    ['pb/complaints/delivery.yaml', 'pb', true],
    ['pb/complaints/ru/жалобы.yaml', 'pb', true],
    ['complaints/a.yaml', '.', true],
    ['pb/templates.yaml', 'pb', false],
    ['complaints/pb/templates.yaml', 'complaints/pb', false],
  ])('%s in playbook %s is a complaint file: %s', (p, dir, want) => expect(isComplaintFile(p, dir)).toBe(want));
});

describe('reply snapshots', () => {
  it.each([
    ['pb/complaints/delivery.yaml', 'pb/complaints/__replies__/delivery'],
    ['pb/complaints.yml', 'pb/__replies__/complaints'],
    ['complaints.yaml', '__replies__/complaints'],
  ])('the snapshots of %s are in %s', (file, want) => expect(snapshotFolder(file)).toBe(want));

  it.each([
    ['pb/complaints.yaml', 'late-1', 'pb/__replies__/complaints/late-1.txt'],
    ['pb/complaints.yaml', 'опоздание №1', 'pb/__replies__/complaints/опоздание_1.txt'],
    ['pb/complaints.yaml', '../../etc', 'pb/__replies__/complaints/.._.._etc.txt'],
  ])('the snapshot of %s#%s is %s', (file, id, want) => expect(snapshotPath(file, id)).toBe(want));

  it('puts every snapshot in its folder, never in a source', () => {
    const p = snapshotPath('pb/complaints/delivery.yaml', 'x');
    expect(p.startsWith(`${snapshotFolder('pb/complaints/delivery.yaml')}/`)).toBe(true);
    expect(isSourcePath(p)).toBe(false);
    expect(isSnapshotName(p)).toBe(true);
  });
  it.each([
    ['a.txt', true],
    ['a.yaml', false],
    ['a.txt.bak', false],
  ])('%s is a snapshot: %s', (name, want) => expect(isSnapshotName(name)).toBe(want));
});
