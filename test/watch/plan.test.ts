import { describe, expect, it } from 'vitest';
import { coalesce, filesOfGroup, ownerOf, planRun, playbookDirs, NO_PLAYBOOK } from '../../src/watch/plan.js';

const KNOWN = new Set([
  'pb/a/playbook.yaml',
  'pb/a/templates.yaml',
  'pb/a/complaints/delivery.yaml',
  'pb/b/playbook.yaml',
  'pb/b/types.yaml',
  'pb/stray.yaml',
]);

describe('ownership', () => {
  const dirs = playbookDirs(KNOWN);
  it('finds playbook folders by their playbook.yaml', () => expect([...dirs].sort()).toEqual(['pb/a', 'pb/b']));
  it.each([
    ['pb/a/complaints/delivery.yaml', 'pb/a'],
    ['pb/b/types.yaml', 'pb/b'],
    ['pb/stray.yaml', NO_PLAYBOOK],
  ])('%s belongs to %j', (f, g) => expect(ownerOf(f, dirs)).toBe(g));
  it('handles a playbook at the working folder itself', () => {
    expect(ownerOf('templates.yaml', playbookDirs(['playbook.yaml']))).toBe('.');
    expect(filesOfGroup(['playbook.yaml', 'x/t.yaml', 'other.yaml'], '.')).toEqual(['other.yaml', 'playbook.yaml', 'x/t.yaml']);
  });
});

describe('coalesce', () => {
  it('keeps the last event per path, sorted by path', () => {
    expect(
      coalesce([
        { path: 'pb/a/t.yaml', kind: 'change' },
        { path: 'pb/a/t.yaml', kind: 'unlink' },
        { path: 'pb/a/t.yaml', kind: 'add' },
        { path: 'pb/a/a.yaml', kind: 'change' },
      ]),
    ).toEqual([
      { path: 'pb/a/a.yaml', kind: 'change' },
      { path: 'pb/a/t.yaml', kind: 'add' },
    ]);
  });
});

describe('planRun', () => {
  it('re-reads only the changed file and re-runs only its playbook', () => {
    const plan = planRun(KNOWN, [
      { path: 'pb/a/templates.yaml', kind: 'change' },
      { path: 'pb/a/templates.yaml', kind: 'change' },
    ]);
    expect(plan).toMatchObject({ read: ['pb/a/templates.yaml'], drop: [], rerun: ['pb/a'] });
  });

  it('treats an editor save by unlink + add as one change', () => {
    const plan = planRun(KNOWN, [
      { path: 'pb/b/types.yaml', kind: 'unlink' },
      { path: 'pb/b/types.yaml', kind: 'add' },
    ]);
    expect(plan).toMatchObject({
      read: ['pb/b/types.yaml'],
      drop: [],
      rerun: ['pb/b'],
      changes: [{ path: 'pb/b/types.yaml', kind: 'change' }],
    });
  });

  it('follows a rename across playbooks: forgets the old path, reads the new, re-runs both', () => {
    const plan = planRun(KNOWN, [
      { path: 'pb/a/templates.yaml', kind: 'unlink' },
      { path: 'pb/b/templates.yaml', kind: 'add' },
    ]);
    expect(plan.read).toEqual(['pb/b/templates.yaml']);
    expect(plan.drop).toEqual(['pb/a/templates.yaml']);
    expect(plan.rerun).toEqual(['pb/a', 'pb/b']);
    expect(plan.files).toContain('pb/b/templates.yaml');
    expect(plan.files).not.toContain('pb/a/templates.yaml');
  });

  it('ignores the deletion of a file it never knew', () => {
    expect(planRun(KNOWN, [{ path: 'pb/a/ghost.yaml', kind: 'unlink' }])).toMatchObject({ read: [], drop: [], rerun: [], changes: [] });
  });

  it('moves files to a new playbook when its playbook.yaml appears, and re-runs both sides', () => {
    const known = new Set([...KNOWN, 'pb/a/sub/t.yaml']);
    const plan = planRun(known, [{ path: 'pb/a/sub/playbook.yaml', kind: 'add' }]);
    expect(plan.rerun).toEqual(['pb/a', 'pb/a/sub']);
  });

  it('gives files back to the stray group when a playbook.yaml is deleted', () => {
    const plan = planRun(KNOWN, [{ path: 'pb/b/playbook.yaml', kind: 'unlink' }]);
    expect(plan.rerun).toEqual([NO_PLAYBOOK, 'pb/b']);
  });
});
