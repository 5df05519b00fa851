/** `replybook test [paths…]`: every sample complaint through its playbook, compared with its expectations. */
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostics, formatTestRun, TEST_RUN_FORMATS, type TestRunFormat } from '../../src/report/index.js';
import {
  complaintFilesOf,
  coverage,
  planTestRun,
  reviveResults,
  type RunOutput,
  type StreamOptions,
  type StreamOutput,
} from '../../src/test-run/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ComplaintResult, PlaybookCoverage } from '../../src/model/test-result.js';
import type { ProjectFs } from '../../src/node/project-fs.js';
import type { TimeBudget } from '../../src/model/budget.js';
import { formatCoverage } from '../../src/report/coverage.js';
import { readSnapshots, type SnapshotRead } from '../../src/node/snapshots.js';
import { snapshotFolder } from '../../src/load/sources.js';
import { settleSnapshots, snapshotRunOptions, underCi } from '../snapshots.js';
import { EXIT, say, usage, useColor, type CliIO } from '../../src/node/io.js';
import {
  checkOutputTargets,
  OUTPUT_PIECE,
  openOutputStream,
  outputRequests,
  writeOutputs,
  type OutputRequest,
  type OutputStream,
} from '../outputs.js';
import { checkerOptions, onlyErrors, readProjectFiles, openCommandProject, reportContext } from '../project.js';
import type { WorkerCheckerOptions } from '../../src/node/pool-task.js';
import { writeStepSummary } from '../step-summary.js';
import { complaintBudget } from '../budget.js';
import { runInWorkers, testGroups, type TestGroup } from '../../src/node/pool.js';
import { keepHeapNearLiveSet } from '../../src/node/heap.js';
import { readSourceFile } from '../../src/node/files.js';
import { junitTestRunPieces, TestHumanWriter, TestJsonWriter } from '../../src/report/index.js';
import type { SourceFile } from '../../src/load/source-file.js';
import { checkJobs } from '../options.js';
import type { TestGroupResult } from '../../src/node/pool-task.js';
import { translate } from '../../src/i18n/index.js';
import { cliMessages } from '../../src/i18n/catalogs/cli.js';
import { commandLang } from '../lang.js';

interface TestOptions {
  filter?: string;
  bail?: boolean;
  update?: boolean;
  coverage?: boolean;
  timeout?: string;
  jobs?: string;
  quiet?: boolean;
  reportUnusedDisableDirectives?: boolean;
  passWithNoTests?: boolean;
  ci?: boolean;
  lang?: string;
}

const REPORTERS: readonly string[] = TEST_RUN_FORMATS;

