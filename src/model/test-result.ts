/** What `replybook test` produces: one result per sample complaint. Reporters are pure functions of it. */
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import type { Outcome, TraceSay } from './outcome.js';
import type { Source } from './playbook.js';

export interface ExpectationFailure {
  /** What was compared: `type`, `template`, `escalations`, `due`, `reply.equals`, `reply.contains`, `reply.not_contains`, `reply.matches`, `reply.max_length`, `hidden`, `snapshot`, `engine`, `budget` (the complaint's time budget ran out). */
  field: string;
  expected: string;
  actual: string;
  message: string;
  /**
   * The message as data for a person in their language (an id of the trace catalogue and its
   * values; its English is `message` exactly), and the same for `expected` or `actual` where the
   * value is a word ("a reply", "none") rather than something found. Not in machine formats.
   */
  say?: TraceSay;
  expectedSay?: TraceSay;
  actualSay?: TraceSay;
}

export interface ComplaintResult {
  /** Playbook id (its folder name). */
  playbook: string;
  id: string;
  /** The channel the complaint came from. */
  channel: string;
  file: string;
  range: Range;
  outcome: Outcome;
  failures: ExpectationFailure[];
  passed: boolean;
}

export interface TestRunResult {
  results: ComplaintResult[];
  /** Diagnostics of the playbooks (a run with errors among them runs no complaint). */
  diagnostics: Diagnostic[];
  passed: number;
  failed: number;
}

/** How often the sample complaints reached one element of a playbook (`test --coverage`). */
export interface CoverageItem {
  kind: 'type' | 'template' | 'escalation' | 'channel';
  id: string;
  hits: number;
  source: Source;
}

export interface PlaybookCoverage {
  playbook: string;
  items: CoverageItem[];
}
