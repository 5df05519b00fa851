/**
 * The names of the diagnostics formats (`replybook check --format`) and the options they read,
 * without the formatters themselves: `check` validates `--format` with these and loads only the
 * formatter it was asked for (cli/diagnostic-formatter.ts, issue 13).
 */
import type { JunitOptions } from './junit.js';
import type { SarifOptions } from './sarif.js';
import type { StylishOptions } from './stylish.js';

/** Every option a diagnostics format reads. */
export interface DiagnosticReportOptions extends StylishOptions, SarifOptions, JunitOptions {}

/** Names of the diagnostics formats (`replybook check --format`). */
export const DIAGNOSTIC_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];
