/**
 * Production calendars: which days are off, which weekends work, which days are shortened — year by
 * year, from replybook's own Russian calendar, the `date-holidays` library for other countries, and
 * the years a playbook supplies itself (`calendar_years`, `calendar_files`). Each year's days are
 * computed once per playbook and kept (`CalendarSet.days`), never per mention.
 */
import type { CalendarYear } from '../model/playbook.js';
import { RU_YEARS } from './calendar-ru.js';
import { holidayLibrary, type HolidayLibrary } from './holiday-library.js';

/** replybook's own calendars (with transfers and shortened days); every other id is a country code. */
export const BUILTIN_CALENDARS: readonly string[] = ['ru'];

/** The first and last years a library calendar is asked for: the range of `--at`. */
export const LIBRARY_YEARS = { first: 1970, last: 2999 } as const;

/** The days of one year, as the schedule reads them. */
export interface YearDays {
  holidays: ReadonlySet<string>;
  workingDays: ReadonlySet<string>;
  shortenedDays: ReadonlySet<string>;
}

/** How well a year is known. */
export interface YearCoverage {
  year: number;
  /** `covered`; `provisional` (statute only, no decree transfers); `uncovered` (no data: plain weeks). */
  status: 'covered' | 'provisional' | 'uncovered';
  /** The calendars with no data for the year. */
  missing: string[];
  /** The calendars whose data for the year is provisional. */
  provisional: string[];
  /** Where the year's data comes from (decrees, statute, files, the library). */
  origins: string[];
}

/** The calendars of one playbook. */
export interface CalendarSet {
  readonly ids: readonly string[];
  /** The days of a year (computed once, then kept). */
  days(year: number): YearDays;
  coverage(year: number): YearCoverage;
  /** The years with data, per calendar, for messages: `ru 2025–2027 (2027 provisional)`. */
  describe(): string;
  /**
   * What `describe` says, as values for a person's language: `ids` the calendars joined by `,`,
   * `ruYears` and `ruProvisional` the years of `ru` (as `2025–2027`), `supplied` the years the
   * playbook supplies (empty when none).
   */
  describeValues(): { ids: string; ruYears: string; ruProvisional: string; supplied: string };
}

/** A calendar id split: `de-by` → country `DE`, state `BY`. */
export function parseCalendarId(id: string): { country: string; state?: string } {
  const [country, state] = id.split('-');
  return { country: country.toUpperCase(), ...(state ? { state: state.toUpperCase() } : {}) };
}

/**
 * Why a calendar id cannot be used, beside the English sentence: `no-library`, `unknown-calendar`
 * (`id`), `unknown-region` (`id`, `country` the library's English name, `states` `some` or `none`).
 */
export interface CalendarIdProblem {
  message: string;
  known: string[];
  code: 'no-library' | 'unknown-calendar' | 'unknown-region';
  values: Record<string, string | number>;
}

/**
 * Why a calendar id cannot be used (unknown country or state), or undefined when it can. Country
 * codes are looked up in the holiday library, which this loads.
 */
export function calendarIdProblem(id: string): CalendarIdProblem | undefined {
  if (BUILTIN_CALENDARS.includes(id)) return undefined;
  const lib = holidayLibrary();
  if (!lib)
    return {
      message: `Country calendars are not available: the holiday library was not loaded (a bug in replybook)`,
      known: [],
      code: 'no-library',
      values: {},
    };
  const { country, state } = parseCalendarId(id);
  const countries = lib.countries();
  const known = [...BUILTIN_CALENDARS, ...Object.keys(countries).map((c) => c.toLowerCase())].filter((c, i, a) => a.indexOf(c) === i);
  if (!(country in countries))
    return {
      message: `Unknown calendar \`${id}\`: expected \`ru\` or a country code that date-holidays knows`,
      known,
      code: 'unknown-calendar',
      values: { id },
    };
  if (state) {
    const states = lib.states(country) ?? {};
    const ids = Object.keys(states).map((s) => `${country.toLowerCase()}-${s.toLowerCase()}`);
    if (!(state in states))
      return {
        message: `Unknown region \`${id}\` of ${countries[country]}: ${ids.length ? 'expected one of the states date-holidays knows' : 'date-holidays knows no states of it; use the country code alone'}`,
        known: ids,
        code: 'unknown-region',
        values: { id, country: countries[country], states: ids.length ? 'some' : 'none' },
      };
  }
  return undefined;
}

function yearsText(years: readonly number[]): string {
  if (years.length === 0) return 'no years';
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = sorted[0];
  let to = from;
  for (const y of sorted.slice(1)) {
    if (y === to + 1) to = y;
    else {
      parts.push(from === to ? `${from}` : `${from}–${to}`);
      from = to = y;
    }
  }
  parts.push(from === to ? `${from}` : `${from}–${to}`);
  return parts.join(', ');
}

