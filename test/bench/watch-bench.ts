/**
 * `npm run bench`: how long `replybook watch` takes from a file write to the printed report, for
 * one changed file — on the example playbooks and on a generated repository of 500 files. Runs the
 * real front end in-process (chokidar, the file system, the debounce) with stdout captured.
 * Target: p95 ≤ 50 ms (printed with 'ok' or 'MISSED'). And one save of the generated 1,000-template file (`scale-repo.ts`, issue
 * 13), beside the floor measured in the same run: one full parse of that file.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../../src/load/parse-file.js';
import { DEFAULT_DEBOUNCE_MS, startWatch } from '../../src/watch/watcher.js';
import { writeScaleRepo } from './scale-repo.js';
import { percentile, repoRoot } from './support.js';

const ITERATIONS = 40;
const TARGET_P95_MS = 50;

/** Writes a repository of `playbooks` playbooks, `filesPer` files each (templates and complaint files), from the fixture. */
async function generateRepo(dir: string, root: string, playbooks: number, filesPer: number): Promise<string> {
  const fixture = path.join(root, 'test/build/fixtures/mini');
  const head = await readFile(path.join(fixture, 'playbook.yaml'), 'utf8');
  const types = await readFile(path.join(fixture, 'types.yaml'), 'utf8');
  const templateFiles = Math.floor((filesPer - 2) * 0.7);
  const complaintFiles = filesPer - 2 - templateFiles;
  let target = '';
  for (let p = 0; p < playbooks; p++) {
    const pb = path.join(dir, `brand-${String(p).padStart(2, '0')}`);
    await mkdir(path.join(pb, 'templates'), { recursive: true });
    await mkdir(path.join(pb, 'complaints'), { recursive: true });
    await writeFile(path.join(pb, 'playbook.yaml'), head.replace('Мини Маркет', `Бренд ${p}`));
    await writeFile(path.join(pb, 'types.yaml'), types);
    for (let t = 0; t < templateFiles; t++) {
      const type = t % 2 === 0 ? 'constructive' : 'non-constructive';
      await writeFile(
        path.join(pb, 'templates', `t-${String(t).padStart(3, '0')}.yaml`),
        `templates:
  ${type}/variant-${t}:
    description: Вариант ${t}
    when: { type: ${type}, channel: ${t % 3 === 0 ? 'vk' : 'otzovik'}${t === 0 || t === 1 ? '' : `, voice: official, locale: ru`} }
    text: "{{greeting}}, {{name author.name}}! Спасибо, что написали. Вариант ответа номер ${t}: разберёмся и вернёмся с ответом."
`,
      );
    }
    for (let c = 0; c < complaintFiles; c++) {
      await writeFile(
        path.join(pb, 'complaints', `c-${String(c).padStart(3, '0')}.yaml`),
        `complaints:
  - id: order-${c}
    text: Заказ ${c} так и не привезли, курьер не отвечает.
    channel: otzovik
    author: { name: Виктория }
    at: 2026-03-02T10:15:00+03:00
    expect: { type: constructive }
  - id: vague-${c}
    text: Ужасный магазин, вариант ${c}.
    channel: vk
    author: { name: Иван }
    at: 2026-03-02T15:00:00+03:00
    expect: { type: non-constructive }
`,
      );
    }
    if (p === 0) target = path.join(pb, 'templates', 't-001.yaml');
  }
  return target;
}

interface Timing {
  times: number[];
  files: number;
  firstRunMs: number;
  phases: { read: number[]; check: number[]; run: number[] };
}

