/**
 * A template's worst-case expansion, computed before it is rendered: its literal text with every
 * partial written in at each `{{> …}}` (transitively) and every `{{#each}}` body repeated as often as
 * a value of the reply context can have entries; each tag counts as one character, so a chain of
 * empty partials still grows. Partials including one another form a graph: each partial's
 * expansion is computed once (memoised, iteratively — no recursion however long the chain), so the
 * work is linear in the texts' sizes, and an include that closes a cycle (a partial including
 * itself, directly or through others) is found on the way. Both `check` and the renderer refuse a
 * template over {@link MAX_TEMPLATE_EXPANSION} or one that reaches a cycle.
 */
import { BUILTIN_SIGNALS } from '../classify/signal-ids.js';
import type { Playbook } from '../model/playbook.js';
import type { PartialCall, TemplateShape } from './analyse.js';
import { REPLY_CONTEXT_FIELDS, REPLY_AUTHOR_FIELDS } from './context.js';

/** Most characters a template may expand to in the worst case (see the module's doc). */
export const MAX_TEMPLATE_EXPANSION = 100_000;

/** Sizes stop growing here: far above the limit, and exact in floating point (`formatSize` says "more than" it). */
export const SIZE_CAP = 2 ** 52;
const CAP = SIZE_CAP;
const sat = (n: number): number => (n > CAP || Number.isNaN(n) ? CAP : n);

/**
 * The most entries one `{{#each}}` can iterate: the reply context's largest object — the context
 * itself (`{{#each this}}`), `author`, or `signals` (one entry per signal the playbook can find).
 * The context holds no lists, and `{{#each}}` over text iterates nothing.
 */
export function loopBound(pb: Pick<Playbook, 'signals'>): number {
  const signals = new Set([...BUILTIN_SIGNALS, ...pb.signals.keys()]).size;
  return Math.max(REPLY_CONTEXT_FIELDS.length, REPLY_AUTHOR_FIELDS.length, signals, 1);
}

/** A partial include that closes a cycle: the partial it is written in, the include, and the cycle. */
export interface PartialCycle {
  /** The partial whose text holds the include. */
  in: string;
  call: PartialCall;
  /** The partials of the cycle, from the included one back to it: `a → b → a` is ['a', 'b', 'a']. */
  cycle: string[];
}

/** The partials' expansions and cycles. */
export interface PartialGraph {
  /** Worst-case expansion of each partial that parsed (a cycle's include counted as its tag only). */
  size: ReadonlyMap<string, number>;
  /** Partials that are in a cycle or include one that is. */
  recursive: ReadonlySet<string>;
  /** Every include that closes a cycle, once each. */
  cycles: PartialCycle[];
  /** The loop bound the sizes were computed with. */
  loops: number;
}

function ownSize(shape: TemplateShape, loops: number): number {
  let n = 0;
  let factor = 1;
  for (const chars of shape.chars) {
    n = sat(n + chars * factor);
    factor = sat(factor * loops);
  }
  return n;
}

const times = (loops: number, depth: number): number => sat(loops ** depth);

/**
 * The partial graph of a playbook: `shapes` maps each partial id to its text's shape (null when it
 * did not parse: it then counts as empty). Iterative depth-first search, each partial finished once.
 */
export function partialGraph(shapes: ReadonlyMap<string, TemplateShape | null>, loops: number): PartialGraph {
  const size = new Map<string, number>();
  const recursive = new Set<string>();
  const cycles: PartialCycle[] = [];
  const onStack = new Map<string, number>(); // id → its index in `stack`
  interface Frame {
    id: string;
    shape: TemplateShape | null;
    next: number;
    acc: number;
    reaches: boolean;
  }
  for (const root of shapes.keys()) {
    if (size.has(root)) continue;
    const stack: Frame[] = [];
    const enter = (id: string): void => {
      const shape = shapes.get(id) ?? null;
      onStack.set(id, stack.length);
      stack.push({ id, shape, next: 0, acc: shape ? ownSize(shape, loops) : 0, reaches: false });
    };
    enter(root);
    while (stack.length) {
      const f = stack[stack.length - 1];
      const calls = f.shape?.calls ?? [];
      if (f.next < calls.length) {
        const call = calls[f.next++];
        if (!shapes.has(call.name)) continue; // not a playbook partial: reported as unknown
        const at = onStack.get(call.name);
        if (at !== undefined) {
          cycles.push({ in: f.id, call, cycle: [...stack.slice(at).map((x) => x.id), call.name] });
          for (let k = at; k < stack.length; k++) stack[k].reaches = true;
          continue;
        }
        const known = size.get(call.name);
        if (known === undefined) {
          enter(call.name);
          continue;
        }
        f.acc = sat(f.acc + times(loops, call.loops) * known);
        if (recursive.has(call.name)) f.reaches = true;
        continue;
      }
      stack.pop();
      onStack.delete(f.id);
      size.set(f.id, f.acc);
      if (f.reaches) recursive.add(f.id);
      const parent = stack[stack.length - 1];
      if (parent) {
        // The include that entered this partial is the one before the parent's `next`.
        const call = parent.shape!.calls[parent.next - 1];
        parent.acc = sat(parent.acc + times(loops, call.loops) * f.acc);
        if (f.reaches) parent.reaches = true;
      }
    }
  }
  return { size, recursive, cycles, loops };
}

/** A template's worst-case expansion, and the partial that contributes most to it. */
export interface Expansion {
  size: number;
  /**
   * The partial with the largest share of the size (all its includes together), how many times the
   * text includes it, and its first include; null without includes.
   */
  largest: { name: string; size: number; includes: number; call: PartialCall } | null;
  /** The first include of a partial that is, or reaches, a cycle (the size then leaves the cycle out). */
  recursive: PartialCall | null;
}

/** The worst-case expansion of a template (or partial) text, given the playbook's partial graph. */
export function expansionOf(shape: TemplateShape, graph: PartialGraph): Expansion {
  let size = ownSize(shape, graph.loops);
  const shares = new Map<string, { name: string; size: number; includes: number; call: PartialCall }>();
  let recursive: PartialCall | null = null;
  for (const call of shape.calls) {
    const partial = graph.size.get(call.name);
    if (partial === undefined) continue;
    const share = sat(times(graph.loops, call.loops) * partial);
    size = sat(size + share);
    const s = shares.get(call.name);
    if (s) {
      s.size = sat(s.size + share);
      s.includes++;
    } else shares.set(call.name, { name: call.name, size: share, includes: 1, call });
    if (recursive === null && graph.recursive.has(call.name)) recursive = call;
  }
  let largest: Expansion['largest'] = null;
  for (const s of shares.values()) if (largest === null || s.size > largest.size) largest = s;
  return { size, largest, recursive };
}

/** A size for a message: `1,234,567` (or "more than 4.5 quadrillion" at the cap). */
export function formatSize(n: number): string {
  return n >= CAP ? `more than ${CAP.toLocaleString('en-US')}` : n.toLocaleString('en-US');
}
