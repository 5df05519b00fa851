/** One outcome as text for a person: `replybook sim --text` and the watch report use it. */
import type { Outcome, Mention } from '../model/outcome.js';

const ESC = '\u001b[';
const paint = (on: boolean, code: string, s: string) => (on ? `${ESC}${code}m${s}${ESC}0m` : s);

/** The outcome and its trace, as the CLI prints it for one complaint. */
export function formatOutcomeText(mention: Mention, outcome: Outcome, opts: { color: boolean; trace?: boolean }): string {
  const c = opts.color;
  const bold = (s: string) => paint(c, '1', s);
  const dim = (s: string) => paint(c, '2', s);
  const lines: string[] = [];
  lines.push(`${bold('type')}        ${outcome.type || dim('(none)')}`);
  if (outcome.escalations.length === 0) lines.push(`${bold('escalations')} ${dim('none')}`);
  for (const [i, e] of outcome.escalations.entries()) {
    const extras = [e.approval ? 'needs approval' : '', e.reply === 'holding' ? 'holding reply' : '', e.hide ? 'hide' : ''].filter(Boolean).join(', ');
    lines.push(`${i === 0 ? bold('escalations') : '           '} ${e.id} → ${e.team} (${e.priority})${e.due ? `, due ${e.due}` : ''}${extras ? ` — ${extras}` : ''}`);
  }
  lines.push(`${bold('due')}         ${outcome.due ?? dim('no deadline')}`);
  lines.push(`${bold('voice')}       ${outcome.voice}`);
  lines.push(`${bold('template')}    ${outcome.template ?? dim('none')}`);
  if (outcome.actions.length) lines.push(`${bold('actions')}     ${outcome.actions.join(', ')}`);
  const signals = Object.entries(outcome.signals);
  if (signals.length) lines.push(`${bold('signals')}     ${signals.map(([k, v]) => (v ? `${k}=${v}` : k)).join(', ')}`);
  lines.push('');
  if (outcome.reply === null) {
    lines.push(dim('No reply for this type.'));
  } else {
    lines.push(bold(`reply${outcome.length ? ` (${outcome.length.count}/${outcome.length.limit} ${outcome.length.unit})` : ''}`));
    for (const l of outcome.reply.split('\n')) lines.push(`  ${l}`);
  }
  if (outcome.checks.length) {
    lines.push('');
    lines.push(bold('checks'));
    for (const ch of outcome.checks) lines.push(`  ${ch.ok ? paint(c, '32', '✓') : paint(c, '31', '✗')} ${ch.message} ${dim(ch.id)}`);
  }
  for (const err of outcome.errors) lines.push(paint(c, '31', `error: ${err}`));
  if (opts.trace !== false && outcome.trace.length) {
    lines.push('');
    lines.push(bold('why'));
    for (const t of outcome.trace) {
      const mark = t.ok === false ? paint(c, '2', '·') : paint(c, '36', '›');
      const where = t.source ? dim(` ${t.source.file}:${t.source.range.start.line}`) : '';
      lines.push(`  ${mark} ${dim(t.stage.padEnd(11))} ${t.message}${where}`);
    }
  }
  void mention;
  return `${lines.join('\n')}\n`;
}
