import type { Locale } from '../model/playbook.js';
import { isAsciiLetter, isCombining, isCyrillic, isDigit, isInvisible, isLatin, isLetter, isLower, isWordChar } from './char-class.js';

/** A mention's text prepared for matching, with a way back to the original offsets. */
export interface NormalisedText {
  original: string;
  text: string;
  /** map[i] = offset in `original` of normalised char i; length text.length + 1 (the last is original.length). */
  readonly map: Int32Array;
  /** True when every normalised char sits at its own offset (map[i] = i): readers may skip the map. */
  readonly identity?: boolean;
}

/**
 * The result of `normalise`. When nothing moved (the common case: only letters changed), the map
 * is the identity and is built only if someone asks for it; allocating a typed array for every
 * mention cost more than the rest of the pass.
 */
class Normalised implements NormalisedText {
  private built: Int32Array | null;
  constructor(
    readonly original: string,
    readonly text: string,
    map: Int32Array | null,
    readonly identity: boolean,
  ) {
    this.built = map;
  }

  get map(): Int32Array {
    if (this.built === null) {
      const n = this.text.length;
      const m = new Int32Array(n + 1);
      for (let i = 0; i <= n; i++) m[i] = i;
      this.built = m;
    }
    return this.built;
  }
}

// Latin letters that pass for Cyrillic ones, and the reverse. Keys are lower case; `B` is handled
// apart because upper-case B looks like «В» while lower-case b looks like «б».
const LAT_TO_CYR: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'б',
  n: 'п',
  r: 'г',
  u: 'и',
  i: 'и',
};
const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  с: 'c',
  е: 'e',
  о: 'o',
  р: 'p',
  х: 'x',
  у: 'y',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'h',
  в: 'b',
  г: 'r',
  п: 'n',
  и: 'u',
  і: 'i',
  ј: 'j',
  ѕ: 's',
};
// Digits and symbols used in place of letters, only folded between letters of a word.
const SYM_TO_CYR: Record<string, string> = { '0': 'о', '3': 'з', '6': 'б', '1': 'и', '4': 'ч', '@': 'а', '!': 'и', $: 'с' };
const SYM_TO_LAT: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '!': 'i', $: 's' };

/** Lookup tables by UTF-16 code (0 = no folding): no Map lookups per character. */
function table(m: Record<string, string>): Uint16Array {
  const t = new Uint16Array(0x500);
  for (const [k, v] of Object.entries(m)) t[k.charCodeAt(0)] = v.charCodeAt(0);
  return t;
}
const LAT_CYR = table(LAT_TO_CYR);
const CYR_LAT = table(CYR_TO_LAT);
const SYM_CYR = table(SYM_TO_CYR);
const SYM_LAT = table(SYM_TO_LAT);

const AT = 0x40,
  DOLLAR = 0x24,
  BANG = 0x21,
  STAR = 0x2a,
  UPPER_B = 0x42,
  SPACE = 0x20;
const isFoldSymbol = (c: number): boolean => c === AT || c === DOLLAR || c === BANG;

// Single letters that are words by themselves: a spaced run made only of these is a sentence
// («а я в шоке»), not a spelled-out swear word («х у й»).
const STANDALONE = new Uint8Array(0x500);
for (const ch of 'абвжиксоуяaiu') STANDALONE[ch.charCodeAt(0)] = 1;
const isJoinSeparator = (c: number): boolean => c === SPACE || c === 0x2e || c === 0x2d || c === 0x5f; // ␠ . - _ (* is a mask)

/**
 * Scratch buffers reused by every call (the core is synchronous, so one set is enough): the passes
 * write codes and original offsets into typed arrays instead of growing JS arrays, which was most
 * of the cost.
 */
let codesA = new Uint16Array(4096),
  posA = new Int32Array(4096);
let codesB = new Uint16Array(4096),
  posB = new Int32Array(4096);
