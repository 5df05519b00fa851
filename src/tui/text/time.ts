/** Deadlines as a person reads them: the local time as written in the playbook's zone, and how far away. */

const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * `2026-03-02T14:15:00+03:00` → `Mon 2026-03-02 14:15`. The engine writes `due` in the playbook's
 * time zone, so the wall-clock part of the string is already the team's local time.
 */
export function formatLocalTime(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const day = WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
  return `${day} ${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`;
}

/** A duration in words: `45 min`, `4 h`, `2 h 30 min`, `3 d 2 h`. */
export function formatSpan(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const min = minutes % 60;
  if (hours < 48) return min ? `${hours} h ${min} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? `${days} d ${h} h` : `${days} d`;
}

/** How far `due` is from `from`: `in 4 h`, `2 h ago`; null when either time does not parse. */
export function formatFromMention(due: string, from: string): string | null {
  const a = Date.parse(from);
  const b = Date.parse(due);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return b >= a ? `+${formatSpan(b - a)} after the mention` : `${formatSpan(a - b)} before the mention`;
}
