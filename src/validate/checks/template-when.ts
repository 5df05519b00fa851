/** Reasoning about template `when`s: specificity and implication. */
import type { TemplateWhen } from '../../model/playbook.js';

// The template stage's own measure, so the checks judge specificity exactly as the choice does.
export { specificity } from '../../template/choose.js';

function subset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x));
}

/** True when every mention for which `strong` holds also satisfies `weak`. */
export function implies(strong: TemplateWhen, weak: TemplateWhen): boolean {
  for (const k of ['type', 'channel', 'voice', 'locale', 'escalation'] as const) {
    const w = weak[k] as readonly string[] | undefined;
    if (w === undefined) continue;
    const s = strong[k] as readonly string[] | undefined;
    // `escalation` holds when one of the listed rules fired; the strong side must pin one of them.
    if (s === undefined || !subset(s, w)) return false;
  }
  for (const k of ['signals', 'missing'] as const) {
    const w = weak[k];
    if (w === undefined) continue;
    if (!subset(w, strong[k] ?? [])) return false;
  }
  if (weak.holding !== undefined && (strong.holding ?? false) !== weak.holding) return false;
  return true;
}

/** The bucket key of a `when` that does not constrain a dimension (no id can be it: ids hold no NUL). */
const ANY = '\u0000any';

const keyOf = (type: string, channel: string): string => `${type}\u0001${channel}`;

/**
 * The templates of a playbook by the (type, channel) pairs their `when`s allow, so a check compares
 * a template only with those that can apply to the same mentions instead of with every other one
 * (linear in the templates, where comparing pairs was quadratic). A template without `type` (or
 * `channel`) sits under "any" for it; every query returns indexes in reading order, a superset of
 * the templates it asks for, which the caller then tests exactly (with {@link implies}).
 */
export class WhenIndex {
  private readonly buckets = new Map<string, number[]>();

  constructor(private readonly whens: readonly TemplateWhen[]) {
    whens.forEach((w, i) => {
      const types = w.type === undefined ? [ANY] : [...new Set(w.type)];
      const channels = w.channel === undefined ? [ANY] : [...new Set(w.channel)];
      for (const t of types)
        for (const c of channels) {
          const k = keyOf(t, c);
          const list = this.buckets.get(k);
          if (list) list.push(i);
          else this.buckets.set(k, [i]);
        }
    });
  }

  /** The templates in the buckets of every (type, channel) pair given, in reading order. */
  private gather(types: readonly string[], channels: readonly string[]): number[] {
    const out: number[] = [];
    // The buckets asked for are disjoint: a `when` is either without a key (under "any") or lists ids.
    for (const t of types) for (const c of channels) out.push(...(this.buckets.get(keyOf(t, c)) ?? []));
    return out.sort((a, b) => a - b);
  }

  /** Indexes of the templates whose `when` is not excluded from holding for a mention of `type` on `channel`. */
  holdingFor(type: string, channel: string): number[] {
    return this.gather([ANY, type], [ANY, channel]);
  }

  /**
   * Indexes of the templates whose `when` may be implied by `strong` (see {@link implies}): a `weak`
   * that lists types holds for `strong` only if `strong` lists types and its first is among them;
   * the same for channels. An empty list on the strong side is a subset of any: every template.
   */
  mayBeImpliedBy(strong: TemplateWhen): number[] {
    const dimension = (ids: readonly string[] | undefined): string[] | null =>
      ids === undefined ? [ANY] : ids.length === 0 ? null : [ANY, ids[0]];
    const types = dimension(strong.type);
    const channels = dimension(strong.channel);
    if (types === null || channels === null) return this.whens.map((_w, i) => i);
    return this.gather(types, channels);
  }
}
