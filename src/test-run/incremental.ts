/**
 * Sample complaints run again after a change, redoing only what the change can affect (watch mode).
 * An outcome is a function of the playbook and the complaint, so a result is kept while both are
 * the same objects (the checker hands back the same ones for unchanged files). When the playbook
 * changed only in template texts, the compiled runtime is patched (only those templates compiled
 * again) and only complaints whose outcome involved one of those templates run again.
 */
import { compileRuntime, type Runtime } from '../engine/index.js';
import type { Complaint, TraceStep } from '../model/outcome.js';
import type { Playbook, Source, Template } from '../model/playbook.js';
import type { ComplaintResult } from '../model/test-result.js';
import { compileTemplates } from '../template/index.js';
import { runOne, type RunnablePlaybook } from './run.js';

/** Runs complaints with what is kept from its previous runs. */
export interface ComplaintRunner {
  /** The results of every valid playbook's complaints, in order (like `runComplaints(...).results`). */
  run(playbooks: ReadonlyArray<RunnablePlaybook>): ComplaintResult[];
  /** How many complaints ran and how many results were kept, since creation. */
  readonly stats: { ran: number; kept: number; compiled: number; patched: number };
}

interface PlaybookState {
  playbook: Playbook;
  rt: Runtime;
  results: Map<Complaint, ComplaintResult>;
}

/**
 * Equality of compiled playbook data, compared in place rather than serialised (a playbook of
 * 1,000 templates serialises to megabytes on every save): Maps, Sets and arrays in order, objects by
 * their defined own properties in order, RegExps by pattern, any other object or function by identity.
 * Stricter than equal serialisations, never looser: a difference it misses would keep a stale result.
 */
function sameData(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const proto = Object.getPrototypeOf(a) as object | null;
  if (proto !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], y[i])) return false;
    return true;
  }
  if (a instanceof Map || a instanceof Set) {
    const y = b as Map<unknown, unknown> | Set<unknown>;
    if (a.size !== y.size) return false;
    const ia = a.entries();
    const ib = y.entries();
    for (let x = ia.next(), z = ib.next(); !x.done; x = ia.next(), z = ib.next()) {
      if (!Object.is(x.value[0], z.value![0]) || !sameData(x.value[1], z.value![1])) return false;
    }
    return true;
  }
  if (a instanceof RegExp) return a.source === (b as RegExp).source && a.flags === (b as RegExp).flags;
  if (proto !== Object.prototype && proto !== null) return false;
  const ka = definedKeys(a as Record<string, unknown>, skip);
  const kb = definedKeys(b as Record<string, unknown>, skip);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameData((a as Record<string, unknown>)[ka[i]], (b as Record<string, unknown>)[kb[i]])) return false;
  }
  return true;
}

function definedKeys(o: Record<string, unknown>, skip?: ReadonlySet<string>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined && !skip?.has(k));
}

/** What of a template may differ while the runtime is patched: its text, and where it (and its text) is. */
const TEMPLATE_PLACE = new Set(['text', 'source', 'textSource']);
const TEMPLATES = new Set(['templates']);

/** True when the playbooks differ at most in their templates' texts and places. */
function sameSkeleton(a: Playbook, b: Playbook): boolean {
  if (!sameData(a, b, TEMPLATES) || a.templates.size !== b.templates.size) return false;
  const ia = a.templates.entries();
  const ib = b.templates.entries();
  for (let x = ia.next(), z = ib.next(); !x.done; x = ia.next(), z = ib.next()) {
    if (x.value[0] !== z.value![0] || !sameData(x.value[1], z.value![1], TEMPLATE_PLACE)) return false;
  }
  return true;
}

/** Structural equality of plain data (sources: strings, numbers, arrays, objects). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

// The runtime is patched only while it has exactly the parts this module knows how to patch; should
// the engine's runtime grow a part, the patch is skipped and the runtime compiled in full.
const RUNTIME_PARTS = 'classifier,playbook,schedule,templates,typeById';
const TEMPLATE_RUNTIME_PARTS = 'errors,templates';

/**
 * The new runtime and how to keep a previous result, when `next` differs from `prev` only in
 * template texts (and so in where templates sit in their files); else null. `keep` returns the
 * result to keep — the same object, or a copy whose trace points at the templates' new places — or
 * null when the complaint must run again.
 */
