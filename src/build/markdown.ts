/** The handbook document as Markdown (CommonMark + GitHub's heading anchors). */
import { sections, slug, type Block, type Inline } from './document.js';

/** Escapes characters Markdown would read as syntax, and HTML tags (GitHub renders raw HTML). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=>-])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
    .replace(/\r?\n/g, '  \n');
}

function codeSpan(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

function inline(parts: ReadonlyArray<Inline>): string {
  return parts.map((p) => (typeof p === 'string' ? escapeMarkdown(p) : 'code' in p ? codeSpan(p.code) : `**${escapeMarkdown(p.strong)}**`)).join('');
}

function fenced(text: string): string {
  const longest = Math.max(2, ...(text.match(/^`{3,}|^~{3,}/gm) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/\s+$/u, '')}\n${fence}`;
}

/** Renders the document as Markdown, ending with one newline. */
export function renderMarkdown(blocks: ReadonlyArray<Block>): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
        break;
      case 'paragraph':
        out.push(inline(b.content));
        break;
      case 'list':
        out.push(b.items.map((item) => `- ${inline(item).replace(/ {2}\n/g, '  \n  ')}`).join('\n'));
        break;
      case 'pre':
        out.push(b.label ? `${escapeMarkdown(b.label)}:\n\n${fenced(b.text)}` : fenced(b.text));
        break;
      case 'quote':
        out.push(b.text.replace(/\s+$/u, '').split(/\r?\n/).map((l) => `> ${escapeMarkdown(l)}`).join('\n'));
        break;
      case 'toc':
        out.push(`**${escapeMarkdown(b.title)}**\n\n${sections(blocks).map((s) => `- [${escapeMarkdown(s.text)}](#${slug(s.text)})`).join('\n')}`);
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
