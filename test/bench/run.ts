/**
 * `npm run bench`: the speed targets, measured on this machine, and the accuracy on the labelled
 * corpus (test/corpus/README.md). Not part of `npm test`.
 *
 *   npm run bench                                  # every section
 *   npm run bench -- --only accuracy --misses      # the corpus alone, listing every miss
 *
 * `--misses` (or REPLYBOOK_BENCH_MISSES=1) lists each miss of the accuracy section: id, expected,
 * got, and why from the trace. `--only a,b` runs the named sections (engine, startup, test-run, watch, lsp, accuracy, …).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEngine } from './engine-bench.js';
import { benchWatch } from './watch-bench.js';
import { benchLsp } from './lsp-bench.js';
import { benchAccuracy } from './accuracy.js';
import { benchStemmers } from './stem-bench.js';
import { benchProfanity } from './profanity-bench.js';
import { benchLimits } from './limits-bench.js';
import { benchTemplate } from './template-bench.js';
import { benchTestRun } from './test-run-bench.js';
import { benchStartup } from './startup-bench.js';
import { benchCheck } from './check-bench.js';
import { benchBacktest } from './backtest-bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function args(argv: readonly string[]): { misses: boolean; only: string[] | null } {
  const misses = argv.includes('--misses') || process.env.REPLYBOOK_BENCH_MISSES === '1';
  const at = argv.indexOf('--only');
  const only = at >= 0 && argv[at + 1] ? argv[at + 1].split(',').map((s) => s.trim()) : null;
  return { misses, only };
}

async function main(): Promise<void> {
  const { misses, only } = args(process.argv.slice(2));
  const sections: Array<[string, string, () => Promise<string[]>]> = [
    ['engine', 'engine', () => benchEngine(root)],
    ['stemmers', 'stemmers', () => benchStemmers()],
    ['template', 'template', async () => benchTemplate()],
    ['startup', 'start-up of check', () => benchStartup()],
    ['limits', 'limits', async () => benchLimits()],
    ['test-run', 'test at scale (100,000 complaints) and playbooks on all cores', () => benchTestRun(root)],
    ['check', 'check at scale', () => benchCheck()],
    ['backtest', 'backtest on a monitoring export (100,000 and 1,000,000 mentions)', () => benchBacktest(root)],
    ['watch', 'watch', () => benchWatch()],
    ['lsp', 'language server', () => benchLsp()],
    ['accuracy', 'accuracy on the corpus', () => benchAccuracy(root, { misses })],
    ['profanity', 'profanity lexicons against obscenity and russian-bad-words', () => benchProfanity()],
  ];
  const unknown = only?.filter((o) => !sections.some(([id]) => id === o)) ?? [];
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; expected ${sections.map(([id]) => id).join(', ')}`);
  for (const [id, name, run] of sections) {
    if (only && !only.includes(id)) continue;
    process.stdout.write(`── ${name}\n`);
    for (const line of await run()) process.stdout.write(`${line}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
