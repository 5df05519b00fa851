/**
 * The verdict on a sample complaint's outcome, in one place: its expectations, the reply checks the
 * configuration and inline directives leave failing, and its reply snapshot with Jest's meaning (a
 * changed reply fails; a missing snapshot is written locally or fails under CI; a snapshot no
 * complaint has any more is obsolete). `test`, `watch`, `diff`, `build` and the simulator all come
 * here, so the same playbook gives the same "N passed, N failed" in every one of them. Pure.
 */
import type { Complaint, Outcome } from '../model/outcome.js';
import type { Playbook } from '../model/playbook.js';
import type { ComplaintResult, ExpectationFailure } from '../model/test-result.js';
import { measureLength } from '../check-reply/index.js';
import { snapshotFolder, snapshotPath } from '../load/sources.js';
import { failsRun, isTemplateSilenced, type Directive, type RuleSettings } from '../validate/index.js';
import { compareOutcome } from './compare.js';
import { snapshotText } from './snapshot.js';

/** What decides a verdict besides the outcome: the snapshots, the configuration's rule settings, the directives. */
export interface JudgeOptions {
  /** Snapshot files as read from disk: path → text (a missing entry is a new snapshot). */
  snapshots?: ReadonlyMap<string, string>;
  /** Compare snapshots (false with `--update`, which rewrites them instead). */
  compareSnapshots?: boolean;
  /**
   * A complaint that gets a reply but has no snapshot yet (Jest's meaning): `write` — its snapshot
   * is written, and the complaint passes; `fail` — under CI, where nothing is written, it fails;
   * undefined — neither (the complaint passes and nothing is written).
   */
  newSnapshots?: 'write' | 'fail';
  /** The project configuration's rule settings: a reply check whose rule is set below `error` does not fail the complaint. */
  ruleSettings?: RuleSettings;
  /** Whether an inline directive silences rule `ruleId` for a reply of template `template` (its reply checks then do not fail the complaint). */
  silenced?: (template: string, ruleId: string) => boolean;
}

/** The verdict on one complaint: its failures, its snapshot's path, what the snapshot should hold, and whether it is new. */
export interface Verdict {
  failures: ExpectationFailure[];
  snapshot: string;
  /** The snapshot's text as it should be now (null: none should exist). */
  want: string | null;
  /** A reply with no snapshot yet. */
  isNew: boolean;
}

/**
 * How a complaint's reply stands to its snapshot: `same`; `changed` (the reply differs); `gone` (the
 * snapshot has a reply, now there is none); `new` (a reply without a snapshot); `none` (neither).
 */
export type SnapshotState = 'same' | 'changed' | 'gone' | 'new' | 'none';

/** The state of a snapshot (`have`, as read; undefined: none) against what the reply wants (`want`). */
export function snapshotState(have: string | undefined, want: string | null): SnapshotState {
  if (have === undefined) return want === null ? 'none' : 'new';
  if (want === null) return 'gone';
  return have === want ? 'same' : 'changed';
}

/** What a complaint's snapshot should hold after this outcome: an outcome stopped at a length limit keeps it as it is. */
export function wantedSnapshot(outcome: Outcome, have: string | undefined): string | null {
  return outcome.stopped ? (have ?? null) : snapshotText(outcome);
}

/** Every judged result's snapshot and its state (a result the clock stopped is left out: it says nothing of the reply). */
export function snapshotStates(
  results: readonly ComplaintResult[],
  snapshots: ReadonlyMap<string, string>,
): Array<{ result: ComplaintResult; path: string; state: SnapshotState }> {
  return results
    .filter((r) => !r.failures.some((f) => f.field === 'budget'))
    .map((result) => {
      const path = snapshotPath(result.file, result.id);
      const have = snapshots.get(path);
      return { result, path, state: snapshotState(have, wantedSnapshot(result.outcome, have)) };
    });
}

/** The failure a reply snapshot adds, or null: a changed reply, a reply gone, or (under CI) a missing snapshot. */
export function snapshotFailure(
  path: string,
  have: string | undefined,
  want: string | null,
  newSnapshots: JudgeOptions['newSnapshots'],
): ExpectationFailure | null {
  const state = snapshotState(have, want);
  if (state === 'changed' && have !== undefined && want !== null)
    return {
      field: 'snapshot',
      expected: have.trimEnd(),
      actual: want.trimEnd(),
      message: `The reply differs from its snapshot ${path} (run with --update if the change is intended)`,
      say: { id: 'expect.snapshot.changed', values: { path } },
    };
  if (state === 'new' && want !== null && newSnapshots === 'fail')
    return {
      field: 'snapshot',
      expected: 'a reply snapshot',
      actual: want.trimEnd(),
      message: `The reply has no snapshot ${path}, and none is written under CI: run \`replybook test\` locally (it writes new snapshots) and commit ${path}`,
      say: { id: 'expect.snapshot.new', values: { path } },
      expectedSay: { id: 'value.aSnapshot' },
    };
  if (state === 'gone' && have !== undefined)
    return {
      field: 'snapshot',
      expected: have.trimEnd(),
      actual: 'no reply',
      message: `The snapshot ${path} has a reply, but now there is none (run with --update if intended)`,
      say: { id: 'expect.snapshot.gone', values: { path } },
      actualSay: { id: 'value.noReply' },
    };
  return null;
}

