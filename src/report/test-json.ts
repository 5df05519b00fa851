/**
 * The JSON format of a test run: totals, one object per sample complaint (its position, whether it
 * passed, its broken expectations and its whole outcome) and the playbooks' diagnostics in the
 * JSON diagnostic format. Every key is always present; `formatVersion` changes only when an
 * existing key changes meaning.
 */
import { outcomeForMachines } from './outcome-json.js';
import type { Outcome } from '../model/outcome.js';
import type { ComplaintResult, ExpectationFailure, TestRunResult } from '../model/test-result.js';
import { jsonDiagnostic, jsonRange, type JsonDiagnostic, type JsonRange } from './json.js';
import { diagnosticProblems, testRuleId } from './problems.js';

/** A broken expectation in the JSON test format, with its `test/…` rule id. */
export interface JsonExpectationFailure extends ExpectationFailure {
  ruleId: string;
}

/** One sample complaint in the JSON test format. */
export interface JsonComplaintResult extends JsonRange {
  playbook: string;
  id: string;
  channel: string;
  file: string;
  passed: boolean;
  failures: JsonExpectationFailure[];
  outcome: Outcome;
}

/** A test run in the JSON format. */
export interface JsonTestRun {
  formatVersion: 1;
  passed: number;
  failed: number;
  total: number;
  results: JsonComplaintResult[];
  diagnostics: JsonDiagnostic[];
}

/** One sample complaint's result as the JSON test format has it. */
export function jsonComplaintResult(r: ComplaintResult): JsonComplaintResult {
  return {
    playbook: r.playbook,
    id: r.id,
    channel: r.channel,
    file: r.file,
    ...jsonRange(r.range),
    passed: r.passed,
    failures: r.failures.map((f) => ({
      field: f.field,
      ruleId: testRuleId(f.field),
      expected: f.expected,
      actual: f.actual,
      message: f.message,
    })),
    outcome: outcomeForMachines(r.outcome),
  };
}

/** A test run as a `JsonTestRun` object. */
export function jsonTestRun(run: TestRunResult): JsonTestRun {
  return {
    formatVersion: 1,
    passed: run.passed,
    failed: run.failed,
    total: run.passed + run.failed,
    results: run.results.map(jsonComplaintResult),
    diagnostics: diagnosticProblems(run.diagnostics).map((p) => jsonDiagnostic(p.diagnostic)),
  };
}

/** A value as `JSON.stringify(…, null, 2)` writes it `depth` levels down: its lines after the first indented. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * The JSON test format written in pieces, byte for byte what {@link formatTestJson} writes: the
 * head (the totals), each result as it comes, the tail (the diagnostics). A run of 100,000 sample
 * complaints writes a gigabyte and more (each outcome with its trace): one string could not hold it.
 */
export class TestJsonWriter {
  private any = false;
  head(run: Pick<TestRunResult, 'passed' | 'failed'>): string {
    const total = run.passed + run.failed;
    return `{\n  "formatVersion": 1,\n  "passed": ${run.passed},\n  "failed": ${run.failed},\n  "total": ${total},\n  "results": [`;
  }
  result(r: ComplaintResult): string {
    const text = `${this.any ? ',' : ''}\n    ${nested(jsonComplaintResult(r), 2)}`;
    this.any = true;
    return text;
  }
  tail(run: Pick<TestRunResult, 'diagnostics'>): string {
    const diagnostics = diagnosticProblems(run.diagnostics).map((p) => jsonDiagnostic(p.diagnostic));
    return `${this.any ? '\n  ' : ''}],\n  "diagnostics": ${nested(diagnostics, 1)}\n}\n`;
  }
}

/** A test run as pretty-printed JSON (`JsonTestRun`). */
export function formatTestJson(run: TestRunResult): string {
  const w = new TestJsonWriter();
  return w.head(run) + run.results.map((r) => w.result(r)).join('') + w.tail(run);
}
