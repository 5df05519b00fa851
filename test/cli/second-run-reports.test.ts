/**
 * The reports that print whole outcomes — `test --format json` every one, the human report each
 * failure's trace — are written as a second run of the complaint files makes them, one at a time
 * (issue 13): the first run keeps only what the other reports read. Each must be, byte for byte,
 * what it is of a run that kept every outcome whole: failures, new snapshots, a file report, two cores.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/node/files.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { readSnapshots } from '../../src/node/snapshots.js';
import { formatTestJson, type JsonTestRun } from '../../src/report/test-json.js';
import { formatTestHuman } from '../../src/report/test-human.js';
import { formatJunitTestRun } from '../../src/report/junit.js';
import { planTestRun } from '../../src/test-run/index.js';
import { ROOT, run, tempProject } from './helpers.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** acme-market with a broken expectation, a changed snapshot and a missing one. */
async function failing(): Promise<string> {
  const p = await tempProject('acme-market');
  cleanup = p.cleanup;
  const file = path.join(p.dir, 'acme-market/complaints/delivery.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace('type: constructive', 'type: systemic'));
  const replies = path.join(p.dir, 'acme-market/complaints/__replies__/traps');
  const [first, second] = (await readdir(replies)).sort();
  await writeFile(path.join(replies, first), 'a reply the team changed\n');
  await rm(path.join(replies, second));
  return p.dir;
}

/** A run that keeps every outcome whole, in process (what the reports were written from before). */
async function keptWhole(cwd: string, ci: boolean) {
  const door = await ProjectFs.at(cwd, { cwd });
  const { files } = await collectFiles(door, []);
  const out = await planTestRun(files).run([], {
    keep: 'all',
    compareSnapshots: true,
    newSnapshots: ci ? 'fail' : 'write',
    snapshotsOf: (file) => readSnapshots(door, [file]),
    budget: { ms: 60_000, now: () => performance.now() },
  });
  return out;
}

describe('test --format json', () => {
  it.each([
    ['under CI (a missing snapshot fails)', ['--ci'], true],
    ['on a local run (a missing snapshot is written)', ['--no-ci'], false],
  ])('%s: the report is the bytes of a run that kept every outcome', async (_, flags, ci) => {
    const cwd = await failing();
    const want = formatTestJson(await keptWhole(cwd, ci));
    const got = await run(['test', '--format', 'json', '--timeout', '60000', ...flags], { cwd });
    expect(got.code).toBe(1);
    expect(got.stdout).toBe(want);
    const report = JSON.parse(got.stdout) as JsonTestRun;
    expect(report.failed).toBeGreaterThanOrEqual(2);
    expect(report.results.filter((r) => !r.passed)).toHaveLength(report.failed);
    // Every outcome whole: passing ones carry their trace too.
    expect(report.results.every((r) => r.outcome.trace.length > 0)).toBe(true);
  });

  it('to a file beside another report, on two cores: the same bytes as to standard output', async () => {
    const cwd = await failing();
    await cp(path.join(ROOT, 'playbooks', 'brightbean'), path.join(cwd, 'brightbean'), { recursive: true });
    const stdout = await run(['test', '--format', 'json', '--timeout', '60000', '--ci', '--jobs', '1'], { cwd });
    const both = await run(
      ['test', '--format', 'json', '-o', 'out/report.json', '--format', 'human', '--timeout', '60000', '--ci', '--jobs', '2'],
      { cwd },
    );
    expect(both.code).toBe(stdout.code);
    expect(await readFile(path.join(cwd, 'out/report.json'), 'utf8')).toBe(stdout.stdout);
    expect(both.stdout).toContain('failed');
  });
});

describe('test (the human report) with failures', () => {
  it.each([
    ['under CI', ['--ci'], true, '1'],
    ['on a local run', ['--no-ci'], false, '1'],
    ['on two cores', ['--ci'], true, '2'],
  ])('%s: each failure with its trace, the bytes of a run that kept every outcome', async (_, flags, ci, jobs) => {
    const cwd = await failing();
    const whole = await keptWhole(cwd, ci);
    const got = await run(['test', '--timeout', '60000', '--jobs', jobs, ...flags], { cwd });
    expect(got.code).toBe(1);
    expect(got.stdout).toBe(formatTestHuman(whole, { color: false }));
    expect(got.stdout).toContain('trace:');
    expect(whole.failed).toBeGreaterThanOrEqual(2);
  });
});

/**
 * JUnit prints every reply, from what the one run kept of each passing complaint (a slim outcome
 * with its reply, shared by equal ones), written in pieces: the bytes of a run that kept every outcome.
 */
describe('test --format junit', () => {
  it.each([
    ['under CI', ['--ci'], true],
    ['on a local run', ['--no-ci'], false],
  ])('%s: the report is the bytes of a run that kept every outcome', async (_, flags, ci) => {
    const cwd = await failing();
    const want = formatJunitTestRun(await keptWhole(cwd, ci));
    const got = await run(['test', '--format', 'junit', '--timeout', '60000', ...flags], { cwd });
    expect(got.code).toBe(1);
    expect(got.stdout).toBe(want);
    expect(got.stdout).toContain('<failure');
    expect(got.stdout.match(/<system-out>/g)?.length).toBeGreaterThan(20);
  });

  it('to a file, on two cores: the same bytes as to standard output on one', async () => {
    const cwd = await failing();
    await cp(path.join(ROOT, 'playbooks', 'brightbean'), path.join(cwd, 'brightbean'), { recursive: true });
    const stdout = await run(['test', '--format', 'junit', '--timeout', '60000', '--ci', '--jobs', '1'], { cwd });
    const file = await run(['test', '--format', 'junit', '-o', 'out/junit.xml', '--timeout', '60000', '--ci', '--jobs', '2'], { cwd });
    expect(file.code).toBe(stdout.code);
    expect(await readFile(path.join(cwd, 'out/junit.xml'), 'utf8')).toBe(stdout.stdout);
  });
});