/** Judges a finished outcome of complaint `c` on `playbook` (an outcome the clock stopped is judged by the caller, `runOne`). */
export function judgeOutcome(playbook: Playbook, c: Complaint, outcome: Outcome, opts: JudgeOptions = {}): Verdict {
  const channel = playbook.channels.get(c.channel);
  const failures = compareOutcome(c, outcome, (t) => measureLength(t, channel?.unit ?? 'graphemes')).filter(
    (f) =>
      !f.field.startsWith('check:') ||
      ((!opts.ruleSettings || failsRun(opts.ruleSettings, c.file, f.field.slice('check:'.length))) &&
        !(outcome.template !== null && opts.silenced?.(outcome.template, f.field.slice('check:'.length)))),
  );
  const path = snapshotPath(c.file, c.id);
  // Looked up once (a look-up in a file's thousands of snapshots, between two complaints' work, costs a microsecond).
  const have = opts.snapshots?.get(path);
  // A mention over a length limit was not matched: its snapshot is kept as it is.
  const want = wantedSnapshot(outcome, have);
  if (opts.compareSnapshots && opts.snapshots) {
    const f = snapshotFailure(path, have, want, opts.newSnapshots);
    if (f) failures.push(f);
  }
  return { failures, snapshot: path, want, isNew: opts.snapshots !== undefined && want !== null && have === undefined };
}

/**
 * Whether a run records a complaint's wanted snapshot: every one with `--update` (`all`), else only
 * a new one that is to be written locally.
 */
export function recordsSnapshot(
  opts: { snapshotsWanted?: boolean; newSnapshots?: JudgeOptions['newSnapshots'] },
  v: Pick<Verdict, 'isNew'>,
): boolean {
  return opts.snapshotsWanted === true || (opts.newSnapshots === 'write' && v.isNew);
}

/** Snapshot paths by their folder (one per complaint file), grouped once per run. */
export function snapshotsByFolder(snapshots: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of snapshots.keys()) {
    const folder = p.slice(0, p.lastIndexOf('/'));
    const list = out.get(folder);
    if (list) list.push(p);
    else out.set(folder, [p]);
  }
  return out;
}

/** The snapshots beside complaint file `file` that no complaint with a reply has (`withReply`): obsolete. */
export function obsoleteSnapshotsOf(file: string, byFolder: ReadonlyMap<string, string[]>, withReply: ReadonlySet<string>): string[] {
  return (byFolder.get(snapshotFolder(file)) ?? []).filter((p) => !withReply.has(p));
}

/** Whether a run says which snapshots are obsolete: only a run of every complaint (no `--filter`, no `--bail`). */
export function findsObsolete(opts: { snapshots?: ReadonlyMap<string, string>; filter?: string; bail?: boolean }): boolean {
  return opts.snapshots !== undefined && !opts.filter && !opts.bail;
}

/** The "silenced at the template" test of a playbook's templates, from the files' inline directives. */
export function silencedIn(
  playbook: Pick<Playbook, 'templates'> | null | undefined,
  directivesOf: ((file: string) => readonly Directive[]) | undefined,
): JudgeOptions['silenced'] {
  if (!directivesOf || !playbook) return undefined;
  const templates = playbook.templates;
  return (id, ruleId) => {
    const t = templates.get(id);
    return t !== undefined && isTemplateSilenced(t, ruleId, directivesOf);
  };
}

/** What a run of judged complaints says of snapshots and totals (the part of `RunOutput` the judge fills). */
export interface JudgedRun {
  results: ComplaintResult[];
  passed: number;
  failed: number;
  /** The snapshots to write (new ones locally; every one with `snapshotsWanted`). */
  snapshotsWanted: Map<string, string | null>;
  obsoleteSnapshots: string[];
}

/**
 * Judges outcomes that were run already (watch keeps them between runs, `incremental.ts`): each
 * result's failures are decided again here with the snapshots and settings of now, exactly as a
 * `test` run decides them. `results` are the playbooks' complaints' results in order (a playbook
 * without a model has none); a result whose outcome the clock stopped is kept as it is.
 */
export function judgeResults(
  playbooks: ReadonlyArray<{ playbook: Playbook | null; complaints: readonly Complaint[]; complaintFiles?: readonly string[] }>,
  results: readonly ComplaintResult[],
  opts: JudgeOptions & { directivesOf?: (file: string) => readonly Directive[]; snapshotsWanted?: boolean } = {},
): JudgedRun {
  const out: ComplaintResult[] = [];
  const snapshotsWanted = new Map<string, string | null>();
  const obsoleteSnapshots: string[] = [];
  const byFolder = opts.snapshots ? snapshotsByFolder(opts.snapshots) : null;
  let i = 0;
  for (const pb of playbooks) {
    if (!pb.playbook) continue;
    const judge = { ...opts, silenced: opts.silenced ?? silencedIn(pb.playbook, opts.directivesOf) };
    const withReply = new Set<string>();
    for (const c of pb.complaints) {
      const r = results[i++];
      if (r === undefined) break;
      if (r.failures.some((f) => f.field === 'budget')) {
        out.push(r);
        continue;
      }
      const v = judgeOutcome(pb.playbook, c, r.outcome, judge);
      if (recordsSnapshot(opts, v)) snapshotsWanted.set(v.snapshot, v.want);
      if (v.want !== null) withReply.add(v.snapshot);
      out.push({ ...r, failures: v.failures, passed: v.failures.length === 0 });
    }
    if (byFolder) {
      const files = pb.complaintFiles ?? [...new Set(pb.complaints.map((c) => c.file))];
      for (const f of files) obsoleteSnapshots.push(...obsoleteSnapshotsOf(f, byFolder, withReply));
    }
  }
  const passed = out.filter((r) => r.passed).length;
  return { results: out, passed, failed: out.length - passed, snapshotsWanted, obsoleteSnapshots };
}
