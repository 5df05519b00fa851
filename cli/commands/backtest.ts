/**
 * `replybook backtest PLAYBOOK --mentions FILE…`: a monitoring service's export of real mentions
 * run through the playbook — what it would have done last month. The export is streamed through
 * the project's door (src/node/mention-file.ts), each row goes through the engine with the trace
 * off (src/backtest/session.ts), and the figures become the reports: markdown (the default on
 * standard output), JSON, a CSV with one row per mention, and a self-contained HTML page.
 */
import path from 'node:path';
import { isUsable } from '../../src/model/checked-playbook.js';
import { compileRuntime, respond, type Runtime } from '../../src/engine/index.js';
import { checkProject } from '../../src/validate/index.js';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.js';
import type { Mention, Outcome } from '../../src/model/outcome.js';
import type { TimeBudget } from '../../src/model/budget.js';
import { BATCH, backtestPoolAvailable, startBacktestPool, type BacktestPool } from '../../src/node/backtest-pool.js';
import { keepHeapNearLiveSet } from '../../src/node/heap.js';
import {
  BacktestSession,
  csvHeader,
  csvOutcomeRow,
  csvSkippedRow,
  formatBacktestJson,
  formatBacktestMarkdown,
  parseMapOptions,
  savedMisses,
  type BacktestFigures,
  type BacktestRow,
  type RowProblem,
} from '../../src/backtest/index.js';
import { formatDiagnostics } from '../../src/report/index.js';
import { formatOf, knownEncoding, readExport } from '../../src/node/mention-file.js';
import { isComplaintFile } from '../../src/load/sources.js';
import type { OutputTarget, ProjectFs } from '../../src/node/project-fs.js';
import { runProgress, type Progress } from '../progress.js';
import { EXIT, say, usage, useColor, type CliIO } from '../../src/node/io.js';
import { visible } from '../../src/report/visible.js';
import { checkJobs, checkWholeNumber } from '../options.js';
import { openCommandProject, readProjectFiles, reportContext, VERSION } from '../project.js';
import { complaintBudget } from '../budget.js';
import { isGitTreeError, readGitTree } from '../../src/node/git-tree.js';
import { translate, type Lang } from '../../src/i18n/index.js';
import { backtestMessages } from '../../src/i18n/catalogs/backtest.js';
import { cliMessages } from '../../src/i18n/catalogs/cli.js';
import { refusalText } from '../../src/report/diagnostic-message.js';
import { commandLang } from '../lang.js';

interface BacktestOptions {
  mentions?: string[];
  map?: string[];
  channelMap?: string[];
  label?: string;
  labelMap?: string[];
  encoding?: string;
  format?: string[];
  out?: string;
  sample?: string;
  saveMisses?: string;
  maskAuthors?: boolean;
  timeout?: string;
  jobs?: string;
  base?: string;
  /** `--lang` (a global option). */
  lang?: string;
}

export const BACKTEST_FORMATS = ['markdown', 'json', 'csv', 'html'] as const;
type Format = (typeof BACKTEST_FORMATS)[number];
const FILE_NAMES: Record<Format, string> = { markdown: 'report.md', json: 'report.json', csv: 'report.csv', html: 'report.html' };

/** Bytes of CSV report collected before they are written. */
const FLUSH_AT = 256 * 1024;

