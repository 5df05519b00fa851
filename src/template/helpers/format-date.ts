/**
 * `{{formatDate due}}`, `{{formatDate due "date"}}`, `{{formatDate due "time"}}`: an ISO time in the
 * playbook's time zone and the reply's locale. Default: ru «3 марта в 10:15», en "March 3 at 10:15 AM";
 * `"date"`: «3 марта» / "March 3"; `"time"`: «10:15» / "10:15 AM". A year is added when it differs from
 * the year of `at`. Anything that is not a time, or another style, is an error: `check` reports a
 * literal one (`{{formatDate "not a date"}}`), and rendering fails on one a variable holds.
 */
import type { Locale } from '../../model/playbook.js';
import { helperEnv, splitArgs } from './args.js';
import { HelperError, show, tooMany, unknownOption, UNKNOWN, usageOf, type ArgumentCheck } from './arguments.js';
import { parseInstant, zoneOffset } from './local-time.js';

// Formatting by hand from the cached zone offset: luxon's toFormat costs ~15 µs a call, and this
// helper runs for nearly every reply (the engine's budget is 20 µs a complaint in all).
const MONTHS: Record<Locale, readonly string[]> = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Local wall-clock fields of an instant in a zone. */
function local(ts: number, timezone: string): Date {
  return new Date(ts + zoneOffset(ts, timezone) * 60_000);
}

function formatDay(d: Date, locale: Locale, withYear: boolean): string {
  const month = MONTHS[locale][d.getUTCMonth()];
  const day = d.getUTCDate();
  const year = d.getUTCFullYear();
  if (locale === 'ru') return withYear ? `${day} ${month} ${year}` : `${day} ${month}`;
  return withYear ? `${month} ${day}, ${year}` : `${month} ${day}`;
}

function formatTime(d: Date, locale: Locale): string {
  const h = d.getUTCHours();
  const m = pad2(d.getUTCMinutes());
  if (locale === 'ru') return `${pad2(h)}:${m}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? 'AM' : 'PM'}`;
}

/** Formats an ISO time; `at` (ISO) decides whether the year is shown. */
export function formatInstant(iso: unknown, style: string, timezone: string, locale: Locale, at?: string): string {
  const ts = parseInstant(iso);
  if (Number.isNaN(ts)) return '';
  const d = local(ts, timezone);
  if (Number.isNaN(d.getTime())) return '';
  const ref = parseInstant(at);
  const sameYear = Number.isNaN(ref) || local(ref, timezone).getUTCFullYear() === d.getUTCFullYear();
  const lang: Locale = locale === 'en' ? 'en' : 'ru';
  if (style === 'date') return formatDay(d, lang, !sameYear);
  if (style === 'time') return formatTime(d, lang);
  return `${formatDay(d, lang, !sameYear)} ${lang === 'ru' ? 'в' : 'at'} ${formatTime(d, lang)}`;
}

// Date's range is ±8.64e15 ms; a zone's offset (under a day) must not push a time out of it.
const LAST_SHOWABLE = 8.64e15 - 86_400_000;
const showable = (ts: number): boolean => !Number.isNaN(ts) && Math.abs(ts) <= LAST_SHOWABLE;

/** The styles `formatDate` takes as its second argument. */
export const DATE_STYLES: readonly string[] = ['datetime', 'date', 'time'];

const USAGE_FORMS = ['{{formatDate due}}', '{{formatDate due "date"}}', '{{formatDate due "time"}}'];
const USAGE = usageOf(USAGE_FORMS);
const usage = USAGE_FORMS.join('\n');

/** What `formatDate` accepts: a time (ISO 8601) and an optional style. Codes: `needs-time`, `not-a-time`, `bad-date-style`. */
export const formatDateArguments: ArgumentCheck = (params, hash) => {
  if (params.length === 0)
    return { at: null, message: `\`formatDate\` needs the time to format: ${USAGE}`, code: 'needs-time', values: { usage } };
  const time = params[0];
  if (time !== UNKNOWN && !showable(parseInstant(time))) {
    return {
      at: 0,
      message: `\`formatDate\` got ${show(time)}, which is not a time; expected an ISO 8601 time such as \`2026-03-03T10:15:00+03:00\` (or the variable \`due\` or \`at\`)`,
      code: 'not-a-time',
      values: { value: show(time) },
    };
  }
  const style = params[1];
  if (params.length > 1 && style !== UNKNOWN && (typeof style !== 'string' || !DATE_STYLES.includes(style))) {
    const styles = DATE_STYLES.map((x) => `\`"${x}"\``).join(', ');
    return {
      at: 1,
      message: `\`formatDate\` got the style ${show(style)}, expected ${styles}`,
      code: 'bad-date-style',
      values: { style: show(style), styles },
    };
  }
  return tooMany('formatDate', params, 2, USAGE_FORMS) ?? unknownOption('formatDate', hash, []);
};

/** The Handlebars helper `formatDate`. */
export function formatDate(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  const problem = formatDateArguments(params, options.hash ?? {});
  if (problem) throw new HelperError(problem.message);
  const env = helperEnv(options);
  const style = typeof params[1] === 'string' ? params[1] : 'datetime';
  return formatInstant(params[0], style, env.timezone, env.locale, env.at);
}