/** Times `iterations` edits of `file` under a running watch on `dir`: ms from the write to the report. */
async function timeEdits(dir: string, file: string, iterations: number): Promise<Timing> {
  let reports = 0;
  let onReport: (() => void) | null = null;
  const t0 = performance.now();
  const running = await startWatch({
    paths: ['.'],
    cwd: dir,
    root: dir,
    stdout: {
      write: (s: string) => {
        if (s.startsWith('──')) {
          reports++;
          onReport?.();
        }
      },
    },
  });
  if (typeof running === 'string') throw new Error(running);
  const firstRunMs = performance.now() - t0;
  await running.ready;
  await new Promise((r) => setTimeout(r, 200));
  const original = await readFile(file, 'utf8');
  const times: number[] = [];
  const phases = { read: [] as number[], check: [] as number[], run: [] as number[] };
  for (let i = 0; i < iterations; i++) {
    const before = reports;
    const printed = new Promise<void>((resolve) => {
      onReport = () => {
        if (reports > before) resolve();
      };
    });
    const text = original.replace('Спасибо', i % 2 === 0 ? 'Благодарим' : 'Спасибо');
    const start = performance.now();
    await writeFile(file, text);
    await Promise.race([printed, new Promise((r) => setTimeout(r, 5000))]);
    times.push(performance.now() - start);
    const last = running.session.stats.last;
    phases.read.push(last.readMs);
    phases.check.push(last.checkMs);
    phases.run.push(last.runMs);
    await new Promise((r) => setTimeout(r, 40));
  }
  const files = running.session.files().length;
  await running.close();
  return { times, files, firstRunMs, phases };
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

function line(name: string, r: Timing, floor?: { ms: number; what: string }): string {
  const sorted = [...r.times].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  const target = `target p95 ≤ ${TARGET_P95_MS} ms ${p95 <= TARGET_P95_MS ? 'ok' : 'MISSED'}`;
  const verdict = `${floor ? `p95 = ${(p95 / floor.ms).toFixed(2)}× ${floor.what} (${floor.ms.toFixed(1)} ms, same run); ` : ''}${target}`;
  const split = `median split: debounce ${DEFAULT_DEBOUNCE_MS}, read ${median(r.phases.read).toFixed(1)}, check ${median(r.phases.check).toFixed(1)}, run complaints ${median(r.phases.run).toFixed(1)} ms`;
  return `watch ${name} (${r.files} files): write → report p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms over ${r.times.length} edits (first run ${r.firstRunMs.toFixed(0)} ms; ${split}) — ${verdict}`;
}

/** Runs the watch benchmarks and returns one report line per scenario. */
export async function benchWatch(): Promise<string[]> {
  const root = repoRoot();
  const lines: string[] = [];
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'replybook-watch-bench-'));
  try {
    const examples = path.join(tmp, 'examples');
    await cp(path.join(root, 'playbooks'), examples, { recursive: true });
    const exampleFile = path.join(examples, 'acme-market/templates/constructive.yaml');
    lines.push(line('examples', await timeEdits(examples, exampleFile, ITERATIONS)));

    const repo = path.join(tmp, 'repo');
    const target = await generateRepo(repo, root, 10, 50);
    lines.push(line('generated 10×50', await timeEdits(repo, target, ITERATIONS)));

    const big = path.join(tmp, 'big');
    const bigTarget = await generateRepo(big, root, 1, 500);
    lines.push(line('generated 1×500', await timeEdits(big, bigTarget, ITERATIONS)));

    const scale = path.join(tmp, 'scale');
    const [pb] = await writeScaleRepo(scale, { templates: 1000, complaints: 100 });
    const scaleFile = path.join(pb, 'templates.yaml');
    const text = await readFile(scaleFile, 'utf8');
    const parses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      parseText('templates.yaml', `${text} `);
      parses.push(performance.now() - t0);
    }
    const floor = { ms: parses.sort((a, b) => a - b)[2], what: 'one full parse of the file' };
    lines.push(line('1,000-template file', await timeEdits(scale, scaleFile, ITERATIONS), floor));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return lines;
}

// `node dist/test/bench/watch-bench.js` runs it alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchWatch().then(
    (lines) => console.log(lines.join('\n')),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
