/**
 * Reporters: every output of replybook is a pure function from diagnostics (or a test run) to
 * text. The CLI picks one by name and writes the text; nothing here does I/O.
 */
import type { TestRunResult } from '../model/test-result.js';
import { formatGithubTestRun } from './github.js';
import { formatGitlabTestRun } from './gitlab.js';
import { formatJunitTestRun } from './junit.js';
import { formatSarifTestRun } from './sarif.js';
import { formatTestHuman, type TestHumanOptions } from './test-human.js';
import { formatTestJson } from './test-json.js';
import type { DiagnosticReportOptions } from './diagnostic-formats.js';

export { palette, stripAnsi, type Palette } from './ansi.js';
export { visible, visibleLines, hasUnsafeText } from './visible.js';
export { fnv1a128, fingerprints, diagnosticIdentity, FINGERPRINT_KEY } from './fingerprint.js';
export { TEST_RULES, testRuleId, failureDiagnostic, testRunProblems, type Problem, type RuleHelp } from './problems.js';
export { formatStylish, stylishSummary, type StylishOptions } from './stylish.js';
export { formatJson, jsonDiagnostic, type JsonDiagnostic, type JsonRange, type JsonRelated } from './json.js';
export { formatSarif, formatSarifTestRun, SARIF_SCHEMA_URI, type SarifOptions } from './sarif.js';
export {
  formatGithub,
  formatGithubTestRun,
  githubStepSummary,
  escapeGithubData,
  escapeGithubProperty,
  type StepSummaryOptions,
} from './github.js';
export { formatJunit, formatJunitTestRun, junitTestRunPieces, type JunitOptions } from './junit.js';
export { formatGitlab, formatGitlabTestRun, gitlabSeverity, type GitlabIssue } from './gitlab.js';
export { formatTestHuman, TestHumanWriter, type TestHumanOptions } from './test-human.js';
export {
  formatTestJson,
  jsonComplaintResult,
  jsonTestRun,
  TestJsonWriter,
  type JsonTestRun,
  type JsonComplaintResult,
  type JsonExpectationFailure,
} from './test-json.js';
export { renderReplyDiff, renderWordDiff } from './reply-diff.js';
export { xmlText, xmlAttr, stripIllegalXml } from './xml.js';
export { DIAGNOSTIC_FORMATS, formatDiagnostics, type DiagnosticFormat } from './diagnostic-formats.js';

/** Every option any reporter reads; each format uses the ones it needs. */
export interface ReportOptions extends DiagnosticReportOptions, TestHumanOptions {}

/** Names of the test-run formats (`replybook test --reporter`). */
export const TEST_RUN_FORMATS = ['human', 'json', 'junit', 'sarif', 'github', 'gitlab'] as const;
export type TestRunFormat = (typeof TEST_RUN_FORMATS)[number];

const TEST_RUN_FORMATTERS: Record<TestRunFormat, (r: TestRunResult, o: ReportOptions) => string> = {
  human: formatTestHuman,
  json: (r) => formatTestJson(r),
  junit: formatJunitTestRun,
  sarif: formatSarifTestRun,
  github: (r) => formatGithubTestRun(r),
  gitlab: (r) => formatGitlabTestRun(r),
};

/** A test run in the named format. */
export function formatTestRun(format: TestRunFormat, run: TestRunResult, opts: ReportOptions = {}): string {
  return TEST_RUN_FORMATTERS[format](run, opts);
}
export { formatOutcomeText } from './outcome-text.js';
export { formatCoverage } from './coverage.js';
export { wordDiff, wordTokens, diffSide, type WordChange } from './word-diff.js';
