/**
 * `npm run bench` (check): `check` on a repository at a team's scale (issue 13) — 1,000 and 8,000
 * templates, 200 complaints, written by test/bench/scale-repo.ts — against its parse floor: a
 * `yaml.parseDocument` of the same files and one `Handlebars.parse` of each template.
 *
 * Both are timed alike: once, in a child process of their own (so a cache or compiled code one
 * left behind cannot make the other look faster), after the same warm-up (a check and a floor of a
 * 20-template repository), in alternating children, `PAIRS` times; the ratio is of the medians.
 * That is what the CLI does once against what parsing the same files once costs.
 *
 * Beside it, the ratio as this benchmark first measured it: the check once, then in the same
 * process the floor's best of three, warmed by the check before it (the same parser's code
 * compiled). It compares a first check with a third parse, so most of what it shows over the
 * floor is the engine compiling the check's own code — kept for comparison with earlier figures.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { parseDocument } from 'yaml';
import { collectFiles } from '../../src/node/files.js';
import { openProject } from '../../src/node/project-fs.js';
import type { SourceFile } from '../../src/load/source-file.js';
import { checkProject } from '../../src/validate/index.js';
import { writeScaleRepo } from './scale-repo.js';

// 8,000 templates in one templates.yaml is about 5.8 MB, over the 2 MB a playbook file may have
// (MAX_READ_BYTES): `check` refuses it unread. The larger size is therefore eight playbooks of 1,000.
const SIZES: Array<{ templates: number; playbooks: number; target: number }> = [
  { templates: 1_000, playbooks: 1, target: 1.3 },
  { templates: 1_000, playbooks: 8, target: 1.5 },
];
const COMPLAINTS = 200;
const CHILD_FLAG = 'REPLYBOOK_CHECK_BENCH_CHILD';

interface Measured {
  templates: number;
  /** The one timed check, or the one timed floor (`kind`). */
  ms: number;
  /** The floor's best of three after the check, in the check's child. */
  warmFloorMs: number;
  diagnostics: number;
  rssMb: number;
  heapMb: number;
}

const dec = new TextDecoder();
// Decoded before the check runs: the check may reuse the bytes' buffer once it has read them.
const textsOf = (files: readonly SourceFile[]): string[] => files.map((f) => ('bytes' in f ? dec.decode(f.bytes) : ''));

/** The floor: every YAML file parsed to a document, every template text parsed by Handlebars. */
function floor(texts: readonly string[]): number {
  const t0 = performance.now();
  let n = 0;
  for (const text of texts) {
    const doc = parseDocument(text);
    const templates = doc.get('templates') as { items?: Array<{ value?: { get?(k: string): unknown } }> } | undefined;
    for (const pair of templates?.items ?? []) {
      const t = pair.value?.get?.('text');
      if (typeof t === 'string') n += Handlebars.parse(t).body.length;
    }
  }
  const ms = performance.now() - t0;
  if (n === 0) throw new Error('the floor parsed no template');
  return ms;
}

async function filesOf(dir: string): Promise<SourceFile[]> {
  const project = await openProject(dir);
  const { files } = await collectFiles(project, [dir]);
  return files;
}

const PAIRS = 3;

/** In the child: one size, measured: the check (and the warm floor after it) or the floor alone. */
async function measure(templates: number, playbooks: number, kind: 'check' | 'floor'): Promise<Measured> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-check-bench-'));
  try {
    const warm = path.join(dir, 'warm');
    const big = path.join(dir, 'big');
    await writeScaleRepo(warm, { templates: 20, complaints: 20 });
    await writeScaleRepo(big, { templates, complaints: COMPLAINTS, playbooks });
    const warmFiles = await filesOf(warm);
    floor(textsOf(warmFiles));
    checkProject(warmFiles);
    const files = await filesOf(big);
    const texts = textsOf(files);
    (globalThis as { gc?: () => void }).gc?.();
    if (kind === 'floor') {
      const ms = floor(texts);
      return { templates: templates * playbooks, ms, warmFloorMs: NaN, diagnostics: 0, rssMb: NaN, heapMb: NaN };
    }
    const t0 = performance.now();
    const check = checkProject(files);
    const ms = performance.now() - t0;
    const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    let warmFloorMs = Infinity;
    for (let r = 0; r < 3; r++) warmFloorMs = Math.min(warmFloorMs, floor(texts));
    return { templates: templates * playbooks, ms, warmFloorMs, diagnostics: check.diagnostics.length, rssMb, heapMb };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function inChild(templates: number, playbooks: number, kind: 'check' | 'floor'): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [String(templates), String(playbooks), kind], {
      env: { ...process.env, [CHILD_FLAG]: '1' },
      execArgv: ['--expose-gc', ...process.execArgv.filter((a) => a !== '--expose-gc')],
    });
    let got: Measured | null = null;
    child.on('message', (m) => (got = m as Measured));
    child.on('error', reject);
    child.on('exit', (code) => (got ? resolve(got) : reject(new Error(`the check bench child exited with ${code}`))));
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the check benchmarks and returns one report line per size. */
export async function benchCheck(): Promise<string[]> {
  const lines: string[] = [];
  for (const { templates, playbooks, target } of SIZES) {
    const checks: Measured[] = [];
    const floors: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      // Alternating, so the machine's load falls on both alike.
      checks.push(await inChild(templates, playbooks, 'check'));
      floors.push((await inChild(templates, playbooks, 'floor')).ms);
    }
    const m = checks[checks.length - 1];
    const checkMs = median(checks.map((c) => c.ms));
    const floorMs = median(floors);
    const ratio = checkMs / floorMs;
    const sameProcess = median(checks.map((c) => c.ms / c.warmFloorMs));
    lines.push(
      `check   ${m.templates.toLocaleString('en-US')} templates (${playbooks} × ${templates.toLocaleString('en-US')}), ${COMPLAINTS * playbooks} complaints: ${checkMs.toFixed(0)} ms; ` +
        `floor (yaml.parseDocument + Handlebars.parse) ${floorMs.toFixed(0)} ms (each once, in a process of its own, medians of ${PAIRS}); ratio ${ratio.toFixed(2)}× — ` +
        `target ≤ ${target}×: ${ratio <= target ? 'met' : 'NOT met'}; against the floor's best of 3 after the check in its process (the former measure): ${sameProcess.toFixed(2)}×; ` +
        `peak RSS ${m.rssMb.toFixed(0)} MB, heap after check ${m.heapMb.toFixed(0)} MB; ${m.diagnostics} diagnostics`,
    );
  }
  return lines;
}

if (process.env[CHILD_FLAG] === '1' && process.send) {
  measure(Number(process.argv[2]), Number(process.argv[3]), process.argv[4] === 'floor' ? 'floor' : 'check').then(
    (m) => process.send!(m, () => process.exit(0)),
    (e: unknown) => {
      process.stderr.write(`check bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
