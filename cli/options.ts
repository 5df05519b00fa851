/**
 * Option values checked before a command runs: a value the command cannot use is a usage error
 * (exit 2) whose message says what was given and what is accepted — never an engine error or an
 * "internal error" later.
 */
import os from 'node:os';
import { parseInstant } from '../src/deadline/index.js';
import { translate, type Lang } from '../src/i18n/index.js';
import { cliMessages } from '../src/i18n/catalogs/cli.js';

/**
 * The earliest `--at` replybook accepts: time zone rules before 1970 are local mean times the IANA
 * database only guesses (offsets such as +02:30:17), and no calendar of replybook goes back so far.
 */
export const AT_EARLIEST = '1970-01-01T00:00:00Z';

/**
 * The latest `--at` replybook accepts. Working-hours calendars list a few years around now and a
 * deadline is looked for at most 3 years ahead; a mention dated beyond 2999 is a typo, not a test.
 */
export const AT_LATEST = '2999-12-31T23:59:59Z';

const EARLIEST_MS = Date.parse(AT_EARLIEST);
const LATEST_MS = Date.parse(AT_LATEST);

/** `--at`: the ISO 8601 time (with an offset) as epoch ms, or the message of a usage error. */
export function checkAt(text: string, lang: Lang = 'en'): number | string {
  const ms = parseInstant(text);
  const t = translate(cliMessages, lang);
  if (Number.isNaN(ms)) return t('option.atInvalid', { value: text, earliest: AT_EARLIEST, latest: AT_LATEST });
  if (ms < EARLIEST_MS || ms > LATEST_MS) {
    return t('option.atRange', { value: text, earliest: AT_EARLIEST, latest: AT_LATEST });
  }
  return ms;
}

/** The most followers `--followers` accepts: the largest whole number a JavaScript number holds exactly. */
export const MAX_FOLLOWERS = Number.MAX_SAFE_INTEGER;

/** A whole number from 0 to `max` written in decimal digits, or the message of a usage error. */
export function checkWholeNumber(flag: string, text: string, max: number, lang: Lang = 'en'): number | string {
  const n = /^\d{1,16}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n > max) return translate(cliMessages, lang)('option.wholeNumber', { flag, max, value: text });
  return n;
}

/** The most worker threads `--jobs` starts. */
export const MAX_JOBS = 64;

/** `--jobs`: how many playbook groups run at once, from 1 to MAX_JOBS (default: the number of cores). */
export function checkJobs(text: string | undefined, lang: Lang = 'en'): number | string {
  if (text === undefined) return os.availableParallelism();
  const n = checkWholeNumber('--jobs', text, MAX_JOBS);
  return typeof n === 'string' || n === 0 ? translate(cliMessages, lang)('option.jobs', { max: MAX_JOBS, value: text }) : n;
}
