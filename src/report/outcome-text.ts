/** One outcome as text for a person: `replybook sim --text` and the watch report use it. */
import type { Outcome, Mention } from '../model/outcome.js';
import { palette } from './ansi.js';
import { visible as v, visibleLines } from './visible.js';

/** The outcome and its trace, as the CLI prints it for one complaint; every value from the playbook or the mention is escaped. */
export function formatOutcomeText(mention: Mention, outcome: Outcome, opts: { color: boolean; trace?: boolean }): string {
  const p = palette(opts.color);
  const { bold, dim } = p;
  const lines: string[] = [];
  lines.push(`${bold('type')}        ${v(outcome.type) || dim('(none)')}`);
  if (outcome.escalations.length === 0) lines.push(`${bold('escalations')} ${dim('none')}`);
  for (const [i, e] of outcome.escalations.entries()) {
    const extras = [e.approval ? 'needs approval' : '', e.reply === 'holding' ? 'holding reply' : '', e.hide ? 'hide' : '']
      .filter(Boolean)
      .join(', ');
    lines.push(
      `${i === 0 ? bold('escalations') : '           '} ${v(e.id)} → ${v(e.team)} (${v(e.priority)})${e.due ? `, due ${v(e.due)}` : ''}${extras ? ` — ${extras}` : ''}`,
    );
  }
  lines.push(`${bold('due')}         ${outcome.due === null ? dim('no deadline') : v(outcome.due)}`);
  lines.push(`${bold('voice')}       ${v(outcome.voice)}`);
  lines.push(`${bold('template')}    ${outcome.template === null ? dim('none') : v(outcome.template)}`);
  if (outcome.actions.length) lines.push(`${bold('actions')}     ${outcome.actions.map((a) => v(a)).join(', ')}`);
  const signals = Object.entries(outcome.signals);
  if (signals.length) lines.push(`${bold('signals')}     ${signals.map(([k, x]) => (x ? `${v(k)}=${v(String(x))}` : v(k))).join(', ')}`);
  lines.push('');
  if (outcome.reply === null) {
    // The type or an escalation says `reply: none`, or a stage stopped with an error: not the same news.
    lines.push(
      dim(
        outcome.errors.length
          ? 'No reply: the outcome is incomplete (the errors are below).'
          : 'No reply: the playbook gives this mention none.',
      ),
    );
  } else {
    lines.push(bold(`reply${outcome.length ? ` (${outcome.length.count}/${outcome.length.limit} ${v(outcome.length.unit)})` : ''}`));
    for (const l of visibleLines(outcome.reply)) lines.push(`  ${l}`);
  }
  if (outcome.checks.length) {
    lines.push('');
    lines.push(bold('checks'));
    for (const ch of outcome.checks) lines.push(`  ${ch.ok ? p.green('✓') : p.red('✗')} ${v(ch.message)} ${dim(v(ch.id))}`);
  }
  for (const err of outcome.errors) lines.push(p.red(`error: ${v(err)}`));
  if (opts.trace !== false && outcome.trace.length) {
    lines.push('');
    lines.push(bold('why'));
    for (const t of outcome.trace) {
      const mark = t.ok === false ? dim('·') : p.cyan('›');
      const where = t.source ? dim(` ${v(t.source.file)}:${t.source.range.start.line}`) : '';
      lines.push(`  ${mark} ${dim(v(t.stage).padEnd(11))} ${v(t.message)}${where}`);
    }
  }
  void mention;
  return `${lines.join('\n')}\n`;
}
