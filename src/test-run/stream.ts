/**
 * `replybook test` at scale: the playbooks are checked once without their complaint files, then
 * each complaint file in turn is checked, run and let go, so memory does not grow with the number
 * of complaints. Complaints run without the trace; a failing one runs again with it (an outcome is
 * a function of the playbook and the complaint), so only failures pay for it. Failures are kept
 * whole; a passing complaint keeps a few words (what the reporters and `--coverage` read of it:
 * its id and place, and an outcome of type, template, voice, priority and escalations shared by
 * every passing complaint that got the same), unless a reporter prints every passing reply
 * (`keep: 'replies'`, JUnit: the slim outcome with the reply, shared the same way) or every
 * outcome whole (`keep: 'all'`, JSON).
 */
import { sortDiagnostics, type Diagnostic, type Position, type Range } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { isYamlPath } from '../load/sources.js';
import type { ProjectCheck } from '../model/checked-playbook.js';
import type { Outcome } from '../model/outcome.js';
import type { ComplaintResult, ExpectationFailure } from '../model/test-result.js';
import { compileRuntime } from '../engine/index.js';
import { createChecker, layoutProject, normalisePath, type CheckerOptions } from '../validate/index.js';
import { findsObsolete, obsoleteSnapshotsOf, recordsSnapshot, silencedIn, snapshotsByFolder } from './judge.js';
import { matchesFilter, runOne, type RunOptions, type RunOutput } from './run.js';

export interface StreamOptions extends RunOptions {
  /**
   * `failures` (default): passing complaints keep only a slim outcome, shared between equal ones;
   * `replies`: the slim outcome and the reply; `all`: every outcome whole, as `runComplaints`;
   * `counts`: as `failures`, and a failing complaint keeps no more than a passing one (its place and
   * a shared slim outcome; `failures` empty, `passed` false), for a caller whose reports of the
   * failures come from a second run (`test --format json`, the human report): 100,000 failing
   * complaints kept 3.3 KB each of expectations, replies and messages no report then read.
   */
  keep?: 'failures' | 'replies' | 'all' | 'counts';
  /**
   * The snapshots beside one complaint file, read when the run comes to it (instead of `snapshots`,
   * every one read before the run): a run of 100,000 complaints then holds one file's snapshots at a
   * time. What it refuses is in the run's `snapshotProblems` and `refusedSnapshots`.
   */
  snapshotsOf?: (complaintFile: string) => Promise<FileSnapshots>;
  /**
   * Reads a complaint file the plan was given by path only (`planTestRun`'s `later`) when the run
   * comes to it: the run then holds one complaint file's bytes at a time.
   */
  readLater?: (complaintFile: string) => Promise<SourceFile>;
  /**
   * Given each complaint's result as it is made, instead of keeping it (the output's `results` is
   * then empty): a reporter that writes every outcome whole (`keep: 'all'`) holds one at a time.
   */
  onResult?: (result: ComplaintResult) => void | Promise<void>;
  /**
   * A failing complaint keeps its broken expectations and a slim outcome with its reply, not the
   * whole outcome and its trace (with `keep: 'failures'` or `'replies'`): what the SARIF, GitHub,
   * GitLab and JUnit reports read. The reports that print the trace get it from a second run
   * (`onResult`) — a pull request that changes every reply fails every complaint.
   */
  slimFailures?: boolean;
}

/** One complaint file's snapshots as `StreamOptions.snapshotsOf` reads them (`node/snapshots.ts`). */
export interface FileSnapshots {
  snapshots: ReadonlyMap<string, string>;
  /** Snapshot files and folders refused: located errors. */
  problems: Diagnostic[];
  /** Their paths: nothing is written through them or removed behind them. */
  refused: ReadonlySet<string>;
}

/** What a streamed run gives besides a run's output. */
export interface StreamOutput extends RunOutput {
  /** The playbooks or a complaint file have errors: no complaint counts as run. */
  blocked: boolean;
  complaintDiagnostics: Diagnostic[];
  /** With `snapshotsOf`: the snapshots it refused (also among `diagnostics`), and their paths. */
  snapshotProblems: Diagnostic[];
  refusedSnapshots: string[];
  /** Complaints the time budget stopped (a `counts` run keeps no failure to say so). */
  budgetStopped: number;
}

/** A project prepared for a streamed test run: its playbooks checked, its complaint files still unread. */
export interface TestPlan {
  /** The check of the playbook files (complaint files not yet among them). */
  check: ProjectCheck;
  /** Every complaint file, in the order the run reads them. */
  complaintFiles: string[];
  /**
   * Checks and runs every complaint file in turn; `diagnostics` then has the complaint files' ones too.
   * When the playbooks or a complaint file have errors no complaint counts as run (`blocked`, and
   * `complaintDiagnostics` says why), as when the whole project was checked first.
   */
  run(diagnostics: Diagnostic[], opts?: StreamOptions): Promise<StreamOutput>;
}

