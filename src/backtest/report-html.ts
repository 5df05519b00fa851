/**
 * The backtest's HTML report: one self-contained page (no CDN, no font, no request — it works
 * offline and from a CI artifact), in the playbook's language. The charts are SVG from Vega
 * (charts.ts) inlined; every table can be sorted by a click on its header and filtered by the
 * box above it (a little inline script); each listed mention opens its trace.
 */
import { barSpec, confusionSpec, daySpec, heatmapSpec, renderChart } from './charts.js';
import { percent } from './report-markdown.js';
import type { BacktestFigures, ListedMention } from './tally.js';
import { changeKindName, reportLang, reportWords, rowReason, weekdayNames, type ReportWords } from './words.js';
import type { Lang } from '../i18n/index.js';
import { BASE_CHANGE_KINDS, type BaseFigures } from './base-compare.js';
import { changeLines } from '../diff/describe.js';

/** Text for HTML: `&`, `<`, `>`, quotes escaped. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function table(
  t: ReportWords,
  head: string[],
  rows: Array<Array<string | number>>,
  opts: { numeric?: boolean[]; raw?: boolean } = {},
): string {
  const th = head.map((h, i) => `<th data-type="${opts.numeric?.[i] ? 'num' : 'text'}">${esc(h)}</th>`).join('');
  const tr = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${opts.numeric?.[i] ? ' class="num"' : ''}>${opts.raw ? String(c) : esc(String(c))}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table"><input type="search" class="filter" aria-label="${esc(t('filterLabel'))}" placeholder="${esc(t('filterPlaceholder'))}"><table class="sortable"><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table></div>`;
}

function countsTable(by: Record<string, number>, whole: number, what: string, t: ReportWords): string {
  const rows = Object.entries(by)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => [k, n, percent(n, whole, t)]);
  return table(t, [what, t('count'), t('share')], rows, { numeric: [false, true, true] });
}

function mention(m: ListedMention, t: ReportWords, opts: { labelled?: boolean } = {}): string {
  const esc2 = (s: string | null | undefined) => esc(s ?? '');
  const trace = m.trace.map((s) => `<li class="${s.ok === false ? 'no' : 'yes'}"><b>${esc(s.stage)}</b> ${esc(s.message)}</li>`).join('');
  const facts = [
    `${t('type')}: <b>${esc(m.type)}</b>`,
    opts.labelled && m.expected ? `${t('expected')}: <b>${esc(m.expected)}</b> («${esc2(m.label)}»)` : '',
    `${t('channel')}: ${esc(m.channel)} (${esc(m.platform)})`,
    m.author ? `${t('author')}: ${esc(m.author)}${m.followers !== undefined ? ` · ${m.followers}` : ''}` : '',
    `${esc(m.at)}`,
    m.due ? `${t('due')}: ${esc(m.due)}` : '',
    m.template ? `${t('template')}: ${esc(m.template)}` : '',
    m.escalations.length
      ? `${t('fact.escalations')}: ${m.escalations.map((e) => `${esc(e.id)} → ${esc(e.team)} (${esc(t('priority.words', { priority: e.priority }))})`).join(', ')}`
      : '',
    m.hidden ? `<b>${esc(t('hidden'))}</b>` : '',
    `${t('file')}: ${esc(m.file)}:${m.line}${m.id ? ` · id ${esc(m.id)}` : ''}`,
    // The post itself, for a person to open; a link is followed only on a click, never loaded.
    m.url && /^https?:\/\//i.test(m.url)
      ? `<a href="${esc(m.url)}" rel="noopener noreferrer nofollow" target="_blank">${esc(t('source'))}</a>`
      : '',
  ].filter(Boolean);
  return `<details class="mention"><summary><span class="line">${m.line}</span> ${esc(m.text.length > 220 ? `${m.text.slice(0, 219)}…` : m.text)}</summary>
<p class="facts">${facts.join(' · ')}</p>
<p class="reason">${t('reason')}: ${esc(m.reason)}</p>
${m.errors.length ? `<p class="error">${m.errors.map(esc).join('<br>')}</p>` : ''}
${m.failedChecks.length ? `<p class="error">${m.failedChecks.map((c) => `${esc(c.id)}: ${esc(c.message)}`).join('<br>')}</p>` : ''}
<blockquote class="text">${esc(m.text)}</blockquote>
${m.reply !== null ? `<p><b>${t('reply')}</b></p><blockquote class="reply">${esc(m.reply)}</blockquote>` : `<p><i>${t('noReply')}</i></p>`}
<details class="trace"><summary>${t('trace')}</summary><ol>${trace}</ol></details>
</details>`;
}

function mentionTable(items: readonly ListedMention[], count: number, t: ReportWords, labelled: boolean): string {
  const rows = items.map((m) =>
    labelled
      ? [m.line, esc(m.channel), esc(m.expected ?? ''), esc(m.type), `<div class="cell">${mention(m, t, { labelled })}</div>`]
      : [m.line, esc(m.channel), esc(m.type), `<div class="cell">${mention(m, t)}</div>`],
  );
  const head = labelled ? [t('line'), t('channel'), t('expected'), t('got'), t('text')] : [t('line'), t('channel'), t('type'), t('text')];
  return (
    table(t, head, rows, { numeric: [true], raw: true }) +
    (count > items.length ? `<p class="more">${esc(t('more', { n: count - items.length }))}</p>` : '')
  );
}

const STYLE = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:150px}.card b{display:block;font-size:20px}
table{border-collapse:collapse;margin:6px 0 12px}th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top;text-align:left}th{background:#f6f8fa;cursor:pointer;user-select:none}
th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}td.num{text-align:right;font-variant-numeric:tabular-nums}
.filter{margin:4px 0;padding:3px 6px;width:260px}.partial{background:#fff8c5;border:1px solid #d4a72c;padding:8px;border-radius:6px}
details.mention summary{cursor:pointer}.line{color:#57606a;font-size:12px}.facts{color:#57606a;font-size:13px}.error{color:#cf222e}
blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid #d0d7de;white-space:pre-wrap}blockquote.reply{border-color:#2da44e}p.reply{white-space:pre-wrap;border-left:3px solid #2da44e;padding:4px 10px}del{background:#ffebe9;color:#82071e}ins{background:#dafbe1;color:#116329;text-decoration:none}
.trace li.no{color:#57606a}.trace li.yes{color:#1a7f37}.chart svg{max-width:100%;height:auto}.more{color:#57606a}`;

/** Sorting by a header click, filtering by the box above each table: the page's only script. */
const SCRIPT = `document.querySelectorAll('table.sortable').forEach(function(t){var ths=t.tHead.rows[0].cells;Array.prototype.forEach.call(ths,function(th,i){th.addEventListener('click',function(){var asc=!th.classList.contains('asc');Array.prototype.forEach.call(ths,function(h){h.classList.remove('asc','desc')});th.classList.add(asc?'asc':'desc');var num=th.dataset.type==='num';var rows=Array.prototype.slice.call(t.tBodies[0].rows);rows.sort(function(a,b){var x=a.cells[i].textContent.trim(),y=b.cells[i].textContent.trim();var c=num?(parseFloat(x.replace(',','.'))||0)-(parseFloat(y.replace(',','.'))||0):x.localeCompare(y);return asc?c:-c});rows.forEach(function(r){t.tBodies[0].appendChild(r)})})})});
document.querySelectorAll('input.filter').forEach(function(inp){var t=inp.nextElementSibling;inp.addEventListener('input',function(){var q=inp.value.toLowerCase();Array.prototype.forEach.call(t.tBodies[0].rows,function(r){r.style.display=r.textContent.toLowerCase().indexOf(q)<0?'none':''})})});`;

