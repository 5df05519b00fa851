/**
 * The backtest's CSV: one row per input row — the export's own columns, then what the playbook
 * would have done (type, escalations, due, template, reply) — what a team opens in Excel. Written
 * a row at a time, so it streams. With `--base REF`, the columns a reviewer of the change needs
 * follow: what changed for the mention and, for each thing that changed, its value at that
 * revision — what the HTML report's examples show, for every mention. The column names are
 * identifiers, the same in every language, so that a team's sheets and scripts keep working.
 */
import type { Outcome } from '../model/outcome.js';
import type { BaseOutcome } from './base-compare.js';

/** The columns added after the export's own. */
export const OUTCOME_COLUMNS = [
  'replybook_type',
  'replybook_escalations',
  'replybook_priority',
  'replybook_due',
  'replybook_template',
  'replybook_hidden',
  'replybook_reply',
  'replybook_problem',
];

/**
 * The columns added after those with `--base REF`: the kinds of change (`type due reply`, empty when
 * the mention is handled the same), then the base revision's value of each one that changed (empty
 * where it is the same as the working tree's).
 */
export const BASE_COLUMNS = [
  'replybook_changed',
  'replybook_base_type',
  'replybook_base_escalations',
  'replybook_base_priority',
  'replybook_base_due',
  'replybook_base_actions',
  'replybook_base_template',
  'replybook_base_reply',
];

/**
 * One CSV field, quoted when it holds a delimiter, a quote, a tab or a line break (RFC 4180). A
 * leading `=`, `+`, `-`, `@` is prefixed with `'` so that Excel does not run a customer's text as
 * a formula (CSV injection).
 */
export function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",;|\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The header line — the export's columns and the outcome's — after a UTF-8 BOM (Excel reads the
 * file as UTF-8 only with it), with the export's own delimiter (`;` in a Russian Excel).
 */
export function csvHeader(header: readonly string[], delimiter = ',', withBase = false): string {
  return `\uFEFF${[...header, ...OUTCOME_COLUMNS, ...(withBase ? BASE_COLUMNS : [])].map(csvField).join(delimiter)}\r\n`;
}

const escalationsCell = (outcome: Outcome): string => outcome.escalations.map((e) => `${e.id}→${e.team}`).join(' ');

/** One line for a mention that ran; with `base` (`--base REF`), the base columns after. */
export function csvOutcomeRow(cells: readonly string[], width: number, outcome: Outcome, delimiter = ',', base?: BaseOutcome): string {
  const own = padded(cells, width);
  const extra = [
    outcome.type,
    escalationsCell(outcome),
    outcome.priority,
    outcome.due ?? '',
    outcome.template ?? '',
    outcome.actions.includes('hide') ? 'yes' : '',
    outcome.reply ?? '',
    [...outcome.errors, ...outcome.checks.filter((c) => !c.ok).map((c) => `${c.id}: ${c.message}`)].join('; '),
  ];
  return `${[...own, ...extra, ...(base ? baseCells(base) : [])].map(csvField).join(delimiter)}\r\n`;
}

/** The base columns of a mention: each value only where that kind changed, so a filter on a column finds the changes. */
function baseCells({ outcome, kinds }: BaseOutcome): string[] {
  const changed = new Set(kinds);
  const when = (kind: BaseOutcome['kinds'][number], value: string) => (changed.has(kind) ? value : '');
  return [
    kinds.join(' '),
    when('type', outcome.type),
    when('escalations', escalationsCell(outcome)),
    when('escalations', outcome.priority),
    when('due', outcome.due ?? ''),
    when('actions', [...new Set(outcome.actions)].sort().join(' ')),
    when('template', outcome.template ?? ''),
    when('reply', outcome.reply ?? ''),
  ];
}

/** One line for a row that was not run: its cells and why (and empty base columns `withBase`). */
export function csvSkippedRow(cells: readonly string[], width: number, reason: string, delimiter = ',', withBase = false): string {
  const base = withBase ? BASE_COLUMNS.map(() => '') : [];
  return `${[...padded(cells, width), '', '', '', '', '', '', '', reason, ...base].map(csvField).join(delimiter)}\r\n`;
}

function padded(cells: readonly string[], width: number): string[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}
