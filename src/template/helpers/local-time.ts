/**
 * The local hour of an instant in a time zone, cheaply: the zone's UTC offset is looked up with
 * luxon once per zone and quarter of an hour and cached (offsets only change at transitions, and
 * transitions fall on quarter hours), so the hot path is `Date.parse` and a Map lookup.
 */
import { IANAZone } from 'luxon';

const QUARTER = 15 * 60 * 1000;
const MAX_CACHE = 50_000;
const offsets = new Map<string, Map<number, number>>();

/** Epoch milliseconds of an ISO time, or NaN. */
export function parseInstant(iso: unknown): number {
  return typeof iso === 'string' ? Date.parse(iso) : NaN;
}

/** The zone's offset from UTC in minutes at an instant (0 for an unknown zone). */
export function zoneOffset(ts: number, timezone: string): number {
  let zoneCache = offsets.get(timezone);
  if (!zoneCache) {
    zoneCache = new Map();
    offsets.set(timezone, zoneCache);
  }
  const bucket = Math.floor(ts / QUARTER);
  let offset = zoneCache.get(bucket);
  if (offset === undefined) {
    const zone = IANAZone.create(timezone);
    offset = zone.isValid ? zone.offset(bucket * QUARTER) : 0;
    if (zoneCache.size >= MAX_CACHE) zoneCache.clear();
    zoneCache.set(bucket, offset);
  }
  return offset;
}

/** The hour (0–23) of an ISO time in a time zone, or null when the time does not parse. */
export function localHour(iso: unknown, timezone: string): number | null {
  const ts = parseInstant(iso);
  if (Number.isNaN(ts)) return null;
  return new Date(ts + zoneOffset(ts, timezone) * 60_000).getUTCHours();
}
