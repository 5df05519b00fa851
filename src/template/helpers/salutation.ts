/**
 * `{{salutation author.name}}`: the greeting with the first name and an exclamation mark, «Добрый
 * день, Виктория!», or just «Добрый день!» when there is no usable name (never «Добрый день, !»).
 * Takes the same `style="casual"` as `greeting`.
 */
import { greetingFor } from './greeting.js';
import { helperEnv, hashString, splitArgs } from './args.js';
import { firstName } from './person-name.js';

/** The Handlebars helper `salutation`. */
export function salutation(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  const env = helperEnv(options);
  const hello = greetingFor(env.at, env.timezone, env.locale, hashString(options, 'style'));
  const name = firstName(params[0]);
  return name === null ? `${hello}!` : `${hello}, ${name}!`;
}
