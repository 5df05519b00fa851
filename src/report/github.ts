/**
 * GitHub Actions: workflow commands that become annotations on the pull request
 * (`::error file=…,line=…::message`), and a Markdown step summary with every problem, since
 * GitHub shows only the first 10 annotations of each type per step. Escaping follows
 * `@actions/core`: data `%` `\r` `\n`; properties also `:` and `,`. Untrusted text is first made
 * visible (`visible`: no control characters, nothing that starts a command), so an annotation is
 * always one line that the runner reads as exactly the command replybook wrote.
 */
import { countBySeverity, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import type { TestRunResult } from '../model/test-result.js';
import { diagnosticProblems, formatLocation, plural, testRunProblems, type Problem } from './problems.js';
import { markdownText } from './markdown-text.js';
import { stylishSummary } from './stylish.js';
import { visible, visibleLines } from './visible.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message: `%` → `%25`, `\r` → `%0D`, `\n` → `%0A`. */
export function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as data, plus `:` → `%3A`, `,` → `%2C`. */
export function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(d: Diagnostic): string {
  const line = d.range.start.line;
  const endLine = Math.max(line, d.range.end.line);
  const props: Array<[string, string | number]> = [
    ['file', d.file],
    ['line', line],
    ['endLine', endLine],
  ];
  // GitHub's annotations take columns only within one line (Checks API: "omit … if start_line and
  // end_line have different values").
  if (endLine === line) props.push(['col', d.range.start.column], ['endColumn', Math.max(d.range.start.column, d.range.end.column)]);
  props.push(['title', d.ruleId]);
  const body = [d.message];
  if (d.note) body.push(d.note);
  for (const r of d.related ?? []) body.push(`${r.message}: ${formatLocation(r.file, r.range.start)}`);
  const propText = props.map(([k, v]) => `${k}=${escapeGithubProperty(visible(String(v)))}`).join(',');
  return `::${COMMAND[d.severity]} ${propText}::${escapeGithubData(body.flatMap(visibleLines).join('\n'))}`;
}

function annotations(problems: Problem[]): string {
  return problems.map((p) => `${annotation(p.diagnostic)}\n`).join('');
}

/** Diagnostics as GitHub workflow commands, one line each (`::error`, `::warning`, `::notice`). */
export function formatGithub(diagnostics: Diagnostic[]): string {
  return annotations(diagnosticProblems(diagnostics));
}

/** A test run as GitHub workflow commands: playbook diagnostics and one `::error` per broken expectation. */
export function formatGithubTestRun(run: TestRunResult): string {
  return annotations(testRunProblems(run));
}

export interface StepSummaryOptions {
  /** At most this many rows per table (the step summary is capped at 1 MiB); default 500. */
  maxRows?: number;
}

const CELL_LIMIT = 1000;

/**
 * Text for a Markdown table cell: control characters made visible, HTML, Markdown syntax, pipes
 * and backslashes escaped (a `\` before the `\|` would otherwise end the cell), line breaks as
 * `<br>`, long text cut.
 */
export function markdownCell(s: string): string {
  const cut = s.length > CELL_LIMIT ? `${s.slice(0, CELL_LIMIT)}…` : s;
  return markdownText(cut).replace(/\n/g, '<br>');
}

const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

function table(header: string[], rows: string[][], maxRows: number): string[] {
  const out = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows.slice(0, maxRows)) out.push(`| ${row.join(' | ')} |`);
  if (rows.length > maxRows) out.push('', `…and ${rows.length - maxRows} more.`);
  return out;
}

/**
 * The Markdown the CLI appends to `$GITHUB_STEP_SUMMARY`: a table of every problem and, for a test
 * run, the totals and a table of every broken expectation.
 */
export function githubStepSummary(diagnostics: Diagnostic[], testResult?: TestRunResult, opts: StepSummaryOptions = {}): string {
  const maxRows = opts.maxRows ?? 500;
  const lines: string[] = ['## replybook', ''];
  const sorted = diagnosticProblems(diagnostics).map((p) => p.diagnostic);
  lines.push(stylishSummary(sorted), '');
  if (sorted.length > 0) {
    const rows = sorted.map((d) => [
      ICON[d.severity],
      markdownCell(formatLocation(d.file, d.range.start)),
      markdownCell(d.ruleId),
      markdownCell(d.note ? `${d.message}\n${d.note}` : d.message),
    ]);
    lines.push(...table(['Severity', 'Location', 'Rule', 'Message'], rows, maxRows), '');
  }
  if (testResult) {
    const c = countBySeverity(testResult.diagnostics);
    lines.push(`### Sample complaints: ${testResult.passed} passed, ${testResult.failed} failed`, '');
    if (c.error > 0 && testResult.results.length === 0) {
      lines.push(`No sample complaint ran: the playbooks have ${plural(c.error, 'error')}.`, '');
    }
    const rows: string[][] = [];
    for (const r of testResult.results) {
      for (const f of r.failures) {
        rows.push([
          markdownCell(`${r.playbook} › ${r.id}`),
          markdownCell(formatLocation(r.file, r.range.start)),
          markdownCell(f.field),
          markdownCell(f.expected),
          markdownCell(f.actual),
        ]);
      }
    }
    if (rows.length > 0) lines.push(...table(['Complaint', 'Location', 'Field', 'Expected', 'Actual'], rows, maxRows), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