const NONE: never[] = [];

/** What a passing complaint keeps of its outcome: what the reporters print of it and `--coverage` counts. */
function slim(o: Outcome, reply: string | null = null): Outcome {
  return {
    type: o.type,
    escalations: o.escalations.length ? o.escalations : NONE,
    actions: NONE,
    priority: o.priority,
    due: null,
    template: o.template,
    voice: o.voice,
    reply,
    length: null,
    checks: NONE,
    signals: {},
    spans: NONE,
    trace: NONE,
    errors: NONE,
  };
}

/**
 * Slim outcomes shared between passing complaints that got the same one (a run of 100,000 has a
 * few hundred distinct; with their replies, as many as the replies that differ), and the places
 * they are in (a playbook, file and channel per complaint) kept once.
 */
class SlimOutcomes {
  private readonly outcomes = new Map<string, Outcome>();
  private readonly places = new Map<string, Place>();
  /** The slim outcome of `o`, with `reply` when given (equal replies are common: one template, the same values). */
  of(o: Outcome, reply: string | null = null): Outcome {
    const key = `${o.type}\u0000${o.template}\u0000${o.voice}\u0000${o.priority}\u0000${o.escalations.length ? JSON.stringify(o.escalations) : ''}${reply === null ? '' : `\u0001${reply}`}`;
    let s = this.outcomes.get(key);
    if (s === undefined) {
      if (this.outcomes.size >= SHARED_OUTCOMES) this.outcomes.clear(); // distinct replies: sharing stops paying
      this.outcomes.set(key, (s = slim(o, reply)));
    }
    return s;
  }
  place(r: ComplaintResult): Place {
    const key = `${r.playbook}\u0000${r.file}\u0000${r.channel}`;
    let p = this.places.get(key);
    if (p === undefined) this.places.set(key, (p = { playbook: own(r.playbook), channel: own(r.channel), file: own(r.file) }));
    return p;
  }
}

/** Slim outcomes remembered for sharing: a run's distinct outcomes without replies are a few hundred. */
const SHARED_OUTCOMES = 10_000;

/** Where a complaint is, for every passing complaint of one file and channel: kept once. */
interface Place {
  playbook: string;
  channel: string;
  file: string;
}

/** The own fields of a {@link KeptResult}. */
interface KeptFields {
  id: string;
  ok: boolean;
  place: Place;
  outcome: Outcome;
  sl: number;
  sc: number;
  so: number;
  el: number;
  ec: number;
  eo: number;
}

/**
 * A passing complaint as a `failures` or `replies` run keeps it (and a failing one as a `counts`
 * run does): its id, whether it passed, its shared place and slim outcome, and its range as six
 * small numbers (the objects are made when a reporter reads them) — about a hundred bytes, where a
 * result with its range objects is four times that.
 */
class KeptResult implements ComplaintResult {
  private readonly sl: number;
  private readonly sc: number;
  private readonly so: number;
  private readonly el: number;
  private readonly ec: number;
  private readonly eo: number;
  constructor(
    readonly id: string,
    private readonly ok: boolean,
    private readonly place: Place,
    readonly outcome: Outcome,
    range: Range,
  ) {
    this.sl = range.start.line;
    this.sc = range.start.column;
    this.so = range.start.offset;
    this.el = range.end.line;
    this.ec = range.end.column;
    this.eo = range.end.offset;
  }
  /** The result again from its fields (as a worker thread sent them). */
  static from(f: KeptFields): KeptResult {
    const r = new KeptResult(f.id, f.ok, f.place, f.outcome, {
      start: { line: 0, column: 0, offset: 0 },
      end: { line: 0, column: 0, offset: 0 },
    });
    Object.assign(r, { sl: f.sl, sc: f.sc, so: f.so, el: f.el, ec: f.ec, eo: f.eo });
    return r;
  }
  get playbook(): string {
    return this.place.playbook;
  }
  get channel(): string {
    return this.place.channel;
  }
  get file(): string {
    return this.place.file;
  }
  get range(): Range {
    const at = (line: number, column: number, offset: number): Position => ({ line, column, offset });
    return { start: at(this.sl, this.sc, this.so), end: at(this.el, this.ec, this.eo) };
  }
  get failures(): ExpectationFailure[] {
    return NONE;
  }
  get passed(): boolean {
    return this.ok;
  }
}

/**
 * The results of a run as they come out of a worker thread: a kept result crosses as its plain
 * fields (a structured clone keeps no class), and is made a result again here.
 */
