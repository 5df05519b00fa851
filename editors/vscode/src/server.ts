/**
 * The language server the extension ships (bundled by scripts/bundle.mjs into out/server.mjs):
 * replybook's own `src/lsp/server.ts` on standard input and output, for a workspace without a
 * local replybook. It gives the core the two libraries that `src/node/holiday-library.ts` and
 * `src/node/xml-library.ts` load with `require` from node_modules at first use — an extension has
 * no node_modules: the XML parser is in this bundle, the holiday library in its own
 * (out/holidays.cjs, src/holidays.ts), required at first use.
 */
import { createRequire } from 'node:module';
import type HolidaysCtor from 'date-holidays';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { provideHolidayLibrary } from '../../../src/deadline/holiday-library.js';
import { provideXmlLibrary, type XmlLibrary } from '../../../src/deadline/calendar-file.js';
import { startStdioServer } from '../../../src/lsp/server.js';

// The same public holidays as src/node/holiday-library.ts gives the command line.
const requireBeside = createRequire(import.meta.url);

provideHolidayLibrary(() => {
  const { Holidays } = requireBeside('./holidays.cjs') as { Holidays: typeof HolidaysCtor };
  const catalogue = new Holidays();
  const byRegion = new Map<string, HolidaysCtor>();
  return {
    countries: () => catalogue.getCountries('en'),
    states: (country) => catalogue.getStates(country, 'en') ?? undefined,
    publicHolidays(country, state, year) {
      const key = `${country}-${state ?? ''}`;
      let h = byRegion.get(key);
      if (!h) byRegion.set(key, (h = state ? new Holidays(country, state) : new Holidays(country)));
      const holidays = h.getHolidays(year) || [];
      return [...new Set(holidays.filter((x) => x.type === 'public').map((x) => x.date.slice(0, 10)))].sort();
    },
  };
});
provideXmlLibrary((): XmlLibrary => ({ XMLParser, XMLValidator }));

startStdioServer(process.cwd(), (reason) => {
  process.stderr.write(`replybook lsp: stopping: the editor sent input that is not the language server protocol's framing (${reason})\n`);
  process.exit(2);
});
