/**
 * `replybook diff`: what a change to the playbooks does to customers. The input is the checked
 * project at two revisions (the base, e.g. the pull request's target branch, and the head, the
 * working tree); the output says which sample complaints now get another reply, another type,
 * other escalations or another deadline, which templates and sample complaints came or went, and
 * which problems are new. Everything here is data; the formatters turn it into text.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckedPlaybook } from '../model/checked-playbook.js';
import type { Complaint, Outcome } from '../model/outcome.js';
import type { Playbook, Priority } from '../model/playbook.js';
import type { WordChange } from '../report/word-diff.js';

/** One playbook folder as `checkProject` returns it: the part of a checked playbook the diff reads. */
export type RevisionPlaybook = Pick<CheckedPlaybook, 'dir' | 'playbook' | 'complaints'>;

/** The project checked at one revision: the part of `checkProject`'s result the diff needs. */
export interface ProjectRevision {
  playbooks: ReadonlyArray<RevisionPlaybook>;
  diagnostics: ReadonlyArray<Diagnostic>;
}

/** How one side of a comparison stands: no playbook there, a playbook with errors, or a usable one. */
export type SideState = 'missing' | 'invalid' | 'ok';

/** What can change for a customer between two outcomes of the same complaint. */
export type ChangeKind = 'type' | 'escalations' | 'due' | 'template' | 'actions' | 'reply';

/** The kinds that are about routing (who handles it, by when), not the reply's text. */
export const ROUTING_CHANGES: ReadonlySet<ChangeKind> = new Set(['type', 'escalations', 'due', 'actions']);

/** An escalation as the diff shows it, with the team's name for people who do not know the ids. */
export interface EscalationSummary {
  id: string;
  team: string;
  teamName: string;
  priority: Priority;
}

/** The parts of an outcome a customer or the team handling the mention notices. */
export interface OutcomeSummary {
  type: string;
  template: string | null;
  escalations: EscalationSummary[];
  due: string | null;
  /** `hide`, `block`, `monitor`, `approval`, sorted. */
  actions: string[];
  reply: string | null;
  /** Errors that kept the engine from finishing the outcome. */
  errors: string[];
}

export type { WordChange };

/** Whether a sample complaint is in both revisions or only in one. */
export type SamplePresence = 'both' | 'added' | 'removed';

/** One sample complaint whose outcome changed, or which was added or removed. */
export interface ComplaintChange {
  /** The complaint's id (matched across revisions with the playbook's id). */
  id: string;
  /** Its complaints file (the head's when it is in both). */
  file: string;
  /** Its complaints file at the base, when it was renamed or moved. */
  baseFile: string | null;
  channel: string;
  /** The channel's name as the playbook calls it (`Отзовик`), else its id. */
  channelName: string;
  sample: SamplePresence;
  /** The sample's own text, channel, author, time or voice were edited. */
  sampleEdited: boolean;
  /** The outcome with the base playbook; null when the base has no usable playbook. */
  base: OutcomeSummary | null;
  /** The outcome with the working tree's playbook; null when it has no usable playbook. */
  head: OutcomeSummary | null;
  /** What differs between `base` and `head` (empty when either is missing). */
  changes: ChangeKind[];
  /** Word-level diff of the reply text, when both sides reply and the text changed. */
  replyDiff: WordChange[] | null;
}

/** A template that was added, removed or whose text changed. */
export interface TemplateChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
  /** Where it is defined now (or was, for a removed one). */
  file: string;
}

/** Everything that changed in one playbook. */
export interface PlaybookChange {
  /** The playbook's id: its folder's name. */
  id: string;
  /** Its folder now (or at the base, when it was removed). */
  dir: string;
  /** Its folder at the base, when it moved. */
  baseDir: string | null;
  base: SideState;
  head: SideState;
  brand: string | null;
  /** The playbook's time zone (the working tree's, else the base's): deadlines are written in it by name («МСК»). */
  timezone: string | null;
  /** Sample complaints with a change, added or removed, in file and id order. */
  complaints: ComplaintChange[];
  /** Sample complaints run through both revisions with no change at all. */
  unchanged: number;
  templates: TemplateChange[];
}

/** Counts for the summary table. */
export interface DiffSummary {
  playbooksAdded: number;
  playbooksRemoved: number;
  /** Complaints whose reply text changed (or that get a reply, or lose it). */
  changedReplies: number;
  /** Complaints whose type, escalations, deadline or actions changed. */
  changedRouting: number;
  complaintsAdded: number;
  complaintsRemoved: number;
  templatesAdded: number;
  templatesRemoved: number;
  templatesChanged: number;
  newProblems: number;
  fixedProblems: number;
  /** Playbooks whose base revision has errors, so their replies could not be compared. */
  invalidBase: number;
  /** Playbooks whose working-tree version has errors. */
  invalidHead: number;
}

/**
 * The sample complaints of the change as `replybook test` judges them (src/test-run/judge.ts): the
 * same "N passed, N failed", and which reply snapshots are stale.
 */
export interface SnapshotStatus {
  passed: number;
  failed: number;
  /** Snapshots whose reply changed (or that have a reply where there is none now): `test --update` rewrites them. */
  changed: string[];
  /** Replies without a snapshot: a local `test` writes them; under CI they fail. */
  missing: string[];
  /** Snapshots no sample complaint with a reply has: `test --update` removes them. */
  obsolete: string[];
  /** Judged as under CI (`--ci`, or CI set): a missing snapshot fails. */
  ci: boolean;
}

/** The whole comparison: the result of `diffProjects`, the input of every formatter. */
export interface PlaybookDiff {
  playbooks: PlaybookChange[];
  /** Diagnostics of the working tree that the base does not have (by rule, file and JSON path or message). */
  newDiagnostics: Diagnostic[];
  /** Diagnostics of the base that the working tree no longer has. */
  fixedDiagnostics: Diagnostic[];
  summary: DiffSummary;
  /** The working tree's sample complaints judged as `test` judges them, when the front end ran them (`snapshotStatus`). */
  snapshots?: SnapshotStatus;
  /** `--mentions`: exports of real mentions run through both revisions of a playbook (`backtest --base`). */
  traffic?: TrafficChange[];
}

/** An export of real mentions through one playbook at the base and in the working tree: how many are handled differently. */
export interface TrafficChange {
  /** The playbook's folder. */
  playbook: string;
  files: string[];
  /** Mentions run through both. */
  compared: number;
  /** Mentions with any difference, and with each kind (one mention may have several). */
  changed: number;
  byKind: Record<ChangeKind, number>;
}

/** Runs one complaint through one playbook. Injected so the core stays testable without the engine. */
export type Responder = (playbook: Playbook, complaint: Complaint) => Outcome;
