/** Deadlines for people: `3 марта, 10:15` / `March 3, 10:15 AM`, and `через 2 ч 15 мин` / `in 2h 15m`. */
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

/** A deadline in the zone for a reply or the simulator: `3 марта, 10:15` / `March 3, 10:15 AM`; a bad ISO time comes back unchanged. */
export function formatDue(dueIso: string, locale: Locale, zone: string): string {
  const dt = DateTime.fromISO(dueIso, { setZone: true }).setZone(zone);
  if (!dt.isValid) return dueIso;
  const mm = String(dt.minute).padStart(2, '0');
  if (locale === 'ru') return `${dt.day} ${RU_MONTHS[dt.month - 1]}, ${String(dt.hour).padStart(2, '0')}:${mm}`;
  const h12 = dt.hour % 12 === 0 ? 12 : dt.hour % 12;
  return `${EN_MONTHS[dt.month - 1]} ${dt.day}, ${h12}:${mm} ${dt.hour < 12 ? 'AM' : 'PM'}`;
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
