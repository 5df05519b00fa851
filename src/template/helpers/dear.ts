/**
 * `{{dear author.name}}`: a formal address agreed in gender with the first name. ru: «Уважаемая
 * Виктория», «Уважаемый Иван», «Уважаемый Никита» (a male name in -а), «Уважаемая Любовь» (a female
 * name not in -а/-я). A name whose gender cannot be told (unisex «Саша», «Женя»; a non-Cyrillic name)
 * gets «Здравствуйте, Саша», which needs no agreement; no usable name gives «Уважаемый клиент» (the
 * generic masculine of business writing, as in `name`). en: "Dear Victoria", else "Dear customer".
 */
import type { Locale } from '../../model/playbook.js';
import { helperEnv, splitArgs } from './args.js';
import { firstName } from './person-name.js';
import { AMBIGUOUS, FEMALE_OTHER, MALE_A } from './names-ru.js';
import { assertArguments, tooMany, unknownOption, type ArgumentCheck } from './arguments.js';

/** The grammatical gender of a Russian first name, or null when it cannot be told. */
export function nameGender(first: string): 'male' | 'female' | null {
  const key = first.toLowerCase().replace(/ё/gu, 'е');
  if (!/^[а-я-]+$/u.test(key)) return null;
  if (AMBIGUOUS.has(key)) return null;
  if (MALE_A.has(key)) return 'male';
  if (FEMALE_OTHER.has(key)) return 'female';
  if (/[ая]$/u.test(key)) return 'female';
  if (/[бвгджзклмнпрстфхцчшщйь]$/u.test(key)) return 'male';
  return null;
}

/** The gender-agreed address for a raw author name. */
export function dearFor(raw: unknown, locale: Locale): string {
  const first = firstName(raw);
  if (locale === 'en') return first === null ? 'Dear customer' : `Dear ${first}`;
  if (first === null) return 'Уважаемый клиент';
  const gender = nameGender(first);
  if (gender === 'female') return `Уважаемая ${first}`;
  if (gender === 'male') return `Уважаемый ${first}`;
  return `Здравствуйте, ${first}`;
}

/** What `dear` accepts: the author's name (optional), no options. */
export const dearArguments: ArgumentCheck = (params, hash) =>
  tooMany('dear', params, 1, ['{{dear author.name}}']) ?? unknownOption('dear', hash, []);

/** The Handlebars helper `dear`. */
export function dear(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  assertArguments(dearArguments, params, options.hash);
  return dearFor(params[0], helperEnv(options).locale);
}
