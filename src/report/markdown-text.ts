/**
 * Untrusted text inside Markdown that GitHub renders (the `diff --format markdown` pull-request
 * comment, the step summary of a CI job): whatever a pull request wrote stays the text it is. No
 * HTML, no links, no images, no @mentions or #references, no headings, lists, quotes, code blocks
 * or tables get through, and nothing ends the table cell, quote or paragraph it is put in.
 */
import { visibleLines } from './visible.js';

/**
 * Text safe to put in Markdown prose or a table cell: control characters made visible (as in the
 * terminal), `& < >` as entities, every Markdown punctuation that can start or end a construct
 * backslash-escaped (a backslash first, so `\|` cannot turn into an escaped backslash and a bare
 * pipe), @mentions, #123 references and bare URLs (GitHub's autolinks) broken with an empty HTML
 * comment, and what would start a block at the beginning of a line escaped. Newlines are kept:
 * the caller decides what a line break becomes (`<br>` in a cell, a hard break in a quote).
 */
export function markdownText(s: string): string {
  return (
    visibleLines(s)
      .join('\n')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      // An empty comment between `@` and a name keeps GitHub from notifying someone, `#`+digits from linking an issue.
      .replace(/@(?=[\p{L}\p{N}_-])/gu, '@<!-- -->')
      .replace(/#(?=\d)/g, '#<!-- -->')
      // GitHub links bare `https://…` and `www.…` (the autolink extension); a comment inside stops it.
      .replace(/:(?=\/\/)/g, ':<!-- -->')
      .replace(/\b(www)\./gi, '$1<!-- -->.')
      // What would start a heading, a list or a setext underline at the start of a line.
      // White space within the line only (`\s*` would cross line ends and rescan blank lines: quadratic).
      .replace(/^([^\S\n\r\u2028\u2029]*)([-+=#])/gm, '$1\\$2')
      .replace(/^([^\S\n\r\u2028\u2029]*)(\d+)([.)])(?=\s|$)/gm, '$1$2\\$3')
  );
}

/** `& < > "` as entities: text inside raw HTML (`<summary>`), where Markdown is not parsed. */
export function htmlText(s: string): string {
  return visibleLines(s).join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
