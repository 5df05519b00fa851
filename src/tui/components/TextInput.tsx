import type { TextValue } from '../state/text-edit.js';
import { scrollWindow } from '../view/layout.js';
import { wrapBounded, type Line, type Segment } from '../text/wrap.js';
import { Lines } from './Lines.js';
import { useTheme } from './theme.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Characters of the value wrapped on each side of the cursor, at least: a pasted 200 KB complaint
 * is edited with the cost of what the input shows (a window of `width × height` cells, twice over),
 * not of the whole text on every key.
 */
export const INPUT_WINDOW_MIN = 1024;

/** A grapheme boundary at or after `i`. */
function boundaryFrom(value: string, i: number): number {
  if (i <= 0 || i >= value.length) return Math.max(0, Math.min(i, value.length));
  const seg = segmenter.segment(value).containing(i);
  return !seg || seg.index === i ? i : seg.index + seg.segment.length;
}

/** The part of the value the input wraps: whole lines around the cursor when they are short, else a cut at a grapheme boundary. */
export function inputWindow(value: string, cursor: number, span: number): { start: number; end: number } {
  let start = 0;
  if (cursor > span) {
    const from = cursor - span;
    const nl = value.indexOf('\n', from);
    start = nl >= 0 && nl < cursor ? nl + 1 : boundaryFrom(value, from);
  }
  let end = value.length;
  if (value.length - cursor > span) {
    const to = cursor + span;
    const nl = value.lastIndexOf('\n', to);
    end = nl > cursor ? nl : boundaryFrom(value, to);
  }
  return { start, end };
}

/** The value wrapped to `width`, with the cursor as an inverse cell (a `▏` without colour). */
export function textInputLines(
  v: TextValue,
  width: number,
  focused: boolean,
  color: boolean,
  placeholder = '',
  height = Infinity,
): { lines: Line[]; cursorLine: number } {
  if (!focused) {
    const lines = v.value ? wrapBounded([{ text: v.value }], width, height).lines : [[{ text: placeholder, style: 'dim' as const }]];
    return { lines, cursorLine: 0 };
  }
  const span = Math.max(INPUT_WINDOW_MIN, width * (Number.isFinite(height) ? height : 50) * 2);
  const { start, end } = inputWindow(v.value, v.cursor, span);
  const before = v.value.slice(start, v.cursor);
  const rest = v.value.slice(v.cursor, end);
  const first = segmenter.segment(rest)[Symbol.iterator]().next().value?.segment ?? '';
  const segs: Segment[] = [];
  if (start > 0) segs.push({ text: '… ', style: 'dim' });
  segs.push({ text: before });
  if (color) {
    // A no-break space stands for the cursor at a line's end: the wrapper would trim a plain one.
    segs.push({ text: first === '' || first === '\n' ? '\u00a0' : first, style: 'select' });
    segs.push({ text: first === '' || first === '\n' ? rest : rest.slice(first.length) });
  } else {
    segs.push({ text: '▏', style: 'select' }, { text: rest });
  }
  if (end < v.value.length) segs.push({ text: ' …', style: 'dim' });
  const lines = wrapBounded(segs, width).lines;
  const cursorLine = Math.max(
    0,
    lines.findIndex((l) => l.some((s) => s.style === 'select')),
  );
  return { lines, cursorLine };
}

/** A multi-line text input (display only: the keys are handled by the reducer). */
export function TextInput({
  value,
  width,
  height,
  focused,
  placeholder,
}: {
  value: TextValue;
  width: number;
  height: number;
  focused: boolean;
  placeholder?: string;
}) {
  const { color } = useTheme();
  const { lines, cursorLine } = textInputLines(value, width, focused, color, placeholder, height);
  const from = scrollWindow(lines.length, cursorLine, height);
  return <Lines lines={lines} from={from} height={height} />;
}
