/**
 * The language server the extension ships (bundled by scripts/bundle.mjs into out/server.mjs):
 * replybook's own `src/lsp/server.ts` on standard input and output, for a workspace without a
 * local replybook. It gives the core the two libraries that `src/node/holiday-library.ts` and
 * `src/node/xml-library.ts` load with `require` at first use — here they are imported, so that the
 * bundle holds them (an extension has no node_modules).
 */
import Holidays from 'date-holidays';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { provideHolidayLibrary } from '../../../src/deadline/holiday-library.js';
import { provideXmlLibrary, type XmlLibrary } from '../../../src/deadline/calendar-file.js';
import { startStdioServer } from '../../../src/lsp/server.js';

// The same public holidays as src/node/holiday-library.ts gives the command line.
provideHolidayLibrary(() => {
  const catalogue = new Holidays();
  const byRegion = new Map<string, Holidays>();
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
