/**
 * Provides the `date-holidays` library to the core's calendars (src/deadline/holiday-library.ts),
 * loaded synchronously on first use: importing this module costs nothing until a playbook names a
 * country calendar (`calendar: us`).
 */
import { createRequire } from 'node:module';
import { provideHolidayLibrary, type HolidayLibrary } from '../deadline/holiday-library.js';

type HolidaysCtor = new (
  country?: string,
  state?: string,
) => {
  getCountries(lang?: string): Record<string, string>;
  getStates(country: string, lang?: string): Record<string, string> | undefined;
  getHolidays(year?: number, lang?: string): Array<{ date: string; type: string }>;
};

const require = createRequire(import.meta.url);

/** The holiday library as `date-holidays` gives it (public holidays only). */
export function dateHolidays(): HolidayLibrary {
  const Holidays = require('date-holidays') as HolidaysCtor;
  const catalogue = new Holidays();
  const byRegion = new Map<string, InstanceType<HolidaysCtor>>();
  return {
    countries: () => catalogue.getCountries('en'),
    states: (country) => catalogue.getStates(country, 'en') ?? undefined,
    publicHolidays(country, state, year) {
      const key = `${country}-${state ?? ''}`;
      let h = byRegion.get(key);
      if (!h) byRegion.set(key, (h = state ? new Holidays(country, state) : new Holidays(country)));
      // `date` is local to the country: "2027-07-05 00:00:00"; only whole public holidays count.
      return [
        ...new Set(
          h
            .getHolidays(year)
            .filter((x) => x.type === 'public')
            .map((x) => x.date.slice(0, 10)),
        ),
      ].sort();
    },
  };
}

provideHolidayLibrary(dateHolidays);