/** The self-contained HTML page of a backtest, in `lang` (default: the playbook's locale). */
export async function formatBacktestHtml(f: BacktestFigures, lang: Lang = reportLang(f.locale)): Promise<string> {
  const t = reportWords(lang);
  const chart = async (spec: Parameters<typeof renderChart>[0]) => `<div class="chart">${await renderChart(spec)}</div>`;
  const parts: string[] = [];
  parts.push(`<h1>${esc(t('title'))}: ${esc(f.brand)} <small>(${esc(f.playbook)})</small></h1>`);
  parts.push(`<p>${f.files.map(esc).join(', ')} · ${esc(f.timezone)}</p>`);
  if (f.partial) parts.push(`<p class="partial">${esc(t('partial'))}</p>`);
  const card = (label: string, value: number, of?: number) =>
    `<div class="card">${esc(label)}<b>${value}</b>${of === undefined ? '' : `<span>${percent(value, of, t)}</span>`}</div>`;
  parts.push(
    `<div class="cards">${[
      card(t('rows'), f.rows),
      card(t('mentions'), f.mentions, f.rows),
      card(t('malformed'), f.malformed.count, f.rows),
      card(t('escalated'), f.escalated, f.mentions),
      card(t('noReply'), f.noReply, f.mentions),
      card(t('hidden'), f.hidden, f.mentions),
      card(t('arrivedOutside'), f.sla.arrivedOutsideHours, f.mentions),
      card(t('dueOutside'), f.sla.dueOutsideHours, f.sla.withDue),
      card(t('card.templateFailures'), f.templateFailures.count, f.mentions),
      card(t('checkFailures'), f.checkFailures.count, f.mentions),
      ...(f.labels ? [`<div class="card">${esc(t('accuracy'))}<b>${percent(f.labels.accuracy, 1, t)}</b></div>`] : []),
      ...(f.base ? [card(t('base.title', { ref: f.base.ref, commit: f.base.commit.slice(0, 7) }), f.base.changed, f.base.compared)] : []),
    ].join('')}</div>`,
  );
  if (f.mentions) {
    parts.push(
      `<h2>${esc(t('byType'))}</h2>`,
      await chart(barSpec(f.byType, t('type'), t('count'))),
      countsTable(f.byType, f.mentions, t('type'), t),
    );
    parts.push(
      `<h2>${esc(t('byChannel'))}</h2>`,
      await chart(barSpec(f.byChannel, t('channel'), t('count'))),
      countsTable(f.byChannel, f.mentions, t('channel'), t),
    );
    parts.push(`<h2>${esc(t('byDay'))}</h2>`, await chart(daySpec(f.byDay, t('day'), t('count'), lang)));
    if (f.escalations.length) {
      parts.push(
        `<h2>${esc(t('escalations'))}</h2>`,
        table(
          t,
          [t('rule'), t('team'), t('priority'), t('count'), t('share')],
          f.escalations.map((e) => [e.id, e.team, t('priority.cell', { priority: e.priority }), e.count, percent(e.count, f.mentions, t)]),
          { numeric: [false, false, false, true, true] },
        ),
      );
    }
    const heat = { weekday: t('weekday'), hour: t('hour'), count: t('count') };
    parts.push(
      `<h2>${esc(t('sla'))}</h2>`,
      `<h3>${esc(t('dueHeatmap'))}</h3>`,
      await chart(heatmapSpec(f.sla.dueByWeekdayHour, weekdayNames(t), heat)),
    );
    parts.push(`<h3>${esc(t('arrivedHeatmap'))}</h3>`, await chart(heatmapSpec(f.sla.arrivedByWeekdayHour, weekdayNames(t), heat)));
  }
  if (f.labels) {
    const l = f.labels;
    const types = l.perType.map((t) => t.type);
    parts.push(
      `<h2>${esc(t('labels'))} (${esc(l.column)})</h2>`,
      `<p>${esc(t('accuracy'))}: <b>${percent(l.accuracy, 1, t)}</b> · ${esc(t('support'))}: ${l.labelled}</p>`,
    );
    if (types.length)
      parts.push(await chart(confusionSpec(l.matrix, types, { expected: t('expected'), got: t('got'), count: t('count') })));
    parts.push(
      table(
        t,
        [t('type'), t('precision'), t('recall'), t('f1'), t('support')],
        l.perType.map((t) => [t.type, t.precision.toFixed(3), t.recall.toFixed(3), t.f1.toFixed(3), t.support]),
        { numeric: [false, true, true, true, true] },
      ),
    );
    if (Object.keys(l.unmapped).length)
      parts.push(`<h3>${esc(t('unmappedLabels'))}</h3>`, countsTable(l.unmapped, l.labelled, t('expected'), t));
    if (l.disagreements.count)
      parts.push(
        `<h3>${esc(t('disagreements'))} (${l.disagreements.count})</h3>`,
        mentionTable(l.disagreements.items, l.disagreements.count, t, true),
      );
  }
  if (f.base) parts.push(baseSection(f.base, t, lang, f.timezone));
  if (f.templateFailures.count)
    parts.push(
      `<h2>${esc(t('templateFailures'))} (${f.templateFailures.count})</h2>`,
      mentionTable(f.templateFailures.items, f.templateFailures.count, t, false),
    );
  if (f.checkFailures.count) {
    parts.push(`<h2>${esc(t('replyChecks'))} (${f.checkFailures.count})</h2>`, countsTable(f.replyChecks, f.mentions, t('check'), t));
    parts.push(mentionTable(f.checkFailures.items, f.checkFailures.count, t, false));
  }
  const sampled = Object.keys(f.samples).sort();
  if (sampled.length) {
    parts.push(`<h2>${esc(t('samples'))}</h2>`);
    for (const type of sampled) parts.push(`<h3>${esc(type)} (${f.byType[type] ?? 0})</h3>`, ...f.samples[type].map((m) => mention(m, t)));
  }
  if (f.malformed.count) {
    parts.push(
      `<h2>${esc(t('malformed'))} (${f.malformed.count})</h2>`,
      table(
        t,
        [t('file'), t('line'), t('reason')],
        f.malformed.items.map((m) => [m.file, m.line, rowReason(t, m)]),
        { numeric: [false, true, false] },
      ),
    );
    if (f.malformed.count > f.malformed.items.length)
      parts.push(`<p class="more">${esc(t('more', { n: f.malformed.count - f.malformed.items.length }))}</p>`);
  }
  if (Object.keys(f.unknownPlatforms).length)
    parts.push(`<h2>${esc(t('unknownPlatforms'))}</h2>`, countsTable(f.unknownPlatforms, f.rows, t('platform'), t));
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(t('title'))}: ${esc(f.brand)}</title><style>${STYLE}</style></head>
<body>
${parts.join('\n')}
<script>${SCRIPT}</script>
</body></html>
`;
}

/** `--base REF`: the counts by kind, the type changes, and each kind's examples with the reply's word diff. */
function baseSection(b: BaseFigures, t: ReportWords, lang: Lang, zone: string): string {
  const out = [
    `<h2>${esc(t('base.title', { ref: b.ref, commit: b.commit.slice(0, 7) }))}</h2>`,
    `<p>${esc(t('base.summary', { changed: b.changed, compared: b.compared })).replace(/\*\*(\d+)\*\*/, '<b>$1</b>')}</p>`,
  ];
  if (b.changed === 0) return out.join('\n');
  out.push(
    table(
      t,
      [t('base.change'), t('count'), t('share')],
      BASE_CHANGE_KINDS.filter((k) => b.byKind[k] > 0).map((k) => [changeKindName(t, k), b.byKind[k], percent(b.byKind[k], b.compared, t)]),
      { numeric: [false, true, true] },
    ),
  );
  if (b.typeChanges.length)
    out.push(
      `<h3>${esc(t('base.typeChanges'))}</h3>`,
      table(
        t,
        [t('base.before'), t('base.after'), t('count')],
        b.typeChanges.map((t) => [t.before, t.after, t.count]),
        { numeric: [false, false, true] },
      ),
    );
  for (const kind of BASE_CHANGE_KINDS) {
    const examples = b.examples[kind];
    if (examples.length === 0) continue;
    out.push(`<h3>${esc(t('base.examplesOf', { kind: changeKindName(t, kind).toLowerCase() }))}</h3>`);
    for (const ex of examples) {
      const lines = changeLines({ base: ex.before, head: ex.after, changes: ex.kinds }, lang, zone)
        .map((l) => `<li>${esc(l.label)}: <del>${esc(l.before)}</del> → <ins>${esc(l.after)}</ins></li>`)
        .join('');
      const reply = ex.replyDiff
        ? `<p class="reply">${ex.replyDiff.map((p) => (p.op === 'removed' ? `<del>${esc(p.text)}</del>` : p.op === 'added' ? `<ins>${esc(p.text)}</ins>` : esc(p.text))).join('')}</p>`
        : '';
      out.push(
        `<details class="mention"><summary><span class="line">${ex.line}</span> ${esc(ex.text)}</summary><p class="facts">${esc(ex.file)}:${ex.line} · ${esc(ex.channel)}</p><ul>${lines}</ul>${reply}</details>`,
      );
    }
  }
  return out.join('\n');
}
