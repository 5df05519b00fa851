/**
 * The handbook document as one self-contained HTML page: a skip link, a header, a sticky table of
 * contents (`<nav>`), and the content (`<main>`) with a search box over a prebuilt MiniSearch index
 * (search-index.ts; the library's browser code inlined), a view switcher by kind, channel and
 * escalation team, and a copy button on every reply. Inline CSS and script only, a
 * Content-Security-Policy that forbids every request, every piece of text escaped — a template or
 * a complaint cannot inject markup. Printed, it is one reply per block, without the controls.
 */
import type { Lang } from '../i18n/index.js';
import { isSpace, trimEndWhile } from '../text/trim.js';
import { flatBlocks, sections, slug, type Block, type Inline, type Tags, type ViewChoice } from './document.js';
import { scriptJson, searchIndex, SEARCH_OPTIONS } from './search-index.js';
import { wordsFor, type Words } from './words.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --box: #f6f8fa; --line: #d1d9e0; --accent: #0969da; --focus: #bf3989; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --box: #151b23; --line: #3d444d; --accent: #4493f8; --focus: #f778ba; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
.page { display: grid; grid-template-columns: 17rem minmax(0, 52rem); gap: 2rem; max-width: 73rem; margin: 0 auto; padding: 0 1.25rem 4rem; }
header { grid-column: 1 / -1; padding-top: 2rem; }
nav.toc { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; padding: 1rem 0; font-size: .9rem; }
nav.toc ul { list-style: none; margin: .25rem 0; padding-left: .75rem; }
nav.toc > ul { padding-left: 0; }
nav.toc li { margin: .2rem 0; }
@media (max-width: 60rem) { .page { grid-template-columns: minmax(0, 1fr); } nav.toc { position: static; max-height: none; } }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 2; }
.skip:focus { left: 1rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h1 { font-size: 1.9rem; margin: 0 0 .75rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; color: var(--muted); }
.id { font-size: .75rem; font-weight: normal; color: var(--muted); margin-left: .5rem; }
a { color: var(--accent); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--box); padding: .1em .3em; border-radius: 4px; }
pre { font: .9em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--box); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0; }
figure { margin: 1rem 0; }
figcaption { font-size: .85rem; color: var(--muted); margin-bottom: .25rem; }
figure.reply { border-left: 3px solid var(--accent); padding-left: .75rem; }
.reply-text { font: inherit; white-space: pre-wrap; }
.meta { font-size: .85rem; color: var(--muted); margin: .25rem 0; }
blockquote { margin: .5rem 0; padding: .25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); white-space: pre-wrap; }
button, select, input { font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .3rem .6rem; }
button { cursor: pointer; }
.copy { font-size: .85rem; }
.controls { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; background: var(--box); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.controls label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.controls select { color: var(--fg); }
.status { flex-basis: 100%; margin: 0; font-size: .85rem; }
.search input { width: 100%; max-width: 30rem; }
.search ol { padding-left: 1.25rem; }
.status:empty, .search ol:empty { display: none; }
.search .snippet { display: block; font-size: .85rem; color: var(--muted); }
details.source summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
[hidden] { display: none !important; }
@media print {
  body { font-size: 11pt; color: #000; background: #fff; }
  .page { display: block; max-width: none; padding: 0; }
  nav.toc, .controls, .search, .copy, .skip, details.source { display: none; }
  figure.reply, blockquote, pre { break-inside: avoid; }
  figure.reply { border-left-color: #000; }
  h2, h3 { break-after: avoid; }
  a { color: #000; text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; }
}
`.trim();

/** The page's script: copy buttons, the views and the search (when the search library is inlined). No request. */
const SCRIPT = `
(() => {
  const words = JSON.parse(document.getElementById('handbook-words').textContent);
  document.addEventListener('click', async (e) => {
    const button = e.target.closest('button.copy');
    if (!button) return;
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = words.copied;
    } catch {
      button.textContent = '✗';
    }
    setTimeout(() => { button.textContent = words.copy; }, 2000);
  });
  const selects = [...document.querySelectorAll('select[data-view]')];
  const replies = [...document.querySelectorAll('figure.reply')];
  const groups = [...document.querySelectorAll('section.entry')];
  const status = document.getElementById('view-status');
  const tagsOf = (el, key) => (el.dataset[key] || '').split(' ').filter(Boolean);
  const fits = (el, key, value) => !value || (value === '-' ? tagsOf(el, key).length === 0 : tagsOf(el, key).includes(value));
  function applyView() {
    const chosen = selects.map((s) => [s.dataset.view, s.value]);
    let shown = 0;
    for (const r of replies) {
      r.hidden = !chosen.every(([key, value]) => fits(r, key, value));
      if (!r.hidden) shown++;
    }
    const any = chosen.some(([, value]) => value);
    for (const g of groups) g.hidden = any && !g.querySelector('figure.reply:not([hidden])');
    if (status) status.textContent = words.showing.replace('{n}', String(shown));
  }
  for (const s of selects) s.addEventListener('change', applyView);
  // A view by its address (#channel=vk: the links of the index of views), shown and scrolled to.
  function fromHash() {
    const m = /^#(type|channel|team)=(.+)$/.exec(location.hash);
    if (!m) return;
    for (const s of selects) s.value = s.dataset.view === m[1] ? decodeURIComponent(m[2]) : '';
    applyView();
    document.getElementById('view-' + m[1]).scrollIntoView();
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  const box = document.getElementById('search');
  const index = document.getElementById('search-index');
  if (!box || !index || typeof MiniSearch === 'undefined') return;
  const search = MiniSearch.loadJSON(index.textContent, JSON.parse(document.getElementById('search-options').textContent));
  const list = document.getElementById('search-results');
  const found = document.getElementById('search-status');
  box.addEventListener('input', () => {
    const query = box.value.trim();
    list.replaceChildren();
    if (!query) { found.textContent = ''; return; }
    const hits = search.search(query, { prefix: true, fuzzy: 0.2, combineWith: 'AND' });
    found.textContent = hits.length ? words.found.replace('{n}', String(hits.length)) : words.none;
    for (const hit of hits.slice(0, 30)) {
      const reply = document.getElementById(hit.id);
      if (!reply) continue;
      const entry = reply.closest('section.entry');
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '#' + hit.id;
      a.textContent = (entry ? entry.querySelector('h3 .name').textContent + ' — ' : '') + reply.querySelector('figcaption').textContent;
      a.addEventListener('click', () => {
        if (!reply.hidden) return;
        for (const s of selects) s.value = '';
        applyView();
      });
      const snippet = document.createElement('span');
      snippet.className = 'snippet';
      snippet.textContent = reply.querySelector('.reply-text').textContent.slice(0, 160);
      li.append(a, snippet);
      list.append(li);
    }
  });
})();
`.trim();

function inline(parts: ReadonlyArray<Inline>): string {
  return parts
    .map((p) =>
      typeof p === 'string'
        ? escapeHtml(p).replace(/\r?\n/g, '<br>')
        : 'code' in p
          ? `<code>${escapeHtml(p.code)}</code>`
          : 'strong' in p
            ? `<strong>${escapeHtml(p.strong)}</strong>`
            : 'anchor' in p
              ? `<a href="#${escapeHtml(p.anchor)}">${escapeHtml(p.text)}</a>`
              : `<a class="view-link" href="#${p.view.key}=${escapeHtml(encodeURIComponent(p.view.value))}">${escapeHtml(p.text)}</a>`,
    )
    .join('');
}

/** The tags as data attributes, ids separated by spaces (the schema's ids have none). */
const dataTags = (tags: Tags) =>
  ` data-type="${escapeHtml(tags.type.join(' '))}" data-channel="${escapeHtml(tags.channel.join(' '))}" data-team="${escapeHtml(tags.team.join(' '))}"`;

function select(view: keyof Tags, label: string, choices: ViewChoice[], w: Words, extra?: ViewChoice): string {
  const options = [{ value: '', label: w('viewAll') }, ...choices, ...(extra ? [extra] : [])]
    .map((c) => `<option value="${escapeHtml(c.value)}">${escapeHtml(c.label)}</option>`)
    .join('');
  return `<label>${escapeHtml(label)}<select data-view="${view}" id="view-${view}">${options}</select></label>`;
}

function block(b: Block, all: ReadonlyArray<Block>, w: Words, searchable: boolean): string {
  switch (b.kind) {
    case 'heading': {
      const id = b.id ?? (b.level === 2 ? slug(b.text) : undefined);
      const note = b.note ? ` <code class="id">${escapeHtml(b.note)}</code>` : '';
      return `<h${b.level}${id ? ` id="${escapeHtml(id)}"` : ''}><span class="name">${escapeHtml(b.text)}</span>${note}</h${b.level}>`;
    }
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</ul>`;
    case 'pre': {
      const pre = `<pre>${escapeHtml(trimEndWhile(b.text, isSpace))}</pre>`;
      return b.label ? `<figure><figcaption>${escapeHtml(b.label)}</figcaption>${pre}</figure>` : pre;
    }
    case 'details':
      return `<details class="source"><summary>${escapeHtml(b.summary)}</summary><pre>${escapeHtml(trimEndWhile(b.text, isSpace))}</pre></details>`;
    case 'quote':
      return `<blockquote>${escapeHtml(trimEndWhile(b.text, isSpace))}</blockquote>`;
    case 'reply': {
      const textId = `${b.id}-text`;
      return [
        `<figure class="reply" id="${escapeHtml(b.id)}"${dataTags(b.tags)}><figcaption>${escapeHtml(b.label)}</figcaption>`,
        b.quote ? `<blockquote>${escapeHtml(trimEndWhile(b.quote, isSpace))}</blockquote>` : '',
        b.meta.length ? `<p class="meta">${inline(b.meta)}</p>` : '',
        `<pre class="reply-text" id="${escapeHtml(textId)}">${escapeHtml(trimEndWhile(b.text, isSpace))}</pre>`,
        `<button type="button" class="copy" data-copy="${escapeHtml(textId)}" aria-label="${escapeHtml(b.copyLabel)}">${escapeHtml(w('copy'))}</button></figure>`,
      ].join('');
    }
    case 'group':
      return `<section class="entry" aria-labelledby="${escapeHtml(headingId(b) ?? '')}"${dataTags(b.tags)}>\n${b.blocks
        .map((x) => block(x, all, w, searchable))
        .join('\n')}\n</section>`;
    case 'search':
      return searchable
        ? `<div class="search" role="search"><label for="search">${escapeHtml(w('search'))}</label><br><input type="search" id="search" autocomplete="off" placeholder="${escapeHtml(w('searchHint'))}" aria-describedby="search-status"><p id="search-status" class="status" aria-live="polite"></p><ol id="search-results"></ol></div>`
        : '';
    case 'views': {
      return `<div class="controls" role="group" aria-label="${escapeHtml(w('views'))}">${select('type', w('byType'), b.views.type, w)}${select('channel', w('byChannel'), b.views.channel, w)}${select('team', w('byTeam'), b.views.team, w, { value: '-', label: w('viewNoTeam') })}<p id="view-status" class="status" aria-live="polite"></p></div>`;
    }
    case 'toc':
      return `<nav class="toc" aria-label="${escapeHtml(b.title)}"><strong>${escapeHtml(b.title)}</strong>\n<ul>\n${sections(all)
        .map(
          (s) =>
            `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.text)}</a>${s.children.length ? `<ul>${s.children.map((c) => `<li><a href="#${escapeHtml(c.id)}">${escapeHtml(c.text)}</a></li>`).join('')}</ul>` : ''}</li>`,
        )
        .join('\n')}\n</ul></nav>`;
  }
}

