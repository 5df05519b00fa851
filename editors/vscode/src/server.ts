/**
 * The language server the extension ships (bundled by scripts/bundle.mjs into out/server.mjs):
 * replybook's own `src/lsp/server.ts` on standard input and output, for a workspace without a
 * local replybook. It gives the core the two libraries that `src/node/holiday-library.ts` and
 * `src/node/xml-library.ts` load with `require` from node_modules at first use — an extension has
 * no node_modules: the XML parser is in this bundle, the holiday library in its own
 * (out/holidays.cjs, src/holidays.ts), required at first use.
 */
import { createRequire } from 'node:module';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { holidayLibraryOver, provideHolidayLibrary, type HolidaysClass } from '../../../src/deadline/holiday-library.js';
import { provideXmlLibrary, type XmlLibrary } from '../../../src/deadline/calendar-file.js';
import { startStdioServer } from '../../../src/lsp/server.js';

// The same public holidays as src/node/holiday-library.ts gives the command line.
const requireBeside = createRequire(import.meta.url);

provideHolidayLibrary(() => holidayLibraryOver((requireBeside('./holidays.cjs') as { Holidays: HolidaysClass }).Holidays));
provideXmlLibrary((): XmlLibrary => ({ XMLParser, XMLValidator }));

startStdioServer(process.cwd(), (reason) => {
  process.stderr.write(`replybook lsp: stopping: the editor sent input that is not the language server protocol's framing (${reason})\n`);
  process.exit(2);
});
