/**
 * Compares the project at two revisions: pairs the playbooks and their sample complaints, runs the
 * union of the samples through both playbook versions and keeps what a customer or the team would
 * notice. Pure: the engine is injected (the default is replybook's own).
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { compileRuntime, respond, type Runtime } from '../engine/index.js';
import type { Complaint, Outcome } from '../model/outcome.js';
import type { Playbook } from '../model/playbook.js';
import { diagnosticIdentity } from '../report/fingerprint.js';
import { trimEndWhile } from '../text/trim.js';
import {
  ROUTING_CHANGES,
  type ChangeKind,
  type ComplaintChange,
  type DiffSummary,
  type OutcomeSummary,
  type PlaybookChange,
  type PlaybookDiff,
  type ProjectRevision,
  type Responder,
  type RevisionPlaybook,
  type SideState,
  type TemplateChange,
} from './types.js';
import { wordDiff } from '../report/word-diff.js';

export interface DiffOptions {
  /** Runs a complaint through a playbook; defaults to replybook's engine. */
  respond?: Responder;
}

/** replybook's engine, compiling each playbook once. */
function engineResponder(): Responder {
  const runtimes = new WeakMap<Playbook, Runtime>();
  return (playbook, complaint) => {
    let rt = runtimes.get(playbook);
    if (!rt) runtimes.set(playbook, (rt = compileRuntime(playbook)));
    return respond(rt, complaint, { trace: false });
  };
}

/** The folder's name: a playbook's id even when it has errors and no model. */
function folderName(dir: string): string {
  const trimmed = trimEndWhile(dir, (c) => c === 0x2f);
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function playbookId(pb: RevisionPlaybook): string {
  return pb.playbook?.id ?? folderName(pb.dir);
}

/**
 * Pairs items of two lists: first those whose `exact` keys are equal, then the rest by `loose`
 * key, in the head's order; unpaired base items come last. Lets a moved file still match by id
 * while two items with one id in different places pair with their own counterpart.
 */
export function pairUp<T>(
  base: readonly T[],
  head: readonly T[],
  exact: (t: T) => string,
  loose: (t: T) => string,
): Array<[T | null, T | null]> {
  const used = new Set<number>();
  const partner = new Map<number, number>();
  const find = (key: (t: T) => string, h: T): number => base.findIndex((b, i) => !used.has(i) && key(b) === key(h));
  for (const pass of [exact, loose]) {
    head.forEach((h, hi) => {
      if (partner.has(hi)) return;
      const bi = find(pass, h);
      if (bi >= 0) {
        used.add(bi);
        partner.set(hi, bi);
      }
    });
  }
  const pairs: Array<[T | null, T | null]> = head.map((h, hi) => [partner.has(hi) ? base[partner.get(hi)!] : null, h]);
  base.forEach((b, bi) => {
    if (!used.has(bi)) pairs.push([b, null]);
  });
  return pairs;
}

function sideState(pb: RevisionPlaybook | null): SideState {
  if (!pb) return 'missing';
  return pb.playbook ? 'ok' : 'invalid';
}

/** The parts of an outcome `outcomeChanges` compares, with the teams' names. */
export function summariseOutcome(outcome: Outcome, playbook: Playbook): OutcomeSummary {
  return {
    type: outcome.type,
    template: outcome.template,
    escalations: outcome.escalations.map((e) => ({
      id: e.id,
      team: e.team,
      teamName: playbook.teams.get(e.team)?.name ?? e.team,
      priority: e.priority,
    })),
    due: outcome.due,
    actions: [...new Set(outcome.actions)].sort(),
    reply: outcome.reply,
    errors: [...outcome.errors],
  };
}

function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isNaN(ta) || Number.isNaN(tb) ? a === b : ta === tb;
}

const escalationKey = (o: OutcomeSummary): string => JSON.stringify(o.escalations.map((e) => [e.id, e.team, e.priority]).sort());
const replyKey = (r: string | null): string | null => (r === null ? null : r.trimEnd());