const headingId = (g: Extract<Block, { kind: 'group' }>) => {
  const h = g.blocks.find((x) => x.kind === 'heading');
  return h?.kind === 'heading' ? h.id : undefined;
};

/** The browser code of the search library as it may be inlined: its source-map comment dropped; null if it could close the script element. */
function inlineLibrary(code: string): string | null {
  if (/<\/script/i.test(code) || /<!--/.test(code)) return null;
  const at = code.lastIndexOf('\n//# sourceMappingURL=');
  return at >= 0 &&
    !code
      .slice(at + 1)
      .trim()
      .includes('\n')
    ? `${code.slice(0, at)}\n`
    : code;
}

/**
 * Renders the document as a complete HTML page, ending with one newline: the blocks before the
 * table of contents in `<header>`, the table of contents as `<nav>`, the rest in `<main>`.
 */
export function renderHtml(
  blocks: ReadonlyArray<Block>,
  opts: { lang: Lang; title: string; words?: Words; searchLibrary?: string },
): string {
  const w = opts.words ?? wordsFor(opts.lang);
  const library = opts.searchLibrary ? inlineLibrary(opts.searchLibrary) : null;
  const searchable = library !== null && flatBlocks(blocks).some((b) => b.kind === 'reply');
  const toc = blocks.findIndex((b) => b.kind === 'toc');
  const render = (list: ReadonlyArray<Block>) => list.map((b) => block(b, blocks, w, searchable)).join('\n');
  const head = toc < 0 ? [] : blocks.slice(0, toc);
  const nav = toc < 0 ? '' : block(blocks[toc]!, blocks, w, searchable);
  const rest = toc < 0 ? blocks : blocks.slice(toc + 1);
  const pageWords = {
    copy: w('copy'),
    copied: w('copied'),
    showing: w('showing', { n: '{n}' }),
    found: w('searchFound', { n: '{n}' }),
    none: w('searchNone'),
  };
  const scripts = [`<script type="application/json" id="handbook-words">${scriptJson(pageWords)}</script>`];
  if (searchable && library !== null)
    scripts.push(
      `<script type="application/json" id="search-options">${scriptJson(SEARCH_OPTIONS)}</script>`,
      `<script type="application/json" id="search-index">${scriptJson(searchIndex(blocks))}</script>`,
      `<script>\n${library}</script>`,
    );
  scripts.push(`<script>\n${SCRIPT}\n</script>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${opts.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(opts.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${escapeHtml(w('skip'))}</a>`,
    '<div class="page">',
    `<header>\n${render(head)}\n</header>`,
    nav,
    `<main id="main" tabindex="-1">\n${render(rest)}\n</main>`,
    '</div>',
    ...scripts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
