/**
 * The backtest's summary as markdown, for a pull request or a chat: the figures, the problems' first
 * rows. It quotes what customers wrote, so every line goes through `visible` (control characters,
 * bidi overrides, workflow commands escaped), as every human report does.
 */
import { visible } from '../report/visible.js';
import type { BacktestFigures, ListedMention } from './tally.js';
import { changeKindName, reportLang, reportWords, rowReason, type ReportWords } from './words.js';
import type { Lang } from '../i18n/index.js';
import { BASE_CHANGE_KINDS, type BaseFigures } from './base-compare.js';
import { changeLines } from '../diff/describe.js';
import { quoteReply } from '../diff/format-markdown.js';

/** A markdown table cell: one line, pipes escaped, long text cut. */
export function mdCell(s: string, max = 160): string {
  const one = s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A part's share, as the report's language writes it: `12.3%`, «12,3 %» (Intl, through the catalogue). */
export function percent(part: number, whole: number, t: ReportWords): string {
  return whole ? t('percent', { share: part / whole }) : '—';
}

/** A markdown table; a column is right-aligned when every cell of it is a number or a percentage. */
function table(head: string[], rows: string[][]): string[] {
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((r) => /^(?:-?[\d.,]+(?:\u00a0?%)?|—|)$/.test(r[i] ?? '')));
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (numeric[i] ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function counts(title: string, what: string, by: Record<string, number>, whole: number, t: ReportWords): string[] {
  const rows = Object.entries(by)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => [mdCell(k), String(n), percent(n, whole, t)]);
  return [`## ${title}`, '', ...table([what, t('count'), t('share')], rows), ''];
}

const LISTED = 20;

/** The markdown summary of a backtest, in `lang` (default: the playbook's locale). */
export function formatBacktestMarkdown(f: BacktestFigures, lang: Lang = reportLang(f.locale)): string {
  const t = reportWords(lang);
  const out: string[] = [`# ${t('title')}: ${mdCell(f.brand)} (${mdCell(f.playbook)})`, ''];
  if (f.partial) out.push(`> **${t('partial')}**`, '');
  out.push(
    ...table(
      ['', t('count'), t('share')],
      [
        [t('rows'), String(f.rows), ''],
        [t('mentions'), String(f.mentions), percent(f.mentions, f.rows, t)],
        [t('malformed'), String(f.malformed.count), percent(f.malformed.count, f.rows, t)],
        [t('escalated'), String(f.escalated), percent(f.escalated, f.mentions, t)],
        [t('noReply'), String(f.noReply), percent(f.noReply, f.mentions, t)],
        [t('hidden'), String(f.hidden), percent(f.hidden, f.mentions, t)],
        [t('arrivedOutside'), String(f.sla.arrivedOutsideHours), percent(f.sla.arrivedOutsideHours, f.mentions, t)],
        [t('dueOutside'), String(f.sla.dueOutsideHours), percent(f.sla.dueOutsideHours, f.sla.withDue, t)],
        [t('templateFailures'), String(f.templateFailures.count), percent(f.templateFailures.count, f.mentions, t)],
        [t('checkFailures'), String(f.checkFailures.count), percent(f.checkFailures.count, f.mentions, t)],
      ],
    ),
    '',
  );
  if (f.base) out.push(...baseSection(f.base, t, lang, f.timezone));
  out.push(...counts(t('byType'), t('type'), f.byType, f.mentions, t));
  out.push(...counts(t('byChannel'), t('channel'), f.byChannel, f.mentions, t));
  if (f.escalations.length) {
    out.push(
      `## ${t('escalations')}`,
      '',
      ...table(
        [t('rule'), t('team'), t('priority'), t('count')],
        f.escalations.map((e) => [mdCell(e.id), mdCell(e.team), t('priority.cell', { priority: e.priority }), String(e.count)]),
      ),
      '',
    );
  }
  if (Object.keys(f.replyChecks).length) out.push(...counts(t('replyChecks'), t('check'), f.replyChecks, f.mentions, t));
  if (f.labels) {
    const l = f.labels;
    out.push(
      `## ${t('labels')} (\`${mdCell(l.column)}\`)`,
      '',
      `${t('accuracy')}: **${percent(l.accuracy, 1, t)}** (${t('labels.labelled', { n: l.labelled })})`,
      '',
    );
    out.push(
      ...table(
        [t('type'), t('precision'), t('recall'), t('f1'), t('support')],
        l.perType.map((t) => [mdCell(t.type), t.precision.toFixed(3), t.recall.toFixed(3), t.f1.toFixed(3), String(t.support)]),
      ),
      '',
    );
    const types = l.perType.map((t) => t.type);
    out.push(
      `### ${t('expected')} ↓ / ${t('got')} →`,
      '',
      ...table(
        ['', ...types.map((t) => mdCell(t))],
        types.filter((e) => l.matrix[e]).map((e) => [mdCell(e), ...types.map((g) => String(l.matrix[e]?.[g] ?? 0))]),
      ),
      '',
    );
    if (l.disagreements.count)
      out.push(...mentionList(`${t('disagreements')} (${l.disagreements.count})`, l.disagreements.items, l.disagreements.count, t, true));
  }
  if (f.templateFailures.count)
    out.push(
      ...mentionList(
        `${t('templateFailures')} (${f.templateFailures.count})`,
        f.templateFailures.items,
        f.templateFailures.count,
        t,
        false,
      ),
    );
  if (f.malformed.count) {
    out.push(
      `## ${t('malformed')} (${f.malformed.count})`,
      '',
      ...table(
        [t('file'), t('line'), t('reason')],
        f.malformed.items.slice(0, LISTED).map((m) => [mdCell(m.file), String(m.line), mdCell(rowReason(t, m))]),
      ),
      '',
    );
    if (f.malformed.count > LISTED) out.push(t('more', { n: f.malformed.count - LISTED }), '');
  }
  if (Object.keys(f.unknownPlatforms).length) out.push(...counts(t('unknownPlatforms'), t('platform'), f.unknownPlatforms, f.rows, t));
  return out.map((line) => visible(line)).join('\n');
}

function mentionList(title: string, items: readonly ListedMention[], count: number, t: ReportWords, labelled: boolean): string[] {
  const head = labelled ? [t('line'), t('text'), t('expected'), t('got'), t('reason')] : [t('line'), t('text'), t('type'), t('error')];
  const rows = items
    .slice(0, LISTED)
    .map((m) =>
      labelled
        ? [String(m.line), mdCell(m.text, 100), mdCell(m.expected ?? ''), mdCell(m.type), mdCell(m.reason, 120)]
        : [String(m.line), mdCell(m.text, 100), mdCell(m.type), mdCell(m.errors.join('; '), 160)],
    );
  const out = [`## ${title}`, '', ...table(head, rows), ''];
  if (count > LISTED) out.push(t('more', { n: count - LISTED }), '');
  return out;
}

/** `--base REF`: how many mentions change, by kind, the type changes, and a few examples of each kind with the reply's word diff. */
function baseSection(b: BaseFigures, t: ReportWords, lang: Lang, zone: string): string[] {
  const out = [
    `## ${t('base.title', { ref: mdCell(b.ref, 60), commit: b.commit.slice(0, 7) })}`,
    '',
    t('base.summary', { changed: b.changed, compared: b.compared }),
    '',
  ];
  if (b.changed === 0) return out;
  out.push(
    ...table(
      [t('base.change'), t('count'), t('share')],
      BASE_CHANGE_KINDS.filter((k) => b.byKind[k] > 0).map((k) => [
        changeKindName(t, k),
        String(b.byKind[k]),
        percent(b.byKind[k], b.compared, t),
      ]),
    ),
    '',
  );
  if (b.typeChanges.length)
    out.push(
      `### ${t('base.typeChanges')}`,
      '',
      ...table(
        [t('base.before'), t('base.after'), t('count')],
        b.typeChanges.map((t) => [`\`${mdCell(t.before)}\``, `\`${mdCell(t.after)}\``, String(t.count)]),
      ),
      '',
    );
  for (const kind of BASE_CHANGE_KINDS) {
    const examples = b.examples[kind];
    if (examples.length === 0) continue;
    out.push(`### ${t('base.examplesOf', { kind: changeKindName(t, kind).toLowerCase() })}`, '');
    for (const ex of examples) {
      out.push(`- ${t('line')} ${ex.line} (${mdCell(ex.file, 80)}), ${mdCell(ex.channel, 30)}: «${mdCell(ex.text, 200)}»`);
      for (const l of changeLines({ base: ex.before, head: ex.after, changes: ex.kinds }, lang, zone)) {
        const shown = (v: string) => (l.code ? `\`${mdCell(v, 80)}\`` : mdCell(v, 160));
        out.push(`  - ${l.label}: ${shown(l.before)} → ${shown(l.after)}`);
      }
      if (kind === 'reply' && ex.replyDiff) out.push('', ...quoteReply(ex.replyDiff).map((q) => `  ${q}`), '');
    }
    out.push('');
  }
  return out;
}