export async function run(opts: TestOptions, io: CliIO, extra: { args: string[]; argv: string[] }): Promise<number> {
  // Before the configuration is read, the language is the flag's or the environment's.
  const early = commandLang(opts, io);
  const requests = outputRequests(extra.argv, 'human', early);
  if (typeof requests === 'string') return usage(io, 'test', requests);
  const unknown = requests.find((r) => !REPORTERS.includes(r.format));
  if (unknown) {
    return usage(io, 'test', translate(cliMessages, early)('test.unknownReporter', { format: unknown.format, list: REPORTERS.join(', ') }));
  }
  const opened = await openCommandProject(io, extra.args);
  const door = opened.door;
  const lang = commandLang(opts, io, opened);
  const t = translate(cliMessages, lang);
  const badOutput = await checkOutputTargets(door, requests, lang);
  if (badOutput) return usage(io, 'test', `${badOutput}`);
  const budget = complaintBudget(opts.timeout, 'test', io, lang);
  if (typeof budget === 'number') return budget;
  // The complaint files are found now and read one at a time as the run comes to each.
  const project = await readProjectFiles(extra.args, io, 'test', opened, lang, { later: true });
  if (typeof project === 'number') return project;
  const jobs = checkJobs(opts.jobs, lang);
  if (typeof jobs === 'string') return usage(io, 'test', jobs);
  // --bail stops the whole run at the first failure: one process keeps that order.
  // Playbooks, and the complaint files of one playbook, are split between the cores.
  const groups =
    opts.bail || project.problems.length
      ? [{ files: project.files, later: project.later, quiet: [] }]
      : testGroups(project.files, jobs, project.later);
  // What the second run reads again (`writeSecondRun`): the playbooks' files, the complaint files' names.
  const again = { files: [...project.files], later: [...project.later] };
  project.files = [];
  const ctx = reportContext(io, lang);
  // JUnit prints every reply, JSON every outcome whole (written as a second run makes them, not
  // kept); the other reporters only the failures' (and a line per complaint). When JSON and the
  // human report are all there is, the failures too come from the second run: the first counts them.
  const keep: Keep = requests.some((r) => r.format === 'junit')
    ? 'replies'
    : requests.every((r) => r.format === 'json' || r.format === 'human')
      ? 'counts'
      : 'failures';
  const how: How = {
    opts,
    budget,
    door,
    checker: checkerOptions(opened, opts.reportUnusedDisableDirectives),
    keep,
    ci: underCi(opts.ci, io.env),
  };
  const ran = groups.length > 1 ? await runGroups(groups, how) : await runHere(groups[0], project.problems, how);
  if (ran.blocked) {
    io.stderr.write(formatDiagnostics('stylish', ran.blocked, { ...ctx, color: useColor(io, io.stderr) }));
    say(io, 'test', t('test.blocked'));
    io.stderr.write('0 passed, 0 failed\n');
    return EXIT.usage;
  }
  const { result, complaintFiles, snap } = ran;
  result.diagnostics = onlyErrors(result.diagnostics, opts.quiet);
  // A complaint the clock stopped may pass next time; rewritten snapshots change what the next run reads.
  if (opts.update) io.uncacheable?.('--update');
  if (ran.budgetStopped > 0) io.uncacheable?.('time budget');
  const fullRun = opts.filter || opts.bail ? [] : complaintFiles;
  // The reports that print whole outcomes — JSON every one, the human report a failure's trace —
  // are written as a second run makes them, before the snapshots are written (it must judge them
  // as the first run did); the others from what the first run kept.
  const streamed: Streamed[] = [];
  for (const request of requests) {
    const human = request.format === 'human' && result.failed > 0;
    if (request.format !== 'json' && !human) continue;
    const out = await openOutputStream(io, door, request, lang);
    if (typeof out === 'string') {
      for (const s of streamed) await s.out.abort();
      return usage(io, 'test', out);
    }
    if (human) {
      const w = new TestHumanWriter({ ...ctx, color: request.file === undefined && useColor(io) });
      streamed.push({ request, out, head: '', piece: (r) => w.result(r), tail: (run) => w.tail(run) });
    } else {
      const w = new TestJsonWriter();
      streamed.push({ request, out, head: w.head(result), piece: (r) => w.result(r), tail: (run) => w.tail(run) });
    }
  }
  if (streamed.length) await writeSecondRun(streamed, again, snap, how);
  const settled = await settleSnapshots(io, 'test', door, result, snap, { update: opts.update, fullRun, lang });
  if (settled.written.length && !opts.update) io.uncacheable?.('snapshots written');
  // Their tails: the diagnostics, those of writing the snapshots included, and the totals.
  for (const { out, tail } of streamed) {
    await out.write(tail(result));
    const unfinished = await out.close();
    if (unfinished) return usage(io, 'test', unfinished);
  }
  const reports = requests
    .filter((r) => !streamed.some((x) => x.request === r))
    .map((request) => ({
      request,
      // JUnit holds every reply: 100,000 complaints make 50 MB of XML, written in pieces.
      text:
        request.format === 'junit'
          ? junitTestRunPieces(result)
          : formatTestRun(request.format as TestRunFormat, result, { ...ctx, color: request.file === undefined && useColor(io) }),
    }));
  const unwritten = await writeOutputs(io, door, reports, lang);
  if (unwritten) return usage(io, 'test', `${unwritten}`);
  if (opts.coverage) {
    io.stdout.write(formatCoverage(ran.coverage));
  }
  if (requests.some((r) => r.format === 'github')) await writeStepSummary(io, result.diagnostics, result);
  // No complaint run is a failure, as in Jest and vitest: a typo in --filter or a missing file must not pass CI.
  const none = result.results.length === 0;
  if (none) {
    const why = opts.filter ? t('test.noMatch', { filter: JSON.stringify(opts.filter) }) : t('test.noneFound');
    say(io, 'test', opts.passWithNoTests ? why : t('test.noneExit', { why }));
  }
  // The human reporter ends with the totals; other reporters to stdout are machine-read, so the line goes to stderr.
  if (!requests.some((r) => r.format === 'human' && r.file === undefined))
    io.stderr.write(`${result.passed} passed, ${result.failed} failed\n`);
  const snapshotErrors = result.diagnostics.some((d) => d.severity === 'error');
  return result.failed > 0 || snapshotErrors || (none && !opts.passWithNoTests) ? EXIT.problems : EXIT.ok;
}

interface Ran {
  /** Set when the playbooks or their complaint files have errors: every diagnostic, and no complaint counts as run. */
  blocked: Diagnostic[] | null;
  result: RunOutput;
  complaintFiles: string[];
  snap: Pick<SnapshotRead, 'snapshots' | 'refused'>;
  coverage: PlaybookCoverage[];
  /** Complaints the time budget stopped (the results of a `counts` run do not say). */
  budgetStopped: number;
}

