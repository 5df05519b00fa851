/**
 * The ways a commenter's spelling of one word can be read, for the lexicon matcher: Latin letters
 * for Cyrillic ones by shape (`x` for «х») and by sound (`zaebali`, `blyat`, `sh` for «ш»), digits
 * and symbols that stand for more than one letter (`@` for «а» or «я», `3` for «з» or «е», `1` for
 * "i" or "l"), `+` for "t", `v` for "u", `zz` for "ss". The normaliser folds each character one way
 * for every reader of the text; only the lexicon tries the others, on the words it could not match
 * as normalised. Bounded: at most MAX_READINGS readings of a word of at most MAX_READING_CHARS
 * characters, found in at most MAX_READING_STEPS steps, whatever the word.
 */
import { isCyrillic, isInvisible, isLatin } from '../char-class.js';

/** Readings of one word, per script. */
export const MAX_READINGS = 16;
/** Longer words are not read other ways (no profane word is spelled that long). */
export const MAX_READING_CHARS = 40;
/** Steps of the search for readings of one word (each step extends one partial reading). */
export const MAX_READING_STEPS = 400;

type Option = readonly [consumed: number, out: string];

// Latin letters read as Cyrillic ones by sound (a commenter writing Russian on a Latin keyboard)…
const SOUND: Record<string, readonly string[]> = {
  a: ['а'],
  b: ['б'],
  c: ['ц', 'к'],
  d: ['д'],
  e: ['е', 'э'],
  f: ['ф'],
  g: ['г'],
  h: ['х'],
  i: ['и', 'й'],
  j: ['й', 'ж'],
  k: ['к'],
  l: ['л'],
  m: ['м'],
  n: ['н'],
  o: ['о'],
  p: ['п'],
  q: ['к'],
  r: ['р'],
  s: ['с'],
  t: ['т'],
  u: ['у', 'ю'],
  v: ['в'],
  x: ['х'],
  y: ['ы', 'й'],
  z: ['з'],
};
// …and by shape (a Latin letter typed for the Cyrillic one it looks like, inside a Cyrillic word).
const SHAPE: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  n: 'п',
  o: 'о',
  p: 'р',
  r: 'г',
  t: 'т',
  u: 'и',
  x: 'х',
  y: 'у',
};
// Letter pairs and triples of Latin transliteration, longest first.
// The consonant ones stand for their letter only ("other" is not «от-хер»); a vowel pair may also be
// two letters («разъ-ебай» written "razyebay").
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['th', 'т'],
  ['ts', 'ц'],
  ['tz', 'ц'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['yo', 'е'], // ё, which the normaliser reads as е
  ['jo', 'е'],
  ['ye', 'е'],
  ['je', 'е'],
];
const EXCLUSIVE = new Set(['shch', 'sch', 'sh', 'ch', 'zh', 'kh', 'th']);
// Digits and symbols, by the letters each stands for.
const SYMBOL_CYR: Record<string, readonly string[]> = {
  '0': ['о'],
  '1': ['и', 'л'],
  '3': ['з', 'е'],
  '4': ['ч', 'а'],
  '6': ['б'],
  '8': ['в'],
  '9': ['я'],
  '@': ['а', 'я'],
  $: ['с', 'з'],
  '!': ['и'],
  '+': ['т'],
  '€': ['е'],
  "'": ['ь', 'ъ'],
  '’': ['ь', 'ъ'],
};
const SYMBOL_LAT: Record<string, readonly string[]> = {
  '0': ['o'],
  '1': ['i', 'l'],
  '3': ['e'],
  '4': ['a'],
  '5': ['s'],
  '7': ['t'],
  '8': ['b'],
  '@': ['a'],
  $: ['s'],
  '!': ['i', 'l'],
  '+': ['t'],
  '€': ['e'],
  '|': ['l', 'i'],
};
const CYR_SHAPE_LAT: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  и: 'u',
  п: 'n',
  г: 'r',
};

/** Consonants a Russian word often ends in with a soft sign that Latin spellings leave out. */
const SOFT_AFTER = 'тс';

/** Characters that only hold a spelled-apart word's letters apart: dropped before reading. */
const isSpacer = (c: number): boolean => c === 0x20 || c === 0x2e || c === 0x2d || c === 0x5f || isInvisible(c);

/** The word as a reader sees it: lower case, ё as е, spacers and invisible characters dropped. */
export function rawSpelling(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpacer(c)) out += s[i];
  }
  return out.toLowerCase().replace(/ё/g, 'е');
}