function ensure(n: number): void {
  if (codesA.length >= n) return;
  const size = Math.max(n, codesA.length * 2);
  codesA = new Uint16Array(size);
  posA = new Int32Array(size);
  codesB = new Uint16Array(size);
  posB = new Int32Array(size);
}

/**
 * Lower case by code unit for the code units `lower` asks the locale about. The same for both
 * locales replybook has, Russian and English (only Turkish, Azeri and Lithuanian lower a few letters
 * their own way), so one table serves both.
 */
const lowerTable = new Uint16Array(0x10000);
const LOWER_TWO = 0xffff;
/**
 * Letters whose Unicode case folding is another letter that lower case leaves them apart from:
 * «ſ» (long s) and the old Cyrillic letter forms (rounded ve, long-legged de …). A case-insensitive
 * pattern matches them as the letter they fold to, so the text holds that letter: every letter a
 * case-insensitive match of an ASCII or а–я letter can be is then that letter (`pattern-literals.ts`
 * relies on it). Unicode's CaseFolding.txt, status C.
 */
const FOLDED: ReadonlyArray<readonly [number, number]> = [
  [0x017f, 0x73], // ſ → s
  [0x1c80, 0x432], // ᲀ → в
  [0x1c81, 0x434], // ᲁ → д
  [0x1c82, 0x43e], // ᲂ → о
  [0x1c83, 0x441], // ᲃ → с
  [0x1c84, 0x442], // ᲄ → т
  [0x1c85, 0x442], // ᲅ → т
  [0x1c86, 0x44a], // ᲆ → ъ
  [0x1c87, 0x463], // ᲇ → ѣ
  [0x1c88, 0xa64b], // ᲈ → ꙋ
];
for (const [from, to] of FOLDED) lowerTable[from] = to;

/** Lower case of one code into dst at k; returns the new k (a rare few letters lower to two codes). */
function lower(c: number, at: number, locale: Locale, dc: Uint16Array, dp: Int32Array, k: number): number {
  let l: number;
  if (c < 0x80) l = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  else if (c >= 0x430 && c <= 0x44f) l = c;
  else if (c >= 0x410 && c <= 0x42f) l = c + 32;
  else if (c === 0x401 || c === 0x451)
    l = 0x435; // ё → е
  else if (c >= 0x400 && c <= 0x40f) l = c + 80;
  else if (c >= 0x450 && c <= 0x45f) l = c;
  else if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) l = c;
  else {
    // Other letters and symbols (dashes, typographic quotes, №): the locale's lower case, remembered
    // per code unit (0: not asked yet; LOWER_TWO: lowers to more than one unit, asked every time).
    const known = lowerTable[c];
    if (known !== 0 && known !== LOWER_TWO) {
      dc[k] = known;
      dp[k] = at;
      return k + 1;
    }
    const s = String.fromCharCode(c).toLocaleLowerCase(locale);
    lowerTable[c] = s.length === 1 ? s.charCodeAt(0) : LOWER_TWO;
    for (let i = 0; i < s.length; i++) {
      dc[k] = s.charCodeAt(i);
      dp[k++] = at;
    }
    return k;
  }
  dc[k] = l;
  dp[k] = at;
  return k + 1;
}

/** Pass 1, only when needed: NFC per letter-and-marks segment (so offsets survive), invisibles dropped. */
function compose(original: string, dc: Uint16Array, dp: Int32Array): number {
  const n = original.length;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (i + 1 < n && isCombining(original.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isCombining(original.charCodeAt(j))) j++;
      const seg = original.slice(i, j).normalize('NFC');
      for (let m = 0; m < seg.length; m++) {
        dc[k] = seg.charCodeAt(m);
        dp[k++] = i;
      }
      i = j - 1;
      continue;
    }
    dc[k] = c;
    dp[k++] = i;
  }
  return k;
}

const inRun = (c: number): boolean => isWordChar(c) || isFoldSymbol(c) || c === STAR;
const lowerLetter = (c: number): number => (c < 0x80 ? c | 0x20 : c >= 0x410 && c <= 0x42f ? c + 32 : c);