/** In this process: the complaint files are checked and run one at a time (src/test-run/stream.ts), so memory stays flat. */
async function runHere(group: TestGroup, problems: Diagnostic[], { opts, budget, door, checker, keep, ci }: How): Promise<Ran> {
  // This thread's heap cannot be bounded once it runs: a fixed growth factor keeps it near the live set.
  keepHeapNearLiveSet();
  const plan = planTestRun(group.files, { ...checker, later: group.later });
  group.files = [];
  const { check } = plan;
  if (problems.length) check.diagnostics = sortDiagnostics([...check.diagnostics, ...problems]);
  const complaintFiles = plan.complaintFiles;
  // A snapshot that leads outside the project, or cannot be read, is a located error of the run:
  // its content is never read, and --update leaves it alone. --update compares every snapshot with
  // what is wanted before it writes: it reads them all first; a run reads each file's as it comes.
  const snap = opts.update ? await readSnapshots(door, complaintFiles) : null;
  const diagnostics = snap ? sortDiagnostics([...check.diagnostics, ...snap.problems]) : check.diagnostics;
  const result = await plan.run(diagnostics, {
    ...runOptions(opts, keep, ci),
    ...(snap ? { snapshots: snap.snapshots } : { snapshotsOf: (file: string) => readSnapshots(door, [file]) }),
    readLater: (file: string) => readSourceFile(door, file),
    budget,
  });
  const blocked = result.blocked ? sortDiagnostics([...check.diagnostics, ...result.complaintDiagnostics]) : null;
  const list = opts.coverage ? check.playbooks.flatMap((p) => (p.playbook ? [coverage(p.playbook, result.results)] : [])) : [];
  return { blocked, result, complaintFiles, snap: snap ?? readWhileRunning(result), coverage: list, budgetStopped: result.budgetStopped };
}

/** The snapshots a run read file by file (`snapshotsOf`), as `settleSnapshots` needs them: only what it refused (a run writes only new ones). */
function readWhileRunning(...runs: StreamOutput[]): Pick<SnapshotRead, 'snapshots' | 'refused'> {
  return { snapshots: new Map(), refused: new Set(runs.flatMap((r) => r.refusedSnapshots)) };
}

/**
 * The heap of a `test` worker: what a streamed run keeps live is a few tens of MB (the compiled
 * playbook, one complaint file, the failures), and a bound keeps V8 from letting it grow to several
 * times that (an unbounded worker took 10–20 MB more on 100,000 complaints; 64 MB made it collect so
 * often that it ran 20% slower); a bigger playbook that needs more is run again without the bound
 * (`runInWorkers`).
 */
const TEST_WORKER_HEAP = { oldMb: 128, youngMb: 8 };

/** The snapshots beside the complaint files among `files`. */
function snapshotsOf(all: ReadonlyMap<string, string>, files: ReadonlyArray<{ path: string }>): Map<string, string> {
  const folders = new Set(complaintFilesOf(files.map((f) => f.path)).map((f) => `${snapshotFolder(f)}/`));
  const out = new Map<string, string>();
  for (const [p, text] of all) if (folders.has(p.slice(0, p.lastIndexOf('/') + 1))) out.set(p, text);
  return out;
}

/** On all cores: the first group of playbooks in this thread, each other in a worker thread (src/node/pool.ts), joined in playbook order. */
async function runGroups(groups: TestGroup[], { opts, budget, door, checker, keep, ci }: How): Promise<Ran> {
  const complaintFiles = complaintFilesOf(groups.flatMap((g) => [...g.files.map((f) => f.path), ...g.later]));
  // --update reads every snapshot first (see `runHere`); a run has each worker read its own
  // complaint files and snapshots as it goes, through a door of its own — unless this door's reads
  // are recorded (`--cache`): then this thread reads them for every group.
  const place = door.place;
  if (place === null) {
    for (const g of groups) {
      g.files.push(...(await Promise.all(g.later.map((file) => readSourceFile(door, file)))));
      g.later = [];
    }
  }
  // This thread runs the first group (`runInWorkers`), with the growth factor a run in process has:
  // 100,000 complaints on 2 cores peaked at 430 MB without it, 380 MB with it.
  keepHeapNearLiveSet();
  const snap = opts.update || place === null ? await readSnapshots(door, complaintFiles) : null;
  const answers = await runInWorkers<TestGroupResult>(
    groups.map(({ files, later, quiet }) => ({
      kind: 'test',
      files,
      later,
      checker,
      options: {
        ...runOptions(opts, keep, ci),
        ...(snap ? { snapshots: snapshotsOf(snap.snapshots, [...files, ...later.map((path) => ({ path }))]) } : {}),
        budgetMs: budget.ms,
      },
      ...(place === null ? {} : { door: place }),
      coverage: opts.coverage === true,
      quiet,
    })),
    TEST_WORKER_HEAP,
  );
  groups.length = 0;
  const checkDiagnostics = answers.flatMap((a) => a.checkDiagnostics);
  const found = answers.flatMap((a) => a.run.complaintDiagnostics);
  const blocked = answers.some((a) => a.run.blocked) ? sortDiagnostics([...checkDiagnostics, ...found]) : null;
  const result: RunOutput = {
    results: answers.flatMap((a) => reviveResults(a.run.results)),
    diagnostics: sortDiagnostics([
      ...checkDiagnostics,
      ...(snap?.problems ?? []),
      ...answers.flatMap((a) => a.run.snapshotProblems),
      ...found,
    ]),
    passed: answers.reduce((n, a) => n + a.run.passed, 0),
    failed: answers.reduce((n, a) => n + a.run.failed, 0),
    snapshotsWanted: new Map(answers.flatMap((a) => [...a.run.snapshotsWanted])),
    obsoleteSnapshots: answers.flatMap((a) => a.run.obsoleteSnapshots ?? []),
  };
  return {
    blocked,
    result,
    complaintFiles,
    snap: snap ?? readWhileRunning(...answers.map((a) => a.run)),
    coverage: joinCoverage(answers.flatMap((a) => a.coverage)),
    budgetStopped: answers.reduce((n, a) => n + a.run.budgetStopped, 0),
  };
}

