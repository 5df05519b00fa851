/**
 * `npm run bench`: how long the language server takes from a one-character didChange to the
 * publishDiagnostics of the edited file, on the example playbooks, over the real stdio protocol.
 * Measured with the debounce off (the server's own work: overlay, re-parse of the changed file,
 * schema, semantic checks, publish for every file of the playbook) — target p95 < 100 ms — and
 * with the default 150 ms debounce, which is what a person typing sees.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../lsp/support/client.js';
import { percentile, repoRoot } from './support.js';

const EDITS = 30;
const TARGET_P95_MS = 100;

/** Latencies (ms) of `EDITS` one-character edits of one file, each followed by its publishDiagnostics. */
async function measure(root: string, ws: string, file: string, debounceMs: number): Promise<number[]> {
  const client = await LspClient.start({ cli: path.join(root, 'dist/cli/main.js'), root: ws, initializationOptions: { debounceMs } });
  try {
    const uri = pathToFileURL(path.join(ws, file)).href;
    const text = await readFile(path.join(ws, file), 'utf8');
    const first = client.waitForDiagnostics(uri);
    await client.open(uri, text);
    await first;
    // Inside the first template text: the tone, vocabulary and length checks all see the change.
    const at = text.indexOf('text:');
    const line = text.slice(0, at).split('\n').length; // the line after `text: |`
    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const insert = i % 2 === 0;
      const range = { start: { line, character: 6 }, end: { line, character: insert ? 6 : 7 } };
      const published = client.waitForDiagnostics(uri);
      const t0 = performance.now();
      await client.edit(uri, range, insert ? 'x' : '');
      await published;
      times.push(performance.now() - t0);
    }
    return times;
  } finally {
    await client.stop();
  }
}

/** Runs the benchmark and returns the report lines. */
export async function benchLsp(): Promise<string[]> {
  const root = repoRoot();
  const ws = await mkdtemp(path.join(os.tmpdir(), 'replybook-lsp-bench-'));
  try {
    await cp(path.join(root, 'playbooks'), path.join(ws, 'playbooks'), { recursive: true });
    await cp(path.join(root, 'schema'), path.join(ws, 'schema'), { recursive: true });
    const lines: string[] = [];
    for (const file of ['playbooks/acme-market/templates/constructive.yaml', 'playbooks/brightbean/templates/constructive.yaml']) {
      const work = (await measure(root, ws, file, 0)).sort((a, b) => a - b);
      const p95 = percentile(work, 95);
      lines.push(
        `lsp didChange → publishDiagnostics, ${file} (${EDITS} edits, no debounce): p50 ${percentile(work, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms — target p95 < ${TARGET_P95_MS} ms ${p95 < TARGET_P95_MS ? 'ok' : 'MISSED'}`,
      );
    }
    const typing = (await measure(root, ws, 'playbooks/acme-market/templates/constructive.yaml', 150)).sort((a, b) => a - b);
    lines.push(
      `lsp with the default 150 ms debounce (what typing sees), acme-market: p50 ${percentile(typing, 50).toFixed(1)} ms, p95 ${percentile(typing, 95).toFixed(1)} ms`,
    );
    return lines;
  } finally {
    await rm(ws, { recursive: true, force: true });
  }
}
