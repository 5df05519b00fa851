/**
 * A word diff of two replies for the watch report, with the `diff` package. Words are split by
 * Unicode letter classes (the package's own word tokenizer treats Cyrillic letters as separate
 * characters), whitespace is kept as it is, and only the lines that changed are shown.
 */
import { diffArrays } from 'diff';
import { palette, visible } from '../report/ansi.js';

const TOKEN = /\s+|[\p{L}\p{M}\p{N}_]+(?:[-'’][\p{L}\p{M}\p{N}_]+)*|[^\s\p{L}\p{M}\p{N}_]/gu;

/** Splits a text into words, runs of whitespace and single other characters (joined, they give the text back). */
export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

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
      if (piece !== '') cur.text += mark ? mark(visible(piece)) : visible(piece);
      if (mark) cur.changed = true;
    });
  };
  for (const part of diffArrays(wordTokens(before), wordTokens(after))) {
    const value = part.value.join('');
    if (part.removed) emit(value, del);
    else if (part.added) emit(value, ins);
    else emit(value);
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
