import type { Locale } from '../../model/playbook.js';
import { isLetter } from '../char-class.js';
import { PhraseSet } from '../phrase.js';
import { stem, type StemCache } from '../stem.js';
import type { Token } from '../tokenise.js';
import type { BuiltinLexicon } from './builtin-lexicon.js';

/** A lexicon word found in a mention: the tokens it covers and the root or word that matched. */
export interface LexiconHit {
  first: number;
  last: number;
  /** The root («хуй», "fuck") or, for a playbook word, the word as written. */
  root: string;
}

export interface LexiconOptions {
  id: string;
  /** Built-in lexicons this one extends (none for a playbook's own lexicon). */
  builtins?: readonly BuiltinLexicon[];
  /** Words matched by stem: the playbook's `words`, or `extend` of a built-in. */
  words?: readonly string[];
  /** Words never matched, compared by word and by stem; a phrase of several words cancels the hits it overlaps. */
  except?: readonly string[];
  /** Other words allowed between a phrase's words (see `PhraseOptions`; default 0). */
  gap?: number;
  locale: Locale;
  cache?: StemCache;
  /** A memo shared with the playbook's other lexicons: one look-up per word serves them all. */
  memo?: LexiconMemo;
}

/** One word's results in the lexicons sharing a memo, by slot: undefined until asked. */
export type WordRecord = Array<string | null | undefined>;

/**
 * Results of `matchWord` by word for several lexicons at once: a mention's words are looked up once
 * (`records`), not once per lexicon. Bounded like each lexicon's own memo (cleared when full).
 */
export class LexiconMemo {
  private readonly map = new Map<string, WordRecord>();
  private slots = 0;

  /** A slot for one more lexicon. */
  register(): number {
    return this.slots++;
  }

  /** The record of a word (created empty), or null for a word too long to memoise. */
  record(w: string): WordRecord | null {
    if (w.length > MEMO_MAX_WORD) return null;
    let rec = this.map.get(w);
    if (rec === undefined) {
      if (this.map.size >= MEMO_LIMIT) this.map.clear();
      rec = new Array<string | null | undefined>(this.slots).fill(undefined);
      this.map.set(w, rec);
    }
    return rec;
  }

  /** The records of a mention's tokens, in token order. */
  records(tokens: readonly Token[]): Array<WordRecord | null> {
    const out = new Array<WordRecord | null>(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.record(tokens[i].text);
    return out;
  }
}

const STAR = 0x2a;
/** An except entry of more than one word («загорелась лампочка»). */
const MULTI_WORD = /[\s\-‐-―]/u;
/** Words remembered per lexicon; an entry is a short string and a root. */
const MEMO_LIMIT = 20_000;
/** Longer words (rare, and unbounded in size) are matched every time. */
const MEMO_MAX_WORD = 40;
/**
 * The longest run of single letters tried as one spelled-out word («с у к а»): longer runs are not
 * joined from that letter (a later letter of the run, with a shorter rest, still is).
 */
export const MAX_SPELLED_LETTERS = 40;

// Letters of the two scripts numbered 1…58, for a bitmap of letter pairs.
const LETTER_NO = new Uint8Array(0x500);
for (let c = 0x430; c <= 0x44f; c++) LETTER_NO[c] = c - 0x430 + 1;
for (let c = 0x61; c <= 0x7a; c++) LETTER_NO[c] = c - 0x61 + 33;
const pairNo = (a: number, b: number): number =>
  a < 0x500 && b < 0x500 && LETTER_NO[a] && LETTER_NO[b] ? LETTER_NO[a] * 64 + LETTER_NO[b] : 0;

/** Matches a masked word against a form: each run of k stars stands for 1…k+2 letters. */
function globMatch(masked: string, form: string, i = 0, j = 0): boolean {
  while (i < masked.length) {
    if (masked.charCodeAt(i) === STAR) {
      let k = i;
      while (k < masked.length && masked.charCodeAt(k) === STAR) k++;
      const stars = k - i;
      for (let take = 1; take <= stars + 2 && j + take <= form.length; take++) {
        if (globMatch(masked, form, k, j + take)) return true;
      }
      return false;
    }
    if (j >= form.length || masked.charCodeAt(i) !== form.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return j === form.length;
}

/** The word with each doubled letter single («ссука» → «сука»), or null when it has none. */
function undouble(w: string): string | null {
  let prev = -1,
    doubled = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === prev && isLetter(c)) {
      doubled = true;
      break;
    }
    prev = c;
  }
  if (!doubled) return null;
  let out = '';
  prev = -1;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c !== prev || !isLetter(c)) out += w[i];
    prev = c;
  }
  return out;
}

