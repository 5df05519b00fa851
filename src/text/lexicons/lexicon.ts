import type { Locale } from '../../model/playbook.js';
import { isCyrillic, isLatin, isLetter, isWordChar } from '../char-class.js';
import { PhraseSet } from '../phrase.js';
import { stem, type StemCache } from '../stem.js';
import type { Token } from '../tokenise.js';
import type { BuiltinLexicon } from './builtin-lexicon.js';
import { MAX_READING_CHARS, rawSpelling, readings } from './readings.js';

/** A lexicon word found in a mention: the tokens it covers and the root or word that matched. */
export interface LexiconHit {
  first: number;
  last: number;
  /** The root («хуй», "fuck") or, for a playbook word, the word as written. */
  root: string;
  /**
   * The matched stretch of the original text, end exclusive: the tokens' span, and the symbols a
   * spelling took on at its edges (`@ss`, `shi+`, `х**`).
   */
  oStart: number;
  oEnd: number;
}

export interface LexiconOptions {
  id: string;
  /** Built-in lexicons this one extends (none for a playbook's own lexicon). */
  builtins?: readonly BuiltinLexicon[];
  /** Words matched by stem: the playbook's `words`, or `extend` of a built-in. */
  words?: readonly string[];
  /** Words never matched, compared by word and by stem; a phrase of several words (found with `gap`) cancels the hits it overlaps. */
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
/** The longest stretch of such a run read as one word (the longest spelled-out swear word is shorter). */
export const MAX_SPELLED_WORD = 16;
/** Words glued by symbols (`пиз-дец`, `fu.cking`) are tried up to this many tokens at once. */
export const MAX_GLUED_TOKENS = 4;
/** The most symbols between two glued tokens (`пиз-дец`, `f.ck`). */
const MAX_GLUE = 3;
/** The most symbols at a word's edge (`@ss`, `shi+`, a mask `b****` of any length). */
const MAX_EDGE = 12;

// Letters of the two scripts numbered 1…58, for a bitmap of letter pairs.
const LETTER_NO = new Uint8Array(0x500);
for (let c = 0x430; c <= 0x44f; c++) LETTER_NO[c] = c - 0x430 + 1;
for (let c = 0x61; c <= 0x7a; c++) LETTER_NO[c] = c - 0x61 + 33;
const pairNo = (a: number, b: number): number =>
  a < 0x500 && b < 0x500 && LETTER_NO[a] && LETTER_NO[b] ? LETTER_NO[a] * 64 + LETTER_NO[b] : 0;

/**
 * Whether a masked word fits a form: each run of k stars stands for 1…k+2 letters. Dynamic
 * programming over the two strings (at most 40 × the form's length steps), not backtracking.
 */
function globMatch(masked: string, form: string): boolean {
  const m = masked.length,
    n = form.length;
  // can[j]: the masked prefix read so far matches form[0, j)
  let can = new Uint8Array(n + 1);
  can[0] = 1;
  let i = 0;
  while (i < m) {
    const next = new Uint8Array(n + 1);
    if (masked.charCodeAt(i) === STAR) {
      let k = i;
      while (k < m && masked.charCodeAt(k) === STAR) k++;
      const most = k - i + 2;
      for (let j = 0; j < n; j++) if (can[j]) for (let take = 1; take <= most && j + take <= n; take++) next[j + take] = 1;
      i = k;
    } else {
      const c = masked.charCodeAt(i);
      for (let j = 0; j < n; j++) if (can[j] && form.charCodeAt(j) === c) next[j + 1] = 1;
      i++;
    }
    can = next;
  }
  return can[n] === 1;
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

/** Symbols that glue a word's pieces together (`пиз-дец`, `f.ck`, `fu*k`, `bas+ard`, `ху€та`). */
const isGlue = (c: number): boolean =>
  c === 0x2e || c === 0x2d || c === 0x5f || c === STAR || c === 0x2b || c === 0x40 || c === 0x24 || c === 0x21 || c === 0x20ac;
/** Symbols a word may open with (`@ss`, `$hit`, `+wat`, `*сука*` is emphasis and reads as itself). */
const isOpener = (c: number): boolean => c === 0x40 || c === 0x24 || c === 0x2b || c === STAR;
/** Symbols a word may close with (`shi+`, `a$$`, `х**`); not `!`, which ends sentences. */
const isCloser = (c: number): boolean => c === 0x2b || c === 0x24 || c === STAR;

/** Whether a spelling is Latin letters only. */
function isLatinWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isLatin(w.charCodeAt(i))) return false;
  return w.length > 0;
}

