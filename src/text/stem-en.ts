/**
 * The Porter stemmer for English, with one change: a final `y`/`i` is dropped rather than turned
 * into `i`, so "deliver", "delivered", "delivery" and "deliveries" share the stem "deliv" (Porter
 * gives "deliveri" for the noun).
 */

const isVowelChar = (c: string): boolean => c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';

function isCons(w: string, i: number): boolean {
  const c = w[i];
  if (isVowelChar(c)) return false;
  if (c === 'y') return i === 0 ? true : !isCons(w, i - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences in w[0, end). */
function measure(w: string, end: number): number {
  let m = 0,
    i = 0;
  while (i < end && isCons(w, i)) i++;
  while (i < end) {
    while (i < end && !isCons(w, i)) i++;
    if (i >= end) break;
    m++;
    while (i < end && isCons(w, i)) i++;
  }
  return m;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isCons(w, i)) return true;
  return false;
}

const doubleCons = (w: string, end: number): boolean => end >= 2 && w[end - 1] === w[end - 2] && isCons(w, end - 1);

/** consonant-vowel-consonant at the end, the last not w, x or y: "hop" in "hoping". */
const cvc = (w: string, end: number): boolean =>
  end >= 3 && isCons(w, end - 3) && !isCons(w, end - 2) && isCons(w, end - 1) && !'wxy'.includes(w[end - 1]);

type Rule = readonly [suffix: string, replacement: string];
const STEP2: Rule[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
];
const STEP3: Rule[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
].sort((a, b) => b.length - a.length);

function replaceIf(w: string, rules: Rule[], minM: number): string {
  for (const [suf, rep] of rules) {
    if (w.endsWith(suf)) {
      const stem = w.length - suf.length;
      return measure(w, stem) > minM ? w.slice(0, stem) + rep : w;
    }
  }
  return w;
}

/** Stems one lower-case English word. */
export function stemEn(word: string): string {
  let w = word;
  if (w.length <= 2) return w;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  // Step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s') && w.length > 3) w = w.slice(0, -1);
  // Step 1b
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
  } else {
    let cut = 0;
    if (w.endsWith('ed') && hasVowel(w, w.length - 2)) cut = 2;
    else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) cut = 3;
    if (cut > 0) {
      w = w.slice(0, -cut);
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (doubleCons(w, w.length) && !'lsz'.includes(w[w.length - 1])) w = w.slice(0, -1);
      else if (measure(w, w.length) === 1 && cvc(w, w.length)) w += 'e';
    }
  }
  // Step 1c, changed: drop the y/i so the noun and the verb meet.
  const last = w[w.length - 1];
  if ((last === 'y' || last === 'i') && w.length > 2 && hasVowel(w, w.length - 1)) w = w.slice(0, -1);
  // Steps 2–4
  w = replaceIf(w, STEP2, 0);
  w = replaceIf(w, STEP3, 0);
  for (const suf of STEP4) {
    if (!w.endsWith(suf)) continue;
    const stem = w.length - suf.length;
    if (measure(w, stem) > 1 && (suf !== 'ion' || w[stem - 1] === 's' || w[stem - 1] === 't')) w = w.slice(0, stem);
    break;
  }
  // Step 5
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !cvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
}
