import type { NormalisedText } from './normalise.js';
import { isWordChar } from './char-class.js';

/** A word of the normalised text, with where it sits in the normalised and the original text. */
export interface Token {
  /** The normalised word (lower case, folded; may hold `*` masks). */
  text: string;
  /** Its stem, filled in by `stemTokens` (empty until then). */
  stem: string;
  /** Offsets in the normalised text, end exclusive. */
  start: number;
  end: number;
  /** Offsets in the original text, end exclusive. */
  oStart: number;
  oEnd: number;
  /** The stem less one or two trailing vowels, for loose phrase matching: filled on first need. */
  loose?: readonly string[] | null;
}

const STAR = 0x2a,
  APOS = 0x27,
  RSQUO = 0x2019;

/**
 * Splits normalised text into words. Word boundaries come from character classes, not `\b` (which
 * in JavaScript knows only ASCII letters): a word is letters, marks and digits, with `*` masks and
 * apostrophes allowed inside ("don't", «х*й»); hyphens split («кто-то» is two words).
 */
export function tokenise(n: NormalisedText): Token[] {
  const text = n.text;
  const map = n.identity === true ? null : n.map; // identity: no map to read (nor to build)
  const tokens: Token[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    for (;;) {
      if (e >= len) break;
      const c = text.charCodeAt(e);
      if (isWordChar(c)) {
        e++;
        continue;
      }
      if (c === STAR) {
        // A mask belongs to the word when a word character follows the stars («f**k»).
        let s = e;
        while (s < len && text.charCodeAt(s) === STAR) s++;
        if (s < len && isWordChar(text.charCodeAt(s))) {
          e = s;
          continue;
        }
        break;
      }
      if ((c === APOS || c === RSQUO) && e + 1 < len && isWordChar(text.charCodeAt(e + 1))) {
        e += 2;
        continue;
      }
      break;
    }
    tokens.push({
      text: text.slice(i, e),
      stem: '',
      start: i,
      end: e,
      oStart: map === null ? i : map[i],
      oEnd: map === null ? e : map[e],
      loose: null,
    });
    i = e;
  }
  return tokens;
}
