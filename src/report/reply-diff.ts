/**
 * A word-level diff of two replies rendered as `-`/`+` line pairs: lines that differ appear once as
 * before (`-`) and once as after (`+`), the changed words marked `[-…-]` / `{+…+}` without colour,
 * or in inverse video within red / green lines with colour. `test`'s reporter, `diff`'s terminal
 * view and the watch report all show reply changes this way.
 */
import { palette } from './ansi.js';
import { visibleLines } from './visible.js';
import { wordDiff, type WordChange } from './word-diff.js';

/** The text before and after a diff's pieces. */
function sides(pieces: ReadonlyArray<WordChange>): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const c of pieces) {
    if (c.op !== 'added') before += c.text;
    if (c.op !== 'removed') after += c.text;
  }
  return { before, after };
}

/**
 * The same diff over the escaped texts (`visibleLines`): escaping whole lines before they are cut
 * into words is what keeps a line that starts a workflow command (`::add-mask::`) or a `##[` split
 * over two pieces from reaching the output whole.
 */
function escapedPieces(pieces: ReadonlyArray<WordChange>): WordChange[] {
  const { before, after } = sides(pieces);
  return wordDiff(visibleLines(before).join('\n'), visibleLines(after).join('\n'));
}

/** The `-`/`+`/context lines of a word diff (no trailing newline); untrusted text is escaped. */
export function renderWordDiff(rawPieces: ReadonlyArray<WordChange>, color: boolean): string[] {
  const pieces = escapedPieces(rawPieces);
  const p = palette(color);
  const mark = (op: 'removed' | 'added', s: string): string => (color ? p.inverse(s) : op === 'removed' ? `[-${s}-]` : `{+${s}+}`);
  const out: string[] = [];
  let before = [''];
  let after = [''];
  let changed = false;
  const flush = (): void => {
    if (!changed) out.push(`  ${before.join('\n  ')}`);
    else {
      for (const l of before) out.push(p.red(`- ${l}`));
      for (const l of after) out.push(p.green(`+ ${l}`));
    }
    before = [''];
    after = [''];
    changed = false;
  };
  const append = (lines: string[], text: string, op: 'removed' | 'added'): void => {
    text.split('\n').forEach((piece, j) => {
      if (j > 0) lines.push('');
      if (piece !== '') lines[lines.length - 1] += mark(op, piece);
    });
  };
  for (const c of pieces) {
    if (c.op === 'removed') append(before, c.text, 'removed');
    else if (c.op === 'added') append(after, c.text, 'added');
    else {
      // Kept text ends the current row at each newline, so rows are compared line by line.
      c.text.split('\n').forEach((piece, j) => {
        if (j > 0) flush();
        before[before.length - 1] += piece;
        after[after.length - 1] += piece;
      });
      continue;
    }
    changed = true;
  }
  flush();
  return out;
}

/** The word diff from `expected` to `actual`, rendered (see `renderWordDiff`). */
export function renderReplyDiff(expected: string, actual: string, color: boolean): string[] {
  return renderWordDiff(wordDiff(expected, actual), color);
}