/** What pass 2 saw, so passes 3 and 4 run only when they have something to do. */
let sawJoinable = false;
let sawTriple = false;

/** Pass 2: lower case, and look-alike letters, digits and symbols folded to the word's script. */
function fold(sc: Uint16Array, sp: Int32Array, n: number, locale: Locale, dc: Uint16Array, dp: Int32Array): number {
  let k = 0,
    i = 0,
    lastSingle = -10,
    chain = 0;
  sawJoinable = false;
  sawTriple = false;
  sawSurrogate = false;
  while (i < n) {
    const c0 = sc[i];
    if (c0 >= 0xd800 && c0 <= 0xdfff) sawSurrogate = true;
    if (!inRun(c0)) {
      k = lower(c0, sp[i], locale, dc, dp, k);
      i++;
      continue;
    }
    let e = i;
    let cyr = 0,
      lat = 0,
      cyrOwn = 0,
      latOwn = 0,
      first = -1,
      last = -1,
      other = 0;
    let prev = -1,
      rep = 0;
    while (e < n) {
      const c = sc[e];
      if (isLetter(c)) {
        if (first < 0) first = e;
        last = e;
        const lc = lowerLetter(c);
        if (lc === prev) {
          if (++rep >= 2) sawTriple = true;
        } else {
          prev = lc;
          rep = 0;
        }
        if (isCyrillic(c)) {
          cyr++;
          if (lc >= 0x500 || CYR_LAT[lc] === 0) cyrOwn++;
        } else if (isLatin(c)) {
          lat++;
          if (lc >= 0x500 || LAT_CYR[lc] === 0) latOwn++;
        }
      } else if (inRun(c)) {
        other++;
        prev = -1;
      } else break;
      e++;
    }
    if (e - i === 1 && first === i) {
      // three single letters one separator apart: a candidate for pass 3
      chain = i === lastSingle + 2 && isJoinSeparator(sc[i - 1]) ? chain + 1 : 1;
      lastSingle = i;
      if (chain >= 3) sawJoinable = true;
    }
    const mixed = cyr > 0 && lat > 0;
    // Pure words of one script, without digits or symbols between letters, need lower case only.
    if (!mixed && other === 0) {
      for (let m = i; m < e; m++) k = lower(sc[m], sp[m], locale, dc, dp, k);
      i = e;
      continue;
    }
    let target = 0; // 1 Cyrillic, 2 Latin
    if (cyr > 0 && lat === 0) target = 1;
    else if (lat > 0 && cyr === 0) target = 2;
    else if (mixed) {
      if (cyrOwn > 0 && latOwn === 0) target = 1;
      else if (latOwn > 0 && cyrOwn === 0) target = 2;
      else if (cyrOwn === 0 && latOwn === 0) target = locale === 'ru' ? 1 : 2;
    }
    for (let m = i; m < e; m++) {
      const c = sc[m];
      if (isLetter(c)) {
        if (mixed && target === 1 && isLatin(c)) {
          const to = c === UPPER_B ? 0x432 : c < 0x80 ? LAT_CYR[c | 0x20] : 0;
          if (to !== 0) {
            dc[k] = to;
            dp[k++] = sp[m];
            continue;
          }
        } else if (mixed && target === 2 && isCyrillic(c)) {
          const lc = lowerLetter(c);
          const to = lc < 0x500 ? CYR_LAT[lc] : 0;
          if (to !== 0) {
            dc[k] = to;
            dp[k++] = sp[m];
            continue;
          }
        }
        k = lower(c, sp[m], locale, dc, dp, k);
        continue;
      }
      // Digits and symbols stand for letters only inside a word («п1здец», "sh!t"), never at its
      // edges ("3rd", "mp3", "covid19", "@brand"); `$` may also open a word ("$hit").
      const interior = m > first && m < last;
      const opener = c === DOLLAR && m === i && m + 1 < e && isLetter(sc[m + 1]);
      const bangOk = c !== BANG || (m + 1 < e && isLower(sc[m + 1]));
      if (target !== 0 && (interior || opener) && bangOk && (isDigit(c) || isFoldSymbol(c))) {
        const to = (target === 1 ? SYM_CYR : SYM_LAT)[c];
        if (to !== 0) {
          dc[k] = to;
          dp[k++] = sp[m];
          continue;
        }
      }
      k = lower(c, sp[m], locale, dc, dp, k);
    }
    i = e;
  }
  return k;
}

