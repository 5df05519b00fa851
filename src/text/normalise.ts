import type { Locale } from '../model/playbook.js';
import {
  isCombining, isCyrillic, isDigit, isInvisible, isLatin, isLetter, isLower, isWordChar,
} from './char-class.js';

/** A mention's text prepared for matching, with a way back to the original offsets. */
export interface NormalisedText {
  original: string;
  text: string;
  /** map[i] = offset in `original` of normalised char i; length text.length + 1 (the last is original.length). */
  map: Int32Array;
}

// Latin letters that pass for Cyrillic ones, and the reverse. Keys are lower case; `B` is handled
// apart because upper-case B looks like «В» while lower-case b looks like «б».
const LAT_TO_CYR: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'б',
  n: 'п', r: 'г', u: 'и', i: 'и',
};
const CYR_TO_LAT: Record<string, string> = {
  а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', к: 'k', м: 'm', т: 't', н: 'h', в: 'b',
  г: 'r', п: 'n', и: 'u', і: 'i', ј: 'j', ѕ: 's',
};
// Digits and symbols used in place of letters, only folded between letters of a word.
const SYM_TO_CYR: Record<string, string> = { '0': 'о', '3': 'з', '6': 'б', '1': 'и', '4': 'ч', '@': 'а', '!': 'и', $: 'с' };
const SYM_TO_LAT: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '!': 'i', $: 's' };

const toCodeTable = (m: Record<string, string>): Map<number, number> =>
  new Map(Object.entries(m).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
const LAT_CYR = toCodeTable(LAT_TO_CYR);
const CYR_LAT = toCodeTable(CYR_TO_LAT);
const SYM_CYR = toCodeTable(SYM_TO_CYR);
const SYM_LAT = toCodeTable(SYM_TO_LAT);

const AT = 0x40, DOLLAR = 0x24, BANG = 0x21, STAR = 0x2a, UPPER_B = 0x42;
const isFoldSymbol = (c: number): boolean => c === AT || c === DOLLAR || c === BANG;

// Single letters that are words by themselves: a spaced run made only of these is a sentence
// («а я в шоке»), not a spelled-out swear word («х у й»).
const STANDALONE = new Set([...'абвжиксоуяaiu'].map((ch) => ch.charCodeAt(0)));
const JOIN_SEPARATORS = new Set([0x20, 0x2e, 0x2d, 0x5f]); // space . - _ ( * is a mask, see lexicon)

/** Appends codes with their original offsets; plain arrays of small ints stay packed in V8. */
interface Buf { codes: number[]; pos: number[] }

function lowerCode(c: number, locale: Locale, out: Buf, at: number): void {
  if (c >= 0x41 && c <= 0x5a) { out.codes.push(c + 32); out.pos.push(at); return; }
  if (c < 0x80) { out.codes.push(c); out.pos.push(at); return; }
  if (c >= 0x410 && c <= 0x42f) { out.codes.push(c === 0x401 ? 0x435 : c + 32); out.pos.push(at); return; }
  if (c === 0x401 || c === 0x451) { out.codes.push(0x435); out.pos.push(at); return; } // ё → е
  if (c >= 0x430 && c <= 0x44f) { out.codes.push(c); out.pos.push(at); return; }
  if (c >= 0x400 && c <= 0x40f) { out.codes.push(c + 80); out.pos.push(at); return; }
  const lower = String.fromCharCode(c).toLocaleLowerCase(locale);
  for (let k = 0; k < lower.length; k++) { out.codes.push(lower.charCodeAt(k)); out.pos.push(at); }
}

/** Pass 1: NFC per letter-and-marks segment (so offsets survive), invisible characters dropped. */
function compose(original: string): Buf {
  const out: Buf = { codes: [], pos: [] };
  const n = original.length;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (i + 1 < n && isCombining(original.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isCombining(original.charCodeAt(j))) j++;
      const seg = original.slice(i, j).normalize('NFC');
      for (let k = 0; k < seg.length; k++) { out.codes.push(seg.charCodeAt(k)); out.pos.push(i); }
      i = j - 1;
      continue;
    }
    out.codes.push(c); out.pos.push(i);
  }
  return out;
}

const inRun = (c: number): boolean => isWordChar(c) || isFoldSymbol(c) || c === STAR;

