/**
 * The watch report as terminal text: a header naming what changed, new (`+`) and fixed (`✓`)
 * diagnostics as stylish lines, complaints whose outcome changed with a word diff of the reply,
 * complaints that started or stopped failing, and one totals line. Pure: colour is an option.
 */
import { palette } from '../report/ansi.js';
import { visible, visibleLines } from '../report/visible.js';
import { formatLocation, plural } from '../report/problems.js';
import { renderReplyDiff } from '../report/reply-diff.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutcomeChange, OutcomeSummary, WatchReport } from './diff.js';
import { NO_PLAYBOOK } from './plan.js';
import { newSnapshotsLine, obsoleteSnapshotsLine } from '../test-run/snapshot.js';

export interface WatchFormatOptions {
  color?: boolean;
  /** At most this many failing complaints are listed on the first run (the rest are counted). */
  maxFailuresListed?: number;
}

function group(g: string): string {
  return g === NO_PLAYBOOK ? '(files outside a playbook)' : visible(g);
}

function diagnosticLine(mark: string, d: Diagnostic, p: ReturnType<typeof palette>): string[] {
  const sev = d.severity === 'error' ? p.red('error') : d.severity === 'warning' ? p.yellow('warning') : p.blue('info');
  const [first, ...rest] = visibleLines(d.message);
  return [
    `${mark} ${visible(formatLocation(d.file, d.range.start))}  ${sev}  ${first}  ${p.dim(visible(d.ruleId))}`,
    ...rest.map((l) => `      ${l}`),
  ];
}

function show(v: OutcomeSummary[keyof OutcomeSummary]): string {
  if (v === null) return 'none';
  if (Array.isArray(v)) return v.length ? v.join(', ') : 'none';
  return v === '' ? '(none)' : v;
}

function outcomeLines(c: OutcomeChange, p: ReturnType<typeof palette>, color: boolean): string[] {
  const lines = [`${p.cyan('~')} ${p.bold(`${visible(c.playbook)} › ${visible(c.id)}`)}  ${p.dim(visible(c.file))}`];
  for (const f of c.fields) {
    if (f === 'reply') continue;
    lines.push(`    ${f.padEnd(11)} ${visible(show(c.before[f]))} → ${visible(show(c.after[f]))}`);
  }
  if (c.fields.includes('reply')) {
    const a = c.before.reply;
    const b = c.after.reply;
    if (a === null || b === null)
      lines.push(`    ${'reply'.padEnd(11)} ${a === null ? 'none' : 'a reply'} → ${b === null ? 'none' : 'a reply'}`);
    if (a !== null && b !== null) {
      lines.push(`    reply ${p.dim('(')}${p.red('- before')}${p.dim(', ')}${p.green('+ after')}${p.dim('):')}`);
      for (const l of renderReplyDiff(a, b, color, { changedOnly: true })) lines.push(`      ${l}`);
    }
  }
  return lines;
}

function header(r: WatchReport, p: ReturnType<typeof palette>): string {
  const ms = r.elapsedMs !== undefined ? ` · ${Math.round(r.elapsedMs)} ms` : '';
  if (r.initial)
    return p.bold(
      `── replybook watch: first run${
        r.rerun.length
          ? ` of ${
              r.rerun
                .filter((g) => g !== NO_PLAYBOOK)
                .map(group)
                .join(', ') || 'no playbook'
            }`
          : ''
      }${ms}`,
    );
  const what =
    r.changes.length === 1
      ? `${r.changes[0].path} ${r.changes[0].kind === 'unlink' ? 'deleted' : r.changes[0].kind === 'add' ? 'added' : 'changed'}`
      : `${r.changes.length} files changed`;
  const ran = r.rerun.length ? ` · re-ran ${r.rerun.map(group).join(', ')}` : ' · nothing to re-run';
  return p.bold(`── ${visible(what)}${ran}${ms}`);
}

/** The report as text, ending with a newline. */
export function formatWatchReport(r: WatchReport, opts: WatchFormatOptions = {}): string {
  const color = opts.color ?? false;
  const p = palette(color);
  const lines = [header(r, p)];
  if (!r.initial && r.changes.length > 1) {
    for (const c of r.changes)
      lines.push(`   ${c.kind === 'unlink' ? 'deleted' : c.kind === 'add' ? 'added  ' : 'changed'}  ${visible(c.path)}`);
  }
  for (const d of r.newDiagnostics) lines.push(...diagnosticLine(r.initial ? ' ' : p.red('+'), d, p));
  for (const d of r.fixedDiagnostics)
    lines.push(...diagnosticLine(p.green('✓'), d, p).map((l, i) => (i === 0 ? `${l}  ${p.green('fixed')}` : l)));
  for (const c of r.outcomeChanges) lines.push(...outcomeLines(c, p, color));
  const limit = r.initial ? (opts.maxFailuresListed ?? 20) : Infinity;
  for (const f of r.nowFailing.slice(0, limit)) {
    const why = f.failures[0]?.message ?? 'failed';
    const more = f.failures.length > 1 ? ` (+${f.failures.length - 1} more)` : '';
    lines.push(`${p.red('✗')} ${visible(f.playbook)} › ${visible(f.id)}  ${visible(why.split('\n')[0])}${more}`);
  }
  if (r.nowFailing.length > limit) lines.push(`  … and ${r.nowFailing.length - limit} more failing`);
  for (const f of r.nowPassing) lines.push(`${p.green('✓')} ${visible(f.playbook)} › ${visible(f.id)}  passes now`);
  // A broken save stops a whole playbook's samples: one line for it, not one per complaint.
  const removedBy = new Map<string, string[]>();
  for (const x of r.removed) {
    const ids = removedBy.get(x.playbook);
    if (ids) ids.push(x.id);
    else removedBy.set(x.playbook, [x.id]);
  }
  for (const [playbook, ids] of removedBy) {
    if (ids.length <= 3) for (const id of ids) lines.push(`${p.dim('−')} ${visible(playbook)} › ${visible(id)}  ${p.dim('no longer run')}`);
    else
      lines.push(
        `${p.dim('−')} ${visible(playbook)}  ${p.dim(
          `${ids.length} sample complaints no longer run (${ids
            .slice(0, 2)
            .map((id) => visible(id))
            .join(', ')}, …)`,
        )}`,
      );
  }
  if (r.snapshots) {
    for (const d of r.snapshots.problems) lines.push(...diagnosticLine(p.red('+'), d, p));
    // The same words as `replybook test` (src/test-run/snapshot.ts).
    const written = newSnapshotsLine(r.snapshots.written);
    if (written) lines.push(p.green(visible(written)));
    const obsolete = obsoleteSnapshotsLine(r.snapshots.obsolete);
    if (obsolete) lines.push(p.yellow(visible(obsolete)));
  }
  if (r.build) {
    if ('files' in r.build) lines.push(p.green(`built ${plural(r.build.files, 'file')} into ${visible(r.build.dir)}`));
    else if ('error' in r.build) lines.push(p.red(`build failed: ${visible(r.build.error)}`));
    else lines.push(p.dim(`not built: ${visible(r.build.skipped)}`));
  }
  const t = r.totals;
  const tests = `${t.passed} passed, ${t.failed} failed`;
  const refused = r.snapshots?.problems.length ?? 0;
  const problems = `${plural(t.errors + refused, 'error')}, ${plural(t.warnings, 'warning')}`;
  const ok = t.errors + refused === 0 && t.failed === 0;
  lines.push(ok ? p.green(`${tests} · ${problems}`) : p.red(`${tests} · ${problems}`));
  return `${lines.join('\n')}\n`;
}
