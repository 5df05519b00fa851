/**
 * The backtest report's words: a typed accessor over its catalogue (src/i18n/catalogs/backtest.ts),
 * where every word lives, and the few look-ups that pick a message from the report's data.
 */
import { langOf, translate, type Lang, type Translate } from '../i18n/index.js';
import { backtestMessages } from '../i18n/catalogs/backtest.js';
import type { ChangeKind } from '../diff/types.js';
import type { MalformedRow } from './tally.js';

export type ReportMessageId = keyof typeof backtestMessages.en;
export type ReportWords = Translate<ReportMessageId>;

/** The report's words in `lang`. */
export function reportWords(lang: Lang): ReportWords {
  return translate(backtestMessages, lang);
}

/** The language a report is in when the caller names none: the playbook's locale, English otherwise. */
export function reportLang(locale: string): Lang {
  return langOf(locale) ?? 'en';
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The weekdays' short names, Monday first (the heatmaps' rows). */
export function weekdayNames(t: ReportWords): string[] {
  return WEEKDAYS.map((d) => t(`weekday.${d}`));
}

/** A kind of change against `--base`, as the report names it. */
export function changeKindName(t: ReportWords, kind: ChangeKind): string {
  return t(`change.${kind}`);
}

/** Why a row was not run, from its data; a reader's own problem (`parse`) keeps its English `reason`. */
export function rowReason(t: ReportWords, m: MalformedRow): string {
  if (m.kind === 'parse') return m.reason;
  return t(`row.${m.kind}`, { value: m.value ?? '', found: m.found ?? '?', limit: m.limit ?? '?' });
}
