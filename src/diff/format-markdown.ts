/**
 * The diff as a pull-request comment for the support lead who approves the change: a summary table,
 * then every sample complaint whose reply or handling changed, the reply before and after with the
 * changed words struck through and underlined. Everything from the playbook is untrusted (a pull
 * request from a fork writes it), so it is escaped: no HTML, no links, no @mentions get through.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { htmlText, markdownText } from '../report/markdown-text.js';
import { formatLocation, plural } from '../report/problems.js';
import { visible, visibleLines } from '../report/visible.js';
import { changeLines, comparisonNote, complaintVerdict } from './describe.js';
import { playbookHasChanges } from './diff-projects.js';
import { isSpace, longestRun, trimEndWhile, trimStartWhile, trimWhile } from '../text/trim.js';
import type { ComplaintChange, PlaybookChange, PlaybookDiff, TemplateChange, WordChange } from './types.js';
import { diffSide, wordDiff } from '../report/word-diff.js';
import type { Lang } from '../i18n/index.js';
import { snapshotSectionMarkdown } from './format-snapshots.js';

/** The marker that lets CI find and update its own comment instead of adding a new one. */
export const DIFF_COMMENT_MARKER = '<!-- replybook-diff -->';

export { markdownText };

/** Markdown text that stays on its line (a list item, a heading, a quote's line). */
function inline(s: string): string {
  return markdownText(s).replace(/\n/g, ' ');
}

export interface DiffMarkdownOptions {
  /** The base revision as the user named it (`origin/main`). */
  base?: string;
  /** Stop adding sections beyond this many characters (GitHub's comment limit is 65 536). */
  maxLength?: number;
  /** Replies longer than this (characters, before + after) are folded into `<details>`. */
  foldOver?: number;
  /** The language of the snapshot section (`commandLang`); the rest of the comment is English for now. */
  lang?: Lang;
}

