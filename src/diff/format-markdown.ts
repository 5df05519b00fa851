/**
 * The diff as a pull-request comment for the support lead who approves the change: a summary table,
 * then every sample complaint whose reply or handling changed, the reply before and after with the
 * changed words struck through and underlined. Everything from the playbook is untrusted (a pull
 * request from a fork writes it), so it is escaped: no HTML, no links, no @mentions get through.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { htmlText, markdownText } from '../report/markdown-text.js';
import { formatLocation } from '../report/problems.js';
import { visible, visibleLines } from '../report/visible.js';
import { changeLines, comparisonNote, complaintVerdict } from './describe.js';
import { playbookHasChanges } from './diff-projects.js';
import { isSpace, longestRun, trimEndWhile, trimStartWhile, trimWhile } from '../text/trim.js';
import type { ChangeKind, ComplaintChange, PlaybookChange, PlaybookDiff, TemplateChange, TrafficChange, WordChange } from './types.js';
import { diffSide, wordDiff } from '../report/word-diff.js';
import { translate, type Lang, type Translate } from '../i18n/index.js';
import { diffMessages, type DiffMessageId } from '../i18n/catalogs/diff.js';
import { localDiagnostic } from '../report/diagnostic-message.js';

type T = Translate<DiffMessageId>;
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
  /** The comment's language (default English): the playbook's `locale`, or `--lang`, the configuration's `lang`. */
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

function replySection(c: ComplaintChange, foldOver: number, t: T): string[] {
  const before = c.base?.reply ?? null;
  const after = c.head?.reply ?? null;
  if (c.sample === 'both' && !c.changes.includes('reply')) return [];
  if (c.sample !== 'both') {
    const only = c.sample === 'removed' ? (before ?? after) : (after ?? before);
    if (only === null) {
      if (c.head && c.head.errors.length === 0) return [t('md.noReplyType')];
      return [];
    }
    return folded(t('md.showReply'), [`**${t('md.reply')}**`, '', ...quoteReply([{ op: 'same', text: only }])], only.length > foldOver);
  }
  if (before === null || after === null) {
    const text = before ?? after!;
    return folded(
      t('md.showReply'),
      [`**${before === null ? t('md.newReply') : t('md.replyGone')}**`, '', ...quoteReply([{ op: 'same', text }])],
      text.length > foldOver,
    );
  }
  const pieces = c.replyDiff ?? wordDiff(before, after);
  const body = [
    `**${t('md.before')}**`,
    '',
    ...quoteReply(diffSide(pieces, 'before')),
    '',
    `**${t('md.after')}**`,
    '',
    ...quoteReply(diffSide(pieces, 'after')),
  ];
  return folded(t('md.showBeforeAfter'), body, before.length + after.length > foldOver);
}

function complaintSection(c: ComplaintChange, foldOver: number, t: T, lang: Lang, zone: string | null): string[] {
  const moved = c.baseFile ? t('md.movedFrom', { from: codeSpan(c.baseFile) }) : '';
  const out = [`#### ${t('md.complaint')} ${codeSpan(c.id)} (${inline(c.channelName)}): ${complaintVerdict(c, lang)}`, ''];
  out.push(`<sub>${codeSpan(c.file)}${moved}${c.sampleEdited ? t('md.sampleEdited') : ''}</sub>`, '');
  const lines = changeLines(c, lang, zone);
  if (lines.length > 0) {
    const v = (s: string, code: boolean): string => (code ? codeSpan(s) : inline(s));
    for (const l of lines) out.push(`- ${l.label}: ${v(l.before, l.code)} → **${v(l.after, l.code)}**`);
    out.push('');
  }
  const errors = (c.head?.errors ?? []).filter((e) => !(c.base?.errors ?? []).includes(e));
  for (const e of errors) out.push(`> [!WARNING]`, `> ${t('md.couldNotFinish', { error: inline(e) })}`, '');
  const reply = replySection(c, foldOver, t);
  if (reply.length) out.push(...reply, '');
  return out;
}

function templateSection(list: ReadonlyArray<TemplateChange>, foldOver: number, t: T): string[] {
  if (list.length === 0) return [];
  const out = [`#### ${t('md.templates')}`, ''];
  const by = (k: TemplateChange['change']) => list.filter((x) => x.change === k);
  const names = (l: TemplateChange[]) => l.map((x) => codeSpan(x.id)).join(', ');
  if (by('added').length) out.push(`- ${t('md.added')}: ${names(by('added'))}`);
  if (by('removed').length) out.push(`- ${t('md.removed')}: ${names(by('removed'))}`);
  if (by('changed').length) out.push(`- ${t('md.edited')}: ${names(by('changed'))}`);
  out.push('');
  for (const tc of by('changed')) {
    const pieces = wordDiff(tc.before ?? '', tc.after ?? '');
    const body = [
      `**${t('md.before')}**`,
      '',
      ...quoteReply(diffSide(pieces, 'before')),
      '',
      `**${t('md.after')}**`,
      '',
      ...quoteReply(diffSide(pieces, 'after')),
    ];
    // Inside <details> Markdown is not parsed: the summary is HTML, so the id is escaped as HTML.
    out.push(...folded(t('md.templateBeforeAfter', { id: `<code>${htmlText(tc.id)}</code>` }), body, true), '');
    void foldOver;
  }
  return out;
}

function problemRows(list: ReadonlyArray<Diagnostic>, t: T, lang: Lang): string[] {
  const icon = { error: t('md.error'), warning: t('md.warning'), info: t('md.info') } as const;
  const out = [`| | ${t('md.where')} | ${t('md.whatIsWrong')} |`, '|---|---|---|'];
  for (const d of list.map((x) => localDiagnostic(x, lang))) {
    out.push(
      `| ${icon[d.severity]} | ${cell(formatLocation(d.file, d.range.start))} | ${cell(d.note ? `${d.message}\n${d.note}` : d.message)} |`,
    );
  }
  return out;
}

