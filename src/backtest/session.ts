/**
 * A backtest run as a pure, synchronous state machine the front end feeds: `begin` with each
 * file's header row (the columns are mapped, the label column found), then `row` for each row
 * and `problem` for each row the reader could not parse. Each mention goes through the engine
 * with the trace off; the tally keeps the figures and rebuilds the trace only for the mentions
 * the report lists. Nothing here reads a file or a clock.
 */
import { respond, type Runtime } from '../engine/index.js';
import type { Outcome } from '../model/outcome.js';
import type { TimeBudget } from '../model/budget.js';
import { channelMapper, type ChannelMapper } from './channels.js';
import { headerKey, mapColumns, type ColumnMapping, type MentionField } from './columns.js';
import { labelMap as makeLabelMap } from './labels.js';
import { BacktestTally, DEFAULT_SAMPLE, type BacktestFigures } from './tally.js';
import { rowToMention, type BacktestRow, type RowProblem } from './to-mention.js';
import { BaseComparison, type BaseOutcome } from './base-compare.js';

export interface BacktestOptions {
  /** `--map field=Column`. */
  map?: Partial<Record<MentionField, string>>;
  /** `--label COLUMN`. */
  label?: string;
  /** `--label-map VALUE=TYPE`. */
  labelMap?: readonly string[];
  /** `--channel-map NAME=id`. */
  channelMap?: ReadonlyMap<string, string>;
  /** Mentions kept per type (`--sample`). */
  sample?: number;
  /** Each mention's time budget (none: the engine's bounds alone). */
  budget?: TimeBudget;
  /** Called with every mention run, in file order (the CSV report); with `base`, also its outcome at that revision. */
  onMention?: (cells: readonly string[], row: BacktestRow, outcome: Outcome, base?: BaseOutcome) => void;
  /** Called with every row not run, in file order (the CSV report keeps every input row). */
  onSkipped?: (cells: readonly string[], reason: string) => void;
  /** `--base REF`: the playbook at that revision, each mention run through it too and compared. */
  base?: { rt: Runtime; ref: string; commit: string };
}

const TRACE_OFF = { trace: false } as const;
const TRACE_ON = { trace: true } as const;

export class BacktestSession {
  private readonly tally: BacktestTally;
  private readonly channels: ChannelMapper;
  private mapping: ColumnMapping | null = null;
  private labelColumn: number | undefined;
  private file = '';
  private readonly options: BacktestOptions;
  /** Problems that stop the run (a `--label-map` to an unknown type). */
  readonly problems: string[] = [];
  private readonly comparison: BaseComparison | null;

  constructor(
    private readonly rt: Runtime,
    options: BacktestOptions = {},
  ) {
    this.options = options;
    const pb = rt.playbook;
    const labels =
      options.label === undefined
        ? undefined
        : makeLabelMap(
            options.labelMap ?? [],
            pb.types.map((t) => t.id),
          );
    if (labels) this.problems.push(...labels.problems);
    for (const [name, id] of options.channelMap ?? [])
      if (!pb.channels.has(id))
        this.problems.push(
          `--channel-map ${name}=${id}: unknown channel \`${id}\`, expected one of ${[...pb.channels.keys()].map((c) => `\`${c}\``).join(', ')}`,
        );
    this.channels = channelMapper(pb.channels, options.channelMap);
    this.comparison = options.base ? new BaseComparison(options.base.rt, rt, options.base.ref, options.base.commit, options.budget) : null;
    this.tally = new BacktestTally(
      rt.schedule,
      { playbook: pb.dir, brand: pb.brand, locale: pb.locale, timezone: pb.timezone, files: [] },
      options.sample ?? DEFAULT_SAMPLE,
      labels && options.label !== undefined ? { column: options.label, map: labels.map } : undefined,
    );
  }

  /** Starts a file with its header row; returns the problems that keep it from being read (no text column…). */
  begin(file: string, header: readonly string[]): { problems: string[]; mapping: ColumnMapping } {
    this.file = file;
    this.tally.f.files.push(file);
    const mapping = mapColumns(header, this.options.map);
    const problems = [...mapping.problems];
    this.labelColumn = undefined;
    if (this.options.label !== undefined) {
      let i = header.indexOf(this.options.label);
      if (i < 0) i = header.map(headerKey).indexOf(headerKey(this.options.label));
      if (i < 0)
        problems.push(
          `--label ${this.options.label}: the file has no such column (its columns: ${header.map((h) => `\`${h}\``).join(', ')})`,
        );
      else this.labelColumn = i;
    }
    this.mapping = problems.length ? null : mapping;
    return { problems, mapping };
  }

  /** One row of the current file, run here. */
  row(line: number, cells: readonly string[]): void {
    const read = this.read(cells);
    if (read === null) return;
    if (!('mention' in read)) return this.skipped(line, cells, read);
    this.ran(line, cells, read, respond(this.rt, read.mention, this.budget ? { trace: false, budget: this.budget } : TRACE_OFF));
  }

  /**
   * A row of the current file as a mention, or why it is none (null before a usable header). With
   * `ran` and `skipped` this lets a front end run the mentions elsewhere (worker threads) and record
   * the outcomes here, in file order.
   */
  read(cells: readonly string[]): BacktestRow | RowProblem | null {
    if (!this.mapping) return null;
    return rowToMention(cells, this.mapping, this.channels, this.rt.schedule.clock!);
  }

  /** Records a row that is not run. */
  skipped(line: number, cells: readonly string[], problem: RowProblem): void {
    const platform = problem.kind === 'unknown-channel' && this.mapping ? cells[this.mapping.columns.channel!] : undefined;
    this.tally.malformed({ file: this.file, line, ...problem }, platform);
    this.options.onSkipped?.(cells, problem.reason);
  }

  /** Records a mention's outcome (run with the trace off, here or elsewhere). */
  ran(line: number, cells: readonly string[], read: BacktestRow, outcome: Outcome): void {
    const label = this.labelColumn === undefined ? undefined : (cells[this.labelColumn] ?? '');
    const explain = () => respond(this.rt, read.mention, this.budget ? { trace: true, budget: this.budget } : TRACE_ON);
    this.tally.add(this.file, line, read, outcome, explain, label);
    const base = this.comparison?.add(this.file, line, read.mention, outcome);
    this.options.onMention?.(cells, read, outcome, base);
  }

  private get budget(): TimeBudget | undefined {
    return this.options.budget;
  }

  /** A row the reader could not parse. */
  problem(line: number, reason: string): void {
    this.tally.malformed({ file: this.file, line, kind: 'parse', reason });
  }

  /** Marks the run as stopped before the end (Ctrl-C). */
  stop(): void {
    this.tally.f.partial = true;
  }

  figures(): BacktestFigures {
    const f = this.tally.figures();
    return this.comparison ? { ...f, base: this.comparison.figures() } : f;
  }
}
