import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { cp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { ROOT, run, tempProject } from './helpers.js';
import { poolAvailable } from '../../src/node/pool.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** Both example playbooks, with a broken expectation and a changed snapshot, so failures (and their traces) are in the output. */
async function twoPlaybooksFailing(): Promise<string> {
  const p = await tempProject('acme-market');
  cleanup = p.cleanup;
  await cp(path.join(ROOT, 'playbooks', 'brightbean'), path.join(p.dir, 'brightbean'), { recursive: true });
  const file = path.join(p.dir, 'acme-market/complaints/delivery.yaml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('type: constructive', 'type: systemic'));
  return p.dir;
}

describe('--jobs', () => {
  it('the worker is built, so --jobs 2 below runs in worker threads (npm test builds it first)', () => {
    expect(poolAvailable()).toBe(true);
  });

  it.each([[['test']], [['test', '--reporter', 'json']], [['test', '--reporter', 'junit']], [['test', '--coverage']], [['check']]])(
    '%j on two playbooks: --jobs 1 and --jobs 2 write the same bytes and exit alike',
    async (argv) => {
      const cwd = await twoPlaybooksFailing();
      // The subject is byte equality, not the time budget: a loaded machine must not stop a complaint in one run only.
      const budget = argv[0] === 'test' ? ['--timeout', '60000'] : [];
      const one = await run([...argv, ...budget, '--jobs', '1'], { cwd });
      const two = await run([...argv, ...budget, '--jobs', '2'], { cwd });
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.code).toBe(one.code);
      if (argv[0] === 'test') {
        expect(one.code).toBe(1);
        expect(one.stdout).toContain('systemic');
      }
    },
  );

  it('a playbook error in one group still stops every complaint, as on one core', async () => {
    const cwd = await twoPlaybooksFailing();
    const file = path.join(cwd, 'brightbean/types.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\n  broken: [\n`);
    const one = await run(['test', '--jobs', '1'], { cwd });
    const two = await run(['test', '--jobs', '2'], { cwd });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('so no complaint was run');
    expect(two).toEqual(one);
  });

  it.each([
    [['test'], false],
    [['test', '--coverage'], false],
    [['test', '--reporter', 'junit'], false],
    [['test', '--update'], false],
    [['test'], true],
  ])(
    '%j on one playbook (with a playbook error: %s): its complaint files split between two workers write the same bytes as one core',
    async (argv, broken) => {
      const p = await tempProject('acme-market');
      cleanup = p.cleanup;
      const file = path.join(p.dir, 'acme-market/complaints/traps.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace('type: constructive', 'type: systemic'));
      // The playbook's own error is reported once, not by each worker that checked the playbook.
      const types = path.join(p.dir, 'acme-market/types.yaml');
      if (broken) await writeFile(types, `${await readFile(types, 'utf8')}\nunknown_top_level_key: 1\n`);
      const one = await run([...argv, '--timeout', '60000', '--jobs', '1'], { cwd: p.dir });
      const two = await run([...argv, '--timeout', '60000', '--jobs', '2'], { cwd: p.dir });
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
      expect(two.code).toBe(one.code);
      expect(one.code).toBe(broken ? 2 : 1);
      if (broken) expect(one.stderr.split('unknown_top_level_key').length).toBe(2);
    },
  );

  it('each worker reads its own snapshots: a link outside, an obsolete and a missing one are reported alike on one core and two', async () => {
    const elsewhere = await tempProject();
    const projects: Array<{ cleanup: () => Promise<void> }> = [elsewhere];
    cleanup = async () => {
      for (const x of projects) await x.cleanup();
    };
    const outside = path.join(elsewhere.dir, 'secret.txt');
    await writeFile(outside, 'SECRET-OUTSIDE\n');
    // The same project twice: a run writes the missing snapshot, so each mode gets its own copy.
    const prepared = async (): Promise<string> => {
      const p = await tempProject('acme-market');
      projects.push(p);
      const replies = path.join(p.dir, 'acme-market/complaints/__replies__');
      await rm(path.join(replies, 'delivery/app-tracking.txt'));
      await symlink(outside, path.join(replies, 'delivery/app-tracking.txt'));
      await rm(path.join(replies, 'traps/burned-bonuses.txt'));
      await writeFile(path.join(replies, 'types/no-such-complaint.txt'), 'gone\n');
      return p.dir;
    };
    const local = { CI: undefined, GITHUB_ACTIONS: undefined };
    const one = await run(['test', '--timeout', '60000', '--jobs', '1'], { cwd: await prepared(), env: local });
    const two = await run(['test', '--timeout', '60000', '--jobs', '2'], { cwd: await prepared(), env: local });
    for (const r of [one, two]) {
      expect(r.stdout + r.stderr).not.toContain('SECRET-OUTSIDE');
      expect(r.stdout).toContain('acme-market/complaints/__replies__/delivery/app-tracking.txt');
      expect(r.stderr).toContain('1 new reply snapshot written (commit it): acme-market/complaints/__replies__/traps/burned-bonuses.txt');
      expect(r.stderr).toContain('1 obsolete reply snapshot');
    }
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    expect(one.code).toBe(1);
  });

  it.each(['0', '65', 'two'])('--jobs %s is a usage error', async (n) => {
    const r = await run(['check', 'playbooks', '--jobs', n]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs takes a whole number from 1 to 64');
  });
});