/** Pass 2: lower case, and look-alike letters, digits and symbols folded to the word's script. */
function fold(src: Buf, locale: Locale): Buf {
  const { codes, pos } = src;
  const out: Buf = { codes: [], pos: [] };
  const n = codes.length;
  let i = 0;
  while (i < n) {
    if (!inRun(codes[i])) { lowerCode(codes[i], locale, out, pos[i]); i++; continue; }
    let e = i;
    let cyr = 0, lat = 0, cyrOwn = 0, latOwn = 0, first = -1, last = -1;
    while (e < n && inRun(codes[e])) {
      const c = codes[e];
      if (isLetter(c)) {
        if (first < 0) first = e;
        last = e;
        const lc = c < 0x80 ? c | 0x20 : c >= 0x410 && c <= 0x42f ? c + 32 : c;
        if (isCyrillic(c)) { cyr++; if (!CYR_LAT.has(lc)) cyrOwn++; } else if (isLatin(c)) { lat++; if (!LAT_CYR.has(lc)) latOwn++; }
      }
      e++;
    }
    let target: 'cyr' | 'lat' | null = null;
    if (cyr > 0 && lat === 0) target = 'cyr';
    else if (lat > 0 && cyr === 0) target = 'lat';
    else if (cyr > 0 && lat > 0) {
      if (cyrOwn > 0 && latOwn === 0) target = 'cyr';
      else if (latOwn > 0 && cyrOwn === 0) target = 'lat';
      else if (cyrOwn === 0 && latOwn === 0) target = locale === 'ru' ? 'cyr' : 'lat';
    }
    const mixed = cyr > 0 && lat > 0;
    for (let k = i; k < e; k++) {
      const c = codes[k];
      if (isLetter(c)) {
        if (mixed && target === 'cyr' && isLatin(c)) {
          const to = c === UPPER_B ? 0x432 : LAT_CYR.get(c < 0x80 ? c | 0x20 : c);
          if (to !== undefined) { out.codes.push(to); out.pos.push(pos[k]); continue; }
        } else if (mixed && target === 'lat' && isCyrillic(c)) {
          const to = CYR_LAT.get(c >= 0x410 && c <= 0x42f ? c + 32 : c);
          if (to !== undefined) { out.codes.push(to); out.pos.push(pos[k]); continue; }
        }
        lowerCode(c, locale, out, pos[k]);
        continue;
      }
      // Digits and symbols stand for letters only inside a word («п1здец», "sh!t"), never at its
      // edges ("3rd", "mp3", "covid19", "@brand"); `$` may also open a word ("$hit").
      const interior = k > first && k < last;
      const opener = c === DOLLAR && k === i && k + 1 < e && isLetter(codes[k + 1]);
      const bangOk = c !== BANG || (k + 1 < e && isLower(codes[k + 1]));
      if (target !== null && (interior || opener) && bangOk && (isDigit(c) || isFoldSymbol(c))) {
        const to = (target === 'cyr' ? SYM_CYR : SYM_LAT).get(c);
        if (to !== undefined) { out.codes.push(to); out.pos.push(pos[k]); continue; }
      }
      lowerCode(c, locale, out, pos[k]);
    }
    i = e;
  }
  return out;
}

// A mask star is part of its word («х*й и f**k» has no single letters).
const glued = (c: number): boolean => isWordChar(c) || c === STAR;
const isSingle = (codes: number[], k: number): boolean =>
  isLetter(codes[k]) && (k === 0 || !glued(codes[k - 1])) && (k + 1 >= codes.length || !glued(codes[k + 1]));

/** Pass 3: letters spelled apart joined: `п.и.з.д.е.ц`, `f-u-c-k`, `х у й` (but not «а я в шоке»). */
function join(src: Buf): Buf {
  const { codes, pos } = src;
  const n = codes.length;
  const out: Buf = { codes: [], pos: [] };
  let i = 0;
  while (i < n) {
    if (isSingle(codes, i) && i + 2 < n && JOIN_SEPARATORS.has(codes[i + 1]) && isSingle(codes, i + 2)) {
      const sep = codes[i + 1];
      let j = i, count = 1, standalone = STANDALONE.has(codes[i]) ? 1 : 0;
      while (j + 2 < n && codes[j + 1] === sep && isSingle(codes, j + 2)) {
        j += 2; count++;
        if (STANDALONE.has(codes[j])) standalone++;
      }
      if (count >= 3 && (sep !== 0x20 || standalone <= count >> 1)) {
        for (let k = i; k <= j; k += 2) { out.codes.push(codes[k]); out.pos.push(pos[k]); }
        i = j + 1;
        continue;
      }
      // Not a run: copy up to the last letter examined so we do not rescan it quadratically.
      for (let k = i; k <= j; k++) { out.codes.push(codes[k]); out.pos.push(pos[k]); }
      i = j + 1;
      continue;
    }
    out.codes.push(codes[i]); out.pos.push(pos[i]);
    i++;
  }
  return out;
}

/** Pass 4: a letter stretched three times or more becomes one («хууууй», "soooo"). */
function collapse(src: Buf): Buf {
  const { codes, pos } = src;
  const n = codes.length;
  const out: Buf = { codes: [], pos: [] };
  let i = 0;
  while (i < n) {
    const c = codes[i];
    out.codes.push(c); out.pos.push(pos[i]);
    if (i + 2 < n && codes[i + 1] === c && codes[i + 2] === c && isLetter(c)) {
      let j = i + 3;
      while (j < n && codes[j] === c) j++;
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

function toText(codes: number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode.apply(null, codes.slice(i, i + 4096));
  return s;
}

/**
 * Normalises a mention for matching: NFC, lower case, ё→е, invisible characters dropped, look-alike
 * letters folded, spelled-apart letters joined, stretched letters collapsed. Masks (`х*й`) are kept
 * for the lexicon matcher.
 */
export function normalise(text: string, locale: Locale): NormalisedText {
  const buf = collapse(join(fold(compose(text), locale)));
  const map = new Int32Array(buf.codes.length + 1);
  for (let i = 0; i < buf.pos.length; i++) map[i] = buf.pos[i];
  map[buf.codes.length] = text.length;
  return { original: text, text: toText(buf.codes), map };
}
