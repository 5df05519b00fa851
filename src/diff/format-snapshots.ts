/**
 * The diff's words about the change's sample complaints and reply snapshots: a section of the
 * pull-request comment (English or Russian, src/i18n/catalogs/snapshots.ts) and a line for the
 * terminal. Pure; paths from the pull request are escaped like everything else in the comment.
 */
import { translate, type Lang } from '../i18n/index.js';
import { snapshotMessages } from '../i18n/catalogs/snapshots.js';
import { visible, visibleLines } from '../report/visible.js';
import { longestRun } from '../text/trim.js';
import { snapshotsStale } from './snapshots.js';
import type { SnapshotStatus } from './types.js';

/** Paths listed under one kind of stale snapshot, at most. */
const LISTED = 10;

function code(s: string): string {
  const flat = visibleLines(s).join(' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** The comment's section: the totals as `test` counts them, and what is stale with how to update it. */
export function snapshotSectionMarkdown(s: SnapshotStatus, lang: Lang = 'en'): string[] {
  const t = translate(snapshotMessages, lang);
  const out = [t('diff.heading'), '', t('diff.totals', { passed: s.passed, failed: s.failed }), ''];
  if (!snapshotsStale(s)) return [...out, `✅ ${t('diff.upToDate')}`, ''];
  out.push(`⚠️ ${t('diff.stale')}`, '');
  const list = (label: string, paths: readonly string[]) => {
    if (!paths.length) return;
    out.push(`- ${label}`);
    for (const p of paths.slice(0, LISTED)) out.push(`  - ${code(p)}`);
    if (paths.length > LISTED) out.push(`  - ${t('diff.more', { n: paths.length - LISTED })}`);
  };
  list(t('diff.changed', { n: s.changed.length }), s.changed);
  list(t(s.ci ? 'diff.missingCi' : 'diff.missingLocal', { n: s.missing.length }), s.missing);
  list(t('diff.obsolete', { n: s.obsolete.length }), s.obsolete);
  out.push('');
  if (s.changed.length) out.push(t('diff.howUpdate'), '');
  if (s.obsolete.length) out.push(t('diff.howRemove'), '');
  if (s.missing.length) out.push(t('diff.howWrite'), '');
  return out;
}

/** One line for the terminal: the totals, and the stale snapshots when there are any. */
export function snapshotLineTerminal(s: SnapshotStatus, lang: Lang = 'en'): string {
  const t = translate(snapshotMessages, lang);
  const totals = t('term.totals', { passed: s.passed, failed: s.failed });
  if (!snapshotsStale(s)) return t('term.upToDate', { totals });
  const parts: string[] = [];
  if (s.changed.length) parts.push(t('term.changed', { n: s.changed.length }));
  if (s.missing.length) parts.push(t(s.ci ? 'term.missingCi' : 'term.missing', { n: s.missing.length }));
  if (s.obsolete.length) parts.push(t('term.obsolete', { n: s.obsolete.length }));
  const how = s.changed.length || s.obsolete.length ? 'replybook test --update' : 'replybook test';
  return visible(t('term.stale', { totals, parts: parts.join(', '), how }));
}
