import type { Locale } from '../model/playbook.js';
import type { TextSpan } from '../model/outcome.js';
import { normalise } from './normalise.js';
import { StemCache, stemTokens } from './stem.js';
import { tokenise, type Token } from './tokenise.js';

/** Where a phrase of a `PhraseSet` occurs: its index and the first and last token it covers. */
export interface PhraseHit {
  phrase: number;
  first: number;
  last: number;
}

const RU_VOWELS = 'аеиоуыэюя';

/**
 * Whether a token's stem counts as the phrase word's stem. Besides equality, a long stem also takes
 * one or two trailing vowels the stemmer left on a verb form («заказ» finds «заказала» → «заказа»);
 * short stems must be equal, or «иск» would find «искать».
 */
export function stemMatches(tokenStem: string, wordStem: string): boolean {
  if (tokenStem === wordStem) return true;
  const extra = tokenStem.length - wordStem.length;
  if (wordStem.length < 4 || extra < 1 || extra > 2 || !tokenStem.startsWith(wordStem)) return false;
  for (let i = wordStem.length; i < tokenStem.length; i++) if (!RU_VOWELS.includes(tokenStem[i])) return false;
  return true;
}

const NO_KEYS: readonly string[] = [];
const looseMemo = new Map<string, readonly string[]>();
const LOOSE_MEMO_LIMIT = 20_000;

/**
 * A stem without one, then two, trailing vowels (each at least 4 letters long), as `matchFrom`
 * tries them. Memoised (bounded) so every phrase list of every mention looks up the same strings.
 */
function looseKeys(stem: string): readonly string[] {
  const n = stem.length;
  if (n < 5 || !RU_VOWELS.includes(stem[n - 1])) return NO_KEYS;
  if (n > 40) return cutVowels(stem); // long words are rare and unbounded: not remembered
  let keys = looseMemo.get(stem);
  if (keys === undefined) {
    keys = cutVowels(stem);
    if (looseMemo.size >= LOOSE_MEMO_LIMIT) looseMemo.clear();
    looseMemo.set(stem, keys);
  }
  return keys;
}

function cutVowels(stem: string): string[] {
  const n = stem.length;
  const list: string[] = [];
  for (let cut = 1; cut <= 2 && n - cut >= 4; cut++) {
    if (!RU_VOWELS.includes(stem[n - cut])) break;
    list.push(stem.slice(0, n - cut));
  }
  return list;
}

/** Words and phrases compiled once to stem sequences, found in a mention's tokens in one pass. */
export class PhraseSet {
  /** The phrases as written in the playbook. */
  readonly phrases: readonly string[];
  private readonly stems: string[][];
  private readonly index = new Map<string, number[]>();

  private constructor(phrases: string[], stems: string[][]) {
    this.phrases = phrases;
    this.stems = stems;
    stems.forEach((s, i) => {
      if (s.length === 0) return;
      const list = this.index.get(s[0]);
      if (list) list.push(i);
      else this.index.set(s[0], [i]);
    });
  }

  /** Compiles phrases: each is normalised, tokenised and stemmed the way mentions are. */
  static compile(phrases: readonly string[], locale: Locale, cache?: StemCache): PhraseSet {
    const stems = phrases.map((p) => {
      const tokens = tokenise(normalise(p, locale));
      stemTokens(tokens, cache);
      return tokens.map((t) => t.stem);
    });
    return new PhraseSet([...phrases], stems);
  }

  /** The stems of a compiled phrase (for tests and explanations). */
  stemsOf(i: number): readonly string[] {
    return this.stems[i];
  }

  /** The stems a phrase can start with: a token whose stem or loose key is none of them starts no phrase. */
  firstStems(): IterableIterator<string> {
    return this.index.keys();
  }

  /** The first phrase that occurs at token t, or -1. */
  private matchFrom(tokens: readonly Token[], t: number): number {
    const token = tokens[t];
    const exact = this.index.get(token.stem);
    if (exact) for (const p of exact) if (this.matchAt(tokens, t, p)) return p;
    // Loose match: look the stem up without one or two trailing vowels.
    let keys = token.loose;
    if (keys == null) keys = token.loose = looseKeys(token.stem);
    for (let k = 0; k < keys.length; k++) {
      const loose = this.index.get(keys[k]);
      if (loose) for (const p of loose) if (this.matchAt(tokens, t, p)) return p;
    }
    return -1;
  }

  private matchAt(tokens: readonly Token[], at: number, phrase: number): boolean {
    const s = this.stems[phrase];
    if (at + s.length > tokens.length) return false;
    for (let k = 1; k < s.length; k++) if (!stemMatches(tokens[at + k].stem, s[k])) return false;
    return true;
  }

  /**
   * The hits in token order, at most `limit` (1 is the fast "does it occur" test). `starts`, from
   * `phraseStarts` with keys that include this set's `firstStems`, limits the search to the tokens
   * where some phrase can start: the same hits, without looking every token up in every set.
   */
  find(tokens: readonly Token[], limit = Infinity, starts?: Int32Array): PhraseHit[] {
    const hits: PhraseHit[] = [];
    if (starts !== undefined) {
      for (let k = 0; k < starts.length && hits.length < limit; k++) {
        const t = starts[k];
        const p = this.matchFrom(tokens, t);
        if (p >= 0) hits.push({ phrase: p, first: t, last: t + this.stems[p].length - 1 });
      }
      return hits;
    }
    for (let t = 0; t < tokens.length && hits.length < limit; t++) {
      const p = this.matchFrom(tokens, t);
      if (p >= 0) hits.push({ phrase: p, first: t, last: t + this.stems[p].length - 1 });
    }
    return hits;
  }
}

const NO_STARTS = new Int32Array(0);

/**
 * The tokens (ascending) whose stem, or stem less trailing vowels, is one of `keys`: the union of
 * the `firstStems` of every phrase set a mention is matched against, so one pass over the tokens
 * serves them all.
 */
export function phraseStarts(tokens: readonly Token[], keys: ReadonlySet<string>): Int32Array {
  let out: Int32Array | null = null;
  let n = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    let hit = keys.has(token.stem);
    if (!hit) {
      let loose = token.loose;
      if (loose == null) loose = token.loose = looseKeys(token.stem);
      for (let k = 0; k < loose.length && !hit; k++) hit = keys.has(loose[k]);
    }
    if (hit) {
      if (out === null) out = new Int32Array(tokens.length - t);
      out[n++] = t;
    }
  }
  return out === null ? NO_STARTS : out.subarray(0, n);
}

const stemCache = new StemCache(20_000);
const compiled = new Map<string, PhraseSet>();

/**
 * Finds a word or phrase in a text by word stems, the way `words` matchers and tone rules compare:
 * «заказ» finds «заказа», «вы сами виноваты» finds «Вы сами виноваты!». Returns the span in the
 * original text, or null.
 */
export function findPhrase(text: string, phrase: string, locale: Locale): TextSpan | null {
  const key = `${locale}\u0000${phrase}`;
  let set = compiled.get(key);
  if (!set) {
    if (compiled.size > 5_000) compiled.clear(); // a memo, not a store: bounded
    set = PhraseSet.compile([phrase], locale, stemCache);
    compiled.set(key, set);
  }
  const tokens = tokenise(normalise(text, locale));
  stemTokens(tokens, stemCache);
  const hit = set.find(tokens, 1)[0];
  if (!hit) return null;
  const start = tokens[hit.first].oStart,
    end = tokens[hit.last].oEnd;
  return { start, end, text: text.slice(start, end) };
}
