/**
 * The formatter of one diagnostics format, loaded when `check` asks for it: a run that prints the
 * terminal format loads none of SARIF, JUnit, GitHub or GitLab (issue 13, start-up). The same
 * functions as `formatDiagnostics` (src/report/diagnostic-formats.ts); a test keeps them equal.
 */
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import type { DiagnosticFormat, DiagnosticReportOptions } from '../src/report/diagnostic-format-names.js';

type Formatter = (diagnostics: Diagnostic[], opts: DiagnosticReportOptions) => string;

const LOADERS: Record<DiagnosticFormat, () => Promise<Formatter>> = {
  stylish: async () => (await import('../src/report/stylish.js')).formatStylish,
  json: async () => {
    const { formatJson } = await import('../src/report/json.js');
    return (d) => formatJson(d);
  },
  sarif: async () => (await import('../src/report/sarif.js')).formatSarif,
  github: async () => {
    const { formatGithub } = await import('../src/report/github.js');
    return (d) => formatGithub(d);
  },
  junit: async () => (await import('../src/report/junit.js')).formatJunit,
  gitlab: async () => {
    const { formatGitlab } = await import('../src/report/gitlab.js');
    return (d) => formatGitlab(d);
  },
};

/** The function that writes diagnostics in `format`. */
export function loadDiagnosticFormatter(format: DiagnosticFormat): Promise<Formatter> {
  return LOADERS[format]();
}
