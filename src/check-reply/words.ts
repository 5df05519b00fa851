/**
 * Finding phrases in a reply: first exactly (whole words, any case — cheap, and the way closed word
 * lists such as «ты»-forms are matched without catching «тысяча»), then by word stems with the text
 * stage's matcher, so «проблема» also finds «проблемы». For the hot path the reply is tokenised and
 * stemmed once (`ReplyText`) and each tone's phrases are compiled once (`PhraseList`).
 */
import type { Locale } from '../model/playbook.js';
import { findPhrase, PhraseSet, phraseTokens } from '../text/phrase.js';
import { normalise } from '../text/normalise.js';
import { tokenise, type Token } from '../text/tokenise.js';
import { StemCache, stemTokens } from '../text/stem.js';

/** Lower case, «ё» as «е», typographic apostrophes straightened: how both sides are compared. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return FOLDS.test(lower) ? lower.replace(/ё/g, 'е').replace(/’/g, "'") : lower;
}

const FOLDS = /[ё’]/;

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** `isWordChar` of the UTF-16 unit at i (false outside the text), without a regex for ASCII and Russian. */
function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  if (c >= 0x410 && c <= 0x44f) return true;
  return WORD_CHAR.test(text[i]);
}

/** Index of a folded phrase as whole words in a folded text, or -1. */
export function indexOfWords(folded: string, phrase: string): number {
  if (phrase === '') return -1;
  for (let i = folded.indexOf(phrase); i !== -1; i = folded.indexOf(phrase, i + 1)) {
    if (!isWordCharAt(folded, i - 1) && !isWordCharAt(folded, i + phrase.length)) return i;
  }
  return -1;
}

/** A found phrase: where it is in the text and the text there. */
export interface Found {
  start: number;
  end: number;
  text: string;
}

/**
 * Finds a phrase exactly (whole words, any case) and else by stems; `folded` is `fold(text)`, and
 * `tokens` (when several phrases are searched in one text) gives its `phraseTokens`, made once.
 * `plain` says the text is plain (`isPlainText`): its words are then its folded words, and a phrase
 * one of whose stems (`stemKey`) no word spells out is not searched by stems — nor the text stemmed.
 */
export function findWords(
  text: string,
  folded: string,
  phrase: string,
  locale: Locale,
  tokens?: () => readonly Token[],
  plain = false,
): Found | null {
  const p = fold(phrase.trim());
  const i = indexOfWords(folded, p);
  if (i !== -1) return { start: i, end: i + p.length, text: text.slice(i, i + p.length) };
  if (plain && !stemKeysOf(phrase, locale).every((k) => folded.includes(k))) return null;
  const span = findPhrase(text, phrase, locale, tokens ? tokens() : undefined);
  return span ? { start: span.start, end: span.end, text: span.text } : null;
}

