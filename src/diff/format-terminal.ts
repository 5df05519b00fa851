/**
 * The diff for a person at a terminal: the totals, then per playbook every sample complaint whose
 * reply or handling changed, with the reply's word diff, then new problems in the stylish format.
 * Untrusted text goes through `visible` so it cannot drive the terminal.
 */
import { snapshotLineTerminal } from './format-snapshots.js';
import { palette, type Palette } from '../report/ansi.js';
import { visible, visibleLines } from '../report/visible.js';
import { renderWordDiff } from '../report/reply-diff.js';
import { formatStylish } from '../report/stylish.js';
import { changeLines, comparisonNote, complaintVerdict } from './describe.js';
import { playbookHasChanges } from './diff-projects.js';
import { isSpace, trimEndWhile } from '../text/trim.js';
import type { ComplaintChange, PlaybookChange, PlaybookDiff } from './types.js';
import { wordDiff } from '../report/word-diff.js';
import { translate, type Lang, type Translate } from '../i18n/index.js';
import { diffMessages, type DiffMessageId } from '../i18n/catalogs/diff.js';

type T = Translate<DiffMessageId>;

export interface DiffTerminalOptions {
  color?: boolean;
  /** The base revision as the user named it. */
  base?: string;
  /** The language of the view (default English). */
  lang?: Lang;
}

function indentLines(text: string, prefix: string): string[] {
  return visibleLines(trimEndWhile(text, isSpace)).map((l) => `${prefix}${l}`);
}

function complaintLines(c: ComplaintChange, p: Palette, color: boolean, t: T, lang: Lang, zone: string | null): string[] {
  const mark = c.sample === 'added' ? p.green('+') : c.sample === 'removed' ? p.red('-') : p.yellow('~');
  const moved = c.baseFile ? p.dim(t('term.was', { from: visible(c.baseFile) })) : '';
  const out = [
    `  ${mark} ${p.bold(visible(c.id))} ${p.dim(`(${visible(c.channelName)})`)}  ${complaintVerdict(c, lang)}  ${p.dim(visible(c.file))}${moved}`,
  ];
  if (c.sampleEdited) out.push(`      ${p.dim(t('term.sampleEdited'))}`);
  for (const l of changeLines(c, lang, zone)) out.push(`      ${l.label}: ${p.red(visible(l.before))} → ${p.green(visible(l.after))}`);
  for (const e of (c.head?.errors ?? []).filter((x) => !(c.base?.errors ?? []).includes(x)))
    out.push(`      ${p.red(t('term.couldNotFinish'))} ${visible(e)}`);
  const before = c.base?.reply ?? null;
  const after = c.head?.reply ?? null;
  if (c.sample === 'both' && c.changes.includes('reply') && before !== null && after !== null) {
    out.push(
      `      ${p.dim(`${t('term.replyDiff')} (`)}${p.red(t('term.minusBefore'))}${p.dim(', ')}${p.green(t('term.plusAfter'))}${p.dim('):')}`,
    );
    out.push(
      ...renderWordDiff(c.replyDiff ?? wordDiff(before.trimEnd(), after.trimEnd()), color).map(
        (l) => `        ${l.split('\n').join('\n        ')}`,
      ),
    );
  } else if (c.sample !== 'both' || c.changes.includes('reply')) {
    const only = c.sample === 'removed' ? (before ?? after) : after;
    if (only !== null) {
      out.push(`      ${p.dim(c.sample === 'both' && before === null ? t('term.newReply') : t('term.reply'))}`);
      out.push(...indentLines(only, '        '));
    } else if (c.sample === 'both' && before !== null) {
      out.push(`      ${p.dim(t('term.replyGone'))}`);
      out.push(...indentLines(before, '        ').map((l) => p.red(l)));
    }
  }
  return out;
}

function playbookLines(pc: PlaybookChange, p: Palette, color: boolean, t: T, lang: Lang): string[] {
  const moved = pc.baseDir ? p.dim(t('term.was', { from: visible(pc.baseDir) })) : '';
  const out = [`${p.bold(visible(pc.id))} ${p.dim(visible(pc.dir))}${moved}`];
  const note = comparisonNote(pc, lang);
  if (note) out.push(`  ${pc.base === 'invalid' || pc.head === 'invalid' ? p.yellow(note) : p.dim(note)}`);
  for (const c of pc.complaints) out.push(...complaintLines(c, p, color, t, lang, pc.timezone));
  if (pc.unchanged) out.push(`  ${p.dim(t('term.unchanged', { n: pc.unchanged }))}`);
  if (pc.templates.length) {
    const mark = { added: p.green('+'), removed: p.red('-'), changed: p.yellow('~') } as const;
    out.push(`  ${t('term.templates')} ${pc.templates.map((x) => `${mark[x.change]}${visible(x.id)}`).join('  ')}`);
  }
  return out;
}

/** The diff for the terminal, ending with one plain summary line. */
export function formatDiffTerminal(diff: PlaybookDiff, opts: DiffTerminalOptions = {}): string {
  const color = opts.color ?? false;
  const p = palette(color);
  const lang = opts.lang ?? 'en';
  const t = translate(diffMessages, lang);
  const s = diff.summary;
  const lines: string[] = [];
  if (opts.base) lines.push(p.dim(t('term.comparedWith', { base: visible(opts.base) })), '');
  for (const pc of diff.playbooks) {
    if (!playbookHasChanges(pc)) continue;
    lines.push(...playbookLines(pc, p, color, t, lang), '');
  }
  if (diff.newDiagnostics.length) {
    lines.push(p.bold(t('term.newProblems')));
    lines.push(...formatStylish(diff.newDiagnostics, { color, lang }).trimEnd().split('\n'), '');
  }
  const parts = [
    t('term.replies', { n: s.changedReplies }),
    t('term.routing', { n: s.changedRouting }),
    t('term.problems', { n: s.newProblems }),
    t('term.templateCounts', { added: s.templatesAdded, removed: s.templatesRemoved, changed: s.templatesChanged }),
    t('term.sampleCounts', { added: s.complaintsAdded, removed: s.complaintsRemoved }),
  ];
  if (s.invalidBase) parts.push(t('term.notCompared', { n: s.invalidBase }));
  if (diff.snapshots) lines.push(snapshotLineTerminal(diff.snapshots, opts.lang));
  for (const x of diff.traffic ?? [])
    lines.push(t('term.traffic', { changed: x.changed, compared: x.compared, playbook: x.playbook, files: x.files.join(', ') }));
  lines.push(parts.join(', '));
  return `${lines.join('\n')}\n`;
}
