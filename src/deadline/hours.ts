/**
 * `schedule.hours` of a playbook (`{ "mon-fri": "09:00-18:00", sat: "10:00-14:00", sun: off }`) into
 * weekly working intervals, and the time-zone check. See docs/deadlines.md for the rules.
 */
import { knownZone } from './zone-clock.js';
import type { Interval } from '../model/playbook.js';

export interface HoursProblem {
  /** The key of `schedule.hours` the problem is in (`mon-fri`). */
  key: string;
  message: string;
  /**
   * The problem, beside the English sentence: `unknown-day-in` (`key`), `unknown-day` (`day`),
   * `day-twice` (`key`), `not-text` (`key`), `empty`, `bad-time` (`part`), `empty-interval`
   * (`part`), `overnight` (`part`, `hours`, `swapped`), `already-set` (`day`, `key`), `overlap`
   * (`day`, `interval`, `other`, `key`).
   */
  code: string;
  values: Record<string, string | number>;
}

/** A problem of one key or value, before it is given its key. */
type Said = Omit<HoursProblem, 'key'>;
const said = (code: string, values: Said['values'], message: string): Said => ({ code, values, message });

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const EXPECTED_KEY = 'expected mon, tue, wed, thu, fri, sat, sun, a range (mon-fri), a list (mon,wed) or daily';
const EXPECTED_VALUE = 'expected HH:MM-HH:MM (09:00-18:00), several separated by commas (09:00-13:00, 14:00-18:00), or off';
/** An interval written end-before-start crosses midnight; longer than this it is more likely a typo. */
const MAX_OVERNIGHT_MINUTES = 12 * 60;

/** Day indexes (0 = Monday) a key names, or an error message. */
function parseKey(key: string): number[] | Said {
  const norm = key.trim().toLowerCase();
  if (norm === 'daily') return [0, 1, 2, 3, 4, 5, 6];
  const days: number[] = [];
  for (const part of norm.split(',')) {
    const item = part.trim();
    const range = /^([a-z]+)\s*-\s*([a-z]+)$/.exec(item);
    if (range) {
      const from = DAYS.indexOf(range[1] as (typeof DAYS)[number]);
      const to = DAYS.indexOf(range[2] as (typeof DAYS)[number]);
      if (from < 0 || to < 0) return said('unknown-day-in', { key }, `Unknown day in \`${key}\`: ${EXPECTED_KEY}`);
      // A range may wrap around the week end: `fri-mon` is Friday to Monday.
      for (let d = from; ; d = (d + 1) % 7) {
        days.push(d);
        if (d === to) break;
      }
      continue;
    }
    const day = DAYS.indexOf(item as (typeof DAYS)[number]);
    if (day < 0) return said('unknown-day', { day: item || key }, `Unknown day \`${item || key}\`: ${EXPECTED_KEY}`);
    days.push(day);
  }
  const unique = [...new Set(days)];
  if (unique.length !== days.length) return said('day-twice', { key }, `Day named twice in \`${key}\``);
  return unique;
}

function parseTime(text: string, isEnd: boolean): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0) return isEnd ? 1440 : undefined;
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const isDash = (c: number): boolean => c === 0x2d || c === 0x2013 || c === 0x2014; // - – —

/**
 * `09:00 - 18:00` → the two times around the one dash (hyphen, en or em dash), or null. A scan:
 * the regex it replaces, `/^\s*([^-–—]+?)\s*[-–—]\s*([^-–—]+?)\s*$/`, took cubic time on a
 * long run of spaces (a second for 1,000 of them).
 */
function splitRange(part: string): [string, string] | null {
  let dash = -1;
  for (let i = 0; i < part.length; i++) {
    if (!isDash(part.charCodeAt(i))) continue;
    if (dash >= 0) return null;
    dash = i;
  }
  if (dash < 0) return null;
  const from = part.slice(0, dash).trim();
  const to = part.slice(dash + 1).trim();
  return from && to ? [from, to] : null;
}

