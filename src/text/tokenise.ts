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
  /**
   * How the word stands in the original text, for the lexicons that read disguised spellings: -1
   * until the first such lexicon asks (then `LexiconMatcher` fills it once for all of them).
   */
  written: number;
  /** Whether the word negates (see `PhraseSet`'s gaps): -1 until a gapped phrase asks, then 0 or 1. */
  negation: number;
  /**
   * Which sentence the word is in, counted from 0: a phrase matched with words in between
   * (`PhraseSet`'s gap) never reaches across a sentence end.
   */
  sentence: number;
}

const STAR = 0x2a,
  APOS = 0x27,
  RSQUO = 0x2019,
  DOT = 0x2e;

/** Whether the character at i ends a sentence: `!`, `?`, `…`, `;`, a line break, or a `.` not inside a word («v2.0», «1.5»). */
function endsSentence(text: string, i: number, c: number): boolean {
  if (c === DOT) return i + 1 >= text.length || !isWordChar(text.charCodeAt(i + 1));
  return c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3b || c === 0x0a || c === 0x0d || c === 0x2029;
}

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
  let sentence = 0;
  let ended = false; // a sentence end since the last word
  while (i < len) {
    const c0 = text.charCodeAt(i);
    if (!isWordChar(c0)) {
      if (!ended && tokens.length > 0 && endsSentence(text, i, c0)) ended = true;
      i++;
      continue;
    }
    if (ended) {
      sentence++;
      ended = false;
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
      written: -1,
      negation: -1,
      sentence,
    });
    i = e;
  }
  return tokens;
}
