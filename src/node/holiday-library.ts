/**
 * Provides the `date-holidays` library to the core's calendars (src/deadline/holiday-library.ts),
 * loaded synchronously on first use: importing this module costs nothing until a playbook names a
 * country calendar (`calendar: us`).
 */
import { createRequire } from 'node:module';
import { holidayLibraryOver, provideHolidayLibrary, type HolidayLibrary, type HolidaysClass } from '../deadline/holiday-library.js';

const require = createRequire(import.meta.url);

/** The holiday library as `date-holidays` gives it (public holidays only). */
export function dateHolidays(): HolidayLibrary {
  return holidayLibraryOver(require('date-holidays') as HolidaysClass);
}

provideHolidayLibrary(dateHolidays);
