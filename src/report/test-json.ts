/**
 * The JSON format of a test run: totals, one object per sample complaint (its position, whether it
 * passed, its broken expectations and its whole outcome) and the playbooks' diagnostics in the
 * JSON diagnostic format. Every key is always present; `formatVersion` changes only when an
 * existing key changes meaning.
 */
import { outcomeForMachines } from './outcome-json.js';
import type { Outcome } from '../model/outcome.js';
import type { ExpectationFailure, TestRunResult } from '../model/test-result.js';
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

/** A test run as a `JsonTestRun` object. */
export function jsonTestRun(run: TestRunResult): JsonTestRun {
  return {
    formatVersion: 1,
    passed: run.passed,
    failed: run.failed,
    total: run.passed + run.failed,
    results: run.results.map((r) => ({
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
    })),
    diagnostics: diagnosticProblems(run.diagnostics).map((p) => jsonDiagnostic(p.diagnostic)),
  };
}

/** A test run as pretty-printed JSON (`JsonTestRun`). */
export function formatTestJson(run: TestRunResult): string {
  return `${JSON.stringify(jsonTestRun(run), null, 2)}\n`;
}