export async function run(opts: BacktestOptions, io: CliIO, extra: { args: string[] }): Promise<number> {
  const dir = extra.args[0] ?? '.';
  const files = opts.mentions ?? [];
  // Before the configuration is read, the language is the flag's or the environment's.
  const early = commandLang(opts, io);
  let u = translate(cliMessages, early);
  if (files.length === 0) return usage(io, 'backtest', u('backtest.noMentions'));
  const formats = (opts.format ?? []).flatMap((f) => f.split(',')).map((f) => f.trim()) as Format[];
  const unknown = formats.find((f) => !BACKTEST_FORMATS.includes(f));
  if (unknown) return usage(io, 'backtest', u('check.unknownFormat', { format: unknown, list: BACKTEST_FORMATS.join(', ') }));
  if (formats.length === 0) formats.push(...(opts.out === undefined ? (['markdown'] as Format[]) : BACKTEST_FORMATS));
  if (opts.out === undefined && formats.length > 1) return usage(io, 'backtest', u('backtest.oneStdout'));
  if (opts.out === undefined && formats[0] === 'html') return usage(io, 'backtest', u('backtest.htmlIsFile'));
  const mapped = parseMapOptions(opts.map ?? []);
  if (mapped.problems.length) return usage(io, 'backtest', mapped.problems[0]);
  const channelMap = new Map<string, string>();
  for (const pair of opts.channelMap ?? []) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0 || eq === pair.length - 1) return usage(io, 'backtest', u('backtest.channelMap', { pair }));
    channelMap.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  if (opts.encoding !== undefined && !knownEncoding(opts.encoding))
    return usage(io, 'backtest', u('backtest.encoding', { encoding: opts.encoding }));
  let sample: number | undefined;
  if (opts.sample !== undefined) {
    const n = checkWholeNumber('--sample', opts.sample, 10_000, early);
    if (typeof n === 'string') return usage(io, 'backtest', n);
    sample = n;
  }
  const budget = opts.timeout === undefined ? undefined : complaintBudget(opts.timeout, 'backtest', io, early);
  if (typeof budget === 'number') return budget;

  const jobs = checkJobs(opts.jobs, early);
  if (typeof jobs === 'string') return usage(io, 'backtest', jobs);
  // The configuration's `backtest` section maps the team's exports; the flags win over it.
  const opened = await openCommandProject(io, [dir]);
  // The lines on the terminal are the CLI's own language (the configuration's now it is read).
  const terminalLang = commandLang(opts, io, opened);
  u = translate(cliMessages, terminalLang);
  const configured = opened.config.backtest ?? {};
  const map = { ...(configured.columns ?? {}), ...mapped.map } as typeof mapped.map;
  for (const [name, channel] of Object.entries(configured.channels ?? {})) if (!channelMap.has(name)) channelMap.set(name, channel);
  const read = await readProjectFiles([dir], io, 'backtest', opened);
  if (typeof read === 'number') return read;
  const door = read.project;
  const check = checkProject(read.files);
  if (read.problems.length) check.diagnostics = sortDiagnostics([...check.diagnostics, ...read.problems]);
  const found = check.playbooks.filter(isUsable);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || found.length !== 1) {
    if (errors.length)
      io.stderr.write(formatDiagnostics('stylish', check.diagnostics, { ...reportContext(io), color: useColor(io, io.stderr) }));
    if (found.length === 0 && errors.length === 0) return usage(io, 'backtest', u('backtest.noPlaybook', { dir }));
    if (found.length > 1)
      return usage(io, 'backtest', u('backtest.severalPlaybooks', { dir, n: found.length, list: found.map((p) => p.dir).join(', ') }));
    say(io, 'backtest', u('backtest.blocked'));
    return EXIT.usage;
  }

  // Every output is checked before the run, so a bad --out is said before a long run, not after.
  const targets = new Map<Format, OutputTarget>();
  if (opts.out !== undefined) {
    const out = await door.outputTarget(opts.out, 'folder');
    if (!out.ok)
      return usage(io, 'backtest', u('backtest.cannotWriteOut', { file: opts.out, reason: refusalText(out.refusal, terminalLang) }));
    for (const f of formats) {
      const t = await door.outputTarget(path.join(opts.out, FILE_NAMES[f]), 'file');
      if (!t.ok)
        return usage(io, 'backtest', u('output.cannotWrite', { format: f, file: opts.out, reason: refusalText(t.refusal, terminalLang) }));
      targets.set(f, t.value);
    }
  }
  let missesTarget: OutputTarget | undefined;
  if (opts.saveMisses !== undefined) {
    const t = await door.outputTarget(opts.saveMisses, 'file');
    if (!t.ok)
      return usage(
        io,
        'backtest',
        u('backtest.cannotWriteMisses', { file: opts.saveMisses, reason: refusalText(t.refusal, terminalLang) }),
      );
    missesTarget = t.value;
  }

  const entry = found[0];
  // The reports are about this playbook: in its locale unless --lang or the configuration say
  // otherwise; the lines on the terminal are the CLI's own, as `test`'s are.
  const lang = commandLang(opts, io, opened, entry.playbook.locale);
  const rt = compileRuntime(entry.playbook);
  const base = opts.base === undefined ? undefined : await basePlaybook(opts.base, entry.dir, io, terminalLang);
  if (typeof base === 'number') return base;
  const csv = formats.includes('csv') ? await csvSink(io, door, targets.get('csv')) : null;
  if (typeof csv === 'string') return usage(io, 'backtest', csv);
  let csvWidth = 0;
  let csvDelimiter = ',';
  const session = new BacktestSession(rt, {
    map,
    label: opts.label,
    labelMap: opts.labelMap,
    channelMap,
    sample,
    ...(budget ? { budget } : {}),
    ...(base ? { base } : {}),
    ...(csv
      ? {
          onMention: (cells, _row, outcome, atBase) => csv.push(csvOutcomeRow(cells, csvWidth, outcome, csvDelimiter, atBase)),
          onSkipped: (cells, reason) => csv.push(csvSkippedRow(cells, csvWidth, reason, csvDelimiter, base !== undefined)),
        }
      : {}),
  });
  if (session.problems.length) return usage(io, 'backtest', session.problems[0]);
  // One CSV report for every file: the first file's columns and delimiter (later files' cells are placed by position).
  const onHeader = (cells: string[], delimiter: string | undefined) => {
    if (!csv || csvWidth !== 0) return;
    csvWidth = cells.length;
    csvDelimiter = delimiter ?? ',';
    csv.push(csvHeader(cells, csvDelimiter, base !== undefined));
  };

  keepHeapNearLiveSet();
  const pool = jobs > 1 && backtestPoolAvailable() ? startBacktestPool(read.files, entry.dir, jobs, budget?.ms) : inProcess(rt, budget);
  read.files = [];
  // Ctrl-C stops reading; what was read is recorded and reported, marked partial. A second Ctrl-C
  // finds no listener and ends the process as usual.
  let interrupted = false;
  const stop = () => {
    interrupted = true;
  };
  process.once('SIGINT', stop);
  // Every export is opened before the run: one that cannot be read is said at once, and the bar knows the whole size.
  const inputs: Array<{ file: string; size: number; chunks: AsyncIterable<Uint8Array> }> = [];
  for (const file of files) {
    const input = await door.readInput(file);
    if (!input.ok) {
      await pool.close();
      await csv?.abort();
      return usage(io, 'backtest', u('backtest.cannotRead', { file, reason: refusalText(input.refusal, terminalLang) }));
    }
    inputs.push({ file, ...input.value });
  }
  const progress = runProgress(
    io,
    'backtest',
    inputs.reduce((n, i) => n + i.size, 0),
    terminalLang,
  );
  try {
    for (const input of inputs) {
      const problem = await runFile(input, {
        door,
        session,
        pool,
        jobs,
        encoding: opts.encoding,
        csv,
        onHeader,
        stopped: () => interrupted,
        progress,
      });
      if (problem) {
        progress.stop();
        await csv?.abort();
        return usage(io, 'backtest', problem);
      }
      if (interrupted) break;
    }
  } finally {
    progress.stop();
    process.off('SIGINT', stop);
    await pool.close();
  }
  if (interrupted) {
    session.stop();
    say(io, 'backtest', u('backtest.interrupted'));
  }
  const figures = session.figures();
  if (csv) {
    const done = await csv.close();
    if (done) return usage(io, 'backtest', done);
  }
  for (const f of formats) {
    if (f === 'csv') continue;
    const text = await formatReport(f, figures, lang);
    const target = targets.get(f);
    if (!target) {
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
      continue;
    }
    const w = await door.writeOutput(target, text);
    if (!w.ok)
      return usage(
        io,
        'backtest',
        u('output.cannotWrite', { format: f, file: target.given, reason: refusalText(w.refusal, terminalLang) }),
      );
  }
  if (missesTarget) {
    const yaml = savedMisses(figures, { sample: sample !== undefined, maskAuthors: opts.maskAuthors === true });
    const w = await door.writeOutput(missesTarget, yaml.text);
    if (!w.ok)
      return usage(
        io,
        'backtest',
        u('backtest.cannotWriteMisses', { file: missesTarget.given, reason: refusalText(w.refusal, terminalLang) }),
      );
    say(io, 'backtest', `${yaml.count} sample complaint${yaml.count === 1 ? '' : 's'} written to ${missesTarget.given}`);
    // Said when `replybook test` would not find the file: it reads complaints/… or *.complaints.yaml in a playbook.
    const shown = door.show(missesTarget.abs);
    if (!(shown.startsWith(`${entry.dir}/`) && isComplaintFile(shown, entry.dir)))
      say(
        io,
        'backtest',
        `note: to run them with \`replybook test\`, move the file into ${entry.dir}/complaints/ (or name it *.complaints.yaml beside playbook.yaml)`,
      );
  }
  io.stderr.write(visible(summaryLine(figures, opts.out, terminalLang).trimEnd()) + '\n');
  // 128 + SIGINT, as a shell reports a command Ctrl-C stopped.
  return interrupted ? 130 : EXIT.ok;
}

