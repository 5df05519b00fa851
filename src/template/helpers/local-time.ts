/**
 * The local hour of an instant in a time zone, for the helpers that read the mention's time
 * (`greeting`, `formatDate`). The zone's offsets come from its caching clock
 * (src/deadline/zone-clock.ts: luxon once per UTC hour, exact at transitions), one clock per zone
 * kept for the process, so the hot path is `Date.parse` and a Map lookup.
 */
import { zoneClock, type ZoneClock } from '../../deadline/zone-clock.js';

/** The clock of each zone asked about (null: a zone the runtime does not know); zones are few, the bound is for a caller that makes up many. */
const clocks = new Map<string, ZoneClock | null>();
const MAX_CLOCKS = 64;

/** Epoch milliseconds of an ISO time, or NaN. */
export function parseInstant(iso: unknown): number {
  return typeof iso === 'string' ? Date.parse(iso) : NaN;
}

/** The zone's offset from UTC in minutes at an instant (0 for an unknown zone). */
export function zoneOffset(ts: number, timezone: string): number {
  let clock = clocks.get(timezone);
  if (clock === undefined) {
    if (clocks.size >= MAX_CLOCKS) clocks.clear();
    clocks.set(timezone, (clock = zoneClock(timezone) ?? null));
  }
  return clock === null ? 0 : clock.offset(ts);
}

/** The hour (0–23) of an ISO time in a time zone, or null when the time does not parse. */
export function localHour(iso: unknown, timezone: string): number | null {
  const ts = parseInstant(iso);
  if (Number.isNaN(ts)) return null;
  return new Date(ts + zoneOffset(ts, timezone) * 60_000).getUTCHours();
}