/** A regex matching any of the words as whole words (needs the `u` flag; add `i` to ignore case). */
export function wordListSource(words: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}_])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`;
}

/** A hash of two adjacent UTF-16 units (their low 6 bits each; Russian letters stay distinct). */
function pairNo(a: number, b: number): number {
  return ((a & 63) << 6) | (b & 63);
}

/** The pair hashes of a string, for `ReplyText.mayInclude`. */
export function pairsOf(s: string): Int32Array {
  const out = new Int32Array(Math.max(0, s.length - 1));
  for (let i = 1; i < s.length; i++) out[i - 1] = pairNo(s.charCodeAt(i - 1), s.charCodeAt(i));
  return out;
}

/**
 * PAIR_SEEN[h] = the generation of the last reply whose folded text has a pair with hash h: one
 * shared table, no allocation or clearing per reply. A reply whose generation is not the latest
 * builds it again before use, so a stale entry can only say "maybe" (and `includes` decides).
 */
const PAIR_SEEN = new Int32Array(64 * 64);
let pairGeneration = 0;

/** A reply prepared once for many phrase look-ups: folded, and tokenised and stemmed on first need. */
export class ReplyText {
  readonly folded: string;
  private tokenList: Token[] | null = null;
  private pairGen = -1;

  /**
   * False when the folded reply cannot contain a string with these pair hashes (`pairsOf`): one of
   * its adjacent pairs is nowhere in the reply. True means "maybe": ask `folded.includes`.
   */
  mayInclude(pairs: Int32Array): boolean {
    if (pairs.length === 0) return true;
    if (this.pairGen === -1 || this.pairGen !== pairGeneration) {
      const g = (this.pairGen = ++pairGeneration);
      const f = this.folded;
      let prev = f.charCodeAt(0);
      for (let i = 1; i < f.length; i++) {
        const c = f.charCodeAt(i);
        PAIR_SEEN[pairNo(prev, c)] = g;
        prev = c;
      }
    }
    const g = this.pairGen | 0;
    for (let k = 0; k < pairs.length; k++) if (PAIR_SEEN[pairs[k]] !== g) return false;
    return true;
  }

  constructor(
    readonly text: string,
    readonly locale: Locale,
  ) {
    this.folded = fold(text);
  }

  /** The reply's words with their stems (computed once). */
  get tokens(): readonly Token[] {
    if (this.tokenList === null) {
      const tokens = tokenise(normalise(this.text, this.locale));
      stemTokens(tokens, stemCache);
      this.tokenList = tokens;
    }
    return this.tokenList;
  }
}

const stemCache = new StemCache(20_000);

/**
 * The part of a stem that every word with that stem has as written. The Russian stemmer only cuts
 * endings, so a Russian stem is the start of its words. The English one (Porter's) also writes back
 * a final «e» the word may not have ("hoping" → "hope", "filing" → "file") and, from "-biliti", the
 * «le» of "-ble": without those, the stem is in the word (so on all 25,000 distinct English words of
 * the dependencies' documentation; 57 of them, all of the first kind, have a stem that is not).
 */
function stemKey(stem: string): string {
  const c = stem.charCodeAt(0);
  if (c >= 0x400 && c <= 0x4ff) return stem;
  return stem.endsWith('le') ? stem.slice(0, -2) : stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

const keysMemo = new Map<string, readonly string[]>();

/** The `stemKey`s of a phrase's words, stemmed as `findPhrase` stems them (a bounded memo). */
function stemKeysOf(phrase: string, locale: Locale): readonly string[] {
  const memoKey = `${locale}\u0000${phrase}`;
  let keys = keysMemo.get(memoKey);
  if (keys === undefined) {
    keys = phraseTokens(phrase, locale)
      .map((t) => stemKey(t.stem))
      .filter((k) => k !== '');
    if (keysMemo.size >= 5_000) keysMemo.clear();
    keysMemo.set(memoKey, keys);
  }
  return keys;
}

/** Phrases compiled once: folded for the exact test, stemmed for the stem test. */
export class PhraseList {
  readonly folded: readonly string[];
  private readonly set: PhraseSet;
  /**
   * Each phrase's stems as they are sure to be written in a word that stems to them (`stemKey`): a
   * stem match needs every one inside some word, so a missing one skips stemming.
   */
  private readonly stems: ReadonlyArray<readonly string[]>;
  /** Whether phrase p has stems at all (one whose keys are all empty can still match by stems). */
  private readonly stemmed: readonly boolean[];
  /** The pair hashes of each stem (`pairsOf`), to rule most stems out without searching. */
  private readonly stemPairs: ReadonlyArray<readonly Int32Array[]>;

  constructor(
    readonly phrases: readonly string[],
    locale: Locale,
  ) {
    this.folded = phrases.map((p) => fold(p.trim()));
    this.set = PhraseSet.compile(phrases, locale, stemCache);
    // longest first: a long stem is the likeliest to be missing, which ends the test at once
    this.stemmed = phrases.map((_p, i) => this.set.stemsOf(i).some((x) => x !== ''));
    this.stems = phrases.map((_p, i) =>
      this.set
        .stemsOf(i)
        .map(stemKey)
        .filter((x) => x !== '')
        .sort((a, b) => b.length - a.length),
    );
    this.stemPairs = this.stems.map((stems) => stems.map(pairsOf));
    this.implied = this.stems.map((stems, i) => stems.length > 0 && stems.every((st) => this.folded[i].includes(st)));
  }

  /**
   * implied[p]: every stem of phrase p is part of its folded text, so a reply that lacks one of the
   * stems cannot contain the phrase exactly either: the stem test then spares the exact search.
   */
  private readonly implied: readonly boolean[];

  /**
   * Whether some phrase not found exactly could still match by stems. Tokenising and stemming the
   * reply is the costly part of the reply checks, and a reply (the brand's own text, no obfuscation)
   * rarely contains all the stems of an avoided phrase.
   */
  private mayMatchByStem(r: ReplyText, found: ReadonlyArray<Found | undefined>): boolean {
    for (let p = 0; p < this.stems.length; p++) {
      const stems = this.stems[p];
      if (found[p] !== undefined || !this.stemmed[p]) continue;
      let all = true;
      const pairs = this.stemPairs[p];
      for (let k = 0; k < stems.length; k++)
        if (!r.mayInclude(pairs[k]) || !r.folded.includes(stems[k])) {
          all = false;
          break;
        }
      if (all) return true;
    }
    return false;
  }

  /** Every phrase found (exactly or by stems), at most once each, in phrase order. */
  findAll(r: ReplyText, limit = Infinity): Array<{ phrase: number } & Found> {
    const n = this.folded.length;
    if (limit === 1) {
      // the common "is any of them there" test: the first exact hit is enough
      for (let p = 0; p < n; p++) {
        const i = indexOfWords(r.folded, this.folded[p]);
        if (i !== -1) return [{ phrase: p, start: i, end: i + this.folded[p].length, text: r.text.slice(i, i + this.folded[p].length) }];
      }
    }
    // found[p]: where phrase p is; a plain array, as most replies have no hit at all
    const found: Array<Found | undefined> = new Array(n).fill(undefined);
    let count = 0;
    let mayStem: boolean;
    if (limit === Infinity) {
      // One pass: the stem test of each phrase first, then the exact search only where it can succeed.
      mayStem = false;
      for (let p = 0; p < n; p++) {
        const stems = this.stems[p];
        const pairs = this.stemPairs[p];
        let present = this.stemmed[p];
        for (let k = 0; present && k < stems.length; k++) if (!r.mayInclude(pairs[k]) || !r.folded.includes(stems[k])) present = false;
        if (this.implied[p] && !present) continue;
        const i = indexOfWords(r.folded, this.folded[p]);
        if (i !== -1) {
          found[p] = { start: i, end: i + this.folded[p].length, text: r.text.slice(i, i + this.folded[p].length) };
          count++;
        } else if (present) mayStem = true;
      }
    } else {
      for (let p = 0; p < n && count < limit; p++) {
        const i = indexOfWords(r.folded, this.folded[p]);
        if (i !== -1) {
          found[p] = { start: i, end: i + this.folded[p].length, text: r.text.slice(i, i + this.folded[p].length) };
          count++;
        }
      }
      mayStem = count < limit && count < n && this.mayMatchByStem(r, found);
    }
    if (count < limit && count < n && mayStem) {
      const tokens = r.tokens;
      for (const hit of this.set.find(tokens)) {
        if (found[hit.phrase] !== undefined) continue;
        const start = tokens[hit.first].oStart;
        const end = tokens[hit.last].oEnd;
        found[hit.phrase] = { start, end, text: r.text.slice(start, end) };
        if (++count >= limit) break;
      }
    }
    const out: Array<{ phrase: number } & Found> = [];
    if (count === 0) return out;
    for (let p = 0; p < n; p++) {
      const f = found[p];
      if (f !== undefined) out.push({ phrase: p, start: f.start, end: f.end, text: f.text });
    }
    return out;
  }
}