/**
 * The playbook at git revision `ref` (read from git's objects; the working tree is not touched),
 * compiled for the comparison; an exit code when it cannot be: an unknown revision, no playbook
 * there, or one with errors.
 */
async function basePlaybook(
  ref: string,
  dir: string,
  io: CliIO,
  lang: Lang,
): Promise<{ rt: Runtime; ref: string; commit: string } | number> {
  const u = translate(cliMessages, lang);
  const tree = await readGitTree(ref, [dir], io.cwd);
  if (isGitTreeError(tree)) return usage(io, 'backtest', `--base ${ref}: ${tree.message}`);
  const check = checkProject(tree.files);
  const found = check.playbooks.filter(isUsable);
  const short = tree.commit.slice(0, 7);
  if (check.diagnostics.some((d) => d.severity === 'error')) {
    io.stderr.write(formatDiagnostics('stylish', check.diagnostics, { ...reportContext(io), color: useColor(io, io.stderr) }));
    return usage(io, 'backtest', u('backtest.baseErrors', { ref, commit: short }));
  }
  if (found.length !== 1) return usage(io, 'backtest', u('backtest.baseNone', { ref, dir, commit: short }));
  return { rt: compileRuntime(found[0].playbook), ref, commit: tree.commit };
}

async function formatReport(f: Exclude<Format, 'csv'>, figures: BacktestFigures, lang: Lang): Promise<string> {
  if (f === 'json') return formatBacktestJson(figures, VERSION);
  if (f === 'markdown') return formatBacktestMarkdown(figures, lang);
  const { formatBacktestHtml } = await import('../../src/backtest/report-html.js');
  return formatBacktestHtml(figures, lang);
}

