/**
 * Start-up (issue 13): `node dist/cli/main.js check` on a tiny playbook against `node -e 0`, the
 * floor of any Node program, measured in the same run and interleaved so the machine's load falls
 * on both alike. Target: check ≤ 3× the floor. And the second run of `check --cache` and
 * `test --cache` on an unchanged copy of it, answered from the cache (src/node/cache.ts): ≤ 1.5×.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { percentile, repoRoot } from './support.js';

const RUNS = 15;
const TARGET = 3;
const CACHED_TARGET = 1.5;

function timeOnce(args: readonly string[], cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${String(r.status)}: ${r.stderr}`);
  return ms;
}

const median = (xs: number[]): number =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** The `startup` section's lines. */
export async function benchStartup(): Promise<string[]> {
  const root = repoRoot();
  const cli = path.join(root, 'dist/cli/main.js');
  const mini = path.join(root, 'test/build/fixtures/mini');
  // A copy outside the repository is a project of its own, with its own cache folder.
  const copy = await mkdtemp(path.join(os.tmpdir(), 'replybook-startup-'));
  await cp(mini, copy, { recursive: true });
  const floor: number[] = [];
  const check: number[] = [];
  const cachedCheck: number[] = [];
  const cachedTest: number[] = [];
  try {
    timeOnce([cli, 'check', mini], root); // warm the file cache
    // The first runs record; every timed one is answered from the cache.
    timeOnce([cli, 'check', '--cache'], copy);
    timeOnce([cli, 'test', '--cache'], copy);
    for (let i = 0; i < RUNS; i++) {
      floor.push(timeOnce(['-e', '0'], root));
      check.push(timeOnce([cli, 'check', mini], root));
      cachedCheck.push(timeOnce([cli, 'check', '--cache'], copy));
      cachedTest.push(timeOnce([cli, 'test', '--cache'], copy));
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
  const f = median(floor);
  const c = median(check);
  const ratio = c / f;
  const cached = (name: string, xs: number[]): string[] => {
    const r = median(xs) / f;
    return [
      `${name} --cache, second run: ${median(xs).toFixed(0)} ms (median of ${RUNS})`,
      `${name} --cache second run / node -e 0: ${r.toFixed(2)}× (target ≤ ${CACHED_TARGET}×: ${r <= CACHED_TARGET ? 'met' : 'NOT met'})`,
    ];
  };
  return [
    `node -e 0: ${f.toFixed(0)} ms (median of ${RUNS})`,
    `check test/build/fixtures/mini: ${c.toFixed(0)} ms (median of ${RUNS})`,
    `check / node -e 0: ${ratio.toFixed(2)}× (target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT met'})`,
    ...cached('check', cachedCheck),
    ...cached('test', cachedTest),
  ];
}
