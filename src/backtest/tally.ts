/**
 * The backtest's figures, added up one mention at a time so that memory does not grow with the
 * export: counts by type, channel, day, escalation team and priority, reply checks, the SLA load
 * by weekday and hour; and bounded lists — the first rows of each kind of problem, a sample per
 * type, the label disagreements — whose trace is rebuilt only when an entry is kept.
 */
import type { Outcome } from '../model/outcome.js';
import type { ScheduleRuntime } from '../deadline/index.js';
import { weekdayOf } from '../deadline/zone-clock.js';
import type { BacktestRow, RowProblem } from './to-mention.js';
import type { LabelMap } from './labels.js';
import type { BaseFigures } from './base-compare.js';

/** At most this many entries in each list of the report (the counts are always whole). */
export const MAX_LISTED = 500;
/** Mentions kept per type for the report's sample, unless `--sample` says otherwise. */
export const DEFAULT_SAMPLE = 5;

/** A mention the report shows, with its outcome and the reason from the trace. */
export interface ListedMention {
  /** Line of the row in the export (1-based, the header is line 1 of a CSV). */
  line: number;
  file: string;
  id?: string;
  url?: string;
  text: string;
  channel: string;
  platform: string;
  author?: string;
  followers?: number;
  at: string;
  type: string;
  escalations: Array<{ id: string; team: string; priority: string }>;
  hidden: boolean;
  due: string | null;
  template: string | null;
  reply: string | null;
  /** The trace's deciding step for the type, and every step (only for listed mentions). */
  reason: string;
  trace: Array<{ stage: string; message: string; ok?: boolean }>;
  /** The engine's errors (no template, a render failure). */
  errors: string[];
  /** Reply checks that failed: `channel/limit`, `tone/avoid`, … */
  failedChecks: Array<{ id: string; message: string }>;
  /** With `--label`: the label as written, and the type it maps to. */
  label?: string;
  expected?: string;
}

export interface MalformedRow {
  file: string;
  line: number;
  kind: RowProblem['kind'] | 'parse';
  /** In English; the reports say it in the playbook's language from `kind`, `value`, `found` and `limit`. */
  reason: string;
  value?: string;
  found?: number;
  limit?: number;
}

/** A list that keeps its first MAX_LISTED entries and counts all. */
export interface Listed<T> {
  count: number;
  items: T[];
}

export interface LabelFigures {
  column: string;
  /** Mentions whose label maps to a type. */
  labelled: number;
  /** Label values that map to no type, and how often (at most MAX_LISTED distinct values). */
  unmapped: Record<string, number>;
  /** expected → got → count. */
  matrix: Record<string, Record<string, number>>;
  accuracy: number;
  perType: Array<{ type: string; precision: number; recall: number; f1: number; support: number; predicted: number }>;
  disagreements: Listed<ListedMention>;
}

/** Everything the report formats read: a plain, JSON-serialisable object (schema/backtest-report.schema.json). */
export interface BacktestFigures {
  playbook: string;
  brand: string;
  locale: string;
  timezone: string;
  files: string[];
  /** Data rows read (the header not counted). */
  rows: number;
  /** Mentions run through the playbook. */
  mentions: number;
  /** Set when the run was stopped before the end of the export. */
  partial: boolean;
  malformed: Listed<MalformedRow> & { byKind: Record<string, number> };
  /** Platform names that map to no channel of the playbook, and how often. */
  unknownPlatforms: Record<string, number>;
  byType: Record<string, number>;
  byChannel: Record<string, number>;
  /** Local date (playbook's zone) → mentions. */
  byDay: Record<string, number>;
  escalated: number;
  escalations: Array<{ id: string; team: string; priority: string; count: number }>;
  noReply: number;
  hidden: number;
  sla: {
    withDue: number;
    /** [weekday 0 = Monday][hour] → replies due then (playbook's zone). */
    dueByWeekdayHour: number[][];
    /** [weekday][hour] → mentions that arrived then. */
    arrivedByWeekdayHour: number[][];
    /** Mentions that arrived outside working hours (weekends and holidays included). */
    arrivedOutsideHours: number;
    /** Replies due outside working hours (a calendar-time target such as `1h` lands there). */
    dueOutsideHours: number;
  };
  /** Failed reply check id → count. */
  replyChecks: Record<string, number>;
  checkFailures: Listed<ListedMention>;
  /** Mentions where no template applied or a template failed: playbook bugs. */
  templateFailures: Listed<ListedMention>;
  /** The first mentions of each type. */
  samples: Record<string, ListedMention[]>;
  labels?: LabelFigures;
  /** With `--base REF`: what the working tree changes against the playbook at that revision. */
  base?: BaseFigures;
}