function summaryLine(f: BacktestFigures, out: string | undefined, lang: Lang): string {
  const t = translate(backtestMessages, lang);
  const parts = [t('summary.run', { n: f.mentions })];
  if (f.malformed.count) parts.push(t('summary.malformed', { n: f.malformed.count }));
  if (f.templateFailures.count) parts.push(t('summary.templateFailures', { n: f.templateFailures.count }));
  if (f.labels) parts.push(t('summary.accuracy', { accuracy: `${(f.labels.accuracy * 100).toFixed(1)}%`, n: f.labels.labelled }));
  if (f.base) parts.push(t('summary.base', { n: f.base.changed, ref: f.base.ref, commit: f.base.commit.slice(0, 7) }));
  const summary = parts.join(', ');
  return `${out === undefined ? summary : t('summary.out', { summary, out })}\n`;
}

/** Where the CSV report's lines go as the run makes them: a file through the door, or standard output. */
async function csvSink(io: CliIO, door: ProjectFs, target: OutputTarget | undefined) {
  const parts: string[] = [];
  let size = 0;
  let writer: {
    write(d: string): Promise<void>;
    close(): Promise<{ ok: boolean; refusal?: { reason: string } }>;
    abort(): Promise<void>;
  } | null = null;
  if (target) {
    const opened = await door.openOutput(target);
    if (!opened.ok) return `cannot write the csv report to ${target.given}: ${opened.refusal.reason}`;
    writer = opened.value;
  }
  const flush = async () => {
    const text = parts.join('');
    parts.length = 0;
    size = 0;
    if (text === '') return;
    if (writer) await writer.write(text);
    // To a terminal, a customer's text must not move the cursor or set the title: lines escaped.
    else if (io.stdout.isTTY)
      io.stdout.write(
        text
          .split('\n')
          .map((l) => visible(l))
          .join('\n'),
      );
    else io.stdout.write(text);
  };
  return {
    push(line: string) {
      parts.push(line);
      size += line.length;
    },
    size: () => size,
    flush,
    /** The run stopped with a usage problem: no half-written report is left behind. */
    async abort(): Promise<void> {
      await writer?.abort();
    },
    async close(): Promise<string | null> {
      await flush();
      if (!writer) return null;
      const r = await writer.close();
      return r.ok ? null : `cannot write the csv report to ${target!.given}: ${r.refusal!.reason}`;
    },
  };
}

/**
 * Exports through a session in this process, with no bar and no CSV (`diff --mentions`): a usage
 * problem (a file that cannot be read, no header, no text column), or null.
 */
