/**
 * Deadlines for people: `3 марта, 10:15` / `March 3, 10:15 AM`, with the zone as a reader knows it
 * when asked (`3 марта, 14:10 МСК`, `3 March, 14:10 MSK`), and `через 2 ч 15 мин` / `in 2h 15m`.
 */
import { DateTime } from 'luxon';
import type { Locale } from '../model/playbook.js';

// Month names are spelled out rather than taken from Intl so the output does not depend on the ICU build.
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How a deadline is written: `zone` adds the zone's name; `dayFirst` writes English as Britain does (`3 March, 14:10`). */
export interface DueStyle {
  zone?: boolean;
  dayFirst?: boolean;
}

/**
 * A deadline in the zone for a reply or the simulator: `3 марта, 10:15` / `March 3, 10:15 AM`
 * (`3 March, 14:10 MSK` with `{ zone: true, dayFirst: true }`); a bad ISO time comes back unchanged.
 */
export function formatDue(dueIso: string, locale: Locale, zone: string, style: DueStyle = {}): string {
  const dt = DateTime.fromISO(dueIso, { setZone: true }).setZone(zone);
  if (!dt.isValid) return dueIso;
  const mm = String(dt.minute).padStart(2, '0');
  const hh = String(dt.hour).padStart(2, '0');
  const name = style.zone ? ` ${zoneName(zone, dt.offset, locale)}` : '';
  if (locale === 'ru') return `${dt.day} ${RU_MONTHS[dt.month - 1]}, ${hh}:${mm}${name}`;
  if (style.dayFirst) return `${dt.day} ${EN_MONTHS[dt.month - 1]}, ${hh}:${mm}${name}`;
  const h12 = dt.hour % 12 === 0 ? 12 : dt.hour % 12;
  return `${EN_MONTHS[dt.month - 1]} ${dt.day}, ${h12}:${mm} ${dt.hour < 12 ? 'AM' : 'PM'}${name}`;
}

/** Russia's time zones: their time is said against Moscow's («МСК», «МСК+4»), as it is in Russia. */
const RUSSIAN_ZONES = new Set(
  (
    'Europe/Kaliningrad Europe/Moscow Europe/Simferopol Europe/Volgograd Europe/Kirov Europe/Samara Europe/Ulyanovsk ' +
    'Europe/Astrakhan Europe/Saratov Asia/Yekaterinburg Asia/Omsk Asia/Novosibirsk Asia/Barnaul Asia/Tomsk ' +
    'Asia/Novokuznetsk Asia/Krasnoyarsk Asia/Irkutsk Asia/Chita Asia/Yakutsk Asia/Khandyga Asia/Vladivostok ' +
    'Asia/Ust-Nera Asia/Magadan Asia/Sakhalin Asia/Srednekolymsk Asia/Kamchatka Asia/Anadyr'
  ).split(' '),
);

/** Zones an English reader knows by letters: [standard name, its offset in minutes, summer name]. */
const ENGLISH_ZONES: Record<string, readonly [string, number, string]> = {
  'America/New_York': ['EST', -300, 'EDT'],
  'America/Chicago': ['CST', -360, 'CDT'],
  'America/Denver': ['MST', -420, 'MDT'],
  'America/Phoenix': ['MST', -420, 'MST'],
  'America/Los_Angeles': ['PST', -480, 'PDT'],
  'Europe/London': ['GMT', 0, 'BST'],
  'Europe/Dublin': ['GMT', 0, 'IST'],
  'Europe/Berlin': ['CET', 60, 'CEST'],
  'Europe/Paris': ['CET', 60, 'CEST'],
  'Europe/Amsterdam': ['CET', 60, 'CEST'],
};

/**
 * A zone's name as a reader knows it, from an explicit table rather than Intl (which says «GMT+3»
 * for Moscow in Russian): Russia's zones against Moscow's — «МСК», «МСК+4» in Novosibirsk, `MSK`,
 * `MSK+4` in English; in English a few zones by their letters (`EST`/`EDT`, `CET`/`CEST`);
 * elsewhere by the offset (`offsetMinutes`, east positive): «GMT+1», `GMT−5`, `GMT`.
 */
export function zoneName(zone: string, offsetMinutes: number, locale: Locale): string {
  if (RUSSIAN_ZONES.has(zone)) {
    const fromMoscow = Math.round((offsetMinutes - 180) / 60);
    const msk = locale === 'ru' ? 'МСК' : 'MSK';
    return fromMoscow === 0 ? msk : `${msk}${fromMoscow > 0 ? '+' : '−'}${Math.abs(fromMoscow)}`;
  }
  const named = locale === 'en' ? ENGLISH_ZONES[zone] : undefined;
  if (named) return offsetMinutes === named[1] ? named[0] : named[2];
  const h = Math.trunc(Math.abs(offsetMinutes) / 60);
  const m = Math.abs(offsetMinutes) % 60;
  return offsetMinutes === 0 ? 'GMT' : `GMT${offsetMinutes < 0 ? '−' : '+'}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/**
 * A zone as a reader knows it for a whole year, not one instant (a handbook's «время по МСК»):
 * its name in winter and, when summer time differs, in summer: «МСК», «МСК+4», `EST/EDT`,
 * «GMT+1/GMT+2». `year` picks the rules (a sample's year keeps a build reproducible).
 */
export function zoneLabel(zone: string, locale: Locale, year: number): string {
  const winter = DateTime.fromObject({ year, month: 1, day: 15 }, { zone });
  const summer = DateTime.fromObject({ year, month: 7, day: 15 }, { zone });
  if (!winter.isValid || !summer.isValid) return zone;
  const a = zoneName(zone, winter.offset, locale);
  const b = zoneName(zone, summer.offset, locale);
  return a === b ? a : `${a}/${b}`;
}

/**
 * How far `toMs` is from `fromMs`, in at most two units, whole minutes rounded down:
 * `через 2 ч 15 мин` / `in 2h 15m`, `1 д 3 ч назад` / `1d 3h ago`, `сейчас` / `now` within a minute.
 */
export function formatRelative(fromMs: number, toMs: number, locale: Locale): string {
  const diff = toMs - fromMs;
  const totalMinutes = Math.floor(Math.abs(diff) / 60_000);
  if (!Number.isFinite(diff) || totalMinutes === 0) return locale === 'ru' ? 'сейчас' : 'now';
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const ru = locale === 'ru';
  const parts: string[] = [];
  if (days > 0) {
    parts.push(ru ? `${days} д` : `${days}d`);
    if (hours > 0) parts.push(ru ? `${hours} ч` : `${hours}h`);
  } else {
    if (hours > 0) parts.push(ru ? `${hours} ч` : `${hours}h`);
    if (minutes > 0) parts.push(ru ? `${minutes} мин` : `${minutes}m`);
  }
  const span = parts.join(' ');
  if (diff > 0) return ru ? `через ${span}` : `in ${span}`;
  return ru ? `${span} назад` : `${span} ago`;
}
