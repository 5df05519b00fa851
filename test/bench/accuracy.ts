/**
 * Accuracy on the labelled corpus (test/corpus/README.md): each reference playbook is loaded
 * through the library, each labelled complaint goes through `respond`, and only counters are kept
 * (a complaint's outcome is dropped as soon as it is compared). Prints type accuracy with per-type
 * precision and recall, signal recall (and false fires where labels are complete), the traps, the
 * names, and — from test/corpus/profanity — profanity recall and the false-positive rate. With
 * `misses`, every miss is written as it happens: id, expected, got, and why from the trace.
 */
import path from 'node:path';
import { loadPlaybook, type LoadedPlaybook } from '../../src/node/load-playbook.js';
import { respond } from '../../src/engine/index.js';
import type { Outcome } from '../../src/model/outcome.js';
import { BUILTIN_SIGNALS } from '../../src/classify/signals.js';
import {
  COMPLETE_SIGNALS,
  CORPUS_DIR,
  LABELLED_SIGNALS,
  readCorpus,
  REFERENCE_PLAYBOOKS,
  TRAPS,
  type LabelledComplaint,
  type ReferencePlaybook,
} from './corpus.js';
import { readList, type ListedForm } from '../corpus/profanity/lists.js';

export interface AccuracyOptions {
  /** Write each miss (id, expected, got, why) as it happens. */
  misses?: boolean;
  /** Where misses go (default: stdout). */
  write?: (line: string) => void;
}

interface Confusion {
  tp: number;
  fp: number;
  fn: number;
}

interface SignalCount {
  /** complaints labelled with the signal */
  labelled: number;
  /** of those, fired with the value expected (or at all, for `true`) */
  found: number;
  /** of those, fired with another value */
  otherValue: number;
  /** complaints not labelled with a complete signal */
  negatives: number;
  /** of those, fired anyway */
  falseFires: number;
}

interface Tally {
  complaints: number;
  typeRight: number;
  allRight: number;
  confusion: Map<string, Confusion>;
  signals: Map<string, SignalCount>;
  traps: Map<string, { n: number; right: number }>;
  names: { n: number; right: number };
}

const newTally = (): Tally => ({
  complaints: 0,
  typeRight: 0,
  allRight: 0,
  confusion: new Map(),
  signals: new Map(LABELLED_SIGNALS.map((s) => [s, { labelled: 0, found: 0, otherValue: 0, negatives: 0, falseFires: 0 }])),
  traps: new Map(),
  names: { n: 0, right: 0 },
});

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const ratio = (a: number, b: number): string => `${a}/${b} ${pct(a, b)}`.padEnd(16);
const confusionOf = (t: Tally, type: string): Confusion => {
  let c = t.confusion.get(type);
  if (!c) t.confusion.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
  return c;
};

