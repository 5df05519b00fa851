/**
 * What a run changed, compared with the one before, as a pure function: new and fixed
 * diagnostics, sample complaints whose outcome changed, complaints that started or stopped
 * failing, and the totals. `formatWatchReport` prints it.
 */
import { compareDiagnostics, countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ComplaintResult } from '../model/test-result.js';
import type { FileChange } from './plan.js';

/** The diagnostics and complaint results of one group (a playbook folder) after a run. */
export interface GroupRun {
  diagnostics: Diagnostic[];
  results: ComplaintResult[];
}

/** Every group's latest run: group key → run. */
export type RunState = ReadonlyMap<string, GroupRun>;

/** The parts of an outcome the watch report compares. */
export interface OutcomeSummary {
  type: string;
  escalations: string[];
  template: string | null;
  due: string | null;
  reply: string | null;
}

export interface OutcomeChange {
  playbook: string;
  id: string;
  file: string;
  before: OutcomeSummary;
  after: OutcomeSummary;
  /** Which of the fields differ, in a fixed order. */
  fields: Array<keyof OutcomeSummary>;
}

export interface WatchReport {
  /** The first run: everything is new, nothing "changed". */
  initial: boolean;
  changes: FileChange[];
  /** Playbook folders (or `''`) that ran again. */
  rerun: string[];
  newDiagnostics: Diagnostic[];
  fixedDiagnostics: Diagnostic[];
  outcomeChanges: OutcomeChange[];
  /** Complaints failing now that passed (or did not exist) before; with their failures. */
  nowFailing: ComplaintResult[];
  /** Complaints that failed before and pass now. */
  nowPassing: ComplaintResult[];
  /** Complaints no longer present (their file or entry was removed, or the playbook broke). */
  removed: Array<{ playbook: string; id: string }>;
  totals: { errors: number; warnings: number; passed: number; failed: number };
  elapsedMs?: number;
  /** Filled in by the front end: the new reply snapshots it wrote (and the door's refusals), and the obsolete ones of the groups that ran. */
  snapshots?: { written: string[]; obsolete: string[]; problems: Diagnostic[] };
  /** Filled in by the front end after `--build`. */
  build?: { dir: string; files: number } | { dir: string; error: string } | { dir: string; skipped: string };
}

// Diagnostics of groups that did not run again are the same objects run after run: their keys are kept.
const keys = new WeakMap<Diagnostic, string>();

/** Identity of a diagnostic that survives line moves: file, rule, message and JSON path. */
function diagnosticKey(d: Diagnostic): string {
  let k = keys.get(d);
  if (k === undefined) {
    k = [d.file, d.ruleId, d.severity, d.message, JSON.stringify(d.path ?? null)].join('\u0000');
    keys.set(d, k);
  }
  return k;
}

/** Items of `a` not matched (as a multiset) by `b`. */
function minus(a: Diagnostic[], b: Diagnostic[]): Diagnostic[] {
  const count = new Map<string, number>();
  for (const d of b) {
    const k = diagnosticKey(d);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const out: Diagnostic[] = [];
  for (const d of a) {
    const k = diagnosticKey(d);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else out.push(d);
  }
  return out.sort(compareDiagnostics);
}

/** The parts of a result's outcome the report compares. */
export function summarize(r: ComplaintResult): OutcomeSummary {
  const o = r.outcome;
  return {
    type: o.type,
    escalations: o.escalations.map((e) => `${e.id} → ${e.team} (${e.priority})`),
    template: o.template,
    due: o.due,
    reply: o.reply,
  };
}

const FIELDS: Array<keyof OutcomeSummary> = ['type', 'escalations', 'template', 'due', 'reply'];

function changedFields(a: OutcomeSummary, b: OutcomeSummary): Array<keyof OutcomeSummary> {
  return FIELDS.filter((f) => a[f] !== b[f] && JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

const key = (r: { playbook: string; id: string }) => `${r.playbook}\u0000${r.id}`;

function allOf(state: RunState | null): { diagnostics: Diagnostic[]; results: ComplaintResult[] } {
  const diagnostics: Diagnostic[] = [];
  const results: ComplaintResult[] = [];
  for (const g of state?.values() ?? []) {
    diagnostics.push(...g.diagnostics);
    results.push(...g.results);
  }
  return { diagnostics, results };
}

/** Compares two runs; `prev` null is the first run. */
export function diffRuns(
  prev: RunState | null,
  next: RunState,
  meta: { changes?: FileChange[]; rerun?: string[]; elapsedMs?: number } = {},
): WatchReport {
  const a = allOf(prev);
  const b = allOf(next);
  const before = new Map(a.results.map((r) => [key(r), r]));
  const after = new Map(b.results.map((r) => [key(r), r]));
  const outcomeChanges: OutcomeChange[] = [];
  const nowFailing: ComplaintResult[] = [];
  const nowPassing: ComplaintResult[] = [];
  for (const r of b.results) {
    const old = before.get(key(r));
    if (!old) {
      if (!r.passed) nowFailing.push(r);
      continue;
    }
    // A result kept from the previous run (a group that did not run again, a complaint the change did not reach).
    if (old === r) continue;
    const sa = summarize(old);
    const sb = summarize(r);
    const fields = changedFields(sa, sb);
    if (fields.length) outcomeChanges.push({ playbook: r.playbook, id: r.id, file: r.file, before: sa, after: sb, fields });
    if (old.passed && !r.passed) nowFailing.push(r);
    else if (!old.passed && r.passed) nowPassing.push(r);
    else if (!r.passed && JSON.stringify(old.failures.map((f) => f.message)) !== JSON.stringify(r.failures.map((f) => f.message)))
      nowFailing.push(r);
  }
  const removed = prev === null ? [] : a.results.filter((r) => !after.has(key(r))).map((r) => ({ playbook: r.playbook, id: r.id }));
  const counts = countBySeverity(b.diagnostics);
  const passed = b.results.filter((r) => r.passed).length;
  return {
    initial: prev === null,
    changes: meta.changes ?? [],
    rerun: meta.rerun ?? [],
    newDiagnostics: minus(b.diagnostics, a.diagnostics),
    fixedDiagnostics: minus(a.diagnostics, b.diagnostics),
    outcomeChanges,
    nowFailing,
    nowPassing,
    removed,
    totals: { errors: counts.error, warnings: counts.warning, passed, failed: b.results.length - passed },
    ...(meta.elapsedMs !== undefined ? { elapsedMs: meta.elapsedMs } : {}),
  };
}