/** Lower case of a Latin or Cyrillic letter (others as they are). */
const lowerCode = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c >= 0x410 && c <= 0x42f ? c + 32 : c);

const CHANGED = 0,
  WRITTEN_CYRILLIC = 1,
  WRITTEN_OTHER = 2;

/**
 * Whether a token is its original characters in lower case (nothing folded, joined or dropped):
 * WRITTEN_CYRILLIC when they are Cyrillic letters only, WRITTEN_OTHER otherwise, CHANGED when not.
 */
function writtenAs(t: Token, original: string): number {
  const w = t.text;
  if (t.oEnd - t.oStart !== w.length) return CHANGED;
  let cyrillic = true;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (lowerCode(original.charCodeAt(t.oStart + k)) !== c) return CHANGED;
    if (c < 0x430 || c > 0x44f) cyrillic = false;
  }
  return cyrillic ? WRITTEN_CYRILLIC : WRITTEN_OTHER;
}

/** Bit of a token's state: a glue symbol, an opener or a closer touches it (see `touchesSymbol`). */
const GLUE = 4;

/** Whether a symbol touches the token (a glue before the next token, an opener or a closer): most tokens have none. */
function touchesSymbol(src: string, t: Token): boolean {
  const after = t.oEnd < src.length ? src.charCodeAt(t.oEnd) : 0;
  const before = t.oStart > 0 ? src.charCodeAt(t.oStart - 1) : 0;
  return isGlue(after) || isCloser(after) || isOpener(before);
}

/**
 * The token's `writtenAs` and GLUE bit, computed once per mention: every lexicon that reads
 * disguised spellings asks the same of the same tokens (a mention has one original text).
 */
function tokenState(t: Token, original: string): number {
  let w = t.written;
  if (w < 0) t.written = w = writtenAs(t, original) | (touchesSymbol(original, t) ? GLUE : 0);
  return w;
}

/** A stretch of the original text tried as one word. */
interface Candidate {
  first: number;
  last: number;
  oStart: number;
  oEnd: number;
}

/**
 * A lexicon compiled once: built-in roots by the letter pairs they need (each an anchored regex),
 * masked forms, playbook words by stem, and the exceptions. `find` reads the tokens of one mention.
 */
export class LexiconMatcher {
  readonly id: string;
  /** The built-in roots in the lexicon's order, each pattern anchored (compiled by V8 at its first test). */
  private readonly each: Array<{ root: string; re: RegExp }>;
  /**
   * The roots (indices into `each`, ascending) a word holding a letter pair can match (see
   * `cores`): a word is tried only against the roots whose cores it holds. One regex of every root
   * at once made the first mention of a process compile it whole (about 100 ms of `test`'s first
   * complaint); now only the roots a word's letters point to are compiled, when first asked.
   */
  private readonly byPair = new Map<number, number[]>();
  /** Roots without cores: tried on every word of two letters or more. */
  private readonly coreless: number[] = [];
  /** The candidate roots of the word `rootMatching` is reading (reused: it is not reentrant). */
  private readonly candidates: number[] = [];
  private readonly contains: Array<{ root: string; text: string }>;
  private readonly forms: string[];
  private readonly exceptWords: Set<string>;
  private readonly exceptStems: Set<string>;
  private readonly words: PhraseSet | null;
  /**
   * Except entries of several words: a hit they overlap does not count. Public so the classifier's
   * `StartIndex` can give `find` their start tokens too.
   */
  readonly exceptPhrases: PhraseSet | null;
  /** Whether the lexicon has built-in roots or forms (a playbook's own lexicon has only words). */
  private readonly spelled: boolean;
  /** Whether words are also read in their disguised spellings (`BuiltinLexicon.obfuscated`). */
  private readonly obfuscated: boolean;
  /** The shared memo and this lexicon's slot in it, if any. */
  readonly shared: LexiconMemo | null;
  private readonly slot: number;
  /** This lexicon's slot for `matchRaw` of the word as normalised (a token written in Latin letters). */
  private readonly rawSlot: number;

