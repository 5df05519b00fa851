/**
 * Public holidays of countries other than Russia come from the `date-holidays` library. The core
 * does not import it: the library and its data take about a tenth of a second to load, which every
 * `check`, `sim --text` and editor start would pay for playbooks that never name a country. The
 * front ends' layer (`src/node/holiday-library.ts`) provides a loader, called the first time a
 * playbook names a country calendar; the core stays free of I/O and of module loading.
 */

/** What replybook needs of a holiday library. */
export interface HolidayLibrary {
  /** Country codes (upper case, `DE`) → names. */
  countries(): Readonly<Record<string, string>>;
  /** A country's states or regions (`BY` → Bayern), or undefined when it has none. */
  states(country: string): Readonly<Record<string, string>> | undefined;
  /** The dates (YYYY-MM-DD) of the public holidays of a country (and state) in a year. */
  publicHolidays(country: string, state: string | undefined, year: number): string[];
}

let load: (() => HolidayLibrary) | undefined;
let loaded: HolidayLibrary | undefined;

/** Sets how the holiday library is loaded (by src/node, once); the loader runs at most once. */
export function provideHolidayLibrary(loader: () => HolidayLibrary): void {
  load = loader;
  loaded = undefined;
}

/** The holiday library, loaded on first use; undefined when no front end provided one (a bug). */
export function holidayLibrary(): HolidayLibrary | undefined {
  if (!loaded && load) loaded = load();
  return loaded;
}

/** The part of `date-holidays`' class replybook uses. */
export type HolidaysClass = new (
  country?: string,
  state?: string,
) => {
  getCountries(lang?: string): Record<string, string>;
  getStates(country: string, lang?: string): Record<string, string> | undefined;
  getHolidays(year?: number, lang?: string): Array<{ date: string; type: string }> | undefined;
};

/**
 * The holiday library over `date-holidays`' class, however it was loaded (from node_modules by the
 * command line, from the extension's own bundle by its language server): public holidays only.
 */
export function holidayLibraryOver(Holidays: HolidaysClass): HolidayLibrary {
  const catalogue = new Holidays();
  const byRegion = new Map<string, InstanceType<HolidaysClass>>();
  return {
    countries: () => catalogue.getCountries('en'),
    states: (country) => catalogue.getStates(country, 'en') ?? undefined,
    publicHolidays(country, state, year) {
      const key = `${country}-${state ?? ''}`;
      let h = byRegion.get(key);
      if (!h) byRegion.set(key, (h = state ? new Holidays(country, state) : new Holidays(country)));
      // `date` is local to the country: "2027-07-05 00:00:00"; only whole public holidays count.
      const holidays = h.getHolidays(year) ?? [];
      return [...new Set(holidays.filter((x) => x.type === 'public').map((x) => x.date.slice(0, 10)))].sort();
    },
  };
}
