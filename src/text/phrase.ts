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
 * How many other words may stand between two words of a playbook phrase, unless its list says
 * otherwise (`gap`): "never arrived" finds "never actually arrived", «заказ не пришёл» finds
 * «заказ так и не пришёл».
 */
export const DEFAULT_PHRASE_GAP = 2;
/** The largest gap a list may ask for (the schema's maximum): it bounds the work per phrase start. */
export const MAX_PHRASE_GAP = 5;

/**
 * Words that never stand in a gap: a negation in between turns a phrase round ("arrived on time"
 * is not "arrived not on time", «пришёл вовремя» is not «пришёл не вовремя»).
 */
const NEGATIONS: ReadonlySet<string> = new Set(['не', 'ни', 'нет', 'без', 'not', 'no', 'never', 'nor', 'without', 'cannot']);

/**
 * Russian particles bound to the word after them: «не пришёл» is not «не знаю, пришёл ли», so no
 * gap follows one inside a phrase («так и не пришёл» has its gap before the particle).
 */
const BOUND_PARTICLES: ReadonlySet<string> = new Set(['не', 'ни']);

/** Whether a normalised word negates: a listed one, or an English contraction ("didn't", "won’t"). */
function negates(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't") || word.endsWith('n’t');
}

/** `negates` of a token's word, worked out once per token: every gapped phrase of every list asks it. */
function tokenNegates(t: Token): boolean {
  let n = t.negation;
  if (n < 0) t.negation = n = negates(t.text) ? 1 : 0;
  return n === 1;
}

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

/** The phrases that start with one stem: all in list order; past BUCKET_SCAN, also by second stem. */
interface StartBucket {
  all: number[];
  /** Phrases of one word (set with `bySecond`). */
  singles: number[];
  bySecond: Map<string, number[]> | null;
}
/** Up to this many phrases with one first stem are simply tried in turn. */
const BUCKET_SCAN = 4;
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

/** How a phrase list matches. */
export interface PhraseOptions {
  /**
   * Other words allowed between two consecutive words of a phrase (0: the words must be adjacent;
   * at most MAX_PHRASE_GAP). The gap holds no negation, does not cross a sentence end, and does
   * not follow a bound Russian particle («не», «ни»).
   */
  gap?: number;
}

/**
 * Words and phrases compiled once to stem sequences, found in a mention's tokens in one pass.
 *
 * With a gap, a phrase of k words starting at a token is followed through at most
 * (k − 1) × (gap + 1) further tokens, each compared with at most k stems: linear in the text.
 */
export class PhraseSet {
  /** The phrases as written in the playbook. */
  readonly phrases: readonly string[];
  /** Other words allowed between two words of a phrase. */
  readonly gap: number;
  private readonly stems: string[][];
  /** Phrases by their first stem (ascending), and, for a long list, by their second stem too. */
  private readonly index = new Map<string, StartBucket>();
  /** Candidates of `matchFrom` (scratch). */
  private readonly candidates: number[] = [];
  /** Per phrase word, the last token it was reached at while following a gapped phrase (scratch). */
  private readonly reach: Int32Array;
  /** The last token of the phrase `matchFrom` found. */
  private end = -1;
  /** The stems the tokens of the current `find` have (see `presentStems`), or null: not known. */
  private present: ReadonlySet<string> | null = null;

  private constructor(phrases: string[], stems: string[][], gap: number) {
    this.phrases = phrases;
    this.stems = stems;
    this.gap = Math.max(0, Math.min(MAX_PHRASE_GAP, Math.floor(gap)));
    this.reach = new Int32Array(stems.reduce((m, x) => Math.max(m, x.length), 0));
    stems.forEach((s, i) => {
      if (s.length === 0) return;
      let bucket = this.index.get(s[0]);
      if (!bucket) this.index.set(s[0], (bucket = { all: [], singles: [], bySecond: null }));
      bucket.all.push(i);
    });
    for (const bucket of this.index.values()) {
      if (bucket.all.length <= BUCKET_SCAN) continue;
      bucket.bySecond = new Map();
      for (const i of bucket.all) {
        const s = this.stems[i];
        if (s.length === 1) bucket.singles.push(i);
        else {
          const list = bucket.bySecond.get(s[1]);
          if (list) list.push(i);
          else bucket.bySecond.set(s[1], [i]);
        }
      }
    }
  }

