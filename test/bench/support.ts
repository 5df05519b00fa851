/** What the benchmarks share: where the repository is, and percentiles. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The replybook repository (the folder of its package.json), from the sources or from dist/. */
export function repoRoot(): string {
  let d = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(d, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'replybook') return d;
    const up = path.dirname(d);
    if (up === d) throw new Error('replybook package.json not found above the benchmark');
    d = up;
  }
}

/** The p-th percentile (nearest rank) of ascending numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