/** The live tally; `figures()` gives the plain object. */
export class BacktestTally {
  readonly f: BacktestFigures;
  private readonly esc = new Map<string, { id: string; team: string; priority: string; count: number }>();
  private readonly matrix = new Map<string, Map<string, number>>();

  constructor(
    private readonly schedule: ScheduleRuntime,
    meta: Pick<BacktestFigures, 'playbook' | 'brand' | 'locale' | 'timezone' | 'files'>,
    private readonly sample: number,
    private readonly labels?: { column: string; map: LabelMap },
  ) {
    const grid = () => Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    this.f = {
      ...meta,
      rows: 0,
      mentions: 0,
      partial: false,
      malformed: { count: 0, items: [], byKind: {} },
      unknownPlatforms: {},
      byType: {},
      byChannel: {},
      byDay: {},
      escalated: 0,
      escalations: [],
      noReply: 0,
      hidden: 0,
      sla: { withDue: 0, dueByWeekdayHour: grid(), arrivedByWeekdayHour: grid(), arrivedOutsideHours: 0, dueOutsideHours: 0 },
      replyChecks: {},
      checkFailures: { count: 0, items: [] },
      templateFailures: { count: 0, items: [] },
      samples: {},
      ...(labels
        ? {
            labels: {
              column: labels.column,
              labelled: 0,
              unmapped: {},
              matrix: {},
              accuracy: 0,
              perType: [],
              disagreements: { count: 0, items: [] },
            },
          }
        : {}),
    };
  }

  /** A row that could not be read or run. */
  malformed(row: MalformedRow, platform?: string): void {
    const m = this.f.malformed;
    this.f.rows++;
    m.count++;
    m.byKind[row.kind] = (m.byKind[row.kind] ?? 0) + 1;
    if (m.items.length < MAX_LISTED) m.items.push(row);
    if (platform !== undefined) bump(this.f.unknownPlatforms, platform.slice(0, 80), MAX_LISTED);
  }

  /**
   * One mention's outcome (run with the trace off). `explain` runs it again with the trace, and is
   * called only when the mention is kept for a list.
   */
  add(file: string, line: number, row: BacktestRow, outcome: Outcome, explain: () => Outcome, label?: string): void {
    const f = this.f;
    f.rows++;
    f.mentions++;
    bump(f.byType, outcome.type);
    bump(f.byChannel, row.mention.channel);
    bump(f.byDay, row.mention.at.slice(0, 10));
    if (outcome.escalations.length) f.escalated++;
    for (const e of outcome.escalations) {
      const key = `${e.id}\u0000${e.priority}`;
      const hit = this.esc.get(key);
      if (hit) hit.count++;
      else this.esc.set(key, { id: e.id, team: e.team, priority: e.priority, count: 1 });
    }
    const hidden = outcome.actions.includes('hide');
    if (hidden) f.hidden++;
    if (outcome.reply === null && outcome.errors.length === 0) f.noReply++;
    const atMs = Date.parse(row.mention.at);
    this.place(atMs, f.sla.arrivedByWeekdayHour, 'arrivedOutsideHours', false);
    if (outcome.due !== null) {
      f.sla.withDue++;
      // A reply due at closing time (20:00 of 09:00–20:00) is due within working hours.
      this.place(Date.parse(outcome.due), f.sla.dueByWeekdayHour, 'dueOutsideHours', true);
    }
    let failedCheck = false;
    for (const c of outcome.checks) {
      if (c.ok) continue;
      failedCheck = true;
      bump(f.replyChecks, c.id);
    }
    let kept: ListedMention | undefined;
    const keep = (): ListedMention => (kept ??= listed(file, line, row, explain(), label));
    if (failedCheck && push(f.checkFailures)) f.checkFailures.items.push(keep());
    if (outcome.errors.length && push(f.templateFailures)) f.templateFailures.items.push(keep());
    const samples = (f.samples[outcome.type] ??= []);
    if (samples.length < this.sample) samples.push(keep());
    if (this.labels && label !== undefined) this.addLabel(label, outcome.type, keep);
  }

