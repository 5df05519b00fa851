/**
 * Where a stretch of a template's text is in its YAML file, so a tone diagnostic lands on the
 * offending phrase. `textSource` is the scalar's range as the YAML parser reports it: for a block
 * scalar it starts at the indicator (`|`) and ends after the newline of the last content line, so
 * content line N (0-based) is on line `start.line + 1 + N`; the block's indentation is not in the
 * model and is solved from the range's length. Each mapping is checked for consistency; when none
 * fits (escapes in a quoted string, a folded `>` block), the caller falls back to the whole text.
 */
import type { Range } from '../diagnostics/diagnostic.js';
import type { PartialTemplate, Template } from '../model/playbook.js';

type Located = Pick<Template | PartialTemplate, 'text' | 'textSource'>;

/** The file range of text offsets [start, end) of a template's text, or null when it cannot be told. */
export function locateInText(t: Located, start: number, end: number): Range | null {
  const at = t.textSource.range;
  const text = t.text;
  if (t.textSource.style !== 'block') {
    const length = at.end.offset - at.start.offset;
    if (text.includes('\n')) return null;
    const quote = length === text.length ? 0 : length === text.length + 2 ? 1 : -1;
    if (quote < 0) return null;
    const pos = (i: number) => ({ line: at.start.line, column: at.start.column + quote + i, offset: at.start.offset + quote + i });
    return { start: pos(start), end: pos(end) };
  }
  const lines = text.replace(/\n$/, '').split('\n');
  const layout = blockLayout(lines, text, at);
  if (layout === null) return null;
  const lineStarts: number[] = [];
  let offset = at.start.offset + layout.header;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += (line === '' ? 0 : layout.indent) + line.length + 1;
  }
  const pos = (i: number) => {
    let n = 0;
    let acc = 0;
    while (n < lines.length - 1 && i > acc + lines[n].length) {
      acc += lines[n].length + 1;
      n++;
    }
    const col = i - acc;
    return { line: at.start.line + 1 + n, column: layout.indent + col + 1, offset: lineStarts[n] + layout.indent + col };
  };
  return { start: pos(start), end: pos(end) };
}

/**
 * Header length (the indicator line with its newline) and indentation that explain a block's range.
 * When the range ends mid-line (the file ends without a newline) its end column gives the indent;
 * else the length is solved for it, trying headers in the order the chomping suggests (`|` when the
 * text ends with one newline, `|-`/`|+` otherwise). The line count must agree, which rules out a
 * folded `>` block whose lines were joined.
 */
function blockLayout(lines: readonly string[], text: string, at: Range): { header: number; indent: number } | null {
  const nonEmpty = lines.filter((l) => l !== '').length;
  if (nonEmpty === 0) return null;
  const length = at.end.offset - at.start.offset;
  const content = lines.reduce((n, l) => n + l.length + 1, 0);
  const endsMidLine = at.end.column > 1;
  const wantLines = endsMidLine ? lines.length : lines.length + 1;
  if (at.end.line - at.start.line !== wantLines) return null;
  const fits = (header: number, indent: number) =>
    header >= 2 && header <= 4 && indent > 0 && header + content - (endsMidLine ? 1 : 0) + indent * nonEmpty === length;
  if (endsMidLine) {
    const indent = at.end.column - 1 - lines[lines.length - 1].length;
    const header = length + (endsMidLine ? 1 : 0) - content - indent * nonEmpty;
    return fits(header, indent) ? { header, indent } : null;
  }
  const clip = text.endsWith('\n') && !text.endsWith('\n\n');
  for (const header of clip ? [2, 3, 4] : [3, 4, 2]) {
    const indentTotal = length - header - content;
    if (indentTotal > 0 && indentTotal % nonEmpty === 0 && fits(header, indentTotal / nonEmpty))
      return { header, indent: indentTotal / nonEmpty };
  }
  return null;
}

/** The file range of the whole text of a template (the fallback location). */
export function textRange(t: Located): Range {
  return t.textSource.range;
}