  /** Compiles phrases: each is normalised, tokenised and stemmed the way mentions are. */
  static compile(phrases: readonly string[], locale: Locale, cache?: StemCache, options: PhraseOptions = {}): PhraseSet {
    const stems = phrases.map((p) => {
      const tokens = tokenise(normalise(p, locale));
      stemTokens(tokens, cache);
      return tokens.map((t) => t.stem);
    });
    return new PhraseSet([...phrases], stems, options.gap ?? 0);
  }

  /** The stems of a compiled phrase (for tests and explanations). */
  stemsOf(i: number): readonly string[] {
    return this.stems[i];
  }

  /** The stems a phrase can start with: a token whose stem or loose key is none of them starts no phrase. */
  firstStems(): IterableIterator<string> {
    return this.index.keys();
  }

  /** The first phrase that occurs at token t, or -1; its last token is then in `end`. */
  private matchFrom(tokens: readonly Token[], t: number): number {
    const token = tokens[t];
    const exact = this.index.get(token.stem);
    if (exact) {
      const p = this.matchBucket(tokens, t, exact);
      if (p >= 0) return p;
    }
    // Loose match: look the stem up without one or two trailing vowels.
    let keys = token.loose;
    if (keys == null) keys = token.loose = looseKeys(token.stem);
    for (let k = 0; k < keys.length; k++) {
      const loose = this.index.get(keys[k]);
      if (loose) {
        const p = this.matchBucket(tokens, t, loose);
        if (p >= 0) return p;
      }
    }
    return -1;
  }

  /**
   * The first phrase of a bucket (in list order) that occurs at token t, or -1. A long bucket is
   * narrowed to the phrases whose second word can be one of the next gap + 1 tokens (by their stems
   * and loose keys, the only stems `stemMatches` lets them be): the same answer, without following
   * every phrase that shares a first word («не …», "not …").
   */
  private matchBucket(tokens: readonly Token[], t: number, bucket: StartBucket): number {
    if (bucket.bySecond === null) {
      for (const p of bucket.all) if (this.matchAt(tokens, t, p)) return p;
      return -1;
    }
    const c = this.candidates;
    c.length = 0;
    for (const p of bucket.singles) c.push(p);
    const last = Math.min(tokens.length - 1, t + 1 + this.gap);
    for (let k = t + 1; k <= last; k++) {
      const next = tokens[k];
      const list = bucket.bySecond.get(next.stem);
      if (list) for (const p of list) c.push(p);
      let keys = next.loose;
      if (keys == null) keys = next.loose = looseKeys(next.stem);
      for (let j = 0; j < keys.length; j++) {
        const more = bucket.bySecond.get(keys[j]);
        if (more) for (const p of more) c.push(p);
      }
    }
    if (c.length > 1) c.sort((a, b) => a - b);
    for (let i = 0; i < c.length; i++) {
      if (i > 0 && c[i] === c[i - 1]) continue;
      if (this.matchAt(tokens, t, c[i])) return c[i];
    }
    return -1;
  }

  /** Whether the phrase, whose first word is token `at`, goes on from there; sets `end`. */
  private matchAt(tokens: readonly Token[], at: number, phrase: number): boolean {
    const s = this.stems[phrase];
    // A later word no token of the mention can be: no need to follow the phrase (most starts on «не», "my").
    const present = this.present;
    if (present !== null) for (let k = 1; k < s.length; k++) if (!present.has(s[k])) return false;
    let adjacent = at + s.length <= tokens.length;
    for (let k = 1; adjacent && k < s.length; k++) if (!stemMatches(tokens[at + k].stem, s[k])) adjacent = false;
    if (adjacent) {
      this.end = at + s.length - 1;
      return true;
    }
    if (this.gap === 0) return false;
    const end = this.matchGapped(tokens, at, s);
    if (end < 0) return false;
    this.end = end;
    return true;
  }

