/** Running a check's documented example: the test that keeps the examples true and the rule documentation both call this. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { CheckExample, PlaybookCheck } from './check.js';
import { createChecker } from './checker.js';
import { ruleIdOf } from './run-checks.js';

/** The folder an example's files are placed in. */
export const EXAMPLE_DIR = 'example';

/** Every rule id a check can report: its sub-rules, or its own id. */
export function rulesOfCheck(check: PlaybookCheck): string[] {
  return check.rules ? Object.keys(check.rules).map((r) => ruleIdOf(check, r)) : [check.id];
}

/** What an example gives when only its check runs (so it shows exactly what the check finds). */
export interface ExampleRun {
  /** The check's own diagnostics, sorted. */
  own: Diagnostic[];
  /** Everything else (loading, schema): an example is expected to have no errors among these. */
  other: Diagnostic[];
}

/** Checks an example's playbook with its check alone. */
export function runExample(check: PlaybookCheck, example: CheckExample): ExampleRun {
  const enc = new TextEncoder();
  const files: SourceFile[] = Object.entries(example.files).map(([p, text]) => ({ path: `${EXAMPLE_DIR}/${p}`, bytes: enc.encode(text) }));
  const own = new Set(rulesOfCheck(check));
  const all = createChecker({ checks: [check] }).checkPlaybook(EXAMPLE_DIR, files).diagnostics;
  return { own: all.filter((d) => own.has(d.ruleId)), other: all.filter((d) => !own.has(d.ruleId)) };
}

/** Where a diagnostic of an example starts, as `ExpectedDiagnostic` writes it: the rule, `line:column`, and the file unless it is playbook.yaml. */
export function exampleDiagnosticAt(d: Diagnostic): { rule: string; at: `${number}:${number}`; file?: string } {
  const file = d.file.startsWith(`${EXAMPLE_DIR}/`) ? d.file.slice(EXAMPLE_DIR.length + 1) : d.file;
  return { rule: d.ruleId, at: `${d.range.start.line}:${d.range.start.column}`, ...(file === 'playbook.yaml' ? {} : { file }) };
}
