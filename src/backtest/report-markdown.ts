/**
 * The backtest's summary as markdown, for a pull request or a chat: the figures, the problems' first
 * rows. It quotes what customers wrote, so every line goes through `visible` (control characters,
 * bidi overrides, workflow commands escaped), as every human report does.
 */
import { visible } from '../report/visible.js';
import type { BacktestFigures, ListedMention } from './tally.js';
import { reportWords, type ReportWords } from './words.js';
import { BASE_CHANGE_KINDS, type BaseFigures } from './base-compare.js';
import { changeLines } from '../diff/describe.js';
import { quoteReply } from '../diff/format-markdown.js';

/** A markdown table cell: one line, pipes escaped, long text cut. */
export function mdCell(s: string, max = 160): string {
  const one = s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** `12.3%` of a part. */
export function percent(part: number, whole: number): string {
  return whole ? `${((part / whole) * 100).toFixed(1)}%` : '—';
}

/** A markdown table; a column is right-aligned when every cell of it is a number or a percentage. */
function table(head: string[], rows: string[][]): string[] {
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((r) => /^(?:-?[\d.]+%?|—|)$/.test(r[i] ?? '')));
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (numeric[i] ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function counts(title: string, what: string, by: Record<string, number>, whole: number, share: string, count: string): string[] {
  const rows = Object.entries(by)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => [mdCell(k), String(n), percent(n, whole)]);
  return [`## ${title}`, '', ...table([what, count, share], rows), ''];
}

const LISTED = 20;

/** The markdown summary of a backtest. */
export function formatBacktestMarkdown(f: BacktestFigures): string {
  const w = reportWords(f.locale);
  const out: string[] = [`# ${w.title}: ${mdCell(f.brand)} (${mdCell(f.playbook)})`, ''];
  if (f.partial) out.push(`> **${w.partial}**`, '');
  out.push(
    ...table(
      ['', w.count, w.share],
      [
        [w.rows, String(f.rows), ''],
        [w.mentions, String(f.mentions), percent(f.mentions, f.rows)],
        [w.malformed, String(f.malformed.count), percent(f.malformed.count, f.rows)],
        [w.escalated, String(f.escalated), percent(f.escalated, f.mentions)],
        [w.noReply, String(f.noReply), percent(f.noReply, f.mentions)],
        [w.hidden, String(f.hidden), percent(f.hidden, f.mentions)],
        [w.arrivedOutside, String(f.sla.arrivedOutsideHours), percent(f.sla.arrivedOutsideHours, f.mentions)],
        [w.dueOutside, String(f.sla.dueOutsideHours), percent(f.sla.dueOutsideHours, f.sla.withDue)],
        [w.templateFailures, String(f.templateFailures.count), percent(f.templateFailures.count, f.mentions)],
        [w.checkFailures, String(f.checkFailures.count), percent(f.checkFailures.count, f.mentions)],
      ],
    ),
    '',
  );
  if (f.base) out.push(...baseSection(f.base, w, f.locale === 'ru' ? 'ru' : 'en', f.timezone));
  out.push(...counts(w.byType, w.type, f.byType, f.mentions, w.share, w.count));
  out.push(...counts(w.byChannel, w.channel, f.byChannel, f.mentions, w.share, w.count));
  if (f.escalations.length) {
    out.push(
      `## ${w.escalations}`,
      '',
      ...table(
        [w.rule, w.team, w.priority, w.count],
        f.escalations.map((e) => [mdCell(e.id), mdCell(e.team), e.priority, String(e.count)]),
      ),
      '',
    );
  }
  if (Object.keys(f.replyChecks).length) out.push(...counts(w.replyChecks, w.check, f.replyChecks, f.mentions, w.share, w.count));
  if (f.labels) {
    const l = f.labels;
    out.push(
      `## ${w.labels} (\`${mdCell(l.column)}\`)`,
      '',
      `${w.accuracy}: **${percent(l.accuracy, 1)}** (${l.labelled} ${w.support.toLowerCase()})`,
      '',
    );
    out.push(
      ...table(
        [w.type, w.precision, w.recall, w.f1, w.support],
        l.perType.map((t) => [mdCell(t.type), t.precision.toFixed(3), t.recall.toFixed(3), t.f1.toFixed(3), String(t.support)]),
      ),
      '',
    );
    const types = l.perType.map((t) => t.type);
    out.push(
      `### ${w.expected} ↓ / ${w.got} →`,
      '',
      ...table(
        ['', ...types.map((t) => mdCell(t))],
        types.filter((e) => l.matrix[e]).map((e) => [mdCell(e), ...types.map((g) => String(l.matrix[e]?.[g] ?? 0))]),
      ),
      '',
    );
    if (l.disagreements.count)
      out.push(...mentionList(`${w.disagreements} (${l.disagreements.count})`, l.disagreements.items, l.disagreements.count, f, true));
  }
  if (f.templateFailures.count)
    out.push(
      ...mentionList(`${w.templateFailures} (${f.templateFailures.count})`, f.templateFailures.items, f.templateFailures.count, f, false),
    );
  if (f.malformed.count) {
    out.push(
      `## ${w.malformed} (${f.malformed.count})`,
      '',
      ...table(
        [w.file, w.line, w.reason],
        f.malformed.items.slice(0, LISTED).map((m) => [mdCell(m.file), String(m.line), mdCell(w.rowReason(m))]),
      ),
      '',
    );
    if (f.malformed.count > LISTED) out.push(w.more(f.malformed.count - LISTED), '');
  }
  if (Object.keys(f.unknownPlatforms).length)
    out.push(...counts(w.unknownPlatforms, w.platform, f.unknownPlatforms, f.rows, w.share, w.count));
  return out.map((line) => visible(line)).join('\n');
}

function mentionList(title: string, items: readonly ListedMention[], count: number, f: BacktestFigures, labelled: boolean): string[] {
  const w = reportWords(f.locale);
  const head = labelled ? [w.line, w.text, w.expected, w.got, w.reason] : [w.line, w.text, w.type, w.error];
  const rows = items
    .slice(0, LISTED)
    .map((m) =>
      labelled
        ? [String(m.line), mdCell(m.text, 100), mdCell(m.expected ?? ''), mdCell(m.type), mdCell(m.reason, 120)]
        : [String(m.line), mdCell(m.text, 100), mdCell(m.type), mdCell(m.errors.join('; '), 160)],
    );
  const out = [`## ${title}`, '', ...table(head, rows), ''];
  if (count > LISTED) out.push(w.more(count - LISTED), '');
  return out;
}

/** `--base REF`: how many mentions change, by kind, the type changes, and a few examples of each kind with the reply's word diff. */
function baseSection(b: BaseFigures, w: ReportWords, lang: 'en' | 'ru', zone: string): string[] {
  const out = [`## ${w.baseTitle(mdCell(b.ref, 60), b.commit.slice(0, 7))}`, '', w.baseSummary(b.changed, b.compared), ''];
  if (b.changed === 0) return out;
  out.push(
    ...table(
      [w.change, w.count, w.share],
      BASE_CHANGE_KINDS.filter((k) => b.byKind[k] > 0).map((k) => [
        w.changeKinds[k],
        String(b.byKind[k]),
        percent(b.byKind[k], b.compared),
      ]),
    ),
    '',
  );
  if (b.typeChanges.length)
    out.push(
      `### ${w.typeChanges}`,
      '',
      ...table(
        [w.before, w.after, w.count],
        b.typeChanges.map((t) => [`\`${mdCell(t.before)}\``, `\`${mdCell(t.after)}\``, String(t.count)]),
      ),
      '',
    );
  for (const kind of BASE_CHANGE_KINDS) {
    const examples = b.examples[kind];
    if (examples.length === 0) continue;
    out.push(`### ${w.examplesOf(w.changeKinds[kind])}`, '');
    for (const ex of examples) {
      out.push(`- ${w.line} ${ex.line} (${mdCell(ex.file, 80)}), ${mdCell(ex.channel, 30)}: «${mdCell(ex.text, 200)}»`);
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
