/**
 * Engine throughput: complaints per second through `respond` on the example playbooks, against a
 * bare Handlebars render loop over the same templates (the ceiling), and heap use while a long
 * stream of generated complaints goes through (it must not grow with the count).
 */
import path from 'node:path';
import Handlebars from 'handlebars';
import { collectFiles } from '../../src/node/files.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { checkProject } from '../../src/validate/index.js';
import { compileRuntime, respond } from '../../src/engine/index.js';
import { dueAt, earliest, type DueTarget } from '../../src/deadline/index.js';
import type { Complaint, Mention } from '../../src/model/outcome.js';

const now = () => performance.now();

/** Bare Handlebars renders a second on the machine issue 13's engine targets were set on (its table). */
const REFERENCE_CEILING = 880_000;

/** `body` run for about `ms` milliseconds: how many calls, and how many a second. */
function runFor(ms: number, body: () => void): { ops: number; perSecond: number } {
  let ops = 0;
  const start = now();
  let elapsed: number;
  while ((elapsed = now() - start) < ms) {
    for (let i = 0; i < 100; i++) body();
    ops += 100;
  }
  return { ops, perSecond: (ops / elapsed) * 1000 };
}

/**
 * Warm-up bounds: V8 tiers the engine's code up over seconds, not milliseconds (with the trace on,
 * 250 ms windows from a cold start ran at 370, 2,060, 5,240, 8,870, 10,720, 13,450 complaints a
 * second on 2026-12-07), so a fixed 300 ms warm-up measured the first variant of each playbook at
 * about half its steady rate. Warm until two windows in a row agree within 5%, at least 1 s, at
 * most 6 s (a machine whose speed wanders never agrees).
 */
const WARM_MIN_MS = 1000;
const WARM_MAX_MS = 6000;
const WARM_WINDOW_MS = 250;
const WARM_AGREE = 0.05;

function timeLoop(seconds: number, body: () => void): { ops: number; perSecond: number } {
  // Warm up until the JIT has compiled the hot path (see WARM_MIN_MS), then measure for a fixed time.
  const warm = now();
  let last = runFor(WARM_WINDOW_MS, body).perSecond;
  while (now() - warm < WARM_MAX_MS) {
    const rate = runFor(WARM_WINDOW_MS, body).perSecond;
    if (now() - warm >= WARM_MIN_MS && Math.abs(rate - last) <= WARM_AGREE * Math.max(rate, last)) break;
    last = rate;
  }
  return runFor(seconds * 1000, body);
}

function* stream(samples: readonly Complaint[], count: number): Generator<Mention> {
  for (let i = 0; i < count; i++) {
    const s = samples[i % samples.length];
    // A fresh object and text each time, as a real stream would deliver.
    yield { ...s, text: `${s.text} #${i}`, author: { ...s.author } };
  }
}

/**
 * The engine's deadline step, `earliest` (numeric: one parse, strings for the winner only), against
 * the general path it agrees with (`dueAt` on every target, the earliest kept): the floor it must beat.
 */
function benchDeadline(dir: string, rt: ReturnType<typeof compileRuntime>, samples: readonly Complaint[]): string {
  const pb = rt.playbook;
  const cases = samples.map((c, i) => {
    const type = pb.types[i % pb.types.length];
    const targets: DueTarget[] = [{ reason: 'sla', target: pb.sla.firstResponse }];
    if (type?.respondWithin) targets.push({ reason: 'type', target: type.respondWithin });
    for (const e of pb.escalations.slice(0, 1 + (i % 3))) {
      const target = e.respondWithin ?? pb.sla.byPriority[e.priority];
      if (target) targets.push({ reason: e.id, target });
    }
    return { at: c.at, targets };
  });
  const quiet = { explain: false } as const;
  let i = 0;
  const fast = timeLoop(1, () => {
    const c = cases[i++ % cases.length];
    earliest(c.at, c.targets, rt.schedule, quiet);
  });
  const general = timeLoop(1, () => {
    const c = cases[i++ % cases.length];
    let best: number | undefined;
    for (const t of c.targets) {
      const r = dueAt(c.at, t.target, rt.schedule, quiet);
      if (!('error' in r) && (best === undefined || r.dueMs < best)) best = r.dueMs;
    }
  });
  const ratio = fast.perSecond / general.perSecond;
  return (
    `deadline ${dir}: earliest() ${Math.round(fast.perSecond).toLocaleString('en')} deadlines/s, ` +
    `dueAt on every target ${Math.round(general.perSecond).toLocaleString('en')}/s; fast/general = ${ratio.toFixed(2)} ` +
    `(target ≥ 1.2: ${ratio >= 1.2 ? 'met' : 'NOT met'})`
  );
}