// A mask star is part of its word («х*й и f**k» has no single letters).
const glued = (c: number): boolean => isWordChar(c) || c === STAR;
const isSingle = (sc: Uint16Array, n: number, k: number): boolean =>
  isLetter(sc[k]) && (k === 0 || !glued(sc[k - 1])) && (k + 1 >= n || !glued(sc[k + 1]));

/** Pass 3: letters spelled apart joined: `п.и.з.д.е.ц`, `f-u-c-k`, `х у й` (but not «а я в шоке»). */
function join(sc: Uint16Array, sp: Int32Array, n: number, dc: Uint16Array, dp: Int32Array): number {
  let k = 0,
    i = 0;
  while (i < n) {
    if (i + 2 < n && isJoinSeparator(sc[i + 1]) && isSingle(sc, n, i) && isSingle(sc, n, i + 2)) {
      const sep = sc[i + 1];
      let j = i,
        count = 1,
        standalone = STANDALONE[sc[i]] ?? 0;
      while (j + 2 < n && sc[j + 1] === sep && isSingle(sc, n, j + 2)) {
        j += 2;
        count++;
        standalone += sc[j] < 0x500 ? STANDALONE[sc[j]] : 0;
      }
      if (count >= 3 && (sep !== SPACE || standalone <= count >> 1)) {
        for (let m = i; m <= j; m += 2) {
          dc[k] = sc[m];
          dp[k++] = sp[m];
        }
      } else {
        for (let m = i; m <= j; m++) {
          dc[k] = sc[m];
          dp[k++] = sp[m];
        }
      }
      i = j + 1;
      continue;
    }
    dc[k] = sc[i];
    dp[k++] = sp[i];
    i++;
  }
  return k;
}

/** Pass 4: a letter stretched three times or more becomes one («хууууй», "soooo"). */
function collapse(sc: Uint16Array, sp: Int32Array, n: number, dc: Uint16Array, dp: Int32Array): number {
  let k = 0,
    i = 0;
  while (i < n) {
    const c = sc[i];
    dc[k] = c;
    dp[k++] = sp[i];
    if (i + 2 < n && sc[i + 1] === c && sc[i + 2] === c && isLetter(c)) {
      let j = i + 3;
      while (j < n && sc[j] === c) j++;
      i = j;
      continue;
    }
    i++;
  }
  return k;
}

// Decoding the scratch buffer's bytes is about twice as fast as String.fromCharCode.apply on a
// subarray. Only where UTF-16LE is the platform's byte order, and never for lone surrogates (the
// decoder would replace them): `sawSurrogate` tells.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const decoder = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
let sawSurrogate = false;

function toText(codes: Uint16Array, n: number): string {
  if (decoder !== null && !sawSurrogate) return decoder.decode(codes.subarray(0, n));
  if (n <= 8192) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

/** True when the text has invisible characters or combining marks: then pass 1 runs. */
function needsCompose(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xad && (isInvisible(c) || isCombining(c))) return true;
  }
  return false;
}

/** Characters above ASCII, other than Russian letters, a plain text may have: none is a letter, digit or mark, and each lowers to itself. */
const PLAIN_PUNCTUATION = new Set([
  0xa0, 0xab, 0xbb, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x2116,
]);

