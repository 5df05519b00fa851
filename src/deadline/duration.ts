/**
 * Response-time targets as the playbook writes them (`30m`, `4 business hours`, `1 рабочий день`,
 * `end of next business day`), parsed into a `Duration`. See docs/deadlines.md.
 */
import type { Duration } from '../model/playbook.js';

/** The longest target accepted: a year of calendar time, 365 business days. */
const MAX_MINUTES = 366 * 24 * 60;
const MAX_BUSINESS_DAYS = 365;

const EXPECTED =
  'expected a number with a unit (30m, 2h, 90 minutes, 3d, 2 часа), working time ' +
  '(4 business hours, 1 business day, 2 business days, 4 рабочих часа, 1 рабочий день), ' +
  '`end of business day` or `end of next business day` (конец рабочего дня, конец следующего рабочего дня)';

type Unit = 'minute' | 'hour' | 'day';

/** Unit words, English and Russian (every case form a number can take), to minutes-per-unit. */
const UNIT_WORDS: ReadonlyArray<[RegExp, Unit]> = [
  [/^(?:m|min|mins|minute|minutes|мин|минута|минуты|минут|минуту)$/, 'minute'],
  [/^(?:h|hr|hrs|hour|hours|ч|час|часа|часов)$/, 'hour'],
  [/^(?:d|day|days|д|дн|день|дня|дней|сутки|суток)$/, 'day'],
];
const UNIT_MINUTES: Readonly<Record<Unit, number>> = { minute: 1, hour: 60, day: 1440 };

const BUSINESS_WORD = /^(?:business|working|work|рабочий|рабочих|рабочего|рабочие|рабочая|рабочей|рабочую)$/;

const END_OF_DAY: ReadonlyArray<[RegExp, number]> = [
  [/^(?:by |до )?(?:the )?end of (?:the )?(?:business|working) day$/, 0],
  [/^(?:by |до )?(?:the )?end of (?:the )?next (?:business|working) day$/, 1],
  [/^(?:до )?(?:конец|конца|к концу) рабочего дня$/, 0],
  [/^(?:до )?(?:конец|конца|к концу) следующего рабочего дня$/, 1],
];

/**
 * Why a text is not a duration, beside the English sentence: `empty`, `unknown` (`text`),
 * `unknown-business` (`text`), `business-days` (`text`, `max`), `whole-minutes`, `not-positive`,
 * `too-long` (`text`).
 */
export interface DurationError {
  error: string;
  code: 'empty' | 'unknown' | 'unknown-business' | 'business-days' | 'whole-minutes' | 'not-positive' | 'too-long';
  values: Record<string, string | number>;
}

const fail = (code: DurationError['code'], values: DurationError['values'], error: string): DurationError => ({ error, code, values });

function unitOf(word: string): Unit | undefined {
  for (const [re, unit] of UNIT_WORDS) if (re.test(word)) return unit;
  return undefined;
}

function parseNumber(text: string): number {
  return /^\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
}

/** Parses `30m`, `2h`, `3d`, `4 business hours`, `1 business day`, `end of next business day`. */
export function parseDuration(text: string): Duration | DurationError {
  if (typeof text !== 'string' || text.trim() === '') return fail('empty', {}, `Empty duration: ${EXPECTED}`);
  const original = text.trim();
  const norm = original.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

  for (const [re, offset] of END_OF_DAY) {
    if (re.test(norm)) return { kind: 'end-of-business-day', offset, text: original };
  }

  // Split digits from letters so that `30m`, `2h30m` and `30 m` read the same.
  const tokens = norm
    .replace(/(\d)(?=[a-zа-я])/g, '$1 ')
    .replace(/([a-zа-я])(?=\d)/g, '$1 ')
    .split(' ');

  const business = tokens.some((t) => BUSINESS_WORD.test(t));
  if (business) return parseBusiness(original, tokens);
  return parseCalendar(original, tokens);
}

function parseCalendar(original: string, tokens: string[]): Duration | DurationError {
  if (tokens.length % 2 !== 0) return fail('unknown', { text: original }, `Unknown duration «${original}»: ${EXPECTED}`);
  let minutes = 0;
  const seen = new Set<Unit>();
  for (let i = 0; i < tokens.length; i += 2) {
    const amount = parseNumber(tokens[i]);
    const unit = unitOf(tokens[i + 1]);
    if (Number.isNaN(amount) || unit === undefined || seen.has(unit)) {
      return fail('unknown', { text: original }, `Unknown duration «${original}»: ${EXPECTED}`);
    }
    seen.add(unit);
    minutes += amount * UNIT_MINUTES[unit];
  }
  return checkMinutes(original, minutes, 'calendar');
}

function parseBusiness(original: string, tokens: string[]): Duration | DurationError {
  // `<number> <business word> <unit>`, e.g. `4 business hours`, `2 рабочих дня`.
  const amount = tokens.length === 3 ? parseNumber(tokens[0]) : NaN;
  const unit = tokens.length === 3 && BUSINESS_WORD.test(tokens[1]) ? unitOf(tokens[2]) : undefined;
  if (Number.isNaN(amount) || unit === undefined) {
    return fail(
      'unknown-business',
      { text: original },
      `Unknown working-time duration «${original}»: expected «N business hours», «N business minutes» or «N business days» (4 рабочих часа, 1 рабочий день)`,
    );
  }
  if (unit === 'day') {
    if (!Number.isInteger(amount) || amount < 1 || amount > MAX_BUSINESS_DAYS) {
      return fail(
        'business-days',
        { text: original, max: MAX_BUSINESS_DAYS },
        `Bad duration «${original}»: expected a whole number of business days from 1 to ${MAX_BUSINESS_DAYS}`,
      );
    }
    return { kind: 'business-days', days: amount, text: original };
  }
  return checkMinutes(original, amount * UNIT_MINUTES[unit], 'business-minutes');
}

function checkMinutes(original: string, raw: number, kind: 'calendar' | 'business-minutes'): Duration | DurationError {
  const minutes = Math.round(raw * 1e6) / 1e6;
  if (!Number.isInteger(minutes))
    return fail(
      'whole-minutes',
      { text: original },
      `Bad duration «${original}»: expected a whole number of minutes (1.5h is fine, 0.01h is not)`,
    );
  if (minutes <= 0) return fail('not-positive', { text: original }, `Bad duration «${original}»: expected a time greater than zero`);
  if (minutes > MAX_MINUTES) return fail('too-long', { text: original }, `Bad duration «${original}»: expected at most 366 days`);
  return { kind, minutes, text: original };
}
