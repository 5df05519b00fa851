/**
 * `backtest` (issue 15): `replybook backtest` on a generated Brand Analytics–style export of
 * 100,000 and 1,000,000 mentions, spawned as a user runs it, with mentions/s per core end to end
 * (reading, decoding, parsing, the engine with the trace off, the figures) and peak memory (the
 * child's maxRSS), the larger against the smaller to show memory is flat in the number of rows.
 * REPLYBOOK_BENCH_BACKTEST_ROWS=200000 makes the larger run smaller.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { exportCsv, generateExport } from './export-generator.js';

/** Rows generated per block: the generator holds one block at a time. */
const BLOCK = 10_000;

/** Writes an export of `rows` rows in blocks of the deterministic generator (block i has seed i). */
async function writeExport(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i * BLOCK < rows; i++) {
    const e = generateExport({ locale: 'ru', count: Math.min(BLOCK, rows - i * BLOCK), seed: 1000 + i });
    let bytes = exportCsv(e, i === 0 ? 'utf-8-bom' : 'utf-8');
    if (i > 0) bytes = bytes.subarray(bytes.indexOf(0x0a) + 1); // the header once
    if (!out.write(bytes)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs the built CLI: wall seconds, CPU seconds (user + system, all threads), peak resident MB and its summary line. */
function cli(root: string, cwd: string, args: string[]): { s: number; cpu: number; mb: number; out: string } {
  const started = performance.now();
  const t = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, path.join(root, 'dist/cli/main.js'), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const s = (performance.now() - started) / 1000;
  const lines = t.stderr.trim().split('\n');
  const [kb, user, sys] = (lines.pop() ?? '').split(' ').map(Number);
  return { s, cpu: user + sys, mb: kb / 1024, out: lines.pop() ?? '' };
}

export async function benchBacktest(root: string): Promise<string[]> {
  const out: string[] = [];
  const big = Number(process.env.REPLYBOOK_BENCH_BACKTEST_ROWS ?? 1_000_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-backtest-bench-'));
  try {
    await cp(path.join(root, 'playbooks/acme-market'), path.join(dir, 'acme-market'), { recursive: true });
    spawnSync('git', ['init', '-q', dir]);
    const runs: Array<{ n: number; s: number; cpu: number; mb: number }> = [];
    for (const n of [100_000, big]) {
      const file = path.join(dir, `export-${n}.csv`);
      await writeExport(file, n);
      const r = cli(root, dir, ['backtest', 'acme-market', '--mentions', file, '--format', 'json', '--jobs', '1']);
      runs.push({ n, ...r });
      out.push(
        `backtest, ${n.toLocaleString('en')} mentions (acme-market, trace off, --jobs 1): ${r.s.toFixed(1)} s wall, ${r.cpu.toFixed(1)} s CPU, ${Math.round(n / r.cpu).toLocaleString('en')} mentions per CPU-second end to end (target ≥ 40,000/s per core; wall ${Math.round(n / r.s).toLocaleString('en')}/s), peak ${Math.round(r.mb)} MB — ${r.out}`,
      );
      // On 2 cores (the default --jobs): this thread reads and adds up, one worker runs the engine.
      const two = cli(root, dir, ['backtest', 'acme-market', '--mentions', file, '--format', 'json', '--jobs', '2']);
      out.push(
        `backtest, ${n.toLocaleString('en')} mentions --jobs 2 (this thread reading, a worker running the engine): ${two.s.toFixed(1)} s wall (×${(r.s / two.s).toFixed(2)} of --jobs 1, ${Math.round(n / two.s).toLocaleString('en')}/s), ${two.cpu.toFixed(1)} s CPU, peak ${Math.round(two.mb)} MB (target ≤ 300 MB) on ${os.availableParallelism()} cores — ${two.out}`,
      );
      await rm(file);
    }
    const [a, b] = runs;
    out.push(
      `peak memory ${a.n.toLocaleString('en')} → ${b.n.toLocaleString('en')} mentions: ${Math.round(a.mb)} → ${Math.round(b.mb)} MB (×${(b.mb / a.mb).toFixed(2)} for ×${(b.n / a.n).toFixed(0)} mentions; target ≤ 300 MB, flat)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}