/**
 * A lexicon compiled once: built-in roots as one anchored regex, masked forms, playbook words by
 * stem, and the exceptions. `find` reads the tokens of one mention.
 */
export class LexiconMatcher {
  readonly id: string;
  private readonly any: RegExp | null;
  private readonly each: Array<{ root: string; re: RegExp }>;
  /** Letter pairs (see `cores`): a word without one of them cannot match `any`. */
  private readonly pairs = new Uint8Array(64 * 64);
  private readonly contains: Array<{ root: string; text: string }>;
  private readonly forms: string[];
  private readonly exceptWords: Set<string>;
  private readonly exceptStems: Set<string>;
  private readonly words: PhraseSet | null;
  /** Except entries of several words: a hit they overlap does not count. */
  private readonly exceptPhrases: PhraseSet | null;
  /** The shared memo and this lexicon's slot in it, if any. */
  readonly shared: LexiconMemo | null;
  private readonly slot: number;

  constructor(o: LexiconOptions) {
    this.id = o.id;
    this.shared = o.memo ?? null;
    this.slot = this.shared ? this.shared.register() : -1;
    const all = (o.builtins ?? []).flatMap((b) => b.roots);
    const roots = all.filter((r) => r.pattern !== undefined) as Array<{ root: string; pattern: string; cores?: readonly string[] }>;
    this.contains = all.flatMap((r) => (r.contains ?? []).map((text) => ({ root: r.root, text })));
    this.each = roots.map((r) => ({ root: r.root, re: new RegExp(`^(?:${r.pattern})$`, 'u') }));
    this.any = roots.length ? new RegExp(`^(?:${roots.map((r) => r.pattern).join('|')})$`, 'u') : null;
    for (const r of roots) {
      // A root without cores would make the filter useless: mark every pair.
      if (!r.cores?.length) {
        this.pairs.fill(1);
        break;
      }
      for (const c of r.cores) this.pairs[pairNo(c.charCodeAt(0), c.charCodeAt(1))] = 1;
    }
    const allExcept = [...(o.builtins ?? []).flatMap((b) => b.except), ...(o.except ?? [])];
    const except = allExcept.filter((w) => !MULTI_WORD.test(w.trim())).map((w) => w.toLowerCase().replace(/ё/g, 'е'));
    const exceptPhrases = allExcept.filter((w) => MULTI_WORD.test(w.trim()));
    this.exceptWords = new Set(except);
    this.exceptStems = new Set(except.map((w) => stem(w)));
    this.exceptPhrases = exceptPhrases.length ? PhraseSet.compile(exceptPhrases, o.locale, o.cache) : null;
    const words = o.words ?? [];
    // Built-in phrases first: a playbook word that repeats one is found as the built-in phrase.
    const phrases = [...(o.builtins ?? []).flatMap((b) => b.phrases ?? []), ...words];
    this.words = phrases.length ? PhraseSet.compile(phrases, o.locale, o.cache, { gap: o.gap }) : null;
    this.forms = [...(o.builtins ?? []).flatMap((b) => b.forms), ...words.map((w) => w.toLowerCase().replace(/ё/g, 'е'))];
  }

  private excepted(t: Token): boolean {
    return this.exceptWords.size > 0 && (this.exceptWords.has(t.text) || this.exceptStems.has(t.stem || stem(t.text)));
  }

  /**
   * Results of `matchWord` by word: mentions repeat the same words, and most are not in the lexicon.
   * A bounded memo (cleared when full), so memory stays flat on an endless stream.
   */
  private readonly memo = new Map<string, string | null>();

  /** The root a normalised word matches, or null. Tries the word as written, then undoubled. */
  matchWord(w: string): string | null {
    if (w.length > MEMO_MAX_WORD) return this.matchUncached(w);
    let root = this.memo.get(w);
    if (root === undefined) {
      root = this.matchUncached(w);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(w, root);
    }
    return root;
  }

  /** `matchWord` through a shared record of the word (null: not memoised). */
  private matchRecord(rec: WordRecord | null, w: string): string | null {
    if (rec === null) return this.matchUncached(w);
    let root = rec[this.slot];
    if (root === undefined) rec[this.slot] = root = this.matchUncached(w);
    return root;
  }

