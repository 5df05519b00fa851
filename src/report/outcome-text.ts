/** One outcome as text for a person: `replybook sim --text` and the watch report use it. */
import type { Outcome, Mention } from '../model/outcome.js';
import { formatDue } from '../deadline/format.js';
import { simMessages } from '../i18n/catalogs/sim.js';
import { translate, type Lang } from '../i18n/index.js';
import { stepText } from '../i18n/trace-text.js';
import { palette } from './ansi.js';
import { visible as v, visibleLines } from './visible.js';

export interface OutcomeTextOptions {
  color: boolean;
  trace?: boolean;
  /** The language of the labels, the checks and the trace (default English); ids and the reply stay as they are. */
  lang?: Lang;
  /** The playbook's time zone: a deadline is then also written as a person reads it («3 марта, 14:10 МСК»). */
  zone?: string;
}

/** The outcome and its trace, as the CLI prints it for one complaint; every value from the playbook or the mention is escaped. */
export function formatOutcomeText(mention: Mention, outcome: Outcome, opts: OutcomeTextOptions): string {
  const p = palette(opts.color);
  const { bold, dim } = p;
  const lang = opts.lang ?? 'en';
  const t = translate(simMessages, lang);
  // The labels padded to one column, whatever their language.
  const labels = ['type', 'escalations', 'due', 'voice', 'template', 'actions', 'signals'] as const;
  const words = Object.fromEntries(labels.map((k) => [k, t(`text.${k}`)])) as Record<(typeof labels)[number], string>;
  const width = Math.max(...labels.map((k) => words[k].length)) + 1;
  const label = (k: (typeof labels)[number]) => bold(words[k].padEnd(width));
  const due = (iso: string) => {
    const human = opts.zone ? formatDue(iso, lang, opts.zone, { zone: true, dayFirst: true }) : iso;
    return human === iso ? v(iso) : `${v(human)} ${dim(`(${v(iso)})`)}`;
  };
  const lines: string[] = [];
  lines.push(`${label('type')}${v(outcome.type) || dim(t('text.noType'))}`);
  if (outcome.escalations.length === 0) lines.push(`${label('escalations')}${dim(t('text.none'))}`);
  for (const [i, e] of outcome.escalations.entries()) {
    const extras = [e.approval ? t('text.approval') : '', e.reply === 'holding' ? t('text.holding') : '', e.hide ? t('text.hide') : '']
      .filter(Boolean)
      .join(', ');
    lines.push(
      `${i === 0 ? label('escalations') : ' '.repeat(width)}${v(e.id)} → ${v(e.team)} (${v(t('text.priority', { priority: e.priority }))})${e.due ? `, ${t('text.dueBy')} ${due(e.due)}` : ''}${extras ? ` — ${extras}` : ''}`,
    );
  }
  lines.push(`${label('due')}${outcome.due === null ? dim(t('text.noDue')) : due(outcome.due)}`);
  lines.push(`${label('voice')}${v(outcome.voice)}`);
  lines.push(`${label('template')}${outcome.template === null ? dim(t('text.none')) : v(outcome.template)}`);
  if (outcome.actions.length) lines.push(`${label('actions')}${outcome.actions.map((a) => v(a)).join(', ')}`);
  const signals = Object.entries(outcome.signals);
  if (signals.length) lines.push(`${label('signals')}${signals.map(([k, x]) => (x ? `${v(k)}=${v(String(x))}` : v(k))).join(', ')}`);
  lines.push('');
  if (outcome.reply === null) {
    // The type or an escalation says `reply: none`, or a stage stopped with an error: not the same news.
    lines.push(dim(outcome.errors.length ? t('text.noReplyIncomplete') : t('text.noReply')));
  } else {
    lines.push(
      // The length as the simulator's reply pane writes it, in the same words (the unit a playbook names otherwise).
      bold(
        `${t('text.reply')}${outcome.length ? ` (${v(t('reply.length', { count: outcome.length.count, limit: outcome.length.limit, unit: outcome.length.unit }))})` : ''}`,
      ),
    );
    for (const l of visibleLines(outcome.reply)) lines.push(`  ${l}`);
  }
  if (outcome.checks.length) {
    lines.push('');
    lines.push(bold(t('text.checks')));
    for (const ch of outcome.checks) lines.push(`  ${ch.ok ? p.green('✓') : p.red('✗')} ${v(stepText(ch, lang))} ${dim(v(ch.id))}`);
  }
  for (const err of outcome.errors) lines.push(p.red(`${t('text.error')}: ${v(err)}`));
  if (opts.trace !== false && outcome.trace.length) {
    lines.push('');
    lines.push(bold(t('text.why')));
    for (const t of outcome.trace) {
      const mark = t.ok === false ? dim('·') : p.cyan('›');
      const where = t.source ? dim(` ${v(t.source.file)}:${t.source.range.start.line}`) : '';
      lines.push(`  ${mark} ${dim(v(t.stage).padEnd(11))} ${v(stepText(t, lang))}${where}`);
    }
  }
  void mention;
  return `${lines.join('\n')}\n`;
}
