/** "Did you mean …?" for ids and keys: the closest candidate by edit distance, if close enough. */
import type { UnknownNameData } from '../diagnostics/data.js';

/** Optimal-string-alignment distance (a swap of two neighbours counts as one edit). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (!m || !n) return m || n;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** The candidate closest to `found`, when it is within a third of its length (at least 1 edit). */
export function suggest(found: string, candidates: Iterable<string>): string | undefined {
  const f = found.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(f, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  const allowed = Math.max(1, Math.floor(found.length / 3));
  return best !== undefined && bestD <= allowed ? best : undefined;
}

/** "`a`, `b`, `c`" — at most `max` items, then "and N more". */
export function listIds(ids: Iterable<string>, max = 12): string {
  const all = [...ids];
  if (!all.length) return '(none defined)';
  const shown = all
    .slice(0, max)
    .map((s) => `\`${s}\``)
    .join(', ');
  return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

/** " — did you mean `x`?" or "". */
export function didYouMean(found: string, candidates: Iterable<string>): string {
  const s = suggest(found, candidates);
  return s !== undefined && s !== found ? ` — did you mean \`${s}\`?` : '';
}

/** What a diagnostic about an unknown name carries besides its message: every known name as `expected`, the name as `actual`, and the data a quick fix reads. */
export function unknownName(
  of: string,
  name: string,
  known: Iterable<string>,
): { expected: string[]; actual: string; data: UnknownNameData } {
  const expected = [...known];
  const s = suggest(name, expected);
  return { expected, actual: name, data: { kind: 'unknown-name', of, name, ...(s !== undefined && s !== name ? { suggestion: s } : {}) } };
}
