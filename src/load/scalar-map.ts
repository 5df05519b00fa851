/**
 * Maps an offset inside a scalar's value back to the file. A template's text is a YAML scalar
 * (plain, quoted or a `|`/`>` block with indentation); Handlebars reports errors by line and column
 * of the value, and the diagnostic must land on the bad tag in the file.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { LineIndex } from './positions.js';

/** How a scalar was written. */
export type ScalarStyle = 'plain' | 'quoted' | 'block';

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

/** The file position of `valueOffset` inside a scalar's value. */
export function scalarValuePosition(lines: LineIndex, start: number, end: number, value: string, valueOffset: number): Position {
  const map = scalarOffsets(lines.text, start, end, value);
  const k = Math.max(0, Math.min(valueOffset, value.length));
  return lines.position(map[k]);
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