/** What differs between two outcomes of one complaint, in a fixed order. */
export function outcomeChanges(a: OutcomeSummary, b: OutcomeSummary): ChangeKind[] {
  const out: ChangeKind[] = [];
  if (a.type !== b.type) out.push('type');
  if (escalationKey(a) !== escalationKey(b)) out.push('escalations');
  if (!sameInstant(a.due, b.due)) out.push('due');
  if (a.actions.join(',') !== b.actions.join(',')) out.push('actions');
  if (a.template !== b.template) out.push('template');
  if (replyKey(a.reply) !== replyKey(b.reply)) out.push('reply');
  return out;
}

function mentionKey(c: Complaint): string {
  return JSON.stringify([c.text, c.channel, c.author, c.at, c.voice ?? null, c.locale ?? null]);
}

function templateChanges(base: Playbook | null, head: Playbook | null, baseState: SideState, headState: SideState): TemplateChange[] {
  // A side with errors has no model to compare with: say nothing rather than report every template as added.
  if (baseState === 'invalid' || headState === 'invalid') return [];
  const before = base?.templates ?? new Map();
  const after = head?.templates ?? new Map();
  const out: TemplateChange[] = [];
  for (const [id, t] of after) {
    const old = before.get(id);
    if (!old) out.push({ id, change: 'added', before: null, after: t.text, file: t.source.file });
    else if (old.text !== t.text) out.push({ id, change: 'changed', before: old.text, after: t.text, file: t.source.file });
  }
  for (const [id, t] of before) {
    if (!after.has(id)) out.push({ id, change: 'removed', before: t.text, after: null, file: t.source.file });
  }
  return out;
}

function diffPlaybook(basePb: RevisionPlaybook | null, headPb: RevisionPlaybook | null, run: Responder): PlaybookChange {
  const baseState = sideState(basePb);
  const headState = sideState(headPb);
  const basePlaybook = basePb?.playbook ?? null;
  const headPlaybook = headPb?.playbook ?? null;
  const complaints: ComplaintChange[] = [];
  let unchanged = 0;
  const pairs = pairUp(
    basePb?.complaints ?? [],
    headPb?.complaints ?? [],
    (c) => `${c.file}\u0000${c.id}`,
    (c) => c.id,
  );
  for (const [b, h] of pairs) {
    const sample = (h ?? b)!;
    const base = basePlaybook ? summariseOutcome(run(basePlaybook, sample), basePlaybook) : null;
    const head = headPlaybook ? summariseOutcome(run(headPlaybook, sample), headPlaybook) : null;
    const changes = base && head ? outcomeChanges(base, head) : [];
    const presence = b && h ? 'both' : h ? 'added' : 'removed';
    if (presence === 'both' && changes.length === 0) {
      if (base && head) unchanged++;
      continue;
    }
    const channels = (headPlaybook ?? basePlaybook)?.channels;
    complaints.push({
      id: sample.id,
      file: sample.file,
      baseFile: b && h && b.file !== h.file ? b.file : null,
      channel: sample.channel,
      channelName: channels?.get(sample.channel)?.name ?? sample.channel,
      sample: presence,
      sampleEdited: Boolean(b && h && mentionKey(b) !== mentionKey(h)),
      base,
      head,
      changes,
      replyDiff: changes.includes('reply') && base?.reply != null && head?.reply != null ? wordDiff(base.reply, head.reply) : null,
    });
  }
  const any = (headPb ?? basePb)!;
  return {
    id: playbookId(any),
    dir: any.dir,
    baseDir: basePb && headPb && basePb.dir !== headPb.dir ? basePb.dir : null,
    base: baseState,
    head: headState,
    brand: (headPlaybook ?? basePlaybook)?.brand ?? null,
    timezone: (headPlaybook ?? basePlaybook)?.timezone ?? null,
    complaints,
    unchanged,
    templates: templateChanges(basePlaybook, headPlaybook, baseState, headState),
  };
}

/**
 * Diagnostics of `head` that `base` does not have, and the reverse. A problem is the same when its
 * rule, file and JSON path (else message) are — line numbers move with every edit above it.
 */
