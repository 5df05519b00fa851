/**
 * Text measured by what a terminal shows: display columns (`string-width`: Cyrillic is 1, most
 * emoji and CJK are 2), split into graphemes so «й» or a flag emoji is never cut in half. Every
 * pane pre-wraps its lines with these, so Ink never has to re-wrap and the layout cannot shift.
 *
 * These functions are also the simulator's door for untrusted text: each escapes what it is given
 * with `visible` (src/report/visible.ts) before measuring it, so every string that reaches Ink
 * through `wrapSegments`, `truncate`, `truncateLine` or `padEnd` has no control character left
 * (an author name cannot set the terminal's title) and its width is the width of what is shown.
 *
 * Wrapping is linear in what it wraps, and `wrapBounded` stops after the lines that can be shown,
 * so a 200 KB complaint costs what fits on the screen.
 */
import { graphemeIter, splitGraphemes } from '../../text/graphemes.js';
import stringWidth from 'string-width';
import { visible } from '../../report/visible.js';

/** How a stretch of text is shown; the theme maps styles to colours (or to nothing under NO_COLOR). */
export type Style = 'mark' | 'dim' | 'ok' | 'fail' | 'warn' | 'accent' | 'bold' | 'over' | 'select';

export interface Segment {
  text: string;
  style?: Style;
}

/** One screen line: styled segments. */
export type Line = Segment[];

export { graphemeIter };

export function graphemes(s: string): string[] {
  return splitGraphemes(s);
}

/** Display width of a string (ANSI-free). */
export function width(s: string): number {
  return stringWidth(s);
}

export function lineWidth(line: Line): number {
  return line.reduce((n, s) => n + stringWidth(s.text), 0);
}

/**
 * Cuts a string to `max` columns, ending with `…` when something was cut; untrusted text is escaped
 * first. Reads only as far as `max` columns reach (a long text is not measured whole).
 */
export function truncate(raw: string, max: number): string {
  if (max <= 0) return '';
  const s = visible(raw);
  let w = 0;
  let at = 0;
  // The length of the prefix that fits in max - 1 columns (room for the ellipsis).
  let keep = 0;
  for (const g of graphemeIter(s)) {
    const gw = stringWidth(g);
    if (w + gw > max) return `${s.slice(0, keep)}…`;
    w += gw;
    at += g.length;
    if (w <= max - 1) keep = at;
  }
  return s;
}

/** Pads with spaces to exactly `n` columns (truncating first if needed). */
export function padEnd(s: string, n: number): string {
  const t = truncate(s, n);
  return t + ' '.repeat(Math.max(0, n - stringWidth(t)));
}

/** The display width of `s`, or some width above `cap` once it is known to exceed it (a long text is not measured whole). */
function widthAtMost(s: string, cap: number): number {
  let w = 0;
  for (const g of graphemeIter(s)) {
    w += stringWidth(g);
    if (w > cap) return w;
  }
  return w;
}

