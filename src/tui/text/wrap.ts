/**
 * Text measured by what a terminal shows: display columns (`string-width`: Cyrillic is 1, most
 * emoji and CJK are 2), split into graphemes so «й» or a flag emoji is never cut in half. Every
 * pane pre-wraps its lines with these, so Ink never has to re-wrap and the layout cannot shift.
 */
import stringWidth from 'string-width';

/** How a stretch of text is shown; the theme maps styles to colours (or to nothing under NO_COLOR). */
export type Style = 'mark' | 'dim' | 'ok' | 'fail' | 'warn' | 'accent' | 'bold' | 'over' | 'select';

export interface Segment {
  text: string;
  style?: Style;
}

/** One screen line: styled segments. */
export type Line = Segment[];

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemes(s: string): string[] {
  return Array.from(segmenter.segment(s), (x) => x.segment);
}

/** Display width of a string (ANSI-free). */
export function width(s: string): number {
  return stringWidth(s);
}

export function lineWidth(line: Line): number {
  return line.reduce((n, s) => n + stringWidth(s.text), 0);
}

/** Cuts a string to `max` columns, ending with `…` when something was cut. */
export function truncate(s: string, max: number): string {
  if (max <= 0) return '';
  if (stringWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = stringWidth(g);
    if (w + gw > max - 1) break;
    out += g;
    w += gw;
  }
  return `${out}…`;
}

/** Pads with spaces to exactly `n` columns (truncating first if needed). */
export function padEnd(s: string, n: number): string {
  const t = truncate(s, n);
  return t + ' '.repeat(Math.max(0, n - stringWidth(t)));
}

/** Cuts a styled line to `max` columns. */
export function truncateLine(line: Line, max: number): Line {
  if (lineWidth(line) <= max) return line;
  const out: Line = [];
  let left = max - 1;
  for (const seg of line) {
    const w = stringWidth(seg.text);
    if (w <= left) {
      out.push(seg);
      left -= w;
      continue;
    }
    let text = '';
    for (const g of graphemes(seg.text)) {
      const gw = stringWidth(g);
      if (gw > left) break;
      text += g;
      left -= gw;
    }
    if (text) out.push({ ...seg, text });
    break;
  }
  out.push({ text: '…', style: 'dim' });
  return out;
}

interface Cell {
  g: string;
  w: number;
  style?: Style;
}

function toCells(segments: Segment[]): Cell[] {
  const cells: Cell[] = [];
  for (const seg of segments) {
    // Tabs and control characters would move the terminal's cursor; show them as spaces.
    const text = seg.text.replace(/\r\n?/g, '\n').replace(/\t/g, '  ').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
    for (const g of graphemes(text)) cells.push({ g, w: g === '\n' ? 0 : stringWidth(g), style: seg.style });
  }
  return cells;
}

function toLine(cells: Cell[]): Line {
  const out: Line = [];
  for (const c of cells) {
    const last = out[out.length - 1];
    if (last && last.style === c.style) last.text += c.g;
    else out.push(c.style ? { text: c.g, style: c.style } : { text: c.g });
  }
  return out;
}

/**
 * Wraps styled text to `max` columns: breaks at spaces where it can, inside a word only when the
 * word alone is wider than the line; newlines always break.
 */
export function wrapSegments(segments: Segment[], max: number): Line[] {
  const limit = Math.max(1, max);
  const cells = toCells(segments);
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let w = 0;
  let wrapped = false;
  const flush = (byWrap: boolean) => {
    while (line.length && line[line.length - 1].g === ' ') line.pop();
    lines.push(line);
    line = [];
    w = 0;
    wrapped = byWrap;
  };
  let i = 0;
  while (i < cells.length) {
    const c = cells[i];
    if (c.g === '\n') {
      flush(false);
      i++;
      continue;
    }
    if (c.g === ' ') {
      // A space that ended a wrapped line is not carried to the next one.
      if (!(wrapped && line.length === 0)) {
        if (w + 1 > limit) flush(true);
        else {
          line.push(c);
          w += 1;
        }
      }
      i++;
      continue;
    }
    let j = i;
    let ww = 0;
    while (j < cells.length && cells[j].g !== ' ' && cells[j].g !== '\n') ww += cells[j++].w;
    if (w + ww > limit && line.length > 0 && ww <= limit) flush(true);
    if (ww <= limit - w) {
      for (let k = i; k < j; k++) line.push(cells[k]);
      w += ww;
    } else {
      for (let k = i; k < j; k++) {
        if (w + cells[k].w > limit && line.length > 0) flush(true);
        line.push(cells[k]);
        w += cells[k].w;
      }
    }
    i = j;
  }
  if (line.length || lines.length === 0) flush(false);
  return lines.map(toLine);
}

/** Wraps plain text. */
export function wrapText(text: string, max: number, style?: Style): Line[] {
  return wrapSegments([style ? { text, style } : { text }], max);
}