export function reviveResults(results: ComplaintResult[]): ComplaintResult[] {
  return results.map((r) => (isKeptFields(r) ? KeptResult.from(r) : r));
}

function isKeptFields(r: unknown): r is KeptFields {
  return typeof r === 'object' && r !== null && !(r instanceof KeptResult) && 'place' in r && 'sl' in r;
}

/** A passing complaint's result as the run keeps it (`keep` says how much of its outcome), or a failing one's in a `counts` run. */
function kept(r: ComplaintResult, keep: 'failures' | 'replies' | 'counts', shared: SlimOutcomes): ComplaintResult {
  return new KeptResult(own(r.id), r.passed, shared.place(r), shared.of(r.outcome, keep === 'replies' ? r.outcome.reply : null), r.range);
}

/**
 * `s` as a string of its own. What the YAML reader takes from a complaint file is a slice of the
 * file's text, and V8 keeps the whole text alive behind a slice of 13 characters or more: a kept
 * result's id («courier-no-show-after-two-days») held its complaint file's megabytes to the end of
 * the run (20,000 complaints with ids of 20 characters: 36 MB more heap than with ids of 7).
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** A value with every string in it a string of its own (`own`), for what a run keeps to its end. */
function owned<T>(v: T): T {
  if (typeof v === 'string') return own(v) as T;
  if (Array.isArray(v)) return v.map(owned) as T;
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = owned(x);
  return out as T;
}

/** A failing complaint as a `failures` or `replies` run keeps it: its broken expectations and a slim outcome with its reply, in strings of their own. */
function slimFailure(r: ComplaintResult): ComplaintResult {
  return { ...r, id: own(r.id), channel: own(r.channel), failures: owned(r.failures), outcome: slim(r.outcome, r.outcome.reply) };
}

/** The complaint files among `paths`, in the order a test run reads them (by playbook, then by path). */
export function complaintFilesOf(paths: readonly string[]): string[] {
  return layoutProject(paths.map(normalisePath)).playbooks.flatMap((l) => [...l.complaintFiles].sort());
}

/**
 * Checks the playbooks of `files` without their complaint files. The files handed in are let go as
 * the run reads them (the caller should keep no other reference for memory to stay flat).
 * `later` names complaint files not read yet: the run reads each through `readLater` when it comes
 * to it. `quiet` names playbook folders whose own diagnostics another part of the run reports (a
 * playbook whose complaint files are split between worker threads): they are left out of `check`.
 */
