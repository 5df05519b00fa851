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

/** Kept text this short and wordless between two changes reads better as part of the change. */
const GLUE = /^[^\p{L}\p{N}\n]{1,3}$/u;

/**
 * The pieces of `before` and `after`, each kept, removed or added. A run of changes separated only
 * by spaces or punctuation becomes one removed and one added piece («<del>Спасибо, что
 * поделились</del>» rather than a tag per word).
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const raw: WordChange[] = [];
  for (const c of diffArrays(wordTokens(before), wordTokens(after))) {
    const text = c.value.join('');
    if (text !== '') raw.push({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text });
  }
  const out: WordChange[] = [];
  for (let i = 0; i < raw.length; ) {
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