  private addLabel(label: string, got: string, keep: () => ListedMention): void {
    const lf = this.f.labels!;
    const expected = this.labels!.map.typeOf(label);
    if (expected === null) {
      if (label.trim() !== '') bump(lf.unmapped, label.trim().slice(0, 80), MAX_LISTED);
      return;
    }
    lf.labelled++;
    let row = this.matrix.get(expected);
    if (!row) this.matrix.set(expected, (row = new Map()));
    row.set(got, (row.get(got) ?? 0) + 1);
    if (expected !== got && push(lf.disagreements)) {
      const entry = keep();
      entry.expected = expected;
      lf.disagreements.items.push(entry);
    }
  }

  /** Counts an instant in its weekday × hour cell, and outside working hours when it is. */
  private place(ms: number, grid: number[][], outside: 'arrivedOutsideHours' | 'dueOutsideHours', closingCounts: boolean): void {
    const clock = this.schedule.clock;
    if (!clock || Number.isNaN(ms)) return;
    const local = ms + clock.offset(ms) * 60_000;
    const day = Math.floor(local / 86_400_000);
    const hour = Math.floor((local - day * 86_400_000) / 3_600_000);
    grid[weekdayOf(day)][hour]++;
    const spans = this.schedule.workDay(day).spans;
    let open = false;
    for (let i = 0; i < spans.length; i += 2)
      if (ms >= spans[i] && (ms < spans[i + 1] || (closingCounts && ms === spans[i + 1]))) open = true;
    if (!open) this.f.sla[outside]++;
  }

  /** The figures, with the escalation table and the label statistics computed. */
  figures(): BacktestFigures {
    const f = this.f;
    f.escalations = [...this.esc.values()].sort((a, b) => b.count - a.count || cmp(a.id, b.id) || cmp(a.priority, b.priority));
    if (f.labels) {
      const lf = f.labels;
      const types = new Set<string>();
      for (const [e, row] of this.matrix) {
        types.add(e);
        for (const g of row.keys()) types.add(g);
      }
      const sorted = [...types].sort(cmp);
      lf.matrix = Object.fromEntries(
        sorted
          .filter((e) => this.matrix.has(e))
          .map((e) => [
            e,
            Object.fromEntries(sorted.filter((g) => this.matrix.get(e)!.has(g)).map((g) => [g, this.matrix.get(e)!.get(g)!])),
          ]),
      );
      let correct = 0;
      lf.perType = sorted.map((t) => {
        const tp = this.matrix.get(t)?.get(t) ?? 0;
        correct += tp;
        let support = 0;
        for (const n of this.matrix.get(t)?.values() ?? []) support += n;
        let predicted = 0;
        for (const row of this.matrix.values()) predicted += row.get(t) ?? 0;
        const precision = predicted ? tp / predicted : 0;
        const recall = support ? tp / support : 0;
        const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
        return { type: t, precision: round(precision), recall: round(recall), f1: round(f1), support, predicted };
      });
      lf.accuracy = lf.labelled ? round(correct / lf.labelled) : 0;
    }
    return f;
  }
}

function push(list: Listed<unknown>): boolean {
  list.count++;
  return list.items.length < MAX_LISTED;
}

function bump(counts: Record<string, number>, key: string, maxKeys = Infinity): void {
  if (Object.hasOwn(counts, key)) counts[key]++;
  else if (Object.keys(counts).length < maxKeys) counts[key] = 1;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/** A kept mention as the report shows it: its outcome and the trace's reason. */
function listed(file: string, line: number, row: BacktestRow, outcome: Outcome, label?: string): ListedMention {
  const m = row.mention;
  const decided = outcome.trace.find((s) => s.stage === 'classify' && s.ok !== false);
  return {
    line,
    file,
    ...(row.id ? { id: row.id } : {}),
    ...(row.url ? { url: row.url } : {}),
    text: m.text,
    channel: m.channel,
    platform: row.platform,
    ...(m.author.name ? { author: m.author.name } : m.author.handle ? { author: `@${m.author.handle}` } : {}),
    ...(m.author.followers !== undefined ? { followers: m.author.followers } : {}),
    at: m.at,
    type: outcome.type,
    escalations: outcome.escalations.map((e) => ({ id: e.id, team: e.team, priority: e.priority })),
    hidden: outcome.actions.includes('hide'),
    due: outcome.due,
    template: outcome.template,
    reply: outcome.reply,
    reason: decided?.message ?? outcome.errors[0] ?? '',
    trace: outcome.trace.map((s) => ({ stage: s.stage, message: s.message, ...(s.ok === undefined ? {} : { ok: s.ok }) })),
    errors: outcome.errors,
    failedChecks: outcome.checks.filter((c) => !c.ok).map((c) => ({ id: c.id, message: c.message })),
    ...(label !== undefined ? { label } : {}),
  };
}
