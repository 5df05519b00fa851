/** Marks the matched stretches of a mention's text (`Outcome.spans`, UTF-16 offsets) for highlighting. */
import type { TextSpan } from '../../model/outcome.js';
import type { Segment } from './wrap.js';

/** Splits `text` into plain and `mark` segments; overlapping or out-of-range spans are merged and clamped. */
export function markSpans(text: string, spans: ReadonlyArray<TextSpan>): Segment[] {
  const ranges = spans
    .map((s) => [Math.max(0, Math.min(text.length, s.start)), Math.max(0, Math.min(text.length, s.end))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const [a, b] of ranges) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push({ text: text.slice(at, a) });
    out.push({ text: text.slice(a, b), style: 'mark' });
    at = b;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
