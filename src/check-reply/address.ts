/**
 * Forms of address in Russian: «ты»-forms that break a formal tone, and lower-case «вы»-forms where
 * the tone wants the respectful capital «Вы» for one person. Closed lists matched as whole words
 * («тысяча», «тыква», «вывод» are not hits). Informal imperatives («напиши») are not detected: telling
 * them from infinitives and nouns needs morphology.
 */
import { wordListSource } from './words.js';

/** Personal and possessive «ты»-forms, in every case. */
export const TY_FORMS: readonly string[] = [
  'ты',
  'тебя',
  'тебе',
  'тобой',
  'тобою',
  'твой',
  'твоя',
  'твое',
  'твоё',
  'твои',
  'твоего',
  'твоей',
  'твоему',
  'твоим',
  'твоих',
  'твоими',
  'твою',
  'твоем',
  'твоём',
  'твоею',
];

/** Personal and possessive «вы»-forms, in every case (lower case). */
export const VY_FORMS: readonly string[] = [
  'вы',
  'вас',
  'вам',
  'вами',
  'ваш',
  'ваша',
  'ваше',
  'ваши',
  'вашего',
  'вашей',
  'вашему',
  'вашим',
  'ваших',
  'вашими',
  'вашу',
  'вашем',
  'вашею',
];

const TY = new RegExp(wordListSource(TY_FORMS), 'giu');
/**
 * Every «ты»-form starts with «т» and then «ы», «е», «о» or «в»; under `iu` those letters also match
 * their capitals and the Cyrillic Extended-C variants (ᲄ ᲅ for «т», ᲂ for «о», ᲀ for «в»). A reply
 * without such a pair (most) needs no run of TY, whose look-behind is costly at every position.
 */
const TY_START = /[\u0422\u0442\u1c84\u1c85][\u042b\u044b\u0415\u0435\u041e\u043e\u1c82\u0412\u0432\u1c80]/;
const VY_LOWER = new RegExp(wordListSource(VY_FORMS), 'gu');

/** A word found in a text: UTF-16 offsets (end exclusive) and the word as written. */
export interface WordHit {
  start: number;
  end: number;
  text: string;
}

function all(re: RegExp, text: string): WordHit[] {
  re.lastIndex = 0;
  const out: WordHit[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** «ты»-forms in a text. */
export function findTyForms(text: string): WordHit[] {
  if (!TY_START.test(text)) return [];
  return all(TY, text);
}

/** «вы»-forms written in lower case. */
export function findLowercaseVy(text: string): WordHit[] {
  if (!text.includes('вы') && !text.includes('ва')) return [];
  return all(VY_LOWER, text);
}
