/**
 * A time zone's clock with caches: luxon answers every offset question once per UTC hour, after
 * which instants are placed on local dates and formatted with plain numbers.
 */
import { DateTime, IANAZone } from 'luxon';
import { isLineEnd } from '../text/trim.js';

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

/** Year, month (1–12) and day of a local date number, by plain arithmetic (H. Hinnant's civil_from_days). */
function civil(day: DayNumber): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** `YYYY-MM-DD` of a local date number. */
export function dateOf(day: DayNumber): string {
  const [y, m, d] = civil(day);
  // Years outside 0000–9999 take Date's expanded form (never on real schedules, but exact).
  if (y < 0 || y > 9999) return new Date(day * DAY).toISOString().slice(0, 10);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
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

let canonical: ReadonlySet<string> | undefined;

/**
 * Whether the runtime knows an IANA zone (luxon's answer). The runtime's list of canonical zones is
 * read first: that costs a millisecond, while the first `Intl.DateTimeFormat` with a zone — luxon's
 * way of asking — loads the zone data, some 12 ms of a `check`'s start-up. Aliases (`Europe/Kiev`,
 * `Etc/UTC`) are not in the list and are asked of luxon.
 */
export function knownZone(zone: string): boolean {
  canonical ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  return canonical.has(zone) || IANAZone.isValidZone(zone);
}

/**
 * A caching clock for an IANA zone, or undefined when the zone is unknown. The zone's data is
 * loaded at the first question that needs it (see `knownZone`).
 */
export function zoneClock(zone: string): ZoneClock | undefined {
  if (!knownZone(zone)) return undefined;
  let iana: IANAZone | undefined;
  let utc: boolean | undefined;
  const isUtc = (): boolean => (utc ??= DateTime.fromMillis(0, { zone }).toISO()?.endsWith('Z') ?? false);
  const byHour = new Map<number, number>();

  function offset(ms: number): number {
    iana ??= IANAZone.create(zone);
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
      const off = offset(ms);
      const local = Math.trunc(ms + off * 60_000); // as Date does with a fractional (LMT) offset
      const abs = Math.abs(off);
      const sign = off < 0 ? '-' : '+';
      const zonePart = off === 0 && isUtc() ? 'Z' : `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
      const day = Math.floor(local / DAY);
      const t = local - day * DAY; // ms into the local day
      const min = Math.floor(t / 60_000);
      return `${dateOf(day)}T${pad2(Math.floor(min / 60))}:${pad2(min % 60)}:${pad2(Math.floor(t / 1000) % 60)}.${pad3(t % 1000)}${zonePart}`;
    },
    label(ms) {
      const local = Math.trunc(ms + offset(ms) * 60_000);
      const day = Math.floor(local / DAY);
      const min = Math.floor((local - day * DAY) / 60_000);
      return `${WEEKDAYS[weekdayOf(day)]} ${dateOf(day)} ${pad2(Math.floor(min / 60))}:${pad2(min % 60)}`;
    },
  };
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms of an ISO 8601 time with an offset (`2026-03-02T10:15:00+03:00`), or NaN. */
export function parseInstant(text: string): number {
  if (typeof text !== 'string') return NaN;
  const fast = parseCommon(text);
  if (fast !== undefined) return fast;
  // The common shape goes through Date.parse (fast); anything else through luxon (strict ISO).
  if (ISO_WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms) && sameCalendarDate(text, ms)) return ms;
    return NaN;
  }
  if (!hasTimeAndOffset(text)) return NaN; // a time with an offset is required
  const dt = DateTime.fromISO(text, { setZone: true });
  return dt.isValid ? dt.toMillis() : NaN;
}

/**
 * `T` and a digit somewhere, and the text ends in `Z` or an offset (`+03`, `+0300`, `+03:00`): what
 * `/T\d.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/` tests, without its quadratic rescans of `T1T1T1…`.
 */
export function hasTimeAndOffset(text: string): boolean {
  const n = text.length;
  const digit = (i: number): boolean => i >= 0 && i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
  const sign = (i: number): boolean => i >= 0 && (text[i] === '+' || text[i] === '-');
  // Where the offset starts: `Z`, or a sign before 2, 4 or 2:2 digits at the end.
  let offsetAt = -1;
  if (text.endsWith('Z')) offsetAt = n - 1;
  else if (digit(n - 1) && digit(n - 2)) {
    if (sign(n - 3)) offsetAt = n - 3;
    else if (digit(n - 3) && digit(n - 4) && sign(n - 5)) offsetAt = n - 5;
    else if (text[n - 3] === ':' && digit(n - 4) && digit(n - 5) && sign(n - 6)) offsetAt = n - 6;
  }
  if (offsetAt < 0) return false;
  // `T\d` must start before the offset, on its line (`.` stops at line ends; `.*` may be empty).
  let from = offsetAt - 1;
  while (from >= 0 && !isLineEnd(text.charCodeAt(from))) from--;
  for (let i = from + 1; i + 1 < offsetAt; i++) if (text[i] === 'T' && digit(i + 1)) return true;
  return false;
}

/** Rejects dates Date.parse silently rolls over (`2026-02-30` → March 2). */
function sameCalendarDate(text: string, ms: number): boolean {
  const sign = text.endsWith('Z') ? 0 : text[text.length - 6] === '-' ? -1 : 1;
  const off = sign === 0 ? 0 : sign * (Number(text.slice(-5, -3)) * 60 + Number(text.slice(-2)));
  return new Date(ms + off * 60_000).toISOString().slice(0, 10) === text.slice(0, 10);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two digits at i as a number, or -1. */
function two(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48,
    b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common shape `YYYY-MM-DDTHH:MM[:SS[.f{1,3}]](Z|±HH:MM)` with every field in range, read with
 * plain arithmetic (the engine parses a time per mention); undefined for anything else, which then
 * takes the general path. Same result as that path: an impossible date (`02-30`) is NaN.
 */
function parseCommon(t: string): number | undefined {
  const n = t.length;
  if (n < 17 || n > 29 || t.charCodeAt(4) !== 0x2d || t.charCodeAt(7) !== 0x2d || t.charCodeAt(10) !== 0x54 || t.charCodeAt(13) !== 0x3a)
    return undefined;
  const y1 = two(t, 0),
    y2 = two(t, 2),
    mo = two(t, 5),
    d = two(t, 8),
    h = two(t, 11),
    mi = two(t, 14);
  if (y1 < 10 || y2 < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  const year = y1 * 100 + y2;
  let i = 16,
    sec = 0,
    ms = 0;
  if (t.charCodeAt(i) === 0x3a) {
    sec = two(t, i + 1);
    if (sec < 0 || sec > 59) return undefined;
    i += 3;
    if (t.charCodeAt(i) === 0x2e) {
      let k = i + 1,
        scale = 100;
      for (; k < n && k <= i + 3; k++) {
        const c = t.charCodeAt(k) - 48;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale /= 10;
      }
      if (k === i + 1) return undefined;
      i = k;
    }
  }
  let off = 0;
  const z = t.charCodeAt(i);
  if (z === 0x5a) {
    if (i + 1 !== n) return undefined;
  } else if (z === 0x2b || z === 0x2d) {
    if (i + 6 !== n || t.charCodeAt(i + 3) !== 0x3a) return undefined;
    const oh = two(t, i + 1),
      om = two(t, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
    off = (z === 0x2d ? -1 : 1) * (oh * 60 + om);
  } else return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (d > (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1])) return NaN;
  return Date.UTC(year, mo - 1, d, h, mi, sec, ms) - off * 60_000;
}