/** An order or ticket number as compared: without `№`, `#`, spaces, case. */
const orderKey = (v: string): string => v.replace(/[№#\s]/gu, '').toLowerCase();

/** The part of a display name a reply could leak: the name without braces and markup. */
const nameCore = (name: string): string =>
  name
    .replace(/<[^<>]*>/gu, ' ')
    .replace(/[{}<>]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** The trace's reason for a type decision: the winner's step, and the expected type's. */
function typeWhy(o: Outcome, expected: string): string {
  const steps = o.trace.filter((s) => s.stage === 'classify');
  const won = steps.find((s) => s.ok)?.message ?? 'no type matched';
  const exp = steps.find((s) => s.message.startsWith(`type \`${expected}\``));
  return `${won}; ${exp ? exp.message : `\`${expected}\` was not tried (a type before it matched, or it is the fallback)`}`;
}

/** Compares one outcome with its labels, counts, and returns what was wrong (empty: all right). */
function compare(c: LabelledComplaint, o: Outcome, t: Tally, typeIds: readonly string[]): string[] {
  const wrong: string[] = [];
  t.complaints++;
  if (o.type === c.type) {
    t.typeRight++;
    confusionOf(t, c.type).tp++;
  } else {
    confusionOf(t, c.type).fn++;
    if (typeIds.includes(o.type)) confusionOf(t, o.type).fp++;
    wrong.push(`type: expected \`${c.type}\`, got \`${o.type || '(none)'}\` — ${typeWhy(o, c.type)}`);
  }
  for (const id of LABELLED_SIGNALS) {
    const count = t.signals.get(id)!;
    const want = c.signals[id];
    const got = o.signals[id];
    if (want !== undefined) {
      count.labelled++;
      if (got === undefined) wrong.push(`signal \`${id}\`: expected ${want === true ? 'to fire' : `«${want}»`}, did not fire`);
      else if (want === true || orderKey(got) === orderKey(want)) count.found++;
      else {
        count.otherValue++;
        wrong.push(`signal \`${id}\`: expected «${want}», got «${got}»`);
      }
    } else if ((COMPLETE_SIGNALS as readonly string[]).includes(id)) {
      count.negatives++;
      if (got !== undefined) {
        count.falseFires++;
        wrong.push(`signal \`${id}\`: fired on «${got}», expected not to`);
      }
    }
  }
  if (c.name !== undefined && o.reply !== null) {
    t.names.n++;
    const reply = o.reply.toLowerCase();
    const raw = c.mention.author.name ?? '';
    const leaked =
      c.name === false && (reply.includes(raw.toLowerCase()) || (nameCore(raw) !== '' && reply.includes(nameCore(raw).toLowerCase())));
    const missing = typeof c.name === 'string' && !o.reply.includes(c.name);
    if (leaked || missing) {
      const first = o.reply.split('\n')[0];
      wrong.push(
        c.name === false
          ? `name: «${raw}» is not a name, the reply greets «${first}»`
          : `name: expected «${c.name}», the reply greets «${first}»`,
      );
    } else t.names.right++;
  }
  if (wrong.length === 0) t.allRight++;
  for (const trap of c.traps) {
    let tr = t.traps.get(trap);
    if (!tr) t.traps.set(trap, (tr = { n: 0, right: 0 }));
    tr.n++;
    if (wrong.length === 0) tr.right++;
  }
  return wrong;
}

function report(name: string, t: Tally, typeIds: readonly string[], known: ReadonlySet<string>): string[] {
  const lines = [
    `accuracy ${name}: types ${t.typeRight}/${t.complaints} right (${pct(t.typeRight, t.complaints)}); every label right ${t.allRight}/${t.complaints} (${pct(t.allRight, t.complaints)})`,
    `  ${'type'.padEnd(18)}${'precision'.padEnd(18)}${'recall'.padEnd(18)}`,
  ];
  for (const id of typeIds) {
    const c = t.confusion.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    lines.push(`  ${id.padEnd(18)}${ratio(c.tp, c.tp + c.fp)}  ${ratio(c.tp, c.tp + c.fn)}`);
  }
  lines.push(`  ${'signal'.padEnd(18)}${'recall'.padEnd(18)}${'other value'.padEnd(14)}false fires (where labels are complete)`);
  for (const [id, s] of t.signals) {
    if (s.labelled === 0 && s.negatives === 0) continue;
    const complete = (COMPLETE_SIGNALS as readonly string[]).includes(id);
    const absent = known.has(id) ? '' : '   (no such signal in this engine or playbook)';
    lines.push(
      `  ${id.padEnd(18)}${ratio(s.found, s.labelled)}  ${String(s.otherValue).padEnd(14)}${complete ? ratio(s.falseFires, s.negatives) : '—'}${absent}`,
    );
  }
  const traps = Object.keys(TRAPS).filter((k) => t.traps.has(k));
  if (traps.length) {
    lines.push(
      `  traps (complaints with every label right): ` + traps.map((k) => `${k} ${t.traps.get(k)!.right}/${t.traps.get(k)!.n}`).join(', '),
    );
  }
  if (t.names.n) lines.push(`  names greeted as labelled: ${t.names.right}/${t.names.n} (${pct(t.names.right, t.names.n)})`);
  return lines;
}

/** Short sentences a profane or innocent form is put in, by the script of the form. */
const FRAMES = {
  ru: ['Заказ опять задержали, {w}.', '{w} — вот что я думаю о вашей доставке'],
  en: ['My order is late again, {w}.', '{w} — that is what I think of your support'],
} as const;

const flagged = (o: Outcome): boolean => o.type === 'profanity' || o.actions.includes('hide');

