/**
 * replybook's one way from an offset inside a YAML scalar's value to the file. A template's text or
 * a pattern is a scalar (plain, quoted or a `|`/`>` block with indentation); a diagnostic about a
 * stretch of it (a bad tag, an avoided phrase, a construct of a pattern) must land on that stretch
 * in the file. `locateInText` does it, for every check and every style.
 */
import type { Range } from '../diagnostics/diagnostic.js';
import type { ScalarStyle, Source } from '../model/playbook.js';
import { LineIndex } from './positions.js';

/** How a scalar was written (the model's type, where the loader's positions record it). */
export type { ScalarStyle };

function isWs(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Length of a double-quoted escape starting at `j` (the backslash). */
function escapeLength(raw: string, j: number): number {
  const c = raw[j + 1];
  if (c === 'x') return 4;
  if (c === 'u') return 6;
  if (c === 'U') return 10;
  return 2;
}

/**
 * For each UTF-16 index of `value`, the file offset of the character it came from; one extra entry
 * maps the end of the value. `start`/`end` are the scalar's offsets in `fileText`.
 *
 * The value is aligned with the raw text: equal characters pair up, whitespace the value dropped
 * (indentation, folded line breaks) is skipped, escapes and `''` count as one character. This holds
 * for every style without re-implementing YAML's folding rules, and it is exact for the characters
 * that matter (a `{{` is never whitespace).
 */
export function scalarOffsets(fileText: string, start: number, end: number, value: string): number[] {
  const first = fileText[start];
  const double = first === '"';
  const single = first === "'";
  let j = start;
  let rawEnd = end;
  if (double || single) {
    j = start + 1;
    rawEnd = Math.max(j, end - 1);
  } else if (first === '|' || first === '>') {
    const nl = fileText.indexOf('\n', start);
    j = nl < 0 || nl > end ? end : nl + 1;
  }
  const out: number[] = new Array<number>(value.length + 1);
  let i = 0;
  while (i < value.length) {
    if (j >= rawEnd) {
      out[i++] = rawEnd;
      continue;
    }
    const v = value[i];
    const r = fileText[j];
    if (double && r === '\\') {
      if (fileText[j + 1] === '\n' || fileText[j + 1] === '\r') {
        // An escaped line break joins lines and contributes no character.
        j += 2;
        while (j < rawEnd && isWs(fileText[j])) j++;
        continue;
      }
      out[i++] = j;
      j += escapeLength(fileText, j);
    } else if (single && r === "'" && fileText[j + 1] === "'") {
      out[i++] = j;
      j += 2;
    } else if (v === r) {
      out[i++] = j++;
    } else if (r === '\n' && v === ' ') {
      // A folded line break: the value has one space where the raw text breaks the line.
      out[i++] = j++;
    } else if (isWs(r)) {
      // Indentation, trailing spaces or a break the value dropped.
      j++;
    } else {
      // Out of step (should not happen): keep both moving so the map stays monotonic.
      out[i++] = j++;
    }
  }
  out[value.length] = Math.min(j, rawEnd);
  return out;
}

/** A scalar's value and where the loader says it is written: its range (from its first character, the indicator of a block) and style. */
export interface ScalarText {
  text: string;
  textSource: { range: Range; style?: ScalarStyle };
}

/**
 * The file range of the value offsets [start, end) of a scalar. Exact from the file's text when it
 * is given (every style: escapes, folding, indentation). Without it, from the scalar's range and
 * style alone, which tells a one-line plain or quoted scalar without escapes and a literal block
 * (its indentation solved from the range's length); null when that cannot be told.
 */
export function locateInText(s: ScalarText, start: number, end: number, file?: LineIndex): Range | null {
  const at = s.textSource.range;
  const clamp = (i: number) => Math.max(0, Math.min(i, s.text.length));
  if (file) {
    const map = scalarOffsets(file.text, at.start.offset, at.end.offset, s.text);
    const from = map[clamp(start)];
    return file.range(from, Math.max(from, map[clamp(end)]));
  }
  return s.textSource.style === 'block' ? inBlock(s.text, at, clamp(start), clamp(end)) : onOneLine(s.text, at, clamp(start), clamp(end));
}

/** The whole scalar: where a diagnostic goes when `locateInText` cannot tell. */
export function textRange(s: ScalarText): Range {
  return s.textSource.range;
}

/** A one-line plain or quoted scalar whose raw text is the value itself (plus its quotes): no escapes, no folding. */
function onOneLine(text: string, at: Range, start: number, end: number): Range | null {
  if (at.start.line !== at.end.line || text.includes('\n')) return null;
  const length = at.end.offset - at.start.offset;
  const quote = length === text.length ? 0 : length === text.length + 2 ? 1 : -1;
  if (quote < 0) return null;
  const pos = (i: number) => ({ line: at.start.line, column: at.start.column + quote + i, offset: at.start.offset + quote + i });
  return { start: pos(start), end: pos(end) };
}

/**
 * A block scalar: its range starts at the indicator (`|`) and ends after the newline of the last
 * content line, so content line N (0-based) is on line `start.line + 1 + N`.
 */
function inBlock(text: string, at: Range, start: number, end: number): Range | null {
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
    const header = length + 1 - content - indent * nonEmpty;
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

/** Where a stretch of a scalar's value is written; the scalar itself when it cannot be told. */
export type ScalarPlacer = (
  at: Source,
  value: string,
  start?: number,
  end?: number,
) => { file: string; range: Range; path?: ReadonlyArray<string | number> };

/** `locateInText` over the files' texts (one line index per file, built on first use), as a report location. */
export function scalarPlacer(sourceText: (file: string) => string | undefined): ScalarPlacer {
  const lines = new Map<string, LineIndex | null>();
  return (at, value, start, end) => {
    if (start === undefined || end === undefined) return at;
    let index = lines.get(at.file);
    if (index === undefined) {
      const text = sourceText(at.file);
      index = text === undefined ? null : new LineIndex(text);
      lines.set(at.file, index);
    }
    const range = locateInText({ text: value, textSource: at }, start, end, index ?? undefined);
    return range ? { file: at.file, range, path: at.path } : at;
  };
}

/** The offset in `value` of a 1-based line and 0-based column, as Handlebars reports them. */
export function valueOffsetOf(value: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = value.indexOf('\n', offset);
    if (nl < 0) return value.length;
    offset = nl + 1;
  }
  const lineEnd = value.indexOf('\n', offset);
  return Math.min(offset + Math.max(0, column), lineEnd < 0 ? value.length : lineEnd);
}
