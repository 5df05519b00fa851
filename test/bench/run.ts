/** `npm run bench`: the speed targets, measured on this machine. Not part of `npm test`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEngine } from './engine-bench.js';
import { benchWatch } from './watch-bench.js';
import { benchLsp } from './lsp-bench.js';
import { benchLimits } from './limits-bench.js';
import { benchTemplate } from './template-bench.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function main(): Promise<void> {
  const sections: Array<[string, () => Promise<string[]>]> = [
    ['engine', () => benchEngine(root)],
    ['watch', () => benchWatch()],
    ['language server', () => benchLsp()],
    ['template', async () => benchTemplate()],
    ['limits', async () => benchLimits()],
  ];
  for (const [name, run] of sections) {
    process.stdout.write(`── ${name}\n`);
    for (const line of await run()) process.stdout.write(`${line}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
