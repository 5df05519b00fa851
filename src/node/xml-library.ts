/**
 * Provides the `fast-xml-parser` library to the core's calendar files (src/deadline/calendar-file.ts),
 * loaded synchronously on first use: importing this module costs nothing until a playbook names an
 * XML calendar file (`schedule.calendar_files`).
 */
import { createRequire } from 'node:module';
import { provideXmlLibrary, type XmlLibrary } from '../deadline/calendar-file.js';

const require = createRequire(import.meta.url);

// The package's CommonJS build (`lib/fxp.cjs`), the same version and code as its ES module one.
provideXmlLibrary(() => require('fast-xml-parser') as XmlLibrary);
