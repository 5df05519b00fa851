/**
 * `{{formatDate due}}`, `{{formatDate due "date"}}`, `{{formatDate due "time"}}`: an ISO time in the
 * playbook's time zone and the reply's locale. Default: ru «3 марта в 10:15», en "March 3 at 10:15 AM";
 * `"date"`: «3 марта» / "March 3"; `"time"`: «10:15» / "10:15 AM". A year is added when it differs from
 * the year of `at`. Anything that is not a time renders as an empty string.
 */
import { DateTime } from 'luxon';
import type { Locale } from '../../model/playbook.js';
import { helperEnv, splitArgs } from './args.js';
import { parseInstant } from './local-time.js';

const FORMATS: Record<Locale, { date: string; year: string; time: string; join: string }> = {
  ru: { date: 'd MMMM', year: 'd MMMM yyyy', time: 'HH:mm', join: " 'в' " },
  en: { date: 'MMMM d', year: 'MMMM d, yyyy', time: 'h:mm a', join: " 'at' " },
};

/** Formats an ISO time; `at` (ISO) decides whether the year is shown. */
export function formatInstant(iso: unknown, style: string, timezone: string, locale: Locale, at?: string): string {
  const ts = parseInstant(iso);
  if (Number.isNaN(ts)) return '';
  const dt = DateTime.fromMillis(ts, { zone: timezone, locale });
  if (!dt.isValid) return '';
  const f = FORMATS[locale];
  const ref = parseInstant(at);
  const sameYear = Number.isNaN(ref) || DateTime.fromMillis(ref, { zone: timezone }).year === dt.year;
  const date = sameYear ? f.date : f.year;
  const pattern = style === 'date' ? date : style === 'time' ? f.time : date + f.join + f.time;
  return dt.toFormat(pattern);
}

/** The Handlebars helper `formatDate`. */
export function formatDate(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  const env = helperEnv(options);
  const style = typeof params[1] === 'string' ? params[1] : 'datetime';
  return formatInstant(params[0], style, env.timezone, env.locale, env.at);
}
