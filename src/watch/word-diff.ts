/**
 * The watch report's view of a reply change: replybook's one word diff (src/report/word-diff.ts),
 * showing only the lines that changed.
 */
import { palette } from '../report/ansi.js';
import { visibleLines } from '../report/visible.js';
import { wordDiff } from '../report/word-diff.js';

/**
 * The changed lines of `after` against `before`, each with its removed words marked `[-…-]` and
 * added ones `{+…+}` (red and green with colour). Unchanged lines are left out: `…` marks a gap.
 */
export function wordDiffLines(before: string, after: string, color = false): string[] {
  const p = palette(color);
  const del = (s: string) => (color ? p.red(p.inverse(s)) : `[-${s}-]`);
  const ins = (s: string) => (color ? p.green(p.inverse(s)) : `{+${s}+}`);
  const lines: Array<{ text: string; changed: boolean }> = [{ text: '', changed: false }];
  const emit = (value: string, mark?: (s: string) => string) => {
    value.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push({ text: '', changed: false });
      const cur = lines[lines.length - 1];
      if (piece !== '') cur.text += mark ? mark(piece) : piece;
      if (mark) cur.changed = true;
    });
  };
  // Escaped as whole lines before the diff cuts them into words (see renderWordDiff).
  const safe = (s: string) => visibleLines(s).join('\n');
  for (const part of wordDiff(safe(before), safe(after))) {
    if (part.op === 'removed') emit(part.text, del);
    else if (part.op === 'added') emit(part.text, ins);
    else emit(part.text);
  }
  const out: string[] = [];
  let gap = false;
  lines.forEach((l) => {
    if (l.changed) {
      if (gap) out.push('…');
      out.push(l.text);
      gap = false;
    } else gap = true;
  });
  if (out.length && gap) out.push('…');
  return out;
}