function patch(prev: PlaybookState, next: Playbook): { rt: Runtime; keep: (r: ComplaintResult) => ComplaintResult | null } | null {
  if (Object.keys(prev.rt).sort().join() !== RUNTIME_PARTS || Object.keys(prev.rt.templates).sort().join() !== TEMPLATE_RUNTIME_PARTS)
    return null;
  if (!sameSkeleton(prev.playbook, next)) return null;
  // Templates whose text changed are compiled again; a compiled template depends on its text alone,
  // so one that only moved (an edit above it in its file) keeps its compiled form.
  const changed = new Map<string, Template>();
  const files = new Set<string>();
  // A trace step names a template by its `source` or `textSource` object: old object → new one.
  const moved = new Map<Source, Source>();
  for (const t of next.templates.values()) {
    const old = prev.playbook.templates.get(t.id)!; // same ids, in the same order: the skeletons are equal
    if (old === t) continue;
    moved.set(old.source, t.source);
    moved.set(old.textSource, t.textSource);
    if (old.text !== t.text) changed.set(t.id, t);
    if (old.text !== t.text || !same(old.source, t.source) || !same(old.textSource, t.textSource))
      for (const f of [old.source.file, old.textSource.file, t.source.file, t.textSource.file]) files.add(f);
  }
  const fresh = compileTemplates({ ...next, templates: changed });
  const templates = new Map(prev.rt.templates.templates);
  const errors = new Map(prev.rt.templates.errors);
  for (const id of changed.keys()) {
    templates.delete(id);
    errors.delete(id);
    const fn = fresh.templates.get(id);
    if (fn) templates.set(id, fn);
    const err = fresh.errors.get(id);
    if (err !== undefined) errors.set(id, err);
  }
  const rt: Runtime = { ...prev.rt, playbook: next, templates: { templates, errors }, typeById: new Map(next.types.map((t) => [t.id, t])) };
  // A kept outcome must not have chosen a changed template; its trace steps that point into a file
  // where a template changed or moved point at a template (and are moved with it) or it runs again.
  const keep = (r: ComplaintResult): ComplaintResult | null => {
    if (r.outcome.template !== null && changed.has(r.outcome.template)) return null;
    let trace: TraceStep[] | null = null;
    for (let i = 0; i < r.outcome.trace.length; i++) {
      const s = r.outcome.trace[i];
      if (s.source === undefined) continue;
      const to = moved.get(s.source);
      if (to === undefined) {
        if (files.has(s.source.file)) return null;
        continue;
      }
      if (to === s.source) continue;
      trace ??= r.outcome.trace.slice();
      trace[i] = { ...s, source: to };
    }
    return trace ? { ...r, outcome: { ...r.outcome, trace } } : r;
  };
  return { rt, keep };
}

/** Creates a runner that keeps compiled runtimes and results between runs. */
export function createComplaintRunner(): ComplaintRunner {
  let states = new Map<string, PlaybookState>();
  const stats = { ran: 0, kept: 0, compiled: 0, patched: 0 };
  return {
    stats,
    run(playbooks) {
      const next = new Map<string, PlaybookState>();
      const out: ComplaintResult[] = [];
      for (const pb of playbooks) {
        if (!pb.playbook) continue;
        const prev = states.get(pb.dir);
        let rt: Runtime;
        let kept: Map<Complaint, ComplaintResult>;
        if (prev && prev.playbook === pb.playbook) {
          rt = prev.rt;
          kept = prev.results;
        } else {
          const patched = prev ? patch(prev, pb.playbook) : null;
          kept = new Map();
          if (prev && patched) {
            stats.patched++;
            rt = patched.rt;
            for (const [c, r] of prev.results) {
              const k = patched.keep(r);
              if (k) kept.set(c, k);
            }
          } else {
            stats.compiled++;
            rt = compileRuntime(pb.playbook);
          }
        }
        const results = new Map<Complaint, ComplaintResult>();
        for (const c of pb.complaints) {
          let r = kept.get(c);
          if (r) stats.kept++;
          else {
            r = runOne(rt, c).result;
            stats.ran++;
          }
          results.set(c, r);
          out.push(r);
        }
        next.set(pb.dir, { playbook: pb.playbook, rt, results });
      }
      states = next;
      return out;
    },
  };
}
