/**
 * One row of an export as a mention for the engine: the mapped columns read, the platform name
 * mapped to a channel id, the date placed in the playbook's zone, the followers read as a number.
 * A row that cannot become a mention gives the reason instead (the run counts and lists it).
 */
import type { Mention } from '../model/outcome.js';
import type { ZoneClock } from '../deadline/zone-clock.js';
import { MAX_MENTION_FIELD, MAX_MENTION_TEXT } from '../model/mention-limits.js';
import type { ChannelMapper } from './channels.js';
import type { ColumnMapping } from './columns.js';
import { parseExportDate } from './dates.js';
import { translate } from '../i18n/index.js';
import { backtestMessages } from '../i18n/catalogs/backtest.js';

/** A row turned into a mention, with what the report shows beside it. */
export interface BacktestRow {
  mention: Mention;
  /** The export's own id of the mention, if it has one. */
  id?: string;
  url?: string;
  /** The raw platform name, as the export wrote it. */
  platform: string;
}

/** Why a row is not run: `reason` is a sentence, `kind` groups the counts. */
export interface RowProblem {
  kind: 'empty-text' | 'no-channel' | 'unknown-channel' | 'bad-date' | 'too-long' | 'too-few-columns';
  reason: string;
  /** What was found: the platform or the date as written (cut to 80 characters). */
  value?: string;
  /** The numbers of the reason: the row's columns and the header's need, or the text's length and the limit. */
  found?: number;
  limit?: number;
}

/** The reasons' English sentences are the catalogue's, so the report's words and `reason` cannot drift apart. */
const english = translate(backtestMessages, 'en');

/** A problem of `kind` with its data, and its `reason` in English (the JSON and CSV reports keep it). */
function problem(kind: RowProblem['kind'], data: Pick<RowProblem, 'value' | 'found' | 'limit'> = {}): RowProblem {
  return { kind, reason: english(`row.${kind}`, { value: data.value ?? '', found: data.found ?? '?', limit: data.limit ?? '?' }), ...data };
}

const EARLIEST = Date.parse('1970-01-01T00:00:00Z');
const LATEST = Date.parse('2999-12-31T23:59:59Z');

/**
 * Followers as exports write them: `12345`, `12 345`, `12,345`, `1.2K`, `1,2 тыс.`, `3M`, `3 млн`.
 * Undefined for an empty cell or one that is no number (a reach of «—» is not a problem of the row).
 */
export function parseFollowers(text: string): number | undefined {
  const s = text
    .trim()
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]/g, '');
  if (s === '' || s.length > 24) return undefined;
  // `12,345` and `1,234,567` are thousands; `1,2` (with a unit or not) is a decimal comma.
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  const m = /^(\d+(?:[.,]\d+)?)(k|к|тыс\.?|m|м|млн\.?)?$/.exec(s);
  if (!m) return undefined;
  const unit = m[2] ?? '';
  const scale = unit === '' ? 1 : unit.startsWith('k') || unit.startsWith('к') || unit.startsWith('т') ? 1000 : 1_000_000;
  const n = Math.round(Number(m[1].replace(',', '.')) * scale);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Reads one row (`cells`) into a mention, or the reason it cannot be one. */
export function rowToMention(
  cells: readonly string[],
  mapping: ColumnMapping,
  channels: ChannelMapper,
  clock: ZoneClock,
): BacktestRow | RowProblem {
  const c = mapping.columns;
  const cell = (i: number | undefined): string => (i === undefined ? '' : (cells[i] ?? ''));
  const need = Math.max(c.text ?? 0, c.channel ?? 0, c.at ?? 0);
  if (cells.length <= need) return problem('too-few-columns', { found: cells.length, limit: need + 1 });
  const text = cell(c.text);
  if (text.trim() === '') return problem('empty-text');
  if (text.length > MAX_MENTION_TEXT) return problem('too-long', { found: text.length, limit: MAX_MENTION_TEXT });
  const platform = cell(c.channel).trim();
  if (platform === '') return problem('no-channel');
  const channel = channels.map(platform);
  if (channel === null) return problem('unknown-channel', { value: platform.slice(0, 80) });
  const rawAt = cell(c.at);
  const ms = parseExportDate(rawAt, clock);
  if (Number.isNaN(ms) || ms < EARLIEST || ms > LATEST) return problem('bad-date', { value: rawAt.slice(0, 40) });
  const author = cell(c.author).trim();
  const followers = c.followers === undefined ? undefined : parseFollowers(cell(c.followers));
  const mention: Mention = {
    text,
    channel,
    author: {
      ...(author === '' || author.length > MAX_MENTION_FIELD
        ? {}
        : author.startsWith('@')
          ? { handle: author.slice(1) }
          : { name: author }),
      ...(followers === undefined ? {} : { followers }),
    },
    at: clock.iso(ms),
  };
  const row: BacktestRow = { mention, platform };
  const id = cell(c.id).trim();
  if (id) row.id = id;
  const url = cell(c.url).trim();
  if (url) row.url = url;
  return row;
}
