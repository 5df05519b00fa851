/**
 * The handbook document as one self-contained HTML page: inline CSS, no scripts, no external
 * assets, every piece of text escaped — a template or a complaint cannot inject markup.
 */
import type { Locale } from '../model/playbook.js';
import { isSpace, trimEndWhile } from '../text/trim.js';
import { sections, slug, type Block, type Inline } from './document.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --box: #f6f8fa; --line: #d1d9e0; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --box: #151b23; --line: #3d444d; --accent: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.9rem; margin: 0 0 .75rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; color: var(--muted); }
a { color: var(--accent); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--box); padding: .1em .3em; border-radius: 4px; }
pre { font: .9em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--box); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
figure { margin: 1rem 0; }
figcaption { font-size: .85rem; color: var(--muted); margin-bottom: .25rem; }
blockquote { margin: .75rem 0; padding: .25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); white-space: pre-wrap; }
nav ul { columns: 2; }
@media print { body { max-width: none; } nav { display: none; } }
`.trim();

function inline(parts: ReadonlyArray<Inline>): string {
  return parts
    .map((p) =>
      typeof p === 'string'
        ? escapeHtml(p).replace(/\r?\n/g, '<br>')
        : 'code' in p
          ? `<code>${escapeHtml(p.code)}</code>`
          : `<strong>${escapeHtml(p.strong)}</strong>`,
    )
    .join('');
}

/** Renders the document as a complete HTML page, ending with one newline. */
export function renderHtml(blocks: ReadonlyArray<Block>, opts: { locale: Locale; title: string }): string {
  const body: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading': {
        const id = b.level === 2 ? ` id="${escapeHtml(b.id ?? slug(b.text))}"` : '';
        body.push(`<h${b.level}${id}>${escapeHtml(b.text)}</h${b.level}>`);
        break;
      }
      case 'paragraph':
        body.push(`<p>${inline(b.content)}</p>`);
        break;
      case 'list':
        body.push(`<ul>\n${b.items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</ul>`);
        break;
      case 'pre': {
        const pre = `<pre>${escapeHtml(trimEndWhile(b.text, isSpace))}</pre>`;
        body.push(b.label ? `<figure><figcaption>${escapeHtml(b.label)}</figcaption>${pre}</figure>` : pre);
        break;
      }
      case 'quote':
        body.push(`<blockquote>${escapeHtml(trimEndWhile(b.text, isSpace))}</blockquote>`);
        break;
      case 'toc':
        body.push(
          `<nav><strong>${escapeHtml(b.title)}</strong>\n<ul>\n${sections(blocks)
            .map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.text)}</a></li>`)
            .join('\n')}\n</ul></nav>`,
        );
        break;
    }
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${opts.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(opts.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