/** Intervals of one value: on its own day and spilling over midnight into the next. */
function parseValue(value: string): { today: Interval[]; tomorrow: Interval[] } | Said {
  const norm = value.trim().toLowerCase();
  if (norm === 'off' || norm === 'closed') return { today: [], tomorrow: [] };
  if (norm === '') return said('empty', {}, `Empty hours: ${EXPECTED_VALUE}`);
  const today: Interval[] = [];
  const tomorrow: Interval[] = [];
  for (const part of norm.split(',')) {
    const range = splitRange(part);
    const start = range ? parseTime(range[0], false) : undefined;
    const end = range ? parseTime(range[1], true) : undefined;
    if (start === undefined || end === undefined)
      return said('bad-time', { part: part.trim() }, `Bad time \`${part.trim()}\`: ${EXPECTED_VALUE}`);
    if (start === end)
      return said(
        'empty-interval',
        { part: part.trim() },
        `Empty interval \`${part.trim()}\`: start and end are the same (a whole day is 00:00-24:00)`,
      );
    if (end > start) {
      today.push({ start, end });
      continue;
    }
    const length = 1440 - start + end;
    if (length > MAX_OVERNIGHT_MINUTES) {
      return said(
        'overnight',
        { part: part.trim(), hours: length / 60, swapped: `${hhmm(end)}-${hhmm(start)}` },
        `End before start in \`${part.trim()}\`: an interval crossing midnight may last at most 12 hours (this one would last ${length / 60} h); write the start first (${hhmm(end)}-${hhmm(start)})`,
      );
    }
    today.push({ start, end: 1440 });
    if (end > 0) tomorrow.push({ start: 0, end });
  }
  return { today, tomorrow };
}

interface Placed extends Interval {
  key: string;
}

/** Parses `schedule.hours` (`{ "mon-fri": "09:00-18:00", sat: "10:00-14:00" }`) into weekly intervals (0 = Monday). */
export function parseHours(spec: Readonly<Record<string, string>>): { weekly: Interval[][]; problems: HoursProblem[] } {
  const problems: HoursProblem[] = [];
  const parsed: Array<{ key: string; days: number[]; today: Interval[]; tomorrow: Interval[] }> = [];
  for (const [key, value] of Object.entries(spec ?? {})) {
    const days = parseKey(key);
    if (!Array.isArray(days)) {
      problems.push({ key, ...days });
      continue;
    }
    if (typeof value !== 'string') {
      problems.push({ key, ...said('not-text', { key }, `Hours of \`${key}\` are not text: ${EXPECTED_VALUE}`) });
      continue;
    }
    const intervals = parseValue(value);
    if (!('today' in intervals)) {
      problems.push({ key, ...intervals });
      continue;
    }
    parsed.push({ key, days, ...intervals });
  }

  // A key naming fewer days overrides one naming more (`daily` + `sun: off`); equal sizes clash.
  const owner: Array<{ key: string; size: number } | undefined> = new Array(7).fill(undefined);
  for (const p of parsed) {
    for (const d of p.days) {
      const prev = owner[d];
      if (prev === undefined || p.days.length < prev.size) owner[d] = { key: p.key, size: p.days.length };
      else if (p.days.length === prev.size) {
        problems.push({
          key: p.key,
          ...said('already-set', { day: DAYS[d], key: prev.key }, `\`${DAYS[d]}\` is already set by \`${prev.key}\``),
        });
      }
    }
  }

  const placed: Placed[][] = [[], [], [], [], [], [], []];
  for (const p of parsed) {
    for (const d of p.days) {
      if (owner[d]?.key !== p.key) continue;
      for (const iv of p.today) placed[d].push({ ...iv, key: p.key });
      for (const iv of p.tomorrow) placed[(d + 1) % 7].push({ ...iv, key: p.key });
    }
  }

  const weekly: Interval[][] = [];
  for (let d = 0; d < 7; d++) {
    const list = placed[d].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: Interval[] = [];
    let last: Placed | undefined;
    for (const iv of list) {
      const top = merged[merged.length - 1];
      if (top && last && iv.start < top.end) {
        problems.push({
          key: iv.key,
          code: 'overlap',
          values: {
            day: DAYS[d],
            interval: `${hhmm(iv.start)}-${hhmm(iv.end)}`,
            other: `${hhmm(last.start)}-${hhmm(last.end)}`,
            key: last.key,
          },
          message: `Overlapping hours on \`${DAYS[d]}\`: ${hhmm(iv.start)}-${hhmm(iv.end)} overlaps ${hhmm(last.start)}-${hhmm(last.end)} (from \`${last.key}\`)`,
        });
        top.end = Math.max(top.end, iv.end);
      } else if (top && iv.start === top.end) {
        top.end = iv.end; // adjacent intervals are one stretch of working time
      } else {
        merged.push({ start: iv.start, end: iv.end });
      }
      last = iv;
    }
    weekly.push(merged);
  }
  return { weekly, problems };
}

/** True when the runtime knows this IANA time zone (`Europe/Moscow`); offsets such as `+03:00` are not zones. */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.trim() !== zone || zone === '') return false;
  // Bare offsets change with no daylight-saving rules and are not what `timezone` means.
  if (/^[+-]\d/.test(zone) || /^(?:UTC|GMT)[+-]/i.test(zone)) return false;
  return knownZone(zone);
}