/** Cuts a styled line to `max` columns; each segment's text is escaped (as a continuation after the first). */
export function truncateLine(raw: Line, max: number): Line {
  const line = raw.map((seg, i) => ({ ...seg, text: visible(seg.text, { continuesLine: i > 0 }) }));
  let total = 0;
  for (const seg of line) total += widthAtMost(seg.text, max - total);
  if (total <= max) return line;
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
    for (const g of graphemeIter(seg.text)) {
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

const NEWLINE: Cell = { g: '\n', w: 0 };

/**
 * The cells of styled text, lazily: each line of each segment escaped with `visible` (a newline is
 * the only control character a layout keeps; `\r\n` is one), then cut into graphemes.
 */
function* cellsOf(segments: ReadonlyArray<Segment>): Generator<Cell> {
  let atLineStart = true;
  for (const seg of segments) {
    const parts = seg.text.split(/\r\n|\n/);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        yield NEWLINE;
        atLineStart = true;
      }
      if (parts[i] === '') continue;
      const text = visible(parts[i], { continuesLine: !atLineStart });
      atLineStart = false;
      for (const g of graphemeIter(text)) yield seg.style ? { g, w: stringWidth(g), style: seg.style } : { g, w: stringWidth(g) };
    }
  }
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

/** Lines of a bounded wrap, and whether they are all there is. */
export interface WrappedText {
  lines: Line[];
  /** False when the text goes on beyond the last line returned. */
  complete: boolean;
}

/**
 * Wraps styled text to `max` columns, at most `maxLines` lines: breaks at spaces where it can,
 * inside a word only when the word alone is wider than the line; newlines always break. Reads the
 * text only as far as those lines need (a word is looked ahead at most one line's width).
 */
export function wrapBounded(segments: ReadonlyArray<Segment>, max: number, maxLines = Infinity): WrappedText {
  // One line more than asked tells whether the text goes on (trailing spaces, say, make none).
  const lines = wrapLines(segments, max, maxLines + 1);
  return lines.length > maxLines ? { lines: lines.slice(0, maxLines), complete: false } : { lines, complete: true };
}

/** The wrapper: at most `maxLines` lines, reading no further than they need. */
function wrapLines(segments: ReadonlyArray<Segment>, max: number, maxLines: number): Line[] {
  const limit = Math.max(1, max);
  const source = cellsOf(segments);
  // The cells read but not yet placed: `cells[head]` is the next one.
  const cells: Cell[] = [];
  let head = 0;
  let done = false;
  const peek = (k: number): Cell | undefined => {
    while (!done && cells.length - head <= k) {
      const next = source.next();
      if (next.done) done = true;
      else cells.push(next.value);
    }
    return cells[head + k];
  };
  const lines: Cell[][] = [];
  let line: Cell[] = [];
  let w = 0;
  let wrapped = false;
  // Inside a word wider than a line, broken where it reaches the edge.
  let breaking = false;
  const flush = (byWrap: boolean) => {
    while (line.length && line[line.length - 1].g === ' ') line.pop();
    lines.push(line);
    line = [];
    w = 0;
    wrapped = byWrap;
  };
  const full = () => lines.length >= maxLines;
  while (!full()) {
    const c = peek(0);
    if (c === undefined) break;
    if (c.g === '\n') {
      breaking = false;
      flush(false);
      head++;
      continue;
    }
    if (c.g === ' ') {
      breaking = false;
      // A space that ended a wrapped line is not carried to the next one.
      if (!(wrapped && line.length === 0)) {
        if (w + 1 > limit) flush(true);
        else {
          line.push(c);
          w += 1;
        }
      }
      head++;
      continue;
    }
    // The word: up to the next space or newline, looked at no further than one line's width.
    let j = 0;
    let ww = 0;
    for (let x = peek(0); x !== undefined && x.g !== ' ' && x.g !== '\n' && ww <= limit; x = peek(j)) {
      ww += x.w;
      j++;
    }
    const next = peek(j);
    const cut = next !== undefined && next.g !== ' ' && next.g !== '\n';
    if (!breaking && !cut && w + ww > limit && line.length > 0 && ww <= limit) flush(true);
    if (!breaking && !cut && ww <= limit - w) {
      for (let k = 0; k < j; k++) line.push(cells[head + k]);
      w += ww;
    } else {
      breaking = cut;
      for (let k = 0; k < j; k++) {
        const cell = cells[head + k];
        if (w + cell.w > limit && line.length > 0) {
          flush(true);
          if (full()) return lines.map(toLine);
        }
        line.push(cell);
        w += cell.w;
      }
    }
    head += j;
    // Placed cells are not needed again.
    if (head > 4096) {
      cells.splice(0, head);
      head = 0;
    }
  }
  if (full()) return lines.map(toLine);
  if (line.length || lines.length === 0) flush(false);
  return lines.map(toLine);
}

/** Wraps styled text to `max` columns (all of it: for text known to be short). */
export function wrapSegments(segments: ReadonlyArray<Segment>, max: number): Line[] {
  return wrapBounded(segments, max).lines;
}

/** Wraps plain text. */
export function wrapText(text: string, max: number, style?: Style): Line[] {
  return wrapSegments([style ? { text, style } : { text }], max);
}