function cyrillicOptions(w: string, i: number, latinOnly: boolean): Option[] {
  const ch = w[i];
  const c = w.charCodeAt(i);
  if (isCyrillic(c)) return [[1, ch]];
  if (c < 0x80 && c >= 0x61 && c <= 0x7a) {
    const out: Option[] = [];
    if (latinOnly)
      for (const [from, to] of DIGRAPHS) {
        if (!w.startsWith(from, i)) continue;
        out.push([from.length, to]);
        if (EXCLUSIVE.has(from)) return out;
      }
    const sound = SOUND[ch] ?? [];
    const shape = SHAPE[ch];
    // A Latin word is Russian written by sound; a Latin letter inside a Cyrillic word is most often
    // there for its shape (`xуй`), but not always (`пиzдец`, `сuка`). A whole Latin word is read by
    // sound only: by shape, "span" would be «срап» and "tunica" «тупица».
    const singles = latinOnly ? sound : [...(shape !== undefined ? [shape] : []), ...sound];
    for (const s of singles) if (!out.some((o) => o[0] === 1 && o[1] === s)) out.push([1, s]);
    return out;
  }
  const sym = SYMBOL_CYR[ch];
  if (sym !== undefined) return sym.map((s) => [1, s] as const);
  return [[1, ch]];
}

function latinOptions(w: string, i: number): Option[] {
  const ch = w[i];
  const c = w.charCodeAt(i);
  if (c < 0x80 && c >= 0x61 && c <= 0x7a) {
    if (ch === 'v')
      return [
        [1, 'v'],
        [1, 'u'],
      ];
    if (ch === 'z' && w[i + 1] === 'z')
      return [
        [2, 'ss'],
        [2, 'zz'],
      ];
    return [[1, ch]];
  }
  if (isCyrillic(c)) {
    const to = CYR_SHAPE_LAT[ch];
    return [[1, to ?? ch]];
  }
  const sym = SYMBOL_LAT[ch];
  if (sym !== undefined) return sym.map((s) => [1, s] as const);
  return [[1, ch]];
}

/** Depth-first, in the order of each character's options: the likeliest readings come first. */
function search(w: string, options: (w: string, i: number) => Option[], out: string[]): void {
  let steps = 0;
  const stack: Array<[number, string]> = [[0, '']];
  while (stack.length > 0 && out.length < MAX_READINGS && steps < MAX_READING_STEPS) {
    const [i, acc] = stack.pop() as [number, string];
    steps++;
    if (i >= w.length) {
      if (!out.includes(acc)) out.push(acc);
      continue;
    }
    const opts = options(w, i);
    for (let k = opts.length - 1; k >= 0; k--) stack.push([i + opts[k][0], acc + opts[k][1]]);
  }
}

/** What a word needs to be read other ways: none (a plain word of one script), Cyrillic, Latin or both. */
function wants(w: string): { cyr: boolean; lat: boolean; latinOnly: boolean } {
  let cyr = 0,
    lat = 0,
    other = 0,
    v = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isCyrillic(c)) cyr++;
    else if (isLatin(c)) {
      lat++;
      if (c === 0x76 || (c === 0x7a && w.charCodeAt(i + 1) === 0x7a)) v = true;
    } else other++;
  }
  const latinOnly = cyr === 0 && lat > 0;
  return {
    // Latin-only words are read as Russian by sound (three letters or more: "eb" is not a word).
    cyr: (cyr > 0 && (lat > 0 || other > 0)) || (latinOnly && lat >= 3),
    lat: lat > 0 && (cyr > 0 || other > 0 || v),
    latinOnly,
  };
}

/**
 * The readings of a raw spelling (see `rawSpelling`), Cyrillic first, without the spelling itself;
 * empty for a plain word of one script, which the normalised text already holds.
 */
export function readings(raw: string): string[] {
  if (raw.length > MAX_READING_CHARS || raw.length < 2) return [];
  const need = wants(raw);
  const out: string[] = [];
  if (need.cyr) {
    search(raw, (w, i) => cyrillicOptions(w, i, need.latinOnly), out);
    // Russian in Latin letters drops the final soft sign: "yebat", "zaebis" for «ебать», «заебись».
    if (need.latinOnly)
      for (const r of out.slice()) if (SOFT_AFTER.includes(r[r.length - 1]) && out.length < 2 * MAX_READINGS) out.push(`${r}ь`);
  }
  if (need.lat) {
    const lat: string[] = [];
    search(raw, latinOptions, lat);
    for (const r of lat) if (!out.includes(r)) out.push(r);
  }
  // A Latin word read as a Russian one of fewer than three letters is not that word ("job" is not «ёб»).
  return out.filter((r) => r !== raw && (!need.latinOnly || r.length >= 3 || isLatin(r.charCodeAt(0))));
}
