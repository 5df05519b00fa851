/**
 * A time zone's clock with caches: luxon answers every offset question once per UTC hour, after
 * which instants are placed on local dates and formatted with plain numbers.
 */
import { DateTime, IANAZone } from 'luxon';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Bounds memory for long-running processes; refilled on demand. */
const MAX_CACHED_HOURS = 200_000;

/** Local date number: days since 1970-01-01 on the zone's calendar. */
export type DayNumber = number;

export interface ZoneClock {
  readonly zone: string;
  /** Offset from UTC in minutes at an instant. */
  offset(ms: number): number;
  /** The local date an instant falls on. */
  dayOf(ms: number): DayNumber;
  /** The instant of a local wall time (minutes from midnight, 1440 = next midnight); gaps shift forward. */
  instant(day: DayNumber, minutes: number): number;
  /** ISO 8601 in the zone, the format of luxon's `toISO()`: `2026-03-03T10:15:00.000+03:00`. */
  iso(ms: number): string;
  /** `Mon 2026-03-02 10:15` in the zone, for explanations. */
  label(ms: number): string;
}

/** `YYYY-MM-DD` of a local date number. */
export function dateOf(day: DayNumber): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Weekday of a local date number, 0 = Monday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

/** A caching clock for an IANA zone, or undefined when the zone is unknown. */
export function zoneClock(zone: string): ZoneClock | undefined {
  if (!IANAZone.isValidZone(zone)) return undefined;
  const iana = IANAZone.create(zone);
  const byHour = new Map<number, number>();
  const isUtc = DateTime.fromMillis(0, { zone }).toISO()?.endsWith('Z') ?? false;

  function offset(ms: number): number {
    const hour = Math.floor(ms / HOUR);
    let off = byHour.get(hour);
    if (off === undefined) {
      const atStart = iana.offset(hour * HOUR);
      // A transition inside this hour: mark it and ask luxon for every instant in it.
      off = atStart === iana.offset((hour + 1) * HOUR - 1) ? atStart : NaN;
      if (byHour.size >= MAX_CACHED_HOURS) byHour.clear();
      byHour.set(hour, off);
    }
    return Number.isNaN(off) ? iana.offset(ms) : off;
  }

  function fields(ms: number): { local: Date; off: number } {
    const off = offset(ms);
    return { local: new Date(ms + off * 60_000), off };
  }

  return {
    zone,
    offset,
    dayOf(ms) {
      return Math.floor((ms + offset(ms) * 60_000) / DAY);
    },
    instant(day, minutes) {
      const d = new Date((day + Math.floor(minutes / 1440)) * DAY);
      const m = minutes % 1440;
      return DateTime.fromObject(
        { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: Math.floor(m / 60), minute: m % 60 },
        { zone },
      ).toMillis();
    },
    iso(ms) {
      const { local, off } = fields(ms);
      const abs = Math.abs(off);
      const sign = off < 0 ? '-' : '+';
      const zonePart = isUtc && off === 0 ? 'Z' : `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
      return (
        `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}` +
        `T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}` +
        `.${pad3(local.getUTCMilliseconds())}${zonePart}`
      );
    },
    label(ms) {
      const { local } = fields(ms);
      const day = Math.floor(local.getTime() / DAY);
      return `${WEEKDAYS[weekdayOf(day)]} ${dateOf(day)} ${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`;
    },
  };
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms of an ISO 8601 time with an offset (`2026-03-02T10:15:00+03:00`), or NaN. */
export function parseInstant(text: string): number {
  if (typeof text !== 'string') return NaN;
  // The common shape goes through Date.parse (fast); anything else through luxon (strict ISO).
  if (ISO_WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms) && sameCalendarDate(text, ms)) return ms;
    return NaN;
  }
  if (!/T\d.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(text)) return NaN; // a time with an offset is required
  const dt = DateTime.fromISO(text, { setZone: true });
  return dt.isValid ? dt.toMillis() : NaN;
}

/** Rejects dates Date.parse silently rolls over (`2026-02-30` → March 2). */
function sameCalendarDate(text: string, ms: number): boolean {
  const sign = text.endsWith('Z') ? 0 : text[text.length - 6] === '-' ? -1 : 1;
  const off = sign === 0 ? 0 : sign * (Number(text.slice(-5, -3)) * 60 + Number(text.slice(-2)));
  return new Date(ms + off * 60_000).toISOString().slice(0, 10) === text.slice(0, 10);
}
