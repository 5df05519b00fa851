/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure, CircleCI). For
 * `check`: one test case per file, failing when the file has errors (an `<error>` when a fatal
 * problem made the file unusable). For `test`: one test suite per playbook and one test case per
 * sample complaint, with expected vs actual in `<failure>` and the reply in `<system-out>`.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ComplaintResult, TestRunResult } from '../model/test-result.js';
import { diagnosticProblems, plural, testRuleId } from './problems.js';
import { formatStylish } from './stylish.js';
import { startTag, xmlText } from './xml.js';

export interface JunitOptions {
  /** Files that were checked: clean ones become passing test cases. */
  files?: ReadonlyArray<string>;
  /** Wall-clock duration of the run in seconds (the core does not read clocks); default 0. */
  time?: number;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
}

function seconds(t: number | undefined): string {
  return (t ?? 0).toFixed(3);
}

/** Test cases for check: one per file, in path order. */
function fileCases(diagnostics: Diagnostic[], files: ReadonlyArray<string>): { xml: string[]; counts: Counts } {
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of files) byFile.set(f, []);
  for (const { diagnostic: d } of diagnosticProblems(diagnostics)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const counts: Counts = { tests: 0, failures: 0, errors: 0 };
  const xml: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    const list = byFile.get(file)!;
    counts.tests++;
    const nErrors = list.filter((d) => d.severity === 'error').length;
    const fatal = list.some((d) => d.fatal);
    xml.push(`    ${startTag('testcase', { classname: 'replybook check', name: file, file, time: seconds(0) }, list.length === 0)}`);
    if (list.length === 0) continue;
    const text = formatStylish(list, { color: false });
    if (fatal || nErrors > 0) {
      const kind = fatal ? 'error' : 'failure';
      if (fatal) counts.errors++;
      else counts.failures++;
      const first = list.find((d) => d.fatal) ?? list.find((d) => d.severity === 'error')!;
      const message = `${plural(nErrors, 'error')}: ${first.message}`;
      xml.push(`      ${startTag(kind, { message, type: first.ruleId })}${xmlText(text)}</${kind}>`);
    } else {
      // Warnings and infos do not fail the file, but stay visible in the report.
      xml.push(`      <system-out>${xmlText(text)}</system-out>`);
    }
    xml.push('    </testcase>');
  }
  return { xml, counts };
}

function suiteStart(name: string, counts: Counts, time?: number): string {
  const { tests, failures, errors } = counts;
  return `  ${startTag('testsuite', { name, tests, failures, errors, skipped: 0, time: seconds(time) })}`;
}

function suite(name: string, cases: { xml: string[]; counts: Counts }, time?: number): string[] {
  return [suiteStart(name, cases.counts, time), ...cases.xml, '  </testsuite>'];
}

function documentStart(name: string, total: Counts, time?: number): string[] {
  const { tests, failures, errors } = total;
  return ['<?xml version="1.0" encoding="UTF-8"?>', startTag('testsuites', { name, tests, failures, errors, time: seconds(time) })];
}

function sum(counts: readonly Counts[]): Counts {
  const total: Counts = { tests: 0, failures: 0, errors: 0 };
  for (const c of counts) {
    total.tests += c.tests;
    total.failures += c.failures;
    total.errors += c.errors;
  }
  return total;
}

function document(name: string, suites: Array<{ lines: string[]; counts: Counts }>, time?: number): string {
  const total = sum(suites.map((s) => s.counts));
  return [...documentStart(name, total, time), ...suites.flatMap((s) => s.lines), '</testsuites>', ''].join('\n');
}

/** `replybook check` as JUnit XML: one test case per file, failing when it has errors. */
export function formatJunit(diagnostics: Diagnostic[], opts: JunitOptions = {}): string {
  const cases = fileCases(diagnostics, opts.files ?? []);
  return document('replybook check', [{ lines: suite('replybook check', cases, opts.time), counts: cases.counts }], opts.time);
}

function failureText(r: ComplaintResult): string {
  return r.failures
    .map(
      (f) =>
        `${f.field}: ${f.message}\n  expected: ${f.expected.replace(/\n/g, '\n            ')}\n  actual:   ${f.actual.replace(/\n/g, '\n            ')}`,
    )
    .join('\n\n');
}

function complaintCase(r: ComplaintResult): string[] {
  const attrs = { classname: `${r.playbook}/${r.file}`, name: r.id, file: r.file, line: r.range.start.line, time: seconds(0) };
  const out = [`    ${startTag('testcase', attrs)}`];
  if (!r.passed) {
    const message = r.failures.length > 0 ? r.failures.map((f) => f.message).join('; ') : 'failed';
    const type = r.failures.length > 0 ? testRuleId(r.failures[0].field) : 'test/expectation-mismatch';
    out.push(`      ${startTag('failure', { message, type })}${xmlText(failureText(r))}</failure>`);
  }
  const reply = r.outcome.reply === null ? '(no reply)' : r.outcome.reply;
  out.push(`      <system-out>${xmlText(reply)}</system-out>`, '    </testcase>');
  return out;
}

/**
 * `replybook test` as JUnit XML in pieces, each a few lines ending in a newline: a suite per
 * playbook, a test case per sample complaint (plus a suite of playbook problems). 100,000 sample
 * complaints make some 50 MB of XML; written piece by piece, it is never one string.
 */
export function* junitTestRunPieces(run: TestRunResult, opts: JunitOptions = {}): Generator<string> {
  const problems = run.diagnostics.length > 0 ? fileCases(run.diagnostics, []) : null;
  const byPlaybook = new Map<string, { results: ComplaintResult[]; counts: Counts }>();
  for (const r of run.results) {
    let p = byPlaybook.get(r.playbook);
    if (!p) byPlaybook.set(r.playbook, (p = { results: [], counts: { tests: 0, failures: 0, errors: 0 } }));
    p.results.push(r);
    p.counts.tests++;
    if (!r.passed) p.counts.failures++;
  }
  const counts = [...(problems ? [problems.counts] : []), ...[...byPlaybook.values()].map((p) => p.counts)];
  const lines = (xs: readonly string[]): string => xs.map((x) => `${x}\n`).join('');
  yield lines(documentStart('replybook test', sum(counts), opts.time));
  if (problems) yield lines(suite('replybook playbooks', problems));
  for (const [playbook, { results, counts: c }] of byPlaybook) {
    yield lines([suiteStart(playbook, c)]);
    for (const r of results) yield lines(complaintCase(r));
    yield lines(['  </testsuite>']);
  }
  yield lines(['</testsuites>']);
}

/** `replybook test` as JUnit XML (`junitTestRunPieces` as one string). */
export function formatJunitTestRun(run: TestRunResult, opts: JunitOptions = {}): string {
  let out = '';
  for (const piece of junitTestRunPieces(run, opts)) out += piece;
  return out;
}