  private matchUncached(w: string): string | null {
    if (w.length < 2) return null;
    for (const c of this.contains) if (w.includes(c.text)) return c.root;
    if (this.any && this.mayMatch(w)) {
      if (this.any.test(w)) return this.rootOf(w);
      const u = undouble(w);
      if (u !== null && this.any.test(u)) return this.rootOf(u);
    }
    if (w.includes('*')) {
      // «f*u*c*k»: letters kept apart by stars are a spelled-out word, not a mask.
      const bare = /^(?:\p{L}\*)+\p{L}$/u.test(w) ? w.replace(/\*/g, '') : null;
      if (bare !== null) {
        const r = this.matchWord(bare);
        if (r !== null) return r;
      }
      for (const f of this.forms) if (globMatch(w, f)) return this.rootOf(f) ?? f;
    }
    return null;
  }

  private mayMatch(w: string): boolean {
    let prev = w.charCodeAt(0);
    for (let i = 1; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (this.pairs[pairNo(prev, c)] === 1) return true;
      prev = c;
    }
    return false;
  }

  private rootOf(w: string): string | null {
    for (const c of this.contains) if (w.includes(c.text)) return c.root;
    for (const e of this.each) if (e.re.test(w)) return e.root;
    return null;
  }

  /** The first stems of the playbook's words (see `PhraseSet.firstStems`). */
  firstStems(): Iterable<string> {
    return this.words ? this.words.firstStems() : [];
  }

  /** The lexicon's words in the tokens, in order, at most `limit`; `starts` as for `PhraseSet.find`. */
  find(tokens: readonly Token[], limit = Infinity, starts?: Int32Array, records?: ReadonlyArray<WordRecord | null>): LexiconHit[] {
    // records only of this lexicon's shared memo (`LexiconMemo.records` of the same tokens)
    const recs = records !== undefined && this.shared !== null ? records : undefined;
    const hits: LexiconHit[] = [];
    const n = tokens.length;
    // With except phrases a hit may yet be cancelled: collect them all, then cut to `limit`.
    const cap = this.exceptPhrases ? Infinity : limit;
    for (let i = 0; i < n && hits.length < cap; i++) {
      const t = tokens[i];
      if (t.text.length === 1 && (this.any || this.contains.length || this.forms.length)) {
        // Letters spaced apart that the normaliser left alone («с у к а»): try them joined. A run
        // is tried from each of its letters, so its length is capped (MAX_SPELLED_LETTERS): a run
        // of 10,000 single letters took seconds, and no word is spelled out that long.
        let j = i;
        while (j + 1 < n && j - i + 1 < MAX_SPELLED_LETTERS && tokens[j + 1].text.length === 1 && tokens[j + 1].start === tokens[j].end + 1)
          j++;
        const tooLong =
          j - i + 1 === MAX_SPELLED_LETTERS && j + 1 < n && tokens[j + 1].text.length === 1 && tokens[j + 1].start === tokens[j].end + 1;
        if (j - i >= 2 && !tooLong) {
          let joined = '';
          for (let k = i; k <= j; k++) joined += tokens[k].text;
          const root = this.matchWord(joined);
          if (root !== null && !this.exceptWords.has(joined)) {
            hits.push({ first: i, last: j, root });
            i = j;
            continue;
          }
        }
        continue;
      }
      const root = recs !== undefined ? this.matchRecord(recs[i], t.text) : this.matchWord(t.text);
      if (root !== null && !this.excepted(t)) hits.push({ first: i, last: i, root });
    }
    if (this.words && hits.length < cap) {
      for (const h of this.words.find(tokens, cap - hits.length, starts)) {
        if (!this.excepted(tokens[h.first])) hits.push({ first: h.first, last: h.last, root: this.words.phrases[h.phrase] });
      }
      hits.sort((a, b) => a.first - b.first);
    }
    if (this.exceptPhrases && hits.length > 0) {
      const out = this.exceptPhrases.find(tokens);
      if (out.length > 0) {
        // Mark the tokens the except phrases cover (each at most once): linear in the tokens.
        const covered = new Uint8Array(n);
        let upTo = -1;
        for (const x of out) {
          for (let k = Math.max(x.first, upTo + 1); k <= x.last; k++) covered[k] = 1;
          upTo = Math.max(upTo, x.last);
        }
        const kept = hits.filter((h) => {
          for (let k = h.first; k <= h.last; k++) if (covered[k] === 1) return false;
          return true;
        });
        return kept.length > limit ? kept.slice(0, limit) : kept;
      }
    }
    return hits.length > limit ? hits.slice(0, limit) : hits;
  }
}