/** An id as inline code; a fence longer than any backtick run inside, no line breaks. */
export function codeSpan(s: string): string {
  const flat = visibleLines(s).join(' ');
  const longest = longestRun(flat, '`');
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function cell(s: string): string {
  return markdownText(s).replace(/\r\n|\r|\n/g, '<br>');
}

/** The white space before and after a segment's words, and the words (a scan: `/^(\s*)(.*?)(\s*)$/` is quadratic). */
function splitSpace(seg: string): { lead: string; middle: string; trail: string } {
  const middle = trimWhile(seg, isSpace);
  if (middle === '') return { lead: seg, middle, trail: '' };
  const start = seg.length - trimStartWhile(seg, isSpace).length;
  const end = start + middle.length;
  return { lead: seg.slice(0, start), middle, trail: seg.slice(end) };
}

/** A reply as a quote block; changed words wrapped in `<del>` / `<ins>` (each line on its own, so no tag spans a paragraph). */
export function quoteReply(pieces: ReadonlyArray<WordChange>): string[] {
  let text = '';
  for (const piece of pieces) {
    const tag = piece.op === 'removed' ? 'del' : piece.op === 'added' ? 'ins' : null;
    // Control characters made visible first: white space around a changed word is kept as it is below.
    text += piece.text
      .split(/\r\n|\n/)
      .map((seg) => visible(seg, { continuesLine: true }))
      .map((seg) => {
        const { lead, middle, trail } = splitSpace(seg);
        if (!tag || middle === '') return markdownText(seg);
        return `${lead}<${tag}>${markdownText(middle)}</${tag}>${trail}`;
      })
      .join('\n');
  }
  const lines = trimEndWhile(text, isSpace).split('\n');
  return lines.map((line, i) => {
    let l = line;
    if (l.trim() === '') return '>';
    // Leading spaces would turn the line into a code block.
    l = l.replace(/^[ \t]+/, (sp) => '&nbsp;'.repeat(sp.length));
    const next = lines[i + 1];
    // A hard break keeps the reply's own line breaks where Markdown would join the lines.
    return next !== undefined && next.trim() !== '' ? `> ${l}\\` : `> ${l}`;
  });
}

function folded(summary: string, body: string[], fold: boolean): string[] {
  if (!fold) return body;
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>'];
}

function replySection(c: ComplaintChange, foldOver: number): string[] {
  const before = c.base?.reply ?? null;
  const after = c.head?.reply ?? null;
  if (c.sample === 'both' && !c.changes.includes('reply')) return [];
  if (c.sample !== 'both') {
    const only = c.sample === 'removed' ? (before ?? after) : (after ?? before);
    if (only === null) {
      if (c.head && c.head.errors.length === 0) return ['No reply (this type gets none).'];
      return [];
    }
    return folded('Show the reply', ['**Reply**', '', ...quoteReply([{ op: 'same', text: only }])], only.length > foldOver);
  }
  if (before === null || after === null) {
    const text = before ?? after!;
    return folded(
      'Show the reply',
      [`**${before === null ? 'New reply' : 'Reply that is no longer sent'}**`, '', ...quoteReply([{ op: 'same', text }])],
      text.length > foldOver,
    );
  }
  const pieces = c.replyDiff ?? wordDiff(before, after);
  const body = ['**Before**', '', ...quoteReply(diffSide(pieces, 'before')), '', '**After**', '', ...quoteReply(diffSide(pieces, 'after'))];
  return folded('Show the reply before and after', body, before.length + after.length > foldOver);
}

function complaintSection(c: ComplaintChange, foldOver: number): string[] {
  const moved = c.baseFile ? ` (moved from ${codeSpan(c.baseFile)})` : '';
  const out = [`#### Complaint ${codeSpan(c.id)} (${inline(c.channelName)}): ${complaintVerdict(c)}`, ''];
  out.push(`<sub>${codeSpan(c.file)}${moved}${c.sampleEdited ? ' · the sample itself was edited too' : ''}</sub>`, '');
  const lines = changeLines(c);
  if (lines.length > 0) {
    const v = (s: string, code: boolean): string => (code ? codeSpan(s) : inline(s));
    for (const l of lines) out.push(`- ${l.label}: ${v(l.before, l.code)} → **${v(l.after, l.code)}**`);
    out.push('');
  }
  const errors = (c.head?.errors ?? []).filter((e) => !(c.base?.errors ?? []).includes(e));
  for (const e of errors) out.push(`> [!WARNING]`, `> replybook could not finish this reply: ${inline(e)}`, '');
  const reply = replySection(c, foldOver);
  if (reply.length) out.push(...reply, '');
  return out;
}

function templateSection(list: ReadonlyArray<TemplateChange>, foldOver: number): string[] {
  if (list.length === 0) return [];
  const out = ['#### Templates', ''];
  const by = (k: TemplateChange['change']) => list.filter((t) => t.change === k);
  const names = (l: TemplateChange[]) => l.map((t) => codeSpan(t.id)).join(', ');
  if (by('added').length) out.push(`- Added: ${names(by('added'))}`);
  if (by('removed').length) out.push(`- Removed: ${names(by('removed'))}`);
  if (by('changed').length) out.push(`- Edited: ${names(by('changed'))}`);
  out.push('');
  for (const t of by('changed')) {
    const pieces = wordDiff(t.before ?? '', t.after ?? '');
    const body = [
      '**Before**',
      '',
      ...quoteReply(diffSide(pieces, 'before')),
      '',
      '**After**',
      '',
      ...quoteReply(diffSide(pieces, 'after')),
    ];
    // Inside <details> Markdown is not parsed: the summary is HTML, so the id is escaped as HTML.
    out.push(...folded(`Template <code>${htmlText(t.id)}</code>: the text before and after`, body, true), '');
    void foldOver;
  }
  return out;
}

function problemRows(list: ReadonlyArray<Diagnostic>): string[] {
  const icon = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ note' } as const;
  const out = ['| | Where | What is wrong |', '|---|---|---|'];
  for (const d of list) {
    out.push(
      `| ${icon[d.severity]} | ${cell(formatLocation(d.file, d.range.start))} | ${cell(d.note ? `${d.message}\n${d.note}` : d.message)} |`,
    );
  }
  return out;
}

function playbookTitle(p: PlaybookChange): string {
  const name = p.brand ? `${inline(p.brand)} — ` : '';
  const moved = p.baseDir ? ` (moved from ${codeSpan(p.baseDir)})` : '';
  return `### ${name}playbook ${codeSpan(p.dir)}${moved}`;
}

/** The diff as Markdown for a pull-request comment, starting with {@link DIFF_COMMENT_MARKER}. */
export function formatDiffMarkdown(diff: PlaybookDiff, opts: DiffMarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? 60_000;
  const foldOver = opts.foldOver ?? 1_200;
  const s = diff.summary;
  const head = [DIFF_COMMENT_MARKER, '## What this change does to customer replies', ''];
  if (opts.base)
    head.push(
      `Every sample complaint was answered by the playbooks in ${codeSpan(opts.base)} and by the playbooks in this change, and the answers compared.`,
      '',
    );
  const nothing =
    s.changedReplies +
      s.changedRouting +
      s.complaintsAdded +
      s.complaintsRemoved +
      s.templatesAdded +
      s.templatesRemoved +
      s.templatesChanged +
      s.newProblems +
      s.invalidBase +
      s.invalidHead +
      s.playbooksAdded +
      s.playbooksRemoved ===
    0;
  if (nothing) {
    const same = diff.playbooks.reduce((n, p) => n + p.unchanged, 0);
    head.push(
      `✅ No change for customers: ${same === 1 ? 'the sample complaint gets' : `all ${same} sample complaints get`} the same reply, handling and deadline as before.`,
    );
    if (s.fixedProblems)
      head.push('', `${plural(s.fixedProblems, 'problem')} of the base revision ${s.fixedProblems === 1 ? 'is' : 'are'} fixed.`);
    // Stale snapshots are news even when no reply changed (a sample added without its snapshot).
    if (diff.snapshots) head.push('', ...snapshotSectionMarkdown(diff.snapshots, opts.lang));
    return `${head.join('\n').trimEnd()}\n`;
  }
  head.push(
    '| | |',
    '|---|---:|',
    `| 💬 Replies that change | ${s.changedReplies} |`,
    `| 🔀 Complaints handled differently (type, who it is passed to, deadline) | ${s.changedRouting} |`,
    `| ${s.newProblems ? '❌' : '✅'} New problems in the playbooks | ${s.newProblems} |`,
    `| 📝 Templates added / removed / edited | ${s.templatesAdded} / ${s.templatesRemoved} / ${s.templatesChanged} |`,
    `| 🧪 Sample complaints added / removed | ${s.complaintsAdded} / ${s.complaintsRemoved} |`,
  );
  if (s.playbooksAdded || s.playbooksRemoved) head.push(`| 📚 Playbooks added / removed | ${s.playbooksAdded} / ${s.playbooksRemoved} |`);
  if (s.fixedProblems) head.push(`| ✅ Problems fixed | ${s.fixedProblems} |`);
  const uncompared = diff.playbooks.filter((p) => p.base === 'invalid' || p.head === 'invalid').length;
  if (uncompared) head.push(`| ⚠️ Playbooks whose replies could not be compared (they have errors) | ${uncompared} |`);
  head.push('');

  const sections: string[][] = [];
  if (diff.snapshots) sections.push(snapshotSectionMarkdown(diff.snapshots, opts.lang));
  for (const p of diff.playbooks) {
    if (!playbookHasChanges(p)) continue;
    const intro = [playbookTitle(p), ''];
    const note = comparisonNote(p);
    if (note) intro.push(`> ${p.base === 'invalid' || p.head === 'invalid' ? '⚠️ ' : ''}${note}`, '');
    if (p.unchanged)
      intro.push(
        `${plural(p.unchanged, 'other sample complaint')} ${p.unchanged === 1 ? 'gets' : 'get'} exactly the same reply and handling as before.`,
        '',
      );
    sections.push(intro);
    for (const c of p.complaints) sections.push(complaintSection(c, foldOver));
    const t = templateSection(p.templates, foldOver);
    if (t.length) sections.push(t);
  }
  if (diff.newDiagnostics.length) {
    sections.push([
      '### New problems',
      '',
      'These problems are in this change but not in the base revision; `replybook check` shows them in the editor too.',
      '',
      ...problemRows(diff.newDiagnostics),
      '',
    ]);
  }

  const out = [...head];
  let length = out.join('\n').length;
  let skipped = 0;
  for (const sec of sections) {
    const text = sec.join('\n');
    if (skipped || length + text.length + 200 > maxLength) {
      skipped++;
      continue;
    }
    out.push(...sec);
    length += text.length + 1;
  }
  if (skipped)
    out.push(
      `…and ${plural(skipped, 'more section')} that did not fit in one comment. Run \`replybook diff --base ${opts.base ?? 'REF'}\` to see everything.`,
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}
