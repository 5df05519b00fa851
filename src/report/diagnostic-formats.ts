/**
 * The diagnostics formats (`replybook check --format`), apart from the test-run reporters so that
 * `check` loads none of what a test run's report needs (the word diff and its package, issue 13).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { DiagnosticFormat, DiagnosticReportOptions } from './diagnostic-format-names.js';

export { DIAGNOSTIC_FORMATS, type DiagnosticFormat, type DiagnosticReportOptions } from './diagnostic-format-names.js';

const DIAGNOSTIC_FORMATTERS: Record<DiagnosticFormat, (d: Diagnostic[], o: DiagnosticReportOptions) => string> = {
  stylish: formatStylish,
  json: (d) => formatJson(d),
  sarif: formatSarif,
  github: (d) => formatGithub(d),
  junit: formatJunit,
  gitlab: (d) => formatGitlab(d),
};

/** Diagnostics in the named format. */
export function formatDiagnostics(format: DiagnosticFormat, diagnostics: Diagnostic[], opts: DiagnosticReportOptions = {}): string {
  return DIAGNOSTIC_FORMATTERS[format](diagnostics, opts);
}
