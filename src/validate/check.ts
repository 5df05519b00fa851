/**
 * A semantic check is data: an id, a default severity, a description, documented examples and one
 * function (ESLint rules, remark-lint). Checks read the compiled playbook and report diagnostics;
 * they never throw for bad input and never do I/O.
 */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Playbook, Source } from '../model/playbook.js';
import type { Definition } from './compile/playbook.js';
import type { CheckMemo } from './memo.js';

export interface CheckReport {
  /** Where: usually a model element's `source` (or a finer range computed from it). */
  at: Source | { file: string; range: Diagnostic['range']; path?: ReadonlyArray<string | number> };
  message: string;
  note?: string;
  severity?: Severity;
  /** A sub-id appended to the check id: `tone` + `avoid` → `tone/avoid`. */
  rule?: string;
  related?: Diagnostic['related'];
  /** What would have been right (the known ids, the limit, the suggested wording), when the message says it. */
  expected?: string[];
  /** What was found (the unknown id, the length, the phrase), when the message says it. */
  actual?: string;
  /** What a tool needs to act on it; never parsed from the message. */
  data?: Diagnostic['data'];
}

export interface CheckContext {
  playbook: Playbook;
  report(r: CheckReport): void;
  /** Every id definition in reading order, duplicates included (the model keeps only the first). */
  definitions: ReadonlyArray<Definition>;
  /** The text of a playbook file, to map positions inside a scalar (a template's text). */
  sourceText(file: string): string | undefined;
  /** Where a JSON path of a file is written (its value; the nearest existing ancestor's value if absent). */
  locate(file: string, path: ReadonlyArray<string | number>): Source;
  /**
   * Work kept from the previous check of this playbook (given by `createChecker`; absent for a
   * one-off check). A check stores under a key everything its value depends on, positions excepted:
   * it places its reports from the current playbook.
   */
  memo?: CheckMemo;
}

/** A diagnostic a failing example must give: its rule id and where it starts. */
export interface ExpectedDiagnostic {
  rule: string;
  /** `line:column` of the start, 1-based (columns in UTF-16 code units, as the diagnostics count). */
  at: `${number}:${number}`;
  /** The file, relative to the example's folder, when it is not `playbook.yaml`. */
  file?: string;
}

export interface CheckExample {
  /** One-line title. */
  title: string;
  /** Files of a playbook folder: path (relative to the folder) → YAML text. Must include `playbook.yaml`. */
  files: Record<string, string>;
  /** The diagnostics of the check, in order of position (empty for a passing example). */
  expect: ExpectedDiagnostic[];
}

export interface PlaybookCheck {
  /** Rule id (or prefix when the check reports sub-rules): `ref/unknown-template`, `tone`. */
  id: string;
  severity: Severity;
  /** One sentence: what the check finds. Used by docs, SARIF `rules[]`, hover. */
  description: string;
  /** Sub-rules this check can report (`tone/avoid`, `tone/address`…), each with its description. */
  rules?: Record<string, string>;
  examples: CheckExample[];
  run(ctx: CheckContext): void;
}
