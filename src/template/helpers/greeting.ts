/**
 * `{{greeting}}`: a greeting by the hour the mention was posted (`at`) in the playbook's time zone.
 *
 * ru: 04:00–09:59 «Доброе утро», 10:00–17:59 «Добрый день», 18:00–22:59 «Добрый вечер»,
 * 23:00–03:59 «Здравствуйте». «Добрый день» starts at 10:00 because Russian business writing uses it
 * for the whole working day (the domain's official reply to a review posted at 10:15 opens «Добрый
 * день, Виктория!»); at night «Здравствуйте», since «Доброй ночи» is a leave-taking, not a greeting.
 * en: 04–11:59 "Good morning", 12–17:59 "Good afternoon", 18–22:59 "Good evening", else "Hello".
 * `style="casual"` gives «Привет» / "Hi" at any hour. An unparsable time gives the neutral
 * «Здравствуйте» / "Hello".
 */
import type { Locale } from '../../model/playbook.js';
import { helperEnv, hashString, splitArgs } from './args.js';
import { assertArguments, badStyle, tooMany, unknownOption, type ArgumentCheck } from './arguments.js';
import { localHour } from './local-time.js';

const RU = ['Здравствуйте', 'Доброе утро', 'Добрый день', 'Добрый вечер'] as const;
const EN = ['Hello', 'Good morning', 'Good afternoon', 'Good evening'] as const;

/** Index into RU/EN: 0 neutral, 1 morning, 2 day, 3 evening. */
function part(hour: number | null, locale: Locale): number {
  if (hour === null) return 0;
  const dayFrom = locale === 'ru' ? 10 : 12;
  if (hour >= 4 && hour < dayFrom) return 1;
  if (hour >= dayFrom && hour < 18) return 2;
  if (hour >= 18 && hour < 23) return 3;
  return 0;
}

/** The greeting for an ISO time in a time zone and locale. */
export function greetingFor(at: unknown, timezone: string, locale: Locale, style?: string): string {
  if (style === 'casual') return locale === 'ru' ? 'Привет' : 'Hi';
  return (locale === 'ru' ? RU : EN)[part(localHour(at, timezone), locale)];
}

/** The styles `greeting` and `salutation` take. */
export const GREETING_STYLES: readonly string[] = ['casual'];

/** What `greeting` accepts: no arguments, an optional `style="casual"`. */
export const greetingArguments: ArgumentCheck = (params, hash) =>
  tooMany('greeting', params, 0, ['{{greeting}}', '{{greeting style="casual"}}']) ??
  unknownOption('greeting', hash, ['style']) ??
  badStyle('greeting', hash, GREETING_STYLES);

/** The Handlebars helper `greeting`. */
export function greeting(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  assertArguments(greetingArguments, params, options.hash);
  const env = helperEnv(options);
  return greetingFor(env.at, env.timezone, env.locale, hashString(options, 'style'));
}