/**
 * The calendars `ids` with the years the playbook supplies. A supplied year is the whole production
 * calendar of that year: it replaces what the built-in calendars and the library say of it.
 */
export function calendarSet(ids: readonly string[], supplied: readonly CalendarYear[] = [], lib?: HolidayLibrary): CalendarSet {
  const own = new Map<number, CalendarYear[]>();
  for (const y of supplied) {
    const years = own.get(y.year);
    if (years) years.push(y);
    else own.set(y.year, [y]);
  }
  const builtIn = new Map(RU_YEARS.map((y) => [y.year, y]));
  const dayCache = new Map<number, YearDays>();
  const coverageCache = new Map<number, YearCoverage>();
  let library = lib;
  const libraryNow = (): HolidayLibrary | undefined => (library ??= holidayLibrary());
  const usable = new Map<string, boolean>();
  /** A country calendar the library knows (the validator reports the others). */
  const known = (id: string): boolean => {
    let ok = usable.get(id);
    if (ok === undefined) usable.set(id, (ok = libraryNow() !== undefined && (lib !== undefined || calendarIdProblem(id) === undefined)));
    return ok;
  };

  /** The data each calendar gives of a year (without supplied years). */
  function sources(year: number): { years: CalendarYear[]; missing: string[] } {
    const years: CalendarYear[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      if (id === 'ru') {
        const y = builtIn.get(year);
        if (y) years.push(y);
        else missing.push(id);
        continue;
      }
      const l = libraryNow();
      if (!l || year < LIBRARY_YEARS.first || year > LIBRARY_YEARS.last || !known(id)) {
        missing.push(id);
        continue;
      }
      const { country, state } = parseCalendarId(id);
      years.push({
        year,
        holidays: l.publicHolidays(country, state, year),
        workingDays: [],
        shortenedDays: [],
        origin: `date-holidays: public holidays of ${id}`,
      });
    }
    return { years, missing };
  }

  function days(year: number): YearDays {
    const hit = dayCache.get(year);
    if (hit) return hit;
    const list = own.get(year) ?? sources(year).years;
    const holidays = new Set<string>();
    const workingDays = new Set<string>();
    const shortenedDays = new Set<string>();
    for (const y of list) {
      y.holidays.forEach((d) => holidays.add(d));
      y.workingDays.forEach((d) => workingDays.add(d));
      y.shortenedDays.forEach((d) => shortenedDays.add(d));
    }
    const result: YearDays = { holidays, workingDays, shortenedDays };
    dayCache.set(year, result);
    return result;
  }

  function coverage(year: number): YearCoverage {
    const hit = coverageCache.get(year);
    if (hit) return hit;
    let result: YearCoverage;
    const mine = own.get(year);
    if (mine) result = { year, status: 'covered', missing: [], provisional: [], origins: mine.map((y) => y.origin) };
    else if (ids.length === 0)
      // No calendar named: plain weeks are what the team chose, unless it supplies years of its own.
      result = {
        year,
        status: own.size ? 'uncovered' : 'covered',
        missing: own.size ? ['calendar_years'] : [],
        provisional: [],
        origins: [],
      };
    else {
      const { years, missing } = sources(year);
      const provisional = years.some((y) => y.provisional) ? ids.filter((id) => id === 'ru') : [];
      result = {
        year,
        status: missing.length ? 'uncovered' : provisional.length ? 'provisional' : 'covered',
        missing,
        provisional,
        origins: years.map((y) => y.origin),
      };
    }
    coverageCache.set(year, result);
    return result;
  }

  function describeValues(): ReturnType<CalendarSet['describeValues']> {
    const suppliedYears = [...own.keys()];
    const prov = RU_YEARS.filter((y) => y.provisional).map((y) => y.year);
    return {
      ids: ids.join(','),
      ruYears: yearsText(RU_YEARS.map((y) => y.year)),
      ruProvisional: prov.length ? yearsText(prov) : '',
      supplied: suppliedYears.length ? yearsText(suppliedYears) : '',
    };
  }

  function describe(): string {
    const v = describeValues();
    const parts: string[] = [];
    for (const id of ids) {
      if (id === 'ru') parts.push(`ru covers ${v.ruYears}${v.ruProvisional ? ` (${v.ruProvisional} provisional)` : ''}`);
      else parts.push(`${id} covers every year (public holidays from date-holidays)`);
    }
    if (v.supplied) parts.push(`the playbook supplies ${v.supplied}`);
    return parts.join('; ') || 'no production calendar';
  }

  return { ids: [...ids], days, coverage, describe, describeValues };
}