export async function benchEngine(root: string): Promise<string[]> {
  const lines: string[] = [];
  const { files } = await collectFiles(await ProjectFs.at(root), [path.join(root, 'playbooks')]);
  const project = checkProject(files);
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const entry of project.playbooks) {
    if (!entry.playbook || entry.complaints.length === 0) continue;
    const rt = compileRuntime(entry.playbook);
    const samples = entry.complaints;
    let i = 0;
    const engine = timeLoop(2, () => {
      respond(rt, samples[i++ % samples.length]);
    });
    const engineNoTrace = timeLoop(1, () => {
      respond(rt, samples[i++ % samples.length], { trace: false });
    });
    // The same with each complaint's time budget on (as `test` runs them): the watchdog's cost.
    const budget = { budget: { ms: 1000, now } };
    const engineBudget = timeLoop(2, () => {
      respond(rt, samples[i++ % samples.length], budget);
    });
    // The ceiling: the same templates rendered by Handlebars alone, with a context of the same shape.
    const hb = Handlebars.create();
    for (const p of entry.playbook.partials.values()) hb.registerPartial(p.id, p.text);
    const compiled = [...entry.playbook.templates.values()].map((t) => hb.compile(t.text, { noEscape: true }));
    hb.registerHelper('greeting', () => 'Добрый день');
    hb.registerHelper('salutation', () => 'Добрый день!');
    hb.registerHelper('name', (n: unknown) => String(n ?? ''));
    hb.registerHelper('dear', (n: unknown) => String(n ?? ''));
    hb.registerHelper('plural', (n: unknown) => String(n));
    hb.registerHelper('formatDate', (d: unknown) => String(d));
    const ctx = {
      author: { name: 'Виктория', followers: 10 },
      brand: 'Brand',
      channel: { id: 'vk', name: 'VK' },
      voice: { id: 'official', name: 'Official', signature: '' },
      type: { id: 'constructive' },
      team: { id: 'support', name: 'Support' },
      due: '2026-03-02T18:00:00+03:00',
      at: '2026-03-02T14:10:00+03:00',
      text: 'text',
      signals: { 'order-number': '12345678' },
    };
    let j = 0;
    const ceiling = timeLoop(1, () => {
      compiled[j++ % compiled.length](ctx);
    });
    const ratio = engine.perSecond / ceiling.perSecond;
    // Issue 13's targets: ≥ 25,000 a second with the trace, ≥ 50,000 without.
    const met = (n: number, target: number) => `target ≥ ${target.toLocaleString('en')}: ${n >= target ? 'met' : 'NOT met'}`;
    // The same targets as ratios to the ceiling measured in this run: on the machine they were set
    // on, bare Handlebars rendered 880,000 a second, so 25,000 was 0.028 of it and 50,000 0.057. A
    // slower machine (this one's speed wanders by 4×) cannot meet the absolute figures; the ratios
    // say whether the engine would.
    const share = (n: number, target: number) => {
      const r = n / ceiling.perSecond;
      const t = target / REFERENCE_CEILING;
      return `${r.toFixed(3)} (target ≥ ${t.toFixed(3)}: ${r >= t ? 'met' : 'NOT met'})`;
    };
    lines.push(
      `engine  ${entry.dir}: ${Math.round(engine.perSecond).toLocaleString('en')} complaints/s with trace (${met(engine.perSecond, 25_000)}), ` +
        `${Math.round(engineNoTrace.perSecond).toLocaleString('en')} without (${met(engineNoTrace.perSecond, 50_000)}), ` +
        `${Math.round(engineBudget.perSecond).toLocaleString('en')} with trace and a time budget; ` +
        `bare Handlebars ${Math.round(ceiling.perSecond).toLocaleString('en')} renders/s; engine/ceiling = ${ratio.toFixed(2)}`,
    );
    lines.push(
      `engine  ${entry.dir} / bare Handlebars, same run: with trace ${share(engine.perSecond, 25_000)}, ` +
        `without ${share(engineNoTrace.perSecond, 50_000)}`,
    );
    lines.push(benchDeadline(entry.dir, rt, samples));
    // Memory: stream many complaints, sampling the heap after GC; it must stay flat.
    const samplesHeap: number[] = [];
    let n = 0;
    for (const m of stream(samples, 200_000)) {
      respond(rt, m);
      if (++n % 50_000 === 0) {
        gc?.();
        samplesHeap.push(process.memoryUsage().heapUsed);
      }
    }
    const growth = (samplesHeap[samplesHeap.length - 1] - samplesHeap[0]) / 1024 / 1024;
    lines.push(
      `memory  ${entry.dir}: heap after 50k/100k/150k/200k streamed complaints: ${samplesHeap.map((b) => `${(b / 1024 / 1024).toFixed(1)} MB`).join(' / ')} ` +
        `(growth ${growth.toFixed(1)} MB${gc ? '' : '; run with --expose-gc for exact numbers'})`,
    );
  }
  return lines;
}
