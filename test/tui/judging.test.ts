/**
 * The simulator judges sample complaints as `replybook test` does (src/test-run/judge.ts): a missing
 * reply snapshot passes locally and fails under CI, a changed one fails, and the configuration's rule
 * settings apply — the same "N passed, N failed" for the same playbook.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI, ensureDist } from '../build/support/dist.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { loadAndRunPlaybook } from '../../src/tui/effects/load-and-run-playbook.js';

const PLAYBOOK = `replybook: 1
brand: Mini
locale: en
timezone: Europe/London
channels:
  x: { name: X, limit: 280, unit: twitter }
types:
  complaint: { fallback: true }
templates:
  complaint/default:
    when: { type: complaint }
    text: "{{salutation author.name}} Thanks for telling us. We will look into it."
`;
const COMPLAINTS = `complaints:
  - id: late
    text: My order is late
    channel: x
    author: { name: Ann }
    at: 2026-03-09T12:10:00+00:00
    expect: { type: complaint }
  - id: broken
    text: It broke
    channel: x
    author: { name: Bob }
    at: 2026-03-09T12:10:00+00:00
    expect: { type: complaint }
`;

let root = '';
beforeAll(ensureDist, 180_000);
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'replybook-sim-judging-'));
  await mkdir(path.join(root, 'pb', 'complaints', '__replies__', 'complaints'), { recursive: true });
  await writeFile(path.join(root, 'pb', 'playbook.yaml'), PLAYBOOK);
  await writeFile(path.join(root, 'pb', 'complaints', 'complaints.yaml'), COMPLAINTS);
  // `late` has a snapshot that is no longer the reply; `broken` has none.
  await writeFile(path.join(root, 'pb', 'complaints', '__replies__', 'complaints', 'late.txt'), 'An old reply.\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function simCounts(ci: boolean) {
  const loaded = await loadAndRunPlaybook('pb', await ProjectFs.at(root), undefined, { ci });
  return { passed: loaded.samples.filter((s) => s.passed).length, failed: loaded.samples.filter((s) => !s.passed).length, loaded };
}

/** `replybook test`'s last line on the same folder (it writes nothing under CI; locally it writes the missing snapshot, so it runs last). */
function testLine(ci: boolean): Promise<string> {
  const env = { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '', CI: ci ? 'true' : '' };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'test', 'pb', '--jobs', '1'], { cwd: root, env }, (_e, stdout) => {
      resolve(stdout.trimEnd().split('\n').pop() ?? '');
    });
  });
}

describe('the simulator judges samples as test does', () => {
  it.each([false, true])('under CI: %s', async (ci) => {
    const sim = await simCounts(ci);
    const late = sim.loaded.samples.find((s) => s.id === 'late')!;
    expect(late.passed).toBe(false);
    expect(late.failures.map((f) => f.field)).toContain('snapshot');
    expect(sim.loaded.samples.find((s) => s.id === 'broken')!.passed).toBe(!ci);
    expect(await testLine(ci)).toBe(`${sim.passed} passed, ${sim.failed} failed`);
  });
});
