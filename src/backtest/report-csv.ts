/**
 * The backtest's CSV: one row per input row — the export's own columns, then what the playbook
 * would have done (type, escalations, due, template, reply) — what a team opens in Excel. Written
 * a row at a time, so it streams.
 */
import type { Outcome } from '../model/outcome.js';

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
export function csvHeader(header: readonly string[], delimiter = ','): string {
  return `\uFEFF${[...header, ...OUTCOME_COLUMNS].map(csvField).join(delimiter)}\r\n`;
}

/** One line for a mention that ran. */
export function csvOutcomeRow(cells: readonly string[], width: number, outcome: Outcome, delimiter = ','): string {
  const own = padded(cells, width);
  const extra = [
    outcome.type,
    outcome.escalations.map((e) => `${e.id}→${e.team}`).join(' '),
    outcome.priority,
    outcome.due ?? '',
    outcome.template ?? '',
    outcome.actions.includes('hide') ? 'yes' : '',
    outcome.reply ?? '',
    [...outcome.errors, ...outcome.checks.filter((c) => !c.ok).map((c) => `${c.id}: ${c.message}`)].join('; '),
  ];
  return `${[...own, ...extra].map(csvField).join(delimiter)}\r\n`;
}

/** One line for a row that was not run: its cells and why. */
export function csvSkippedRow(cells: readonly string[], width: number, reason: string, delimiter = ','): string {
  return `${[...padded(cells, width), '', '', '', '', '', '', '', reason].map(csvField).join(delimiter)}\r\n`;
}

function padded(cells: readonly string[], width: number): string[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}
