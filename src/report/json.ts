/**
 * The JSON format: a stable array, one object per diagnostic, sorted by file and position. Every
 * key is always present (`null` when it does not apply) so consumers need no existence checks.
 * Lines and columns are 1-based (columns in UTF-16 code units), end positions exclusive; offsets
 * are 0-based UTF-16 offsets. New keys may be added; existing keys keep their meaning.
 */
import type { Diagnostic, DiagnosticData, Range, Severity } from '../diagnostics/diagnostic.js';
import { ruleUrl } from '../diagnostics/rule-url.js';
import { diagnosticProblems } from './problems.js';

/** A span of a file in the JSON format. */
export interface JsonRange {
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column (UTF-16 code units) of the first character. */
  column: number;
  /** 1-based line of the end. */
  endLine: number;
  /** 1-based column just after the last character (equal to `column` for an empty span). */
  endColumn: number;
  /** 0-based UTF-16 offset of the first character. */
  offset: number;
  /** 0-based UTF-16 offset just after the last character. */
  endOffset: number;
}

/** A related place ("first defined here") in the JSON format. */
export interface JsonRelated extends JsonRange {
  file: string;
  message: string;
}

/** One diagnostic in the JSON format. */
export interface JsonDiagnostic extends JsonRange {
  /** Path of the file relative to the working directory, forward slashes. */
  file: string;
  severity: Severity;
  /** Stable rule id, e.g. `ref/unknown-template`. */
  ruleId: string;
  message: string;
  /** Extra explanation or a hint how to fix it. */
  note: string | null;
  /** JSON path of the offending value inside the YAML document. */
  path: Array<string | number> | null;
  /** True when the file could not be used at all. */
  fatal: boolean;
  related: JsonRelated[];
  /** The rule's documentation: `docs/rules.md#<ruleId>`, relative to replybook's package root. */
  url: string;
  /** What would have been right (the known ids, the limit, the suggested wording), when the message says it. */
  expected: string[] | null;
  /** What was found, when the message says it. */
  actual: string | null;
  /** What a tool needs to act on it, told apart by `kind` (see `DiagnosticData`). */
  data: DiagnosticData | null;
}

/** A Range as the JSON format's flat fields. */
export function jsonRange(r: Range): JsonRange {
  return {
    line: r.start.line,
    column: r.start.column,
    endLine: r.end.line,
    endColumn: r.end.column,
    offset: r.start.offset,
    endOffset: r.end.offset,
  };
}

/** One diagnostic as its JSON-format object (keys in a fixed order). */
export function jsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    file: d.file,
    ...jsonRange(d.range),
    severity: d.severity,
    ruleId: d.ruleId,
    message: d.message,
    note: d.note ?? null,
    path: d.path ? [...d.path] : null,
    fatal: d.fatal ?? false,
    related: (d.related ?? []).map((r) => ({ file: r.file, ...jsonRange(r.range), message: r.message })),
    url: d.url ?? ruleUrl(d.ruleId),
    expected: d.expected ? [...d.expected] : null,
    actual: d.actual ?? null,
    data: d.data ?? null,
  };
}

/** Diagnostics as a JSON array of `JsonDiagnostic`, sorted, pretty-printed. */
export function formatJson(diagnostics: Diagnostic[]): string {
  return `${JSON.stringify(
    diagnosticProblems(diagnostics).map((p) => jsonDiagnostic(p.diagnostic)),
    null,
    2,
  )}\n`;
}
