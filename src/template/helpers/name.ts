/**
 * `{{name author.name}}`: the author's name, cleaned («виктория 🌸» → «Виктория»), or a fallback when
 * it is not a usable name (an email, a handle with digits, empty). The fallback is the hash argument
 * `fallback="…"`, by default ru «уважаемый клиент» (Russian business writing's standard address to
 * any customer: «клиент» is the generic grammatical masculine, not a guess at the person's gender;
 * lower case because it stands mid-sentence) and en "there" ("Hi there").
 */
import type { Locale } from '../../model/playbook.js';
import { asText, hashString, helperEnv, splitArgs } from './args.js';
import { usableName } from './person-name.js';
import { assertArguments, tooMany, unknownOption, type ArgumentCheck } from './arguments.js';

/** The default fallback of `name` per locale. */
export const NAME_FALLBACK: Readonly<Record<Locale, string>> = { ru: 'уважаемый клиент', en: 'there' };

/** What `name` accepts: the name (optional: without one it is the fallback) and `fallback="…"`. */
export const nameArguments: ArgumentCheck = (params, hash) =>
  tooMany('name', params, 1, ['{{name author.name}}', '{{name author.name fallback="…"}}']) ?? unknownOption('name', hash, ['fallback']);

/** The Handlebars helper `name`. */
export function name(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  assertArguments(nameArguments, params, options.hash);
  const found = usableName(asText(params[0]));
  if (found !== null) return found;
  return hashString(options, 'fallback') ?? NAME_FALLBACK[helperEnv(options).locale];
}