function playbookTitle(p: PlaybookChange, t: T): string {
  const name = p.brand ? `${inline(p.brand)} — ` : '';
  const moved = p.baseDir ? t('md.movedFrom', { from: codeSpan(p.baseDir) }) : '';
  return `### ${name}${t('md.playbook')} ${codeSpan(p.dir)}${moved}`;
}

/** The diff as Markdown for a pull-request comment, starting with {@link DIFF_COMMENT_MARKER}. */
export function formatDiffMarkdown(diff: PlaybookDiff, opts: DiffMarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? 60_000;
  const foldOver = opts.foldOver ?? 1_200;
  const lang = opts.lang ?? 'en';
  const t = translate(diffMessages, lang);
  const s = diff.summary;
  const head = [DIFF_COMMENT_MARKER, `## ${t('md.title')}`, ''];
  if (opts.base) head.push(t('md.intro', { base: codeSpan(opts.base) }), '');
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
    head.push(t('md.nothing', { same }));
    if (s.fixedProblems) head.push('', t('md.fixedOnly', { n: s.fixedProblems }));
    // Stale snapshots are news even when no reply changed (a sample added without its snapshot).
    if (diff.snapshots) head.push('', ...snapshotSectionMarkdown(diff.snapshots, opts.lang));
    if (diff.traffic?.length) head.push('', ...trafficSection(diff.traffic, t));
    return `${head.join('\n').trimEnd()}\n`;
  }
  head.push(
    '| | |',
    '|---|---:|',
    `| ${t('md.rowReplies')} | ${s.changedReplies} |`,
    `| ${t('md.rowRouting')} | ${s.changedRouting} |`,
    `| ${s.newProblems ? '❌' : '✅'} ${t('md.rowNewProblems')} | ${s.newProblems} |`,
    `| ${t('md.rowTemplates')} | ${s.templatesAdded} / ${s.templatesRemoved} / ${s.templatesChanged} |`,
    `| ${t('md.rowSamples')} | ${s.complaintsAdded} / ${s.complaintsRemoved} |`,
  );
  if (s.playbooksAdded || s.playbooksRemoved) head.push(`| ${t('md.rowPlaybooks')} | ${s.playbooksAdded} / ${s.playbooksRemoved} |`);
  if (s.fixedProblems) head.push(`| ${t('md.rowFixed')} | ${s.fixedProblems} |`);
  const uncompared = diff.playbooks.filter((p) => p.base === 'invalid' || p.head === 'invalid').length;
  if (uncompared) head.push(`| ${t('md.rowUncompared')} | ${uncompared} |`);
  head.push('');
  // Real traffic is part of the summary: what the change does to last month's mentions.
  if (diff.traffic?.length) head.push(...trafficSection(diff.traffic, t));

  const sections: string[][] = [];
  if (diff.snapshots) sections.push(snapshotSectionMarkdown(diff.snapshots, opts.lang));
  for (const p of diff.playbooks) {
    if (!playbookHasChanges(p)) continue;
    const intro = [playbookTitle(p, t), ''];
    const note = comparisonNote(p, lang);
    if (note) intro.push(`> ${p.base === 'invalid' || p.head === 'invalid' ? '⚠️ ' : ''}${note}`, '');
    if (p.unchanged) intro.push(t('md.unchanged', { n: p.unchanged }), '');
    sections.push(intro);
    for (const c of p.complaints) sections.push(complaintSection(c, foldOver, t, lang, p.timezone));
    const templates = templateSection(p.templates, foldOver, t);
    if (templates.length) sections.push(templates);
  }
  if (diff.newDiagnostics.length) {
    sections.push([`### ${t('md.newProblems')}`, '', t('md.newProblemsIntro'), '', ...problemRows(diff.newDiagnostics, t, lang), '']);
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
  if (skipped) out.push(t('md.skipped', { n: skipped, base: opts.base ?? 'REF' }), '');
  return `${out.join('\n').trimEnd()}\n`;
}

const TRAFFIC_KINDS: ReadonlyArray<[ChangeKind, DiffMessageId]> = [
  ['type', 'md.trafficType'],
  ['escalations', 'md.trafficEscalations'],
  ['due', 'md.trafficDue'],
  ['reply', 'md.trafficReply'],
];

/** `--mentions`: per playbook and export, how many real mentions the change handles differently, by kind. */
function trafficSection(traffic: readonly TrafficChange[], t: Translate<DiffMessageId>): string[] {
  const share = (n: number, of: number) => (of ? `${n} (${((n / of) * 100).toFixed(1)}%)` : '0');
  const out = [
    `### ${t('md.trafficTitle')}`,
    '',
    `| ${t('md.playbook')} | ${t('md.trafficFiles')} | ${t('md.trafficCompared')} | ${t('md.trafficChanged')} | ${TRAFFIC_KINDS.map(([, id]) => t(id)).join(' | ')} |`,
    `|---|---|---:|---:|${TRAFFIC_KINDS.map(() => '---:').join('|')}|`,
  ];
  for (const x of traffic) {
    out.push(
      `| ${codeSpan(x.playbook)} | ${x.files.map(codeSpan).join(', ')} | ${x.compared} | ${share(x.changed, x.compared)} | ${TRAFFIC_KINDS.map(([k]) => share(x.byKind[k], x.compared)).join(' | ')} |`,
    );
  }
  out.push('', t('md.trafficHow'), '');
  return out;
}
