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
