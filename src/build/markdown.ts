/**
 * The handbook document as Markdown (CommonMark + GitHub's heading anchors): the same content as
 * the HTML page without its interactive parts (search, views, copy buttons).
 */
import { isSpace, longestRun, longestRunAtLineStart, trimEndWhile } from '../text/trim.js';
import { flatBlocks, sections, slug, type Block, type Inline } from './document.js';

/** Escapes characters Markdown would read as syntax, and HTML tags (GitHub renders raw HTML). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
      // `[^\S\n\r\u2028\u2029]`: white space within the line. `\s*` would cross line ends and rescan
      // a run of blank lines from each of them (quadratic); the escapes it inserts are the same.
      .replace(/^([^\S\n\r\u2028\u2029]*)([#+=>-])/gm, '$1\\$2')
      .replace(/^([^\S\n\r\u2028\u2029]*)(\d+)([.)])/gm, '$1$2\\$3')
      .replace(/\r?\n/g, '  \n')
  );
}

function codeSpan(text: string): string {
  const oneLine = text.replace(/\r?\n/g, ' ');
  const longest = longestRun(oneLine, '`');
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

function inline(parts: ReadonlyArray<Inline>): string {
  return parts
    .map(
      (p) =>
        typeof p === 'string'
          ? escapeMarkdown(p)
          : 'code' in p
            ? codeSpan(p.code)
            : 'strong' in p
              ? `**${escapeMarkdown(p.strong)}**`
              : 'anchor' in p
                ? escapeMarkdown(p.text)
                : `**${escapeMarkdown(p.text)}**`, // a view of the HTML page: its name here
    )
    .join('');
}

function fenced(text: string): string {
  // Longer than any backtick run that could close it: at a line start, indented by up to 3 spaces.
  const longest = Math.max(2, longestRunAtLineStart(text, '`', 3), longestRunAtLineStart(text, '~'));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${trimEndWhile(text, isSpace)}\n${fence}`;
}

function quote(text: string): string {
  return trimEndWhile(text, isSpace)
    .split(/\r?\n/)
    .map((l) => `> ${escapeMarkdown(l)}`)
    .join('\n');
}

/** Renders the document as Markdown, ending with one newline. */
export function renderMarkdown(blocks: ReadonlyArray<Block>): string {
  const out: string[] = [];
  for (const b of flatBlocks(blocks)) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}${b.note ? ` ${codeSpan(b.note)}` : ''}`);
        break;
      case 'details':
        out.push(`${escapeMarkdown(b.summary)}:\n\n${fenced(b.text)}`);
        break;
      case 'reply': {
        const parts = [`**${escapeMarkdown(b.label)}**`];
        if (b.quote) parts.push(quote(b.quote));
        if (b.meta.length) parts.push(inline(b.meta));
        parts.push(fenced(b.text));
        out.push(parts.join('\n\n'));
        break;
      }
      case 'search':
      case 'views':
      case 'group':
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
        out.push(quote(b.text));
        break;
      case 'toc':
        out.push(
          `**${escapeMarkdown(b.title)}**\n\n${sections(blocks)
            .map((s) => `- [${escapeMarkdown(s.text)}](#${slug(s.text)})`)
            .join('\n')}`,
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
