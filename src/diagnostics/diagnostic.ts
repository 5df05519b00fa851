/**
 * The one diagnostic type of replybook. Everything that can be wrong — YAML syntax, schema,
 * references, templates, tone, a failing reply check — is a Diagnostic, and every output
 * (stylish, JSON, SARIF, GitHub, JUnit, GitLab, the language server, the simulator) is a pure
 * function of a list of them. Positions are 1-based (line and column, like VS Code shows them);
 * `offset` is the 0-based UTF-16 offset into the file text, for editors. Like vfile-message, a
 * diagnostic carries for tools what its message says in English: `expected`, `actual`, `url` and a
 * typed `data` (`data.ts`).
 */
import type { DiagnosticData } from './data.js';

export type { DiagnosticData } from './data.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as VS Code and LSP count). */
  column: number;
  /** 0-based UTF-16 offset into the file's text. */
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A place in a file: used for "first defined here" and for where a model element came from. */
export interface Location {
  file: string;
  range: Range;
}

export interface RelatedLocation extends Location {
  message: string;
}

export interface Diagnostic {
  /** Path of the file, relative to the working directory (forward slashes). */
  file: string;
  range: Range;
  severity: Severity;
  /** Stable rule id: `yaml/…`, `load/…`, `schema/…`, `ref/…`, `template/…`, `tone/…`, `channel/…`, `schedule/…`, `regex/…`, `type/…`. */
  ruleId: string;
  /** What was found and what was expected. */
  message: string;
  /** An extra line of explanation or a hint how to fix it. */
  note?: string;
  /** JSON path of the offending value inside the YAML document (for fingerprints that survive line moves). */
  path?: ReadonlyArray<string | number>;
  related?: RelatedLocation[];
  /** True when the file could not be used at all (later stages skip it). */
  fatal?: boolean;
  /** The rule's documentation (`docs/rules.md#<rule id>`), set from the rule id by `withRuleUrl` (`rule-url.ts`). */
  url?: string;
  /** What would have been right, when the message says it: the known ids, the limit, the suggested wording. */
  expected?: string[];
  /** What was found, when the message says it: the unknown id, the length, the avoided phrase. */
  actual?: string;
  /** What a tool needs to act on the diagnostic (a quick fix reads this, never the message). */
  data?: DiagnosticData;
}

/** A position at the start of a file, for problems that concern a whole file. */
export const FILE_START: Range = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable ordering: by file, then position, then rule id — every reporter prints in this order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.offset !== b.range.start.offset) return a.range.start.offset - b.range.start.offset;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(compareDiagnostics);
}

export function countBySeverity(list: ReadonlyArray<Diagnostic>): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}