  constructor(o: LexiconOptions) {
    this.id = o.id;
    this.shared = o.memo ?? null;
    this.slot = this.shared ? this.shared.register() : -1;
    this.rawSlot = this.shared ? this.shared.register() : -1;
    const all = (o.builtins ?? []).flatMap((b) => b.roots);
    const roots = all.filter((r) => r.pattern !== undefined) as Array<{ root: string; pattern: string; cores?: readonly string[] }>;
    this.contains = all.flatMap((r) => (r.contains ?? []).map((text) => ({ root: r.root, text })));
    this.each = roots.map((r) => ({ root: r.root, re: new RegExp(`^(?:${r.pattern})$`, 'u') }));
    roots.forEach((r, i) => {
      if (!r.cores?.length) {
        this.coreless.push(i);
        return;
      }
      for (const c of r.cores) {
        const pair = pairNo(c.charCodeAt(0), c.charCodeAt(1));
        const list = this.byPair.get(pair);
        if (list === undefined) this.byPair.set(pair, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    const allExcept = [...(o.builtins ?? []).flatMap((b) => b.except), ...(o.except ?? [])];
    const except = allExcept.filter((w) => !MULTI_WORD.test(w.trim())).map((w) => w.toLowerCase().replace(/ё/g, 'е'));
    const exceptPhrases = allExcept.filter((w) => MULTI_WORD.test(w.trim()));
    // The built-in dictionaries of look-alikes are whole words; `except` words also cover their stems.
    this.exceptWords = new Set([...except, ...(o.builtins ?? []).flatMap((b) => b.lookalikes ?? []).map((w) => w.toLowerCase())]);
    this.exceptStems = new Set(except.map((w) => stem(w)));
    this.exceptPhrases = exceptPhrases.length ? PhraseSet.compile(exceptPhrases, o.locale, o.cache, { gap: o.gap }) : null;
    const words = o.words ?? [];
    // Built-in phrases first: a playbook word that repeats one is found as the built-in phrase.
    const phrases = [...(o.builtins ?? []).flatMap((b) => b.phrases ?? []), ...words];
    this.words = phrases.length ? PhraseSet.compile(phrases, o.locale, o.cache, { gap: o.gap }) : null;
    this.forms = [...(o.builtins ?? []).flatMap((b) => b.forms), ...words.map((w) => w.toLowerCase().replace(/ё/g, 'е'))];
    this.spelled = this.each.length > 0 || this.contains.length > 0 || this.forms.length > 0;
    // A playbook's own lexicon (no built-in) may hold words commenters disguise: it keeps the readings.
    this.obfuscated = o.builtins === undefined || o.builtins.length === 0 || o.builtins.some((b) => b.obfuscated === true);
  }

  private excepted(t: Token): boolean {
    return this.exceptWords.size > 0 && (this.exceptWords.has(t.text) || this.exceptStems.has(t.stem || stem(t.text)));
  }

  /** Whether a normalised word is one of the lexicon's exceptions or look-alikes (compared as a word and by stem). */
  isLookalike(w: string): boolean {
    return this.exceptedWord(w);
  }

  /** Whether a spelling (a joined or read word) is one of the ordinary words the lexicon leaves alone. */
  private exceptedWord(w: string): boolean {
    return this.exceptWords.size > 0 && (this.exceptWords.has(w) || this.exceptStems.has(stem(w)));
  }

  /**
   * Results of `matchWord` by word: mentions repeat the same words, and most are not in the lexicon.
   * A bounded memo (cleared when full), so memory stays flat on an endless stream.
   */
  private readonly memo = new Map<string, string | null>();
  /** Results of `matchRaw` by raw spelling, bounded the same way. */
  private readonly rawMemo = new Map<string, string | null>();
  /** The candidate `find` asks `matchStretch` about for a token alone (which keeps no reference to it). */
  private readonly scratch: Candidate = { first: 0, last: 0, oStart: 0, oEnd: 0 };

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

  /**
   * The root a raw spelling (the original characters, see `rawSpelling`) matches in one of its
   * other readings (`readings`), or null. Readings that are ordinary words do not count.
   */
  matchRaw(raw: string): string | null {
    if (raw.length > MAX_READING_CHARS) return null;
    let root = this.rawMemo.get(raw);
    if (root === undefined) {
      root = null;
      // A mask needs a letter written as a letter ("5*" is a rating, not "s*").
      const maskOk = !raw.includes('*') || (raw.length >= 3 && /\p{L}/u.test(raw));
      // A whole Latin word's Russian readings are taken as spelled: undoubled, "eyeball" would read «ебал».
      const latin = isLatinWord(raw);
      for (const r of readings(raw)) {
        if (!maskOk && r.includes('*')) continue;
        const hit = latin && isCyrillic(r.charCodeAt(0)) ? this.rootOf(r) : this.matchWord(r);
        if (hit !== null && !this.exceptedWord(r)) {
          root = hit;
          break;
        }
      }
      if (this.rawMemo.size >= MEMO_LIMIT) this.rawMemo.clear();
      this.rawMemo.set(raw, root);
    }
    return root;
  }

  /** `matchRaw` of a normalised word through its shared record, when there is one. */
  private matchRawRecord(rec: WordRecord | null | undefined, w: string): string | null {
    if (rec == null) return this.matchRaw(w);
    let root = rec[this.rawSlot];
    if (root === undefined) rec[this.rawSlot] = root = this.matchRaw(w);
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
    const root = this.rootMatching(w);
    if (root !== null) return root;
    // Undoubled, a word holds no letter pair it did not hold before: the same roots, or fewer.
    const u = undouble(w);
    if (u !== null) {
      const r = this.rootMatching(u);
      if (r !== null) return r;
    }
    if (w.includes('*') && w.length >= 3) {
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

  /**
   * The first root, in the lexicon's order, whose pattern matches the whole of `w`, of the roots
   * whose cores `w` holds (a word without any of a root's cores cannot match it); null for none.
   */
  private rootMatching(w: string): string | null {
    if (this.each.length === 0 || w.length < 2) return null;
    const cand = this.candidates;
    cand.length = 0;
    for (const i of this.coreless) cand.push(i);
    let prev = w.charCodeAt(0);
    for (let k = 1; k < w.length; k++) {
      const c = w.charCodeAt(k);
      const list = this.byPair.get(pairNo(prev, c));
      if (list !== undefined) for (const i of list) cand.push(i);
      prev = c;
    }
    if (cand.length > 1) cand.sort((a, b) => a - b);
    for (let k = 0; k < cand.length; k++) {
      if (k > 0 && cand[k] === cand[k - 1]) continue;
      const e = this.each[cand[k]];
      if (e.re.test(w)) return e.root;
    }
    return null;
  }

  /** The root of a word as spelled: `matchUncached` without undoubling and masks (a Latin word's Russian readings, a mask's form). */
  private rootOf(w: string): string | null {
    for (const c of this.contains) if (w.includes(c.text)) return c.root;
    return this.rootMatching(w);
  }

  /** The first stems of the playbook's words (see `PhraseSet.firstStems`). */
  firstStems(): Iterable<string> {
    return this.words ? this.words.firstStems() : [];
  }

  /**
   * The root a stretch of the original text matches: its normalised token when it is one whole
   * token, then its other readings. Null when it matches none, or is one of the exceptions.
   */
  private matchStretch(tokens: readonly Token[], c: Candidate, original: string | undefined, rec?: WordRecord | null): string | null {
    const one = c.first === c.last && c.oStart === tokens[c.first].oStart && c.oEnd === tokens[c.first].oEnd;
    if (one) {
      const t = tokens[c.first];
      const root = rec !== undefined ? this.matchRecord(rec, t.text) : this.matchWord(t.text);
      if (root !== null) return this.excepted(t) ? null : root;
    } else if (original === undefined) {
      let joined = '';
      for (let k = c.first; k <= c.last; k++) joined += tokens[k].text;
      const root = this.matchWord(joined);
      if (root !== null) return this.exceptedWord(joined) ? null : root;
    }
    if (original === undefined) {
      // Without the original text only the token's own Latin letters can be read another way.
      if (!one || !this.obfuscated) return null;
      const root = this.matchRawRecord(rec, tokens[c.first].text);
      return root !== null && !this.excepted(tokens[c.first]) ? root : null;
    }
    if (one) {
      const t = tokens[c.first];
      const same = tokenState(t, original) & ~GLUE;
      // A Cyrillic word as written has no other reading: the common case, settled without a look-up.
      if (same === WRITTEN_CYRILLIC) return null;
      if (same === WRITTEN_OTHER) {
        // The exceptions are asked only of a word that reads as one of the roots (most read as none).
        const root = this.matchRawRecord(rec, t.text);
        return root !== null && !this.excepted(t) ? root : null;
      }
      if (this.excepted(t)) return null;
    }
    const raw = rawSpelling(original.slice(c.oStart, c.oEnd));
    if (!one) {
      const root = this.matchWord(raw);
      if (root !== null) return this.exceptedWord(raw) ? null : root;
    }
    return this.matchRaw(raw);
  }

  /**
   * The lexicon's words in the tokens, in order, at most `limit`; `starts` and `present` as for
   * `PhraseSet.find` (for the words), `exceptStarts` the same for `exceptPhrases`.
   */
  find(
    tokens: readonly Token[],
    limit = Infinity,
    starts?: ArrayLike<number>,
    records?: ReadonlyArray<WordRecord | null>,
    original?: string,
    exceptStarts?: ArrayLike<number>,
    present?: ReadonlySet<string>,
  ): LexiconHit[] {
    // records only of this lexicon's shared memo (`LexiconMemo.records` of the same tokens)
    const recs = records !== undefined && this.shared !== null ? records : undefined;
    // Without disguised spellings to look for, each token is matched as it was normalised.
    if (!this.obfuscated) original = undefined;
    const hits: LexiconHit[] = [];
    const n = tokens.length;
    // With except phrases a hit may yet be cancelled: collect them all, then cut to `limit`.
    const cap = this.exceptPhrases ? Infinity : limit;
    const src = original ?? '';
    if (!this.obfuscated && this.spelled) {
      // No disguised spellings to look for: each token is one memo look-up (the loop below, without its cases).
      for (let i = 0; i < n && hits.length < cap; i++) {
        const t = tokens[i];
        if (t.text.length === 1) continue;
        const root = recs !== undefined ? this.matchRecord(recs[i], t.text) : this.matchWord(t.text);
        if (root !== null && !this.excepted(t)) hits.push({ first: i, last: i, oStart: t.oStart, oEnd: t.oEnd, root });
      }
    }
    for (let i = 0; i < n && hits.length < cap && this.obfuscated; i++) {
      const t = tokens[i];
      if (!this.spelled) continue;
      if (t.text.length === 1 && this.obfuscated) {
        const spelled = this.spelledOut(tokens, i, original);
        if (spelled !== null) {
          hits.push(spelled);
          i = spelled.last;
          continue;
        }
      }
      // Pieces glued by symbols, longest first (`за-ебали`, `fu.cking`), then the token with the
      // symbols at its edges (`@ss`, `х**`), then the token alone.
      if (original !== undefined && (tokenState(t, src) & GLUE) !== 0) {
        let j = i;
        while (j + 1 < n && j - i + 1 < MAX_GLUED_TOKENS && this.glued(src, tokens[j].oEnd, tokens[j + 1].oStart)) j++;
        let hit: LexiconHit | null = null;
        for (let last = j; last > i && hit === null; last--) {
          const c = this.widen(src, { first: i, last, oStart: tokens[i].oStart, oEnd: tokens[last].oEnd });
          const root = this.matchStretch(tokens, c, original);
          if (root !== null) hit = { ...c, root };
        }
        if (hit === null) {
          const c = this.widen(src, { first: i, last: i, oStart: t.oStart, oEnd: t.oEnd });
          if (c.oStart !== t.oStart || c.oEnd !== t.oEnd) {
            const root = this.matchStretch(tokens, c, original);
            if (root !== null && !this.excepted(t)) hit = { ...c, root };
          }
        }
        if (hit !== null) {
          hits.push(hit);
          i = hit.last;
          continue;
        }
      }
      if (t.text.length === 1) continue;
      // The token alone, asked through one scratch candidate: a hit object is made only for a hit
      // (most tokens are none, and a candidate per token per lexicon was a tenth of a mention's garbage).
      const c = this.scratch;
      c.first = c.last = i;
      c.oStart = t.oStart;
      c.oEnd = t.oEnd;
      const root = this.matchStretch(tokens, c, original, recs !== undefined ? recs[i] : undefined);
      if (root !== null) hits.push({ first: i, last: i, oStart: t.oStart, oEnd: t.oEnd, root });
    }
    if (this.words && hits.length < cap) {
      const spelled = hits.length;
      const found = this.words.find(tokens, cap - hits.length, starts, present);
      for (const h of found) {
        // A playbook word the built-in roots already found is one hit, not two.
        let covered = false;
        for (let k = 0; k < spelled && !covered; k++) covered = hits[k].first <= h.last && h.first <= hits[k].last;
        if (!covered && !this.excepted(tokens[h.first]))
          hits.push({
            first: h.first,
            last: h.last,
            root: this.words.phrases[h.phrase],
            oStart: tokens[h.first].oStart,
            oEnd: tokens[h.last].oEnd,
          });
      }
      // Both kinds found: back in token order (each kind is in order already).
      if (spelled > 0 && hits.length > spelled) hits.sort((a, b) => a.first - b.first);
    }
    if (this.exceptPhrases && hits.length > 0) {
      const out = this.exceptPhrases.find(tokens, Infinity, exceptStarts, present);
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

  /** Whether only glue symbols (at most MAX_GLUE, at least one) stand between two offsets of the original. */
  private glued(src: string, from: number, to: number): boolean {
    if (to <= from || to - from > MAX_GLUE) return false;
    for (let k = from; k < to; k++) if (!isGlue(src.charCodeAt(k))) return false;
    return true;
  }

  /** The stretch with the symbols a word may open or close with, when a word character does not touch them. */
  private widen(src: string, c: Candidate): Candidate {
    let s = c.oStart,
      e = c.oEnd;
    while (s > 0 && c.oStart - s < MAX_EDGE && isOpener(src.charCodeAt(s - 1))) s--;
    if (s > 0 && isWordChar(src.charCodeAt(s - 1))) s = c.oStart;
    while (e < src.length && e - c.oEnd < MAX_EDGE && isCloser(src.charCodeAt(e))) e++;
    if (e < src.length && isWordChar(src.charCodeAt(e))) e = c.oEnd;
    return s === c.oStart && e === c.oEnd ? c : { ...c, oStart: s, oEnd: e };
  }

  /**
   * Letters spaced apart that the normaliser left alone because some are one-letter words
   * («с у к а», «и в с а»): the longest stretch of the run that reads as a lexicon word, tried from
   * the run's first letter, then from each later one. A run is capped (MAX_SPELLED_LETTERS): a run
   * of 10,000 single letters took seconds, and no word is spelled out that long.
   */
  private spelledOut(tokens: readonly Token[], i: number, original: string | undefined): LexiconHit | null {
    const n = tokens.length;
    // Only from a run's first letter: the later ones are tried when the loop reaches them.
    if (i > 0 && tokens[i - 1].text.length === 1 && tokens[i].start === tokens[i - 1].end + 1) return null;
    let j = i;
    while (j + 1 < n && j - i + 1 < MAX_SPELLED_LETTERS && tokens[j + 1].text.length === 1 && tokens[j + 1].start === tokens[j].end + 1)
      j++;
    const tooLong =
      j - i + 1 === MAX_SPELLED_LETTERS && j + 1 < n && tokens[j + 1].text.length === 1 && tokens[j + 1].start === tokens[j].end + 1;
    if (j - i < 2 || tooLong) return null;
    for (let from = i; from + 2 <= j; from++) {
      for (let to = Math.min(j, from + MAX_SPELLED_WORD - 1); to >= from + 2; to--) {
        let joined = '';
        for (let k = from; k <= to; k++) joined += tokens[k].text;
        let root = this.matchWord(joined);
        if (root === null && original !== undefined)
          root = this.matchRaw(rawSpelling(original.slice(tokens[from].oStart, tokens[to].oEnd)));
        if (root !== null && !this.exceptedWord(joined))
          return { first: from, last: to, root, oStart: tokens[from].oStart, oEnd: tokens[to].oEnd };
      }
    }
    return null;
  }
}