/** Profanity recall or the false-positive rate over one list: each form in every frame of its script. */
function runList(
  list: ListedForm[],
  playbooks: Map<ReferencePlaybook, LoadedPlaybook>,
  profane: boolean,
  miss: (line: string) => void,
): { n: number; hits: number; byScript: Record<'ru' | 'en', [number, number]> } {
  let hits = 0;
  const byScript: Record<'ru' | 'en', [number, number]> = { ru: [0, 0], en: [0, 0] };
  for (const { form, section, line } of list) {
    const script = /\p{Script=Cyrillic}/u.test(form) ? 'ru' : 'en';
    const rt = playbooks.get(script === 'ru' ? 'ru-retailer' : 'en-electronics')!;
    const results = FRAMES[script].map((f) => {
      const text = f.replace('{w}', () => form);
      return { text, hit: flagged(respond(rt, { text, channel: 'email', author: {}, at: '2026-03-03T12:00:00+03:00' }, { trace: false })) };
    });
    // A profane form is caught when every sentence with it is hidden; an innocent one is a false positive when any is.
    const hit = profane ? results.every((r) => r.hit) : results.some((r) => r.hit);
    byScript[script][1]++;
    if (hit) {
      hits++;
      byScript[script][0]++;
    }
    if (hit === profane) continue;
    const bad = results.filter((r) => r.hit !== profane).map((r) => `«${r.text}»`);
    miss(
      `miss  ${profane ? 'profane' : 'innocent'}.txt:${line} «${form}» (${section || 'no section'}): ${profane ? 'not hidden in' : 'hidden in'} ${bad.join(', ')}`,
    );
  }
  return { n: list.length, hits, byScript };
}

/** Runs the corpus and the profanity lists; returns the summary lines. */
export async function benchAccuracy(root: string, options: AccuracyOptions = {}): Promise<string[]> {
  const write = options.write ?? ((l: string) => process.stdout.write(`${l}\n`));
  const miss = options.misses ? write : () => {};
  const playbooks = new Map<ReferencePlaybook, LoadedPlaybook>();
  for (const id of REFERENCE_PLAYBOOKS) playbooks.set(id, await loadPlaybook(path.join(root, CORPUS_DIR, 'playbooks', id), { cwd: root }));
  const tallies = new Map<ReferencePlaybook, Tally>(REFERENCE_PLAYBOOKS.map((id) => [id, newTally()]));
  const typeIds = new Map(REFERENCE_PLAYBOOKS.map((id) => [id, playbooks.get(id)!.playbook.types.map((t) => t.id)]));
  const lines: string[] = [];
  for (const file of readCorpus(root)) {
    for (const p of file.problems) lines.push(`corpus problem: ${p}`);
    for (const c of file.complaints) {
      const o = respond(playbooks.get(c.playbook)!, c.mention);
      const wrong = compare(c, o, tallies.get(c.playbook)!, typeIds.get(c.playbook)!);
      if (wrong.length) miss(`miss  ${c.id} (${c.file}): ${wrong.join(' | ')}`);
    }
  }
  let n = 0,
    right = 0;
  for (const [id, t] of tallies) {
    const known = new Set([...BUILTIN_SIGNALS, ...playbooks.get(id)!.playbook.signals.keys()]);
    lines.push(...report(id, t, typeIds.get(id)!, known).map((l) => l.trimEnd()));
    n += t.complaints;
    right += t.typeRight;
  }
  lines.push(
    `accuracy overall: types ${right}/${n} right (${pct(right, n)}; target ≥ 95%: ${n > 0 && right / n >= 0.95 ? 'met' : 'NOT met'})`,
  );
  for (const [name, profane] of [
    ['profane', true],
    ['innocent', false],
  ] as const) {
    const list = readList(name);
    const r = runList(list, playbooks, profane, miss);
    const split = `ru ${r.byScript.ru[0]}/${r.byScript.ru[1]}, en ${r.byScript.en[0]}/${r.byScript.en[1]}`;
    lines.push(
      profane
        ? `profanity recall: ${r.hits}/${r.n} forms hidden in every sentence (${pct(r.hits, r.n)}; ${split}; target 100%: ${r.hits === r.n ? 'met' : 'NOT met'})`
        : `profanity false positives: ${r.hits}/${r.n} innocent forms hidden in some sentence (${pct(r.hits, r.n)}; ${split}; target 0: ${r.hits === 0 ? 'met' : 'NOT met'})`,
    );
  }
  return lines;
}
