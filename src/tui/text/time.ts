/** Deadlines as a person reads them: the local time as written in the playbook's zone, and how far away. */
import { formatDue } from '../../deadline/format.js';
import { msg, simLang } from './words.js';

const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * `2026-03-02T14:15:00+03:00` → `Mon 2026-03-02 14:15`. The engine writes `due` in the playbook's
 * time zone, so the wall-clock part of the string is already the team's local time.
 */
export function formatLocalTime(iso: string, zone?: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  // In Russian, as a person there writes it, in the playbook's zone with its name: «пн, 2 марта, 14:15 МСК».
  if (simLang() === 'ru' && zone) {
    const ms = Date.parse(iso);
    if (!Number.isNaN(ms)) return russianTime(iso, ms, zone);
  }
  const day = WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
  return `${day} ${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`;
}

const weekdays = new Map<string, Intl.DateTimeFormat>();

/**
 * «вт, 3 марта, 14:10 МСК»: the date and time as the deadline formatter writes them in Russian
 * with the zone named as a Russian reader knows it (src/deadline/format.ts: «МСК+4» in Novosibirsk,
 * «GMT+1» elsewhere), and the weekday.
 */
function russianTime(iso: string, ms: number, zone: string): string {
  let weekday = weekdays.get(zone);
  if (!weekday) {
    try {
      weekday = new Intl.DateTimeFormat('ru-RU', { timeZone: zone, weekday: 'short' });
    } catch {
      return iso;
    }
    weekdays.set(zone, weekday);
  }
  return `${weekday.format(ms)}, ${formatDue(iso, 'ru', zone, { zone: true })}`;
}

/** A duration in words: `45 min`, `4 h`, `2 h 30 min`, `3 d 2 h` (in Russian «45 мин», «4 ч», «3 д 2 ч»). */
export function formatSpan(ms: number): string {
  const ru = simLang() === 'ru';
  const [MIN, H, D] = ru ? ['мин', 'ч', 'д'] : ['min', 'h', 'd'];
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} ${MIN}`;
  const hours = Math.floor(minutes / 60);
  const min = minutes % 60;
  if (hours < 48) return min ? `${hours} ${H} ${min} ${MIN}` : `${hours} ${H}`;
  const days = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${days} ${D} ${h} ${H}` : `${days} ${D}`;
}

/** How far `due` is from `from`: `in 4 h`, `2 h ago`; null when either time does not parse. */
export function formatFromMention(due: string, from: string): string | null {
  const a = Date.parse(from);
  const b = Date.parse(due);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return b >= a ? msg('time.after', { span: formatSpan(b - a) }) : msg('time.before', { span: formatSpan(a - b) });
}
