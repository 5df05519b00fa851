/**
 * The diff for a person at a terminal: the totals, then per playbook every sample complaint whose
 * reply or handling changed, with the reply's word diff, then new problems in the stylish format.
 * Untrusted text goes through `visible` so it cannot drive the terminal.
 */
import { snapshotLineTerminal } from './format-snapshots.js';
import { palette, type Palette } from '../report/ansi.js';
import { visible, visibleLines } from '../report/visible.js';
import { plural } from '../report/problems.js';
import { renderWordDiff } from '../report/reply-diff.js';
import { formatStylish } from '../report/stylish.js';
import { changeLines, comparisonNote, complaintVerdict } from './describe.js';
import { playbookHasChanges } from './diff-projects.js';
import { isSpace, trimEndWhile } from '../text/trim.js';
import type { ComplaintChange, PlaybookChange, PlaybookDiff } from './types.js';
import { wordDiff } from '../report/word-diff.js';

export interface DiffTerminalOptions {
  color?: boolean;
  /** The base revision as the user named it. */
  base?: string;
}

function indentLines(text: string, prefix: string): string[] {
  return visibleLines(trimEndWhile(text, isSpace)).map((l) => `${prefix}${l}`);
}

function complaintLines(c: ComplaintChange, p: Palette, color: boolean): string[] {
  const mark = c.sample === 'added' ? p.green('+') : c.sample === 'removed' ? p.red('-') : p.yellow('~');
  const moved = c.baseFile ? p.dim(` (was ${visible(c.baseFile)})`) : '';
  const out = [
    `  ${mark} ${p.bold(visible(c.id))} ${p.dim(`(${visible(c.channelName)})`)}  ${complaintVerdict(c)}  ${p.dim(visible(c.file))}${moved}`,
  ];
  if (c.sampleEdited) out.push(`      ${p.dim('the sample itself was edited too')}`);
  for (const l of changeLines(c)) out.push(`      ${l.label}: ${p.red(visible(l.before))} → ${p.green(visible(l.after))}`);
  for (const e of (c.head?.errors ?? []).filter((x) => !(c.base?.errors ?? []).includes(x)))
    out.push(`      ${p.red('could not finish the reply:')} ${visible(e)}`);
  const before = c.base?.reply ?? null;
  const after = c.head?.reply ?? null;
  if (c.sample === 'both' && c.changes.includes('reply') && before !== null && after !== null) {
    out.push(`      ${p.dim('reply (')}${p.red('- before')}${p.dim(', ')}${p.green('+ after')}${p.dim('):')}`);
    out.push(
      ...renderWordDiff(c.replyDiff ?? wordDiff(before.trimEnd(), after.trimEnd()), color).map(
        (l) => `        ${l.split('\n').join('\n        ')}`,
      ),
    );
  } else if (c.sample !== 'both' || c.changes.includes('reply')) {
    const only = c.sample === 'removed' ? (before ?? after) : after;
    if (only !== null) {
      out.push(`      ${p.dim(c.sample === 'both' && before === null ? 'new reply:' : 'reply:')}`);
      out.push(...indentLines(only, '        '));
    } else if (c.sample === 'both' && before !== null) {
      out.push(`      ${p.dim('no reply any more; it was:')}`);
      out.push(...indentLines(before, '        ').map((l) => p.red(l)));
    }
  }
  return out;
}

function playbookLines(pc: PlaybookChange, p: Palette, color: boolean): string[] {
  const moved = pc.baseDir ? p.dim(` (was ${visible(pc.baseDir)})`) : '';
  const out = [`${p.bold(visible(pc.id))} ${p.dim(visible(pc.dir))}${moved}`];
  const note = comparisonNote(pc);
  if (note) out.push(`  ${pc.base === 'invalid' || pc.head === 'invalid' ? p.yellow(note) : p.dim(note)}`);
  for (const c of pc.complaints) out.push(...complaintLines(c, p, color));
  if (pc.unchanged) out.push(`  ${p.dim(`${plural(pc.unchanged, 'other sample complaint')} unchanged`)}`);
  if (pc.templates.length) {
    const mark = { added: p.green('+'), removed: p.red('-'), changed: p.yellow('~') } as const;
    out.push(`  templates: ${pc.templates.map((t) => `${mark[t.change]}${visible(t.id)}`).join('  ')}`);
  }
  return out;
}

/** The diff for the terminal, ending with one plain summary line. */
export function formatDiffTerminal(diff: PlaybookDiff, opts: DiffTerminalOptions = {}): string {
  const color = opts.color ?? false;
  const p = palette(color);
  const s = diff.summary;
  const lines: string[] = [];
  if (opts.base) lines.push(p.dim(`Compared with ${visible(opts.base)}`), '');
  for (const pc of diff.playbooks) {
    if (!playbookHasChanges(pc)) continue;
    lines.push(...playbookLines(pc, p, color), '');
  }
  if (diff.newDiagnostics.length) {
    lines.push(p.bold('New problems (not in the base revision):'));
    lines.push(...formatStylish(diff.newDiagnostics, { color }).trimEnd().split('\n'), '');
  }
  const parts = [
    plural(s.changedReplies, 'reply changes', 'replies change'),
    `${s.changedRouting} handled differently`,
    plural(s.newProblems, 'new problem'),
    `templates +${s.templatesAdded} -${s.templatesRemoved} ~${s.templatesChanged}`,
    `samples +${s.complaintsAdded} -${s.complaintsRemoved}`,
  ];
  if (s.invalidBase) parts.push(`${s.invalidBase} not compared (errors at the base)`);
  if (diff.snapshots) lines.push(snapshotLineTerminal(diff.snapshots));
  lines.push(parts.join(', '));
  return `${lines.join('\n')}\n`;
}