export async function runExportsHere(
  door: ProjectFs,
  session: BacktestSession,
  rt: Runtime,
  files: readonly string[],
  encoding?: string,
): Promise<string | null> {
  const pool = inProcess(rt, undefined);
  for (const file of files) {
    const input = await door.readInput(file);
    if (!input.ok) return `cannot read ${file}: ${input.refusal.reason}`;
    const problem = await runFile(
      { file, chunks: input.value.chunks },
      { door, session, pool, jobs: 1, encoding, csv: null, onHeader: () => {}, stopped: () => false, progress: QUIET },
    );
    if (problem) return problem;
  }
  return null;
}

const QUIET: Progress = { advance: () => {}, stop: () => {} };

/** The engine in this process, behind the pool's interface (`--jobs 1`, or no built worker). */
function inProcess(rt: Runtime, budget: TimeBudget | undefined): BacktestPool {
  const options = budget ? { trace: false, budget } : { trace: false };
  return {
    send: async (mentions) => mentions.map((m) => respond(rt, m, options)),
    close: async () => undefined,
  };
}

/** A row waiting for its batch's outcomes, or a row the reader could not parse. */
type Pending = { line: number; cells: string[]; read: BacktestRow | RowProblem } | { line: number; reason: string };

interface FileRun {
  door: ProjectFs;
  session: BacktestSession;
  pool: BacktestPool;
  jobs: number;
  encoding: string | undefined;
  csv: Exclude<Awaited<ReturnType<typeof csvSink>>, string> | null;
  onHeader: (cells: string[], delimiter: string | undefined) => void;
  /** True once the run is asked to stop (Ctrl-C). */
  stopped: () => boolean;
  progress: Progress;
}

/** The chunks of an input, telling `progress` how many bytes each one was. */
async function* counted(chunks: AsyncIterable<Uint8Array>, progress: Progress): AsyncIterable<Uint8Array> {
  for await (const chunk of chunks) {
    progress.advance(chunk.byteLength, 0);
    yield chunk;
  }
}

/**
 * One export through the session: rows read and parsed here, mentions sent to the pool in batches,
 * and every row recorded in file order when its batch's outcomes are back. Returns a usage
 * problem, or null.
 */
async function runFile(input: { file: string; chunks: AsyncIterable<Uint8Array> }, run: FileRun): Promise<string | null> {
  const { door, session, pool, csv } = run;
  const file = input.file;
  const shown = door.show(file);
  const inFlight: Array<{ rows: Pending[]; outcomes: Promise<Outcome[]> }> = [];
  let rows: Pending[] = [];
  let mentions: Mention[] = [];
  const dispatch = () => {
    if (rows.length === 0) return;
    inFlight.push({ rows, outcomes: pool.send(mentions) });
    rows = [];
    mentions = [];
  };
  const record = async () => {
    const batch = inFlight.shift()!;
    const outcomes = await batch.outcomes;
    let k = 0;
    for (const r of batch.rows) {
      if (!('read' in r)) session.problem(r.line, r.reason);
      else if ('mention' in r.read) session.ran(r.line, r.cells, r.read, outcomes[k++]);
      else session.skipped(r.line, r.cells, r.read);
    }
    run.progress.advance(0, batch.rows.length);
    if (csv && csv.size() >= FLUSH_AT) await csv.flush();
  };
  let begun = false;
  try {
    for await (const rec of readExport(counted(input.chunks, run.progress), formatOf(file), { encoding: run.encoding })) {
      if (rec.kind === 'header') {
        const { problems } = session.begin(shown, rec.cells);
        if (problems.length) return `${shown}: ${problems[0]}`;
        begun = true;
        run.onHeader(rec.cells, rec.delimiter);
        continue;
      }
      if (rec.kind === 'problem') rows.push({ line: rec.line, reason: rec.reason });
      else {
        const read = session.read(rec.cells);
        if (read === null) continue;
        rows.push({ line: rec.line, cells: rec.cells, read });
        if ('mention' in read) mentions.push(read.mention);
      }
      if (mentions.length >= BATCH || rows.length >= 4 * BATCH) {
        dispatch();
        while (inFlight.length > 2 * run.jobs) await record();
        if (run.stopped()) break;
      }
    }
    dispatch();
    while (inFlight.length) await record();
  } catch (e) {
    // A read that failed half-way (the door's refusal) is the user's to fix; anything else is a bug of replybook.
    const refusal = (e as { refusal?: { reason: string } }).refusal;
    if (!refusal) throw e;
    return `cannot read ${file}: ${refusal.reason}`;
  }
  if (!begun) return `${shown} is empty: no header row`;
  return null;
}
