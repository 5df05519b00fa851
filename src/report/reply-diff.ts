/**
 * A word-level diff of an expected and an actual reply, rendered as `-`/`+` line pairs: lines that
 * differ appear once as expected (`-`) and once as actual (`+`), the changed words marked
 * `[-…-]` / `{+…+}` without colour, or highlighted red / green with colour.
 */
import { palette, visible } from './ansi.js';
import { wordDiff } from './word-diff.js';

/** The `-`/`+`/context lines of the word diff from `expected` to `actual` (no trailing newline). */
export function renderReplyDiff(expected: string, actual: string, color: boolean): string[] {
  const p = palette(color);
  const removed = (s: string): string => (color ? p.inverse(s) : `[-${s}-]`);
  const added = (s: string): string => (color ? p.inverse(s) : `{+${s}+}`);
  const out: string[] = [];
  let oldLines = [''];
  let newLines = [''];
  let changed = false;

  const flush = (): void => {
    if (!changed) out.push(`  ${oldLines.join('\n  ')}`);
    else {
      for (const l of oldLines) out.push(p.red(`- ${l}`));
      for (const l of newLines) out.push(p.green(`+ ${l}`));
    }
    oldLines = [''];
    newLines = [''];
    changed = false;
  };
  const append = (lines: string[], text: string, style?: (s: string) => string): void => {
    text.split('\n').forEach((piece, j) => {
      if (j > 0) lines.push('');
      if (piece !== '') lines[lines.length - 1] += style ? style(visible(piece)) : visible(piece);
    });
  };

  // By words of any script: jsdiff's own word splitting knows only Latin letters.
  for (const change of wordDiff(expected, actual)) {
    if (change.op === 'removed') {
      append(oldLines, change.text, removed);
      changed = true;
    } else if (change.op === 'added') {
      append(newLines, change.text, added);
      changed = true;
    } else {
      // Common text ends the current row at each newline: rows are flushed line by line.
      change.text.split('\n').forEach((piece, j) => {
        if (j > 0) flush();
        const v = visible(piece);
        oldLines[oldLines.length - 1] += v;
        newLines[newLines.length - 1] += v;
      });
    }
  }
  flush();
  return out;
}
