/**
 * A word-level diff of two replies as data: the one word diff of replybook, used by `test`'s
 * reporter, `diff`'s views and the watch report.
 */
import { diffArrays } from 'diff';

/** A piece of a word diff: kept, removed or added text. */
export interface WordChange {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * Words of any script (jsdiff's own word pattern knows only Latin letters, so a Cyrillic word would
 * be diffed letter by letter), numbers, a newline, a run of other whitespace, or one other character.
 */
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}_'’-]*|\p{N}+(?:[.,]\p{N}+)*|\n|[^\S\n]+|[\s\S]/gu;

/** The tokens `wordDiff` compares. */
export function wordTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The most tokens (both sides together) the diff algorithm compares, and the most edits it looks
 * for. Myers' diff takes time (N + M) × D: two unrelated replies of 8,000 words took 20 s. Beyond
 * these, the common beginning and end are kept and the rest is one removal and one addition.
 */
export const MAX_WORD_DIFF_TOKENS = 4_000;
export const MAX_WORD_DIFF_EDITS = 1_000;

type TokenChange = { value: string[]; added?: boolean; removed?: boolean };

/** jsdiff's `diffArrays`, bounded (see MAX_WORD_DIFF_TOKENS). */
function tokenDiff(a: string[], b: string[]): TokenChange[] {
  if (a.length + b.length <= MAX_WORD_DIFF_TOKENS) {
    const full = diffArrays(a, b, { maxEditLength: MAX_WORD_DIFF_EDITS });
    if (full !== undefined) return full;
  }
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const midA = a.slice(p, a.length - s);
  const midB = b.slice(p, b.length - s);
  const mid =
    midA.length + midB.length <= MAX_WORD_DIFF_TOKENS ? diffArrays(midA, midB, { maxEditLength: MAX_WORD_DIFF_EDITS }) : undefined;
  const out: TokenChange[] = [];
  if (p > 0) out.push({ value: a.slice(0, p) });
  if (mid !== undefined) out.push(...mid);
  else {
    if (midA.length) out.push({ value: midA, removed: true });
    if (midB.length) out.push({ value: midB, added: true });
  }
  if (s > 0) out.push({ value: a.slice(a.length - s) });
  return out;
}

/** Kept text this short and wordless between two changes reads better as part of the change. */
const GLUE = /^[^\p{L}\p{N}\n]{1,3}$/u;

/**
 * The pieces of `before` and `after`, each kept, removed or added. A run of changes separated only
 * by spaces or punctuation becomes one removed and one added piece («<del>Спасибо, что
 * поделились</del>» rather than a tag per word).
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const raw: WordChange[] = [];
  for (const c of tokenDiff(wordTokens(before), wordTokens(after))) {
    const text = c.value.join('');
    if (text !== '') raw.push({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text });
  }
  const out: WordChange[] = [];
  for (let i = 0; i < raw.length;) {
    if (raw[i].op === 'same') {
      out.push(raw[i++]);
      continue;
    }
    let removed = '';
    let added = '';
    let j = i;
    for (; j < raw.length; j++) {
      const piece = raw[j];
      if (piece.op === 'removed') removed += piece.text;
      else if (piece.op === 'added') added += piece.text;
      else if (GLUE.test(piece.text) && j + 1 < raw.length && raw[j + 1].op !== 'same') {
        removed += piece.text;
        added += piece.text;
      } else break;
    }
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    i = j;
  }
  return out;
}

/** One side of a word diff: `before` keeps kept and removed pieces, `after` kept and added ones. */
export function diffSide(changes: ReadonlyArray<WordChange>, side: 'before' | 'after'): WordChange[] {
  const drop = side === 'before' ? 'added' : 'removed';
  return changes.filter((c) => c.op !== drop);
}
