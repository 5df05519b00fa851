/**
 * The words the diff's views share, written for the support lead who reviews the change, not for
 * an engineer: "the reply changed", "passed to Служба доставки (high)", "reply due by 2 Mar 2026, 14:15".
 */
import type { ChangeKind, ComplaintChange, EscalationSummary, OutcomeSummary, PlaybookChange } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-02T14:15:00+03:00` → `2 Mar 2026, 14:15 (UTC+03:00)`: the wall-clock time the engine computed, in its own zone. */
export function describeDue(due: string | null): string {
  if (due === null) return 'no deadline';
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(due);
  if (!m) return due;
  const zone = m[6] === 'Z' ? 'UTC' : `UTC${m[6]}`;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}, ${m[4]}:${m[5]} (${zone})`;
}

/** `Служба доставки (high), PR-служба (urgent)`, or `nobody`. */
export function describeEscalations(list: ReadonlyArray<EscalationSummary>): string {
  if (list.length === 0) return 'nobody';
  return list.map((e) => `${e.teamName} (${e.priority})`).join(', ');
}

const ACTION_WORDS: Record<string, string> = {
  hide: 'the mention is hidden',
  block: 'the author is blocked',
  monitor: 'the mention is watched',
  approval: 'the reply waits for approval',
};

/** What happens besides the reply: `the mention is hidden, the reply waits for approval`, or `nothing`. */
export function describeActions(actions: ReadonlyArray<string>): string {
  if (actions.length === 0) return 'nothing else';
  return actions.map((a) => ACTION_WORDS[a] ?? a).join(', ');
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
export function changeLines(c: ComplaintChange): ChangeLine[] {
  const a = c.base;
  const b = c.head;
  if (!a || !b) return [];
  const out: ChangeLine[] = [];
  const line = (kind: ChangeKind, label: string, f: (o: OutcomeSummary) => string, code = false): void => {
    if (c.changes.includes(kind)) out.push({ kind, label, before: f(a), after: f(b), code });
  };
  line('type', 'Negativity type', (o) => o.type || '(none)', true);
  line('escalations', 'Passed to', (o) => describeEscalations(o.escalations));
  line('due', 'Reply due by', (o) => describeDue(o.due));
  line('actions', 'Also', (o) => describeActions(o.actions));
  line('template', 'Reply template', (o) => o.template ?? 'no reply', true);
  if (c.changes.includes('reply') && (a.reply === null || b.reply === null)) {
    out.push({
      kind: 'reply',
      label: 'Reply',
      before: a.reply === null ? 'no reply' : 'a reply',
      after: b.reply === null ? 'no reply' : 'a reply',
      code: false,
    });
  }
  return out;
}

/** What happened to a complaint, in a few words: `the reply changed`, `handled differently`, `new sample complaint`. */
export function complaintVerdict(c: ComplaintChange): string {
  if (c.sample === 'added') return 'new sample complaint';
  if (c.sample === 'removed') return 'sample complaint removed';
  const reply = c.changes.includes('reply');
  const routing = c.changes.some((k) => k !== 'reply' && k !== 'template');
  if (reply && routing) return 'the reply and its handling changed';
  if (reply) return 'the reply changed';
  if (routing) return 'handled differently';
  return 'another template, same reply';
}

/** Why a playbook's replies could not be compared, or null when they could. */
export function comparisonNote(p: PlaybookChange): string | null {
  if (p.base === 'missing' && p.head === 'missing') return null;
  if (p.base === 'missing') return 'This playbook is new: there is nothing to compare with, so every sample complaint is shown as added.';
  if (p.head === 'missing') return 'This playbook was removed: its sample complaints no longer get a reply from it.';
  if (p.base === 'invalid' && p.head === 'invalid')
    return "The playbook has errors both in the base revision and in this change, so its replies can't be compared.";
  if (p.base === 'invalid') return "The base revision's playbook has errors, so its replies can't be compared.";
  if (p.head === 'invalid')
    return 'The playbook in this change has errors (see the problems below), so its new replies cannot be worked out.';
  return null;
}