  /**
   * The phrase followed with up to `gap` other words between its words: the earliest token that
   * completes it, or -1. `reach[j]` is the latest token at which words 0…j occur in order with
   * gaps that fit, so each further token is compared once with each word it can continue.
   */
  private matchGapped(tokens: readonly Token[], at: number, s: readonly string[]): number {
    const k = s.length,
      gap = this.gap,
      reach = this.reach,
      sentence = tokens[at].sentence;
    reach.fill(-1, 0, k);
    reach[0] = at;
    let frontier = at; // the latest token that some unfinished prefix of the phrase reached
    for (let p = at + 1; p < tokens.length && p - frontier <= gap + 1; p++) {
      const token = tokens[p];
      if (token.sentence !== sentence) return -1;
      // Downwards, so a token continues a prefix reached before it, not one it has just extended.
      for (let j = k - 1; j >= 1; j--) {
        const q = reach[j - 1];
        if (q < 0 || p - q - 1 > (BOUND_PARTICLES.has(s[j - 1]) ? 0 : gap) || !stemMatches(token.stem, s[j])) continue;
        if (j === k - 1) return p;
        reach[j] = p;
        frontier = p;
      }
      if (tokenNegates(token)) {
        // A negation is no gap word: only prefixes that end at it go on.
        let alive = false;
        for (let j = 0; j < k - 1; j++) {
          if (reach[j] === p) alive = true;
          else reach[j] = -1;
        }
        if (!alive) return -1;
      }
    }
    return -1;
  }

  /**
   * The hits in token order, at most `limit` (1 is the fast "does it occur" test). `starts`, from
   * `phraseStarts` with keys that include this set's `firstStems`, limits the search to the tokens
   * where some phrase can start: the same hits, without looking every token up in every set.
   */
  find(tokens: readonly Token[], limit = Infinity, starts?: ArrayLike<number>, present?: ReadonlySet<string>): PhraseHit[] {
    this.present = present ?? null;
    try {
      return this.findFrom(tokens, limit, starts);
    } finally {
      this.present = null;
    }
  }

