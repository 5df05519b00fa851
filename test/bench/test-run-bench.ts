/**
 * `test-run` (issue 13): `replybook test` on 100,000 sample complaints, spawned as a user runs it,
 * with complaints/s and peak memory (maxRSS of the child), 20,000 against 100,000 to show memory
 * is flat, and 30 playbooks × 1,000 templates `check` with --jobs 1 against --jobs 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeScaleRepo } from './scale-repo.js';

/** Complaints per file: the generator writes one file, larger than the 2 MB a playbook file may have. */
const PER_FILE = 5000;

async function splitComplaints(folder: string): Promise<void> {
  const file = path.join(folder, 'complaints.yaml');
  const text = await readFile(file, 'utf8');
  const [head, ...items] = text.split('\n  - id: ');
  await rm(file);
  await mkdir(path.join(folder, 'complaints'));
  for (let i = 0; i * PER_FILE < items.length; i++) {
    const part = items.slice(i * PER_FILE, (i + 1) * PER_FILE).map((s) => `  - id: ${s.trimEnd()}`);
    await writeFile(path.join(folder, 'complaints', `part-${String(i).padStart(3, '0')}.yaml`), `${head}\n${part.join('\n')}\n`);
  }
}

/** Runs the built CLI in `cwd`; wall seconds, CPU seconds (user + system), the child's peak resident memory in MB and its last line. */
function cli(root: string, cwd: string, args: string[]): { s: number; cpu: number; mb: number; out: string } {
  const started = performance.now();
  // `/usr/bin/time`'s peak resident set of the child (worker threads included: they share its process) and its CPU time.
  const t = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, path.join(root, 'dist/cli/main.js'), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const s = (performance.now() - started) / 1000;
  const [kb, user, sys] = (t.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { s, cpu: user + sys, mb: kb / 1024, out: t.stdout.trimEnd().split('\n').pop() ?? '' };
}

export async function benchTestRun(root: string): Promise<string[]> {
  const out: string[] = [];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-test-run-'));
  try {
    const floor = cli(root, dir, ['--version']);
    const runs: Record<number, { s: number; cpu: number; mb: number; out: string }> = {};
    for (const n of [20_000, 100_000]) {
      const repo = path.join(dir, `c${n}`);
      const [folder] = await writeScaleRepo(repo, { templates: 100, complaints: n });
      await splitComplaints(folder);
      spawnSync('git', ['init', '-q', repo]);
      // The first local run writes every reply snapshot (Jest's meaning); a team's repository has them
      // committed, so the run measured against the targets is the next one, which compares them.
      const first = cli(root, repo, ['test']);
      runs[n] = cli(root, repo, ['test']);
      const r = runs[n];
      out.push(
        `test, ${n.toLocaleString('en')} complaints (100 templates), snapshots committed: ${r.s.toFixed(1)} s, ${Math.round(n / r.s).toLocaleString('en')} complaints/s end to end, ${Math.round(n / r.cpu).toLocaleString('en')} per CPU second (target ≥ 40,000 per core), peak ${Math.round(r.mb)} MB — ${r.out}`,
        `test, ${n.toLocaleString('en')} complaints, first run writing ${n.toLocaleString('en')} new snapshots: ${first.s.toFixed(1)} s, ${Math.round(n / first.cpu).toLocaleString('en')} per CPU second, peak ${Math.round(first.mb)} MB (no target)`,
      );
    }
    const a = runs[20_000];
    const b = runs[100_000];
    out.push(
      `peak memory 20k → 100k complaints: ${Math.round(a.mb)} → ${Math.round(b.mb)} MB (×${(b.mb / a.mb).toFixed(2)} for ×5 complaints; target ≤ 300 MB, flat); start-up floor ${Math.round(floor.mb)} MB, ${floor.s.toFixed(2)} s`,
    );
    const many = path.join(dir, 'many');
    await writeScaleRepo(many, { templates: 1000, complaints: 0, playbooks: 30 });
    spawnSync('git', ['init', '-q', many]);
    const one = cli(root, many, ['check', '--jobs', '1']);
    const two = cli(root, many, ['check', '--jobs', '2']);
    out.push(
      `check, 30 playbooks × 1,000 templates: --jobs 1 ${one.s.toFixed(1)} s (${Math.round(one.mb)} MB), --jobs 2 ${two.s.toFixed(1)} s (${Math.round(two.mb)} MB): ×${(one.s / two.s).toFixed(2)} faster on ${os.availableParallelism()} cores`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}