/** The coverage of a playbook whose complaint files ran in several groups, as one: the hits added up. */
function joinCoverage(list: PlaybookCoverage[]): PlaybookCoverage[] {
  const out: PlaybookCoverage[] = [];
  for (const pc of list) {
    const last = out.at(-1);
    if (last?.playbook !== pc.playbook) out.push({ ...pc, items: pc.items.map((i) => ({ ...i })) });
    else pc.items.forEach((item, i) => (last.items[i].hits += item.hits));
  }
  return out;
}

/** A report written as the second run makes each complaint's whole result: its head, a piece per result, its tail. */
interface Streamed {
  request: OutputRequest;
  out: OutputStream;
  head: string;
  piece: (r: ComplaintResult) => string;
  tail: (run: RunOutput) => string;
}

/**
 * The results of the streamed reports, with the whole outcomes they print (JSON every one, the
 * human report a failure's trace): written as a second run of the same complaint files makes them, one at a time (100,000 outcomes kept whole took
 * 3.4 GB, 4.1 GB when every complaint failed), in this thread, before the snapshots are written so
 * that it judges them as the first run did. The first run kept only what the other reports read
 * (`slimFailures`).
 */
async function writeSecondRun(
  streamed: readonly Streamed[],
  again: { files: SourceFile[]; later: string[] },
  snap: Pick<SnapshotRead, 'snapshots'>,
  { opts, budget, door, checker, ci }: How,
): Promise<void> {
  // Written in pieces of about OUTPUT_PIECE characters.
  let parts: string[][] = streamed.map(() => []);
  let size = 0;
  const flush = async () => {
    const texts = parts.map((p) => p.join(''));
    parts = streamed.map(() => []);
    size = 0;
    for (const [k, s] of streamed.entries()) if (texts[k] !== '') await s.out.write(texts[k]);
  };
  streamed.forEach((s, k) => parts[k].push(s.head));
  const plan = planTestRun(again.files, { ...checker, later: again.later });
  // JSON wants every outcome whole; the human report only a failure's (a passing complaint's line
  // is its slim outcome's), so without JSON only the failures run again with the trace.
  const whole = streamed.some((s) => s.request.format === 'json');
  await plan.run([], {
    ...runOptions(opts, whole ? 'all' : 'failures', ci),
    slimFailures: false,
    ...(opts.update ? { snapshots: snap.snapshots } : { snapshotsOf: (file: string) => readSnapshots(door, [file]) }),
    readLater: (file: string) => readSourceFile(door, file),
    budget,
    onResult: async (r) => {
      for (const [k, s] of streamed.entries()) {
        const text = s.piece(r);
        parts[k].push(text);
        size += text.length;
      }
      if (size >= OUTPUT_PIECE) await flush();
    },
  });
  await flush();
}

/** How the complaints run: the command's options, each complaint's budget, the door, and whether every outcome is kept whole. */
interface How {
  opts: TestOptions;
  budget: TimeBudget;
  door: ProjectFs;
  /** The project configuration's rule settings and `--report-unused-disable-directives`, for every checker of the run. */
  checker: WorkerCheckerOptions;
  keep: Keep;
  /** Under CI: a missing snapshot fails its complaint instead of being written. */
  ci: boolean;
}

type Keep = NonNullable<StreamOptions['keep']>;

function runOptions(opts: TestOptions, keep: Keep, ci: boolean) {
  return {
    filter: opts.filter,
    bail: opts.bail,
    ...snapshotRunOptions(opts.update, ci),
    keep,
    // A failure's whole outcome and trace come from the second run (`writeSecondRun`).
    slimFailures: true,
  };
}
