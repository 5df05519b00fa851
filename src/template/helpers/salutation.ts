/**
 * `{{salutation author.name}}`: the greeting with the first name and an exclamation mark, «Добрый
 * день, Виктория!», or just «Добрый день!» when there is no usable name (never «Добрый день, !»).
 * Takes the same `style="casual"` as `greeting`.
 */
import { GREETING_STYLES, greetingFor } from './greeting.js';
import { helperEnv, hashString, splitArgs } from './args.js';
import { assertArguments, badStyle, tooMany, unknownOption, type ArgumentCheck } from './arguments.js';
import { firstName } from './person-name.js';

/** What `salutation` accepts: the author's name (optional), an optional `style="casual"`. */
export const salutationArguments: ArgumentCheck = (params, hash) =>
  tooMany('salutation', params, 1, ['{{salutation author.name}}']) ??
  unknownOption('salutation', hash, ['style']) ??
  badStyle('salutation', hash, GREETING_STYLES);

/** The Handlebars helper `salutation`. */
export function salutation(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  assertArguments(salutationArguments, params, options.hash);
  const env = helperEnv(options);
  const hello = greetingFor(env.at, env.timezone, env.locale, hashString(options, 'style'));
  const name = firstName(params[0]);
  return name === null ? `${hello}!` : `${hello}, ${name}!`;
}
