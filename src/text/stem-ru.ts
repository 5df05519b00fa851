/**
 * The Snowball stemmer for Russian (snowballstem.org/algorithms/russian/stemmer.html): endings are
 * removed only inside RV, the part of the word after its first vowel, so «заказ», «заказа»,
 * «заказом», «заказы» all become «заказ».
 */

const VOWEL = new Set([...'аеиоуыэюя'].map((c) => c.charCodeAt(0)));
const A = 'а'.charCodeAt(0),
  YA = 'я'.charCodeAt(0);

/** Endings sorted longest first, with whether they need a preceding «а»/«я» (group 1). */
type Endings = ReadonlyArray<readonly [string, boolean]>;
const endings = (g1: string, g2: string): Endings =>
  [
    ...g1
      .split(' ')
      .filter(Boolean)
      .map((e) => [e, true] as const),
    ...g2
      .split(' ')
      .filter(Boolean)
      .map((e) => [e, false] as const),
  ].sort((x, y) => y[0].length - x[0].length);

const PERFECTIVE_GERUND = endings('в вши вшись', 'ив ивши ившись ыв ывши ывшись');
const REFLEXIVE = endings('', 'ся сь');
const ADJECTIVE = endings('', 'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею');
const PARTICIPLE = endings('ем нн вш ющ щ', 'ивш ывш ующ');
const VERB = endings(
  'ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно',
  'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
);
const NOUN = endings('', 'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я');
const DERIVATIONAL = endings('', 'ост ость');
const SUPERLATIVE = endings('', 'ейш ейше');

/**
 * Snowball's `among`: the longest ending within [limit, end) wins; if it is a group-1 ending and
 * the letter before it is not «а»/«я» (inside the region), the whole search fails.
 * Returns the new end, or -1.
 */
function among(w: string, end: number, limit: number, list: Endings): number {
  for (const [e, g1] of list) {
    const start = end - e.length;
    if (start < limit) continue;
    if (!w.startsWith(e, start)) continue;
    if (!g1) return start;
    if (start - 1 >= limit) {
      const p = w.charCodeAt(start - 1);
      if (p === A || p === YA) return start;
    }
    return -1;
  }
  return -1;
}

function regions(w: string): [rv: number, r2: number] {
  const n = w.length;
  let i = 0;
  while (i < n && !VOWEL.has(w.charCodeAt(i))) i++;
  const rv = Math.min(i + 1, n);
  // R1: after the first non-vowel that follows a vowel; R2: the same again inside R1.
  let j = i + 1;
  while (j < n && VOWEL.has(w.charCodeAt(j))) j++;
  const r1 = Math.min(j + 1, n);
  let k = r1;
  while (k < n && !VOWEL.has(w.charCodeAt(k))) k++;
  while (k < n && VOWEL.has(w.charCodeAt(k))) k++;
  const r2 = Math.min(k + 1, n);
  return [rv, r2];
}

/** Stems one lower-case Russian word (ё already folded to е). */
export function stemRu(word: string): string {
  const w = word.includes('ё') ? word.replace(/ё/g, 'е') : word;
  const [rv, r2] = regions(w);
  let end = w.length;

  // Step 1
  let e = among(w, end, rv, PERFECTIVE_GERUND);
  if (e >= 0) end = e;
  else {
    e = among(w, end, rv, REFLEXIVE);
    if (e >= 0) end = e;
    e = among(w, end, rv, ADJECTIVE);
    if (e >= 0) {
      end = e;
      e = among(w, end, rv, PARTICIPLE);
      if (e >= 0) end = e;
    } else {
      e = among(w, end, rv, VERB);
      if (e >= 0) end = e;
      else {
        e = among(w, end, rv, NOUN);
        if (e >= 0) end = e;
      }
    }
  }
  // Step 2
  if (end - 1 >= rv && w.charCodeAt(end - 1) === 0x438 /* и */) end--;
  // Step 3
  e = among(w, end, Math.max(r2, rv), DERIVATIONAL);
  if (e >= 0) end = e;
  // Step 4
  e = among(w, end, rv, SUPERLATIVE);
  if (e >= 0) {
    end = e;
    if (end - 2 >= rv && w.startsWith('нн', end - 2)) end--;
  } else if (end - 2 >= rv && w.startsWith('нн', end - 2)) end--;
  else if (end - 1 >= rv && w.charCodeAt(end - 1) === 0x44c /* ь */) end--;
  return end === w.length ? w : w.slice(0, end);
}
