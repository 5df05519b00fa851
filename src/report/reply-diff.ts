/**
 * replybook's one rendering of a reply change for a terminal: a word-level diff (`word-diff.ts`)
 * as `-`/`+` row pairs. A row that differs appears once as before (`-`) and once as after (`+`),
 * the changed words marked `[-…-]` / `{+…+}` without colour, or in inverse video within red / green
 * rows with colour; a row that is the same appears once, indented. `test`'s reporter, `diff`'s
 * terminal view and the watch report (changed rows only) all call it.
 */
import { palette } from './ansi.js';
import { visibleLines } from './visible.js';
import { wordDiff, type WordChange } from './word-diff.js';

export interface WordDiffRenderOptions {
  /** Leave out the rows that did not change; `…` stands for each run of them (the watch report). */
  changedOnly?: boolean;
}

/** Text escaped as whole lines (see `escapedPieces`). */
const escaped = (text: string): string => visibleLines(text).join('\n');

/**
 * The same diff over the escaped texts (`visibleLines`): escaping whole lines before they are cut
 * into words is what keeps a line that starts a workflow command (`::add-mask::`) or a `##[` split
 * over two pieces from reaching the output whole. Pieces that escaping leaves as they are are kept.
 */
function escapedPieces(pieces: ReadonlyArray<WordChange>): ReadonlyArray<WordChange> {
  let before = '';
  let after = '';
  for (const c of pieces) {
    if (c.op !== 'added') before += c.text;
    if (c.op !== 'removed') after += c.text;
  }
  const safeBefore = escaped(before);
  const safeAfter = escaped(after);
  return safeBefore === before && safeAfter === after ? pieces : wordDiff(safeBefore, safeAfter);
}

/** One row of the rendering: the line before and after, and whether anything in it changed. */
interface Row {
  before: string[];
  after: string[];
  changed: boolean;
}

/** Cuts the pieces into rows: kept text ends a row at each newline, so rows are compared line by line. */
function rows(pieces: ReadonlyArray<WordChange>, mark: (op: 'removed' | 'added', s: string) => string): Row[] {
  const out: Row[] = [];
  let row: Row = { before: [''], after: [''], changed: false };
  const append = (lines: string[], text: string, op: 'removed' | 'added'): void => {
    text.split('\n').forEach((piece, j) => {
      if (j > 0) lines.push('');
      if (piece !== '') lines[lines.length - 1] += mark(op, piece);
    });
  };
  for (const c of pieces) {
    if (c.op === 'same') {
      c.text.split('\n').forEach((piece, j) => {
        if (j > 0) {
          out.push(row);
          row = { before: [''], after: [''], changed: false };
        }
        row.before[row.before.length - 1] += piece;
        row.after[row.after.length - 1] += piece;
      });
      continue;
    }
    append(c.op === 'removed' ? row.before : row.after, c.text, c.op);
    row.changed = true;
  }
  out.push(row);
  return out;
}

/** The `-`/`+`/context lines of a word diff (no trailing newline); untrusted text is escaped. */
export function renderWordDiff(pieces: ReadonlyArray<WordChange>, color: boolean, options: WordDiffRenderOptions = {}): string[] {
  return renderEscaped(escapedPieces(pieces), color, options);
}

/** The word diff from `expected` to `actual`, rendered (see `renderWordDiff`). */
export function renderReplyDiff(expected: string, actual: string, color: boolean, options: WordDiffRenderOptions = {}): string[] {
  return renderEscaped(wordDiff(escaped(expected), escaped(actual)), color, options);
}

function renderEscaped(pieces: ReadonlyArray<WordChange>, color: boolean, options: WordDiffRenderOptions): string[] {
  const p = palette(color);
  const mark = (op: 'removed' | 'added', s: string): string => (color ? p.inverse(s) : op === 'removed' ? `[-${s}-]` : `{+${s}+}`);
  const out: string[] = [];
  let gap = false;
  for (const row of rows(pieces, mark)) {
    if (!row.changed) {
      if (options.changedOnly) gap = true;
      else out.push(`  ${row.before.join('\n  ')}`);
      continue;
    }
    if (gap) out.push('…');
    gap = false;
    for (const l of row.before) out.push(p.red(`- ${l}`));
    for (const l of row.after) out.push(p.green(`+ ${l}`));
  }
  if (gap && out.length > 0) out.push('…');
  return out;
}
