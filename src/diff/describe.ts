/**
 * The words the diff's views share, written for the support lead who reviews the change, not for
 * an engineer: "the reply changed", "passed to Служба доставки (high)", "reply due by 2 Mar 2026, 14:15".
 */
import type { ChangeKind, ComplaintChange, EscalationSummary, OutcomeSummary, PlaybookChange } from './types.js';
import { translate, type Lang } from '../i18n/index.js';
import { formatDue } from '../deadline/format.js';
import { diffMessages, type DiffMessageId } from '../i18n/catalogs/diff.js';

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

/**
 * A deadline as a reviewer reads it. With the playbook's zone: `3 March 2026, 14:15 MSK` («3 марта 2026,
 * 14:15 МСК») through the deadline formatter (`formatDue`), the zone by the name its readers know;
 * without: `2 Mar 2026, 14:15 (UTC+03:00)`, the wall-clock time the engine computed in its own offset.
 */
export function describeDue(due: string | null, lang: Lang = 'en', zone?: string | null): string {
  if (due === null) return translate(diffMessages, lang)('due.none');
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(due);
  if (!m) return due;
  if (zone) {
    const human = formatDue(due, lang, zone, { zone: true, dayFirst: true });
    // The year too: a diff or a backtest may span the turn of one.
    if (human !== due) return human.replace(/^(\d{1,2} \S+)(,)/u, `$1 ${m[1]}$2`);
  }
  const offset = m[6] === 'Z' ? 'UTC' : `UTC${m[6]}`;
  return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1] ?? m[2]} ${m[1]}, ${m[4]}:${m[5]} (${offset})`;
}

/** `Delivery (high), PR (urgent)`, «Служба доставки (высокий приоритет)», or `nobody`. */
export function describeEscalations(list: ReadonlyArray<EscalationSummary>, lang: Lang = 'en'): string {
  const t = translate(diffMessages, lang);
  if (list.length === 0) return t('escalations.none');
  return list.map((e) => `${e.teamName} (${t('escalations.priority', { priority: e.priority })})`).join(', ');
}

const ACTION_WORDS: Record<string, DiffMessageId> = {
  hide: 'action.hide',
  block: 'action.block',
  monitor: 'action.monitor',
  approval: 'action.approval',
};

/** What happens besides the reply: `the mention is hidden, the reply waits for approval`, or `nothing`. */
export function describeActions(actions: ReadonlyArray<string>, lang: Lang = 'en'): string {
  const t = translate(diffMessages, lang);
  if (actions.length === 0) return t('actions.none');
  return actions.map((a) => (ACTION_WORDS[a] ? t(ACTION_WORDS[a]) : a)).join(', ');
}

/** One line of a routing change, as label and before/after values (the reply itself is shown as text). */
export interface ChangeLine {
  kind: ChangeKind;
  label: string;
  before: string;
  after: string;
  /** Values are ids, shown as code. */
  code: boolean;
}

/** The before/after lines of every change except the reply text, in a fixed order. */
export function changeLines(c: Pick<ComplaintChange, 'base' | 'head' | 'changes'>, lang: Lang = 'en', zone?: string | null): ChangeLine[] {
  const t = translate(diffMessages, lang);
  const a = c.base;
  const b = c.head;
  if (!a || !b) return [];
  const out: ChangeLine[] = [];
  const line = (kind: ChangeKind, label: string, f: (o: OutcomeSummary) => string, code = false): void => {
    if (c.changes.includes(kind)) out.push({ kind, label, before: f(a), after: f(b), code });
  };
  line('type', t('label.type'), (o) => o.type || t('value.noType'), true);
  line('escalations', t('label.escalations'), (o) => describeEscalations(o.escalations, lang));
  line('due', t('label.due'), (o) => describeDue(o.due, lang, zone));
  line('actions', t('label.actions'), (o) => describeActions(o.actions, lang));
  line('template', t('label.template'), (o) => o.template ?? t('value.noReply'), true);
  if (c.changes.includes('reply') && (a.reply === null || b.reply === null)) {
    out.push({
      kind: 'reply',
      label: t('label.reply'),
      before: a.reply === null ? t('value.noReply') : t('value.aReply'),
      after: b.reply === null ? t('value.noReply') : t('value.aReply'),
      code: false,
    });
  }
  return out;
}

/** What happened to a complaint, in a few words: `the reply changed`, `handled differently`, `new sample complaint`. */
export function complaintVerdict(c: ComplaintChange, lang: Lang = 'en'): string {
  const t = translate(diffMessages, lang);
  if (c.sample === 'added') return t('verdict.added');
  if (c.sample === 'removed') return t('verdict.removed');
  const reply = c.changes.includes('reply');
  const routing = c.changes.some((k) => k !== 'reply' && k !== 'template');
  if (reply && routing) return t('verdict.both');
  if (reply) return t('verdict.reply');
  if (routing) return t('verdict.routing');
  return t('verdict.template');
}

/** Why a playbook's replies could not be compared, or null when they could. */
export function comparisonNote(p: PlaybookChange, lang: Lang = 'en'): string | null {
  const t = translate(diffMessages, lang);
  if (p.base === 'missing' && p.head === 'missing') return null;
  if (p.base === 'missing') return t('note.new');
  if (p.head === 'missing') return t('note.removed');
  if (p.base === 'invalid' && p.head === 'invalid') return t('note.bothInvalid');
  if (p.base === 'invalid') return t('note.baseInvalid');
  if (p.head === 'invalid') return t('note.headInvalid');
  return null;
}