export function planTestRun(
  files: SourceFile[],
  { quiet = [], later = [], ...checkerOptions }: CheckerOptions & { quiet?: readonly string[]; later?: readonly string[] } = {},
): TestPlan {
  const byPath = new Map(files.map((f) => [normalisePath(f.path), f]));
  // Complaint files to read when the run comes to them: by the key the layout uses, as named.
  const unread = new Map(later.map((p) => [normalisePath(p), p]));
  const layout = layoutProject([...byPath.keys(), ...unread.keys()]);
  const complaintPaths = new Set(layout.playbooks.flatMap((l) => l.complaintFiles));
  const checker = createChecker(checkerOptions);
  const check = checker.check([...byPath].filter(([p]) => !complaintPaths.has(p)).map(([, f]) => f));
  const data = [...byPath.values()].filter((f) => !isYamlPath(f.path));
  if (quiet.length) {
    // The same files checked again come from the checker's cache: the playbook's diagnostics, to leave out.
    const drop = new Map<string, number>();
    for (const l of layout.playbooks.filter((x) => quiet.includes(x.dir))) {
      const own = l.files.map((p) => byPath.get(p)).filter((f): f is SourceFile => f !== undefined);
      for (const d of checker.checkPlaybook(l.dir, [...own, ...data]).diagnostics) {
        const k = JSON.stringify(d);
        drop.set(k, (drop.get(k) ?? 0) + 1);
      }
    }
    check.diagnostics = check.diagnostics.filter((d) => {
      const k = JSON.stringify(d);
      const n = drop.get(k) ?? 0;
      if (n > 0) drop.set(k, n - 1);
      return n === 0;
    });
  }
  const order = layout.playbooks.map((l) => ({ layout: l, complaintFiles: [...l.complaintFiles].sort() }));
  // The order the run reads them in: `complaintFilesOf` says it for a caller that runs the groups elsewhere.
  const complaintFiles = order.flatMap((o) => o.complaintFiles);
  for (const p of check.playbooks) p.complaintFiles = order.find((o) => o.layout.dir === p.dir)?.complaintFiles ?? [];

  const run = async (diagnostics: Diagnostic[], given: StreamOptions = {}): Promise<StreamOutput> => {
    // The configuration's rule settings reach the reply checks of each complaint too (run.ts).
    const opts = checkerOptions.ruleSettings ? { ruleSettings: checkerOptions.ruleSettings, ...given } : given;
    const results: ComplaintResult[] = [];
    const snapshotsWanted = new Map<string, string | null>();
    const obsoleteSnapshots: string[] = [];
    let byFolder: Map<string, string[]> | undefined;
    const found: Diagnostic[] = [];
    const snapshotProblems: Diagnostic[] = [];
    const refusedSnapshots: string[] = [];
    const { snapshotsOf, readLater, onResult, ...common } = opts;
    const sourceOf = async (file: string): Promise<SourceFile | undefined> => {
      const named = unread.get(file);
      if (named === undefined) return byPath.get(file);
      if (!readLater) throw new Error(`the complaint file ${named} was not read, and the run has no readLater`);
      unread.delete(file);
      return readLater(named);
    };
    let complaintErrors = check.diagnostics.some((d) => d.severity === 'error');
    let stop = false;
    let passed = 0;
    let ran = 0;
    let budgetStopped = 0;
    const keep = opts.keep ?? 'failures';
    const shared = new SlimOutcomes();
    for (const { layout: l, complaintFiles: mine } of order) {
      const pb = check.playbooks.find((p) => p.dir === (normalisePath(l.dir) || '.'));
      const own = l.files.map((p) => byPath.get(p)).filter((f): f is SourceFile => f !== undefined);
      const rt = pb?.playbook && !stop && !complaintErrors ? compileRuntime(pb.playbook) : null;
      // A reply check an inline directive silences at the template does not fail a complaint (directives.ts).
      const silenced = silencedIn(pb?.playbook, (f) => checker.directivesOf(f));
      for (const file of mine) {
        const source = await sourceOf(file);
        if (!source) continue;
        const r = checker.checkPlaybook(l.dir, [...own, source, ...data]);
        checker.forget(file);
        byPath.delete(file);
        const diags = r.diagnostics.filter((d) => d.file === file);
        found.push(...diags);
        if (diags.some((d) => d.severity === 'error')) complaintErrors = true;
        // Any error means no complaint is reported as run: the rest are only checked.
        if (stop || complaintErrors || !rt || !pb) continue;
        let mineOpts: RunOptions = common;
        let fileSnapshots = opts.snapshots;
        if (snapshotsOf) {
          const read = await snapshotsOf(file);
          snapshotProblems.push(...read.problems);
          refusedSnapshots.push(...read.refused);
          fileSnapshots = read.snapshots;
          mineOpts = { ...common, snapshots: fileSnapshots };
        }
        // The snapshots of a file run in full that no complaint with a reply has are obsolete.
        const withReply = findsObsolete(mineOpts) ? new Set<string>() : null;
        const once = { ...mineOpts, silenced, trace: keep === 'all' };
        const again = { ...mineOpts, silenced, trace: true };
        for (const c of r.complaints) {
          if (stop) break;
          if (!matchesFilter(opts.filter, pb, c)) continue;
          let one = runOne(rt, c, once);
          if (!one.result.passed && keep !== 'all' && !opts.slimFailures) one = runOne(rt, c, again);
          if (recordsSnapshot(opts, one)) snapshotsWanted.set(one.snapshot, one.want);
          if (withReply && one.want !== null) withReply.add(one.snapshot);
          if (!one.result.passed && one.result.failures.some((f) => f.field === 'budget')) budgetStopped++;
          const result =
            keep === 'all'
              ? one.result
              : one.result.passed || keep === 'counts'
                ? kept(one.result, keep, shared)
                : opts.slimFailures
                  ? slimFailure(one.result)
                  : one.result;
          if (onResult) await onResult(result);
          else results.push(result);
          ran++;
          if (result.passed) passed++;
          else if (opts.bail) stop = true;
        }
        if (withReply && fileSnapshots) {
          const folders = snapshotsOf ? snapshotsByFolder(fileSnapshots) : (byFolder ??= snapshotsByFolder(fileSnapshots));
          obsoleteSnapshots.push(...obsoleteSnapshotsOf(file, folders, withReply));
        }
      }
    }
    const all = found.length || snapshotProblems.length ? sortDiagnostics([...diagnostics, ...found, ...snapshotProblems]) : diagnostics;
    const out = {
      diagnostics: all,
      snapshotsWanted,
      obsoleteSnapshots,
      blocked: complaintErrors,
      complaintDiagnostics: found,
      snapshotProblems,
      refusedSnapshots,
      budgetStopped,
    };
    if (complaintErrors) return { ...out, results: [], passed: 0, failed: 0 };
    return { ...out, results, passed, failed: ran - passed };
  };
  return { check, complaintFiles, run };
}