/** A character of a plain text that may be part of a word: an ASCII letter or digit, or a Russian letter. */
const plainWordChar = (c: number): boolean => (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451 || (c < 0x80 && inRun(c));

/**
 * Whether `normalise` gives the text in lower case with «ё» as «е» and nothing else changed. A
 * plain text — ASCII, Russian letters and common punctuation (not the typographic apostrophe, which
 * `fold` straightens); in each word one script, no digit or symbol between letters and no `$`; no letter
 * three times running; no three single letters one separator apart — is what most templates and
 * mentions are. The scan reads words as `fold` does (its `inRun`, its triple and single-letter
 * counts) and asks less of a word than `fold` changes, so a text it passes `fold` leaves alone but
 * for case (tested against `normalise` on the corpus and on random texts).
 */
export function isPlainText(text: string): boolean {
  const n = text.length;
  let lastSingle = -10,
    chain = 0,
    i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (!plainWordChar(c0) && !(c0 < 0x80 && !inRun(c0)) && !PLAIN_PUNCTUATION.has(c0)) return false;
    if (!inRun(c0)) {
      i++;
      continue;
    }
    let e = i,
      cyr = 0,
      lat = 0,
      afterLetter = false, // a digit or symbol after a letter of this word (a letter after it makes it inside)
      dollar = false,
      prev = -1,
      rep = 0;
    while (e < n) {
      const c = text.charCodeAt(e);
      if (!inRun(c)) break;
      if (c >= 0x80 && !plainWordChar(c)) return false;
      if (isAsciiLetter(c) || c >= 0x400) {
        // A digit or symbol between letters is read as a letter («п1здец», "sh!t").
        if (afterLetter) return false;
        if (c >= 0x400) cyr++;
        else lat++;
        const lc = lowerLetter(c === 0x401 ? 0x451 : c);
        if (lc === prev) {
          if (++rep >= 2) return false; // a stretched letter: collapsed
        } else {
          prev = lc;
          rep = 0;
        }
      } else {
        // A digit or a symbol @ $ ! *: left alone at a word's edges ("3rd", "covid19", «ура!»), but `$` may open one ("$hit").
        if (cyr + lat > 0) afterLetter = true;
        if (c === 0x24) dollar = true;
        prev = -1;
      }
      e++;
    }
    if ((cyr > 0 && lat > 0) || (dollar && cyr + lat > 0)) return false;
    if (e - i === 1 && cyr + lat === 1) {
      chain = i === lastSingle + 2 && isJoinSeparator(text.charCodeAt(i - 1)) ? chain + 1 : 1;
      lastSingle = i;
      if (chain >= 3) return false; // letters spelled apart: joined
    }
    i = e;
  }
  return true;
}

/**
 * Normalises a mention for matching: NFC, lower case, ё→е, invisible characters dropped, look-alike
 * letters folded, spelled-apart letters joined, stretched letters collapsed. Masks (`х*й`) are kept
 * for the lexicon matcher.
 */
export function normalise(text: string, locale: Locale): NormalisedText {
  const len = text.length;
  ensure(3 * len + 8);
  let n: number;
  const sc = codesA,
    sp = posA,
    dc = codesB,
    dp = posB;
  const composed = needsCompose(text);
  if (composed) {
    n = compose(text, sc, sp);
  } else {
    for (let i = 0; i < len; i++) {
      sc[i] = text.charCodeAt(i);
      sp[i] = i;
    }
    n = len;
  }
  n = fold(sc, sp, n, locale, dc, dp);
  let t: Uint16Array, tp: Int32Array;
  // fold never drops a char: the same length means every char kept its offset
  let moved = composed || n !== len;
  if (sawJoinable) {
    n = join(dc, dp, n, sc, sp);
    t = sc;
    tp = sp;
    moved = true;
  } else {
    t = dc;
    tp = dp;
  }
  if (sawTriple) {
    if (t === sc) {
      n = collapse(sc, sp, n, dc, dp);
      t = dc;
      tp = dp;
    } else {
      n = collapse(dc, dp, n, sc, sp);
      t = sc;
      tp = sp;
    }
    moved = true;
  }
  let map: Int32Array | null = null;
  if (moved) {
    map = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) map[i] = tp[i];
    map[n] = len;
  }
  return new Normalised(text, toText(t, n), map, !moved);
}
