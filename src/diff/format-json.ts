/**
 * The diff as one JSON object for scripts and bots. Stable: every key is always present (`null`
 * where it does not apply), lists keep the diff's order, diagnostics use the `check --format json`
 * shape. `version` changes only when a key changes meaning; new keys may be added.
 */
import { jsonDiagnostic, type JsonDiagnostic } from '../report/json.js';
import { repliesChanged } from './diff-projects.js';
import type { DiffSummary, PlaybookChange, PlaybookDiff, SnapshotStatus, TrafficChange } from './types.js';

export interface JsonPlaybookDiff {
  version: 1;
  /** The base revision as given, or null. */
  base: string | null;
  /** The commit it named, or null. */
  baseCommit: string | null;
  /** What `--fail-on-change` decides on. */
  repliesChanged: boolean;
  summary: DiffSummary;
  playbooks: PlaybookChange[];
  newProblems: JsonDiagnostic[];
  fixedProblems: JsonDiagnostic[];
  /** The working tree's sample complaints as `replybook test` judges them, and the stale snapshots; null when not run. */
  snapshots: SnapshotStatus | null;
  /** `--mentions`: the exports of real mentions through both revisions; null when none was given. */
  traffic: TrafficChange[] | null;
}

/** The diff as a plain object (what `formatDiffJson` prints). */
export function jsonDiff(diff: PlaybookDiff, opts: { base?: string; baseCommit?: string } = {}): JsonPlaybookDiff {
  return {
    version: 1,
    base: opts.base ?? null,
    baseCommit: opts.baseCommit ?? null,
    repliesChanged: repliesChanged(diff),
    summary: { ...diff.summary },
    // A structured copy drops nothing (every field is plain data) and detaches the output from the input.
    playbooks: structuredClone(diff.playbooks),
    newProblems: diff.newDiagnostics.map(jsonDiagnostic),
    fixedProblems: diff.fixedDiagnostics.map(jsonDiagnostic),
    snapshots: diff.snapshots ? structuredClone(diff.snapshots) : null,
    traffic: diff.traffic ? structuredClone(diff.traffic) : null,
  };
}

/** The diff as pretty-printed JSON with a final newline. */
export function formatDiffJson(diff: PlaybookDiff, opts: { base?: string; baseCommit?: string } = {}): string {
  return `${JSON.stringify(jsonDiff(diff, opts), null, 2)}\n`;
}