export function newDiagnostics(
  base: ReadonlyArray<Diagnostic>,
  head: ReadonlyArray<Diagnostic>,
): { added: Diagnostic[]; fixed: Diagnostic[] } {
  const count = (list: ReadonlyArray<Diagnostic>): Map<string, number> => {
    const m = new Map<string, number>();
    for (const d of list) m.set(diagnosticIdentity(d), (m.get(diagnosticIdentity(d)) ?? 0) + 1);
    return m;
  };
  const minus = (list: ReadonlyArray<Diagnostic>, other: Map<string, number>): Diagnostic[] =>
    list.filter((d) => {
      const id = diagnosticIdentity(d);
      const n = other.get(id) ?? 0;
      if (n > 0) other.set(id, n - 1);
      return n === 0;
    });
  return { added: sortDiagnostics(minus(head, count(base))), fixed: sortDiagnostics(minus(base, count(head))) };
}

/** True when the playbook has anything to report. */
export function playbookHasChanges(p: PlaybookChange): boolean {
  return p.base !== p.head || p.base === 'invalid' || p.complaints.length > 0 || p.templates.length > 0 || p.baseDir !== null;
}

function countChanges(playbooks: PlaybookChange[], added: Diagnostic[], fixed: Diagnostic[]): DiffSummary {
  const complaints = playbooks.flatMap((p) => p.complaints);
  const templates = playbooks.flatMap((p) => p.templates);
  return {
    playbooksAdded: playbooks.filter((p) => p.base === 'missing' && p.head !== 'missing').length,
    playbooksRemoved: playbooks.filter((p) => p.head === 'missing' && p.base !== 'missing').length,
    changedReplies: complaints.filter((c) => c.changes.includes('reply')).length,
    changedRouting: complaints.filter((c) => c.changes.some((k) => ROUTING_CHANGES.has(k))).length,
    complaintsAdded: complaints.filter((c) => c.sample === 'added').length,
    complaintsRemoved: complaints.filter((c) => c.sample === 'removed').length,
    templatesAdded: templates.filter((t) => t.change === 'added').length,
    templatesRemoved: templates.filter((t) => t.change === 'removed').length,
    templatesChanged: templates.filter((t) => t.change === 'changed').length,
    newProblems: added.length,
    fixedProblems: fixed.length,
    invalidBase: playbooks.filter((p) => p.base === 'invalid').length,
    invalidHead: playbooks.filter((p) => p.head === 'invalid').length,
  };
}

/**
 * What changes for customers between the `base` revision and the `head` (the working tree): every
 * sample complaint of either side is run through both playbook versions and compared.
 */
export function diffProjects(base: ProjectRevision, head: ProjectRevision, opts: DiffOptions = {}): PlaybookDiff {
  const run = opts.respond ?? engineResponder();
  const playbooks = pairUp(base.playbooks, head.playbooks, (p) => p.dir, playbookId).map(([b, h]) => diffPlaybook(b, h, run));
  const { added, fixed } = newDiagnostics(base.diagnostics, head.diagnostics);
  return { playbooks, newDiagnostics: added, fixedDiagnostics: fixed, summary: countChanges(playbooks, added, fixed) };
}

/**
 * True when a customer could get another reply than before (what `--fail-on-change` looks at): a
 * sample complaint's reply text changed, or a playbook with replies was added or removed, or a
 * side has errors so the replies could not be compared — a gate must not pass what it could not check.
 */
export function repliesChanged(diff: PlaybookDiff): boolean {
  if (diff.summary.changedReplies > 0) return true;
  return diff.playbooks.some((p) => {
    const replies = p.complaints.some((c) => (c.head?.reply ?? c.base?.reply ?? null) !== null);
    if (p.base === 'missing' || p.head === 'missing') return p.base !== p.head && replies;
    return (p.base === 'invalid' || p.head === 'invalid') && (p.complaints.length > 0 || p.unchanged > 0 || p.base !== p.head);
  });
}