  private findFrom(tokens: readonly Token[], limit: number, starts?: ArrayLike<number>): PhraseHit[] {
    const hits: PhraseHit[] = [];
    if (starts !== undefined) {
      for (let k = 0; k < starts.length && hits.length < limit; k++) {
        const t = starts[k];
        const p = this.matchFrom(tokens, t);
        if (p >= 0) hits.push({ phrase: p, first: t, last: this.end });
      }
      return hits;
    }
    for (let t = 0; t < tokens.length && hits.length < limit; t++) {
      const p = this.matchFrom(tokens, t);
      if (p >= 0) hits.push({ phrase: p, first: t, last: this.end });
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

/**
 * Every stem a token of `tokens` counts as for `stemMatches`: its own, and its loose keys (the stem
 * less one or two trailing vowels), so `present.has(wordStem)` says whether some token matches
 * that phrase word. Built once per mention; phrase sets use it to skip a phrase whose later words
 * the mention does not have.
 */
export function presentStems(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    out.add(t.stem);
    let keys = t.loose;
    if (keys == null) keys = t.loose = looseKeys(t.stem);
    for (let k = 0; k < keys.length; k++) out.add(keys[k]);
  }
  return out;
}

/**
 * The start tokens of many phrase sets at once: each owner (a word list, a lexicon) registers the
 * stems its phrases start with; one pass over a mention's tokens then gives every owner its own
 * start tokens, so an owner none of whose phrases can start in the mention costs it nothing.
 */
export class StartIndex {
  private readonly slots = new Map<object, number>();
  private readonly byKey = new Map<string, number[]>();
  /**
   * The slots a token of each stem starts (by the stem and its loose keys, merged): one look-up per
   * token instead of one per key. Bounded like the other memos; reset when an owner is added.
   */
  private readonly byStem = new Map<string, readonly number[]>();

  /** Registers an owner with the stems its phrases can start with (see `PhraseSet.firstStems`). */
  add(owner: object, keys: Iterable<string>): void {
    if (this.slots.has(owner)) return;
    const slot = this.slots.size;
    this.slots.set(owner, slot);
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (list === undefined) this.byKey.set(k, [slot]);
      else if (list[list.length - 1] !== slot) list.push(slot);
    }
    this.byStem.clear();
  }

  /** Each owner's start tokens in `tokens` (ascending), as `phraseStarts` with that owner's keys gives them. */
  starts(tokens: readonly Token[]): MentionStarts {
    const bySlot: Array<number[] | undefined> = new Array(this.slots.size);
    for (let t = 0; t < tokens.length; t++) {
      const slots = this.slotsOf(tokens[t]);
      for (let k = 0; k < slots.length; k++) {
        const s = slots[k];
        const list = bySlot[s];
        if (list === undefined) bySlot[s] = [t];
        else list.push(t);
      }
    }
    return new MentionStarts(this.slots, bySlot);
  }

  /** The owners (slots, ascending, each once) a token can start a phrase of. */
  private slotsOf(token: Token): readonly number[] {
    const stem = token.stem;
    let slots = this.byStem.get(stem);
    if (slots !== undefined) return slots;
    const found = new Set<number>(this.byKey.get(stem));
    let loose = token.loose;
    if (loose == null) loose = token.loose = looseKeys(stem);
    for (let k = 0; k < loose.length; k++) for (const s of this.byKey.get(loose[k]) ?? []) found.add(s);
    slots = found.size === 0 ? NO_SLOTS : [...found].sort((a, b) => a - b);
    if (stem.length <= 40) {
      if (this.byStem.size >= LOOSE_MEMO_LIMIT) this.byStem.clear();
      this.byStem.set(stem, slots);
    }
    return slots;
  }
}

const NO_SLOTS: readonly number[] = [];

/** One mention's start tokens by owner (see `StartIndex`). */
export class MentionStarts {
  constructor(
    private readonly slots: ReadonlyMap<object, number>,
    private readonly bySlot: ReadonlyArray<number[] | undefined>,
  ) {}

  /** The owner's start tokens; undefined for an owner the index does not know (then search every token). */
  of(owner: object): ArrayLike<number> | undefined {
    const slot = this.slots.get(owner);
    if (slot === undefined) return undefined;
    return this.bySlot[slot] ?? NO_STARTS;
  }
}

const stemCache = new StemCache(20_000);
const compiled = new Map<string, PhraseSet>();

/** A text normalised, tokenised and stemmed as {@link findPhrase} reads it: pass it to search one text for several phrases. */
export function phraseTokens(text: string, locale: Locale): Token[] {
  const tokens = tokenise(normalise(text, locale));
  stemTokens(tokens, stemCache);
  return tokens;
}

/**
 * Finds a word or phrase in a text by word stems, the way tone rules compare: «заказ» finds
 * «заказа», «вы сами виноваты» finds «Вы сами виноваты!». The words must be adjacent (no gap).
 * Returns the span in the original text, or null. `tokens` are {@link phraseTokens} of the text.
 */
export function findPhrase(
  text: string,
  phrase: string,
  locale: Locale,
  tokens: readonly Token[] = phraseTokens(text, locale),
): TextSpan | null {
  const key = `${locale}\u0000${phrase}`;
  let set = compiled.get(key);
  if (!set) {
    if (compiled.size > 5_000) compiled.clear(); // a memo, not a store: bounded
    set = PhraseSet.compile([phrase], locale, stemCache);
    compiled.set(key, set);
  }
  const hit = set.find(tokens, 1)[0];
  if (!hit) return null;
  const start = tokens[hit.first].oStart,
    end = tokens[hit.last].oEnd;
  return { start, end, text: text.slice(start, end) };
}
