/**
 * GitLab Code Quality (a subset of the Code Climate spec): a JSON array of issues that GitLab shows
 * in merge requests. `fingerprint` identifies an issue across commits without line numbers (see
 * `fingerprint.ts`), so moving lines does not show an issue as fixed and new again.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { TestRunResult } from '../model/test-result.js';
import { fingerprints } from './fingerprint.js';
import { diagnosticProblems, testRunProblems, type Problem } from './problems.js';

/** One Code Quality issue. */
export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

/** Errors are `major` (`critical` when fatal: the file could not be used), warnings `minor`, infos `info`. */
export function gitlabSeverity(d: Diagnostic): GitlabIssue['severity'] {
  if (d.severity === 'error') return d.fatal ? 'critical' : 'major';
  return d.severity === 'warning' ? 'minor' : 'info';
}

function issues(problems: Problem[]): GitlabIssue[] {
  const prints = fingerprints(problems.map((p) => p.identity));
  return problems.map(({ diagnostic: d }, i) => ({
    description: d.note ? `${d.message} — ${d.note}` : d.message,
    check_name: d.ruleId,
    fingerprint: prints[i],
    severity: gitlabSeverity(d),
    location: {
      path: d.file.replace(/\\/g, '/').replace(/^\.\//, ''),
      lines: { begin: d.range.start.line, end: Math.max(d.range.start.line, d.range.end.line) },
    },
  }));
}

/** Diagnostics as a GitLab Code Quality report. */
export function formatGitlab(diagnostics: Diagnostic[]): string {
  return `${JSON.stringify(issues(diagnosticProblems(diagnostics)), null, 2)}\n`;
}

/** A test run as a GitLab Code Quality report: playbook diagnostics and broken expectations. */
export function formatGitlabTestRun(run: TestRunResult): string {
  return `${JSON.stringify(issues(testRunProblems(run)), null, 2)}\n`;
}
