import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../../src/load/source-file.js';
import { poolAvailable, runInWorkers, testGroups } from '../../src/node/pool.js';
import { performTask, type PoolTask, type TestGroupResult } from '../../src/node/pool-task.js';
import { reviveResults } from '../../src/test-run/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function filesOf(dir: string, under = ''): SourceFile[] {
  return readdirSync(path.join(dir, under)).flatMap((name) => {
    const rel = under ? `${under}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) return filesOf(dir, rel);
    return [{ path: rel, bytes: new Uint8Array(readFileSync(path.join(dir, rel))) }];
  });
}

const task = (files: SourceFile[], quiet: string[] = []): PoolTask => ({
  kind: 'test',
  files,
  options: { keep: 'failures', compareSnapshots: true },
  coverage: true,
  quiet,
});

describe.runIf(poolAvailable())('the pool', () => {
  // What the command line reads of a project: its YAML files (snapshots are read on their own).
  const files = filesOf(path.join(ROOT, 'playbooks')).filter((f) => f.path.startsWith('acme-market/') && f.path.endsWith('.yaml'));

  it('splits one playbook by its complaint files, in reading order, the later groups quiet about the playbook', () => {
    const groups = testGroups(files, 2);
    expect(groups).toHaveLength(2);
    const complaints = groups.map((g) => g.files.filter((f) => f.path.startsWith('acme-market/complaints/')).map((f) => f.path));
    expect(complaints.flat()).toEqual(
      files
        .filter((f) => /^acme-market\/complaints\/[^/]+\.yaml$/.test(f.path))
        .map((f) => f.path)
        .sort(),
    );
    expect(groups.map((g) => g.quiet)).toEqual([[], ['acme-market']]);
    expect(groups.every((g) => g.files.some((f) => f.path === 'acme-market/playbook.yaml'))).toBe(true);
  });

  it('runs the first group in this thread and the others in workers, the answers in group order as one thread gives them', async () => {
    const groups = testGroups(files, 2);
    const alone = await Promise.all(groups.map((g) => performTask(task([...g.files], g.quiet)) as Promise<TestGroupResult>));
    const answers = await runInWorkers<TestGroupResult>(groups.map((g) => task([...g.files], g.quiet)));
    const seen = (list: TestGroupResult[]) =>
      list.map((a) => ({ passed: a.run.passed, failed: a.run.failed, results: reviveResults(a.run.results).map((r) => [r.id, r.passed]) }));
    expect(answers).toHaveLength(2);
    expect(seen(answers)).toEqual(seen(alone));
    expect(answers.every((a) => a.run.passed > 0)).toBe(true);
  });

  it('runs a worker that outgrows its bounded heap again without the bound, with the same answer', async () => {
    // The second group is a worker's (the first runs in this thread, unbounded).
    const [, free] = await runInWorkers<TestGroupResult>([task([...files]), task([...files])]);
    const [, bounded] = await runInWorkers<TestGroupResult>([task([...files]), task([...files])], { oldMb: 1, youngMb: 1 });
    expect(free.run.passed).toBeGreaterThan(0);
    expect(bounded).toEqual(free);
  });

  it('says a failure of the group this thread runs, and of a group a worker runs', async () => {
    const broken = { ...task([...files]), options: null } as unknown as PoolTask;
    await expect(runInWorkers([broken, task([...files])])).rejects.toThrow();
    await expect(runInWorkers([task([...files]), broken])).rejects.toThrow();
  });
});
