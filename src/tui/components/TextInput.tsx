import type { TextValue } from '../state/text-edit.js';
import { scrollWindow } from '../view/layout.js';
import { wrapBounded, type Line, type Segment } from '../text/wrap.js';
import { markSpans } from '../text/highlight.js';
import type { TextSpan } from '../../model/outcome.js';
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

/** Segments cut at `at` characters: those before, those after (a segment across it split, its style kept). */
function splitSegments(segs: readonly Segment[], at: number): [Segment[], Segment[]] {
  const before: Segment[] = [];
  const after: Segment[] = [];
  let n = 0;
  for (const seg of segs) {
    if (n + seg.text.length <= at) before.push(seg);
    else if (n >= at) after.push(seg);
    else {
      before.push({ ...seg, text: seg.text.slice(0, at - n) });
      after.push({ ...seg, text: seg.text.slice(at - n) });
    }
    n += seg.text.length;
  }
  return [before, after];
}

/**
 * The value wrapped to `width`, with the cursor as an inverse cell (a `▏` without colour), and the
 * stretches in `marks` (offsets in the value: the words a live outcome matched) marked.
 */
export function textInputLines(
  v: TextValue,
  width: number,
  focused: boolean,
  color: boolean,
  placeholder = '',
  height = Infinity,
  marks: ReadonlyArray<TextSpan> = [],
): { lines: Line[]; cursorLine: number } {
  if (!focused) {
    const lines = v.value
      ? wrapBounded(marks.length ? markSpans(v.value, marks) : [{ text: v.value }], width, height).lines
      : [[{ text: placeholder, style: 'dim' as const }]];
    return { lines, cursorLine: 0 };
  }
  const span = Math.max(INPUT_WINDOW_MIN, width * (Number.isFinite(height) ? height : 50) * 2);
  const { start, end } = inputWindow(v.value, v.cursor, span);
  const shown = v.value.slice(start, end);
  const marked = marks.length
    ? markSpans(
        shown,
        marks.map((m) => ({ ...m, start: m.start - start, end: m.end - start })),
      )
    : [{ text: shown }];
  const [before, rest] = splitSegments(marked, v.cursor - start);
  const restText = rest.map((r) => r.text).join('');
  const first = segmenter.segment(restText)[Symbol.iterator]().next().value?.segment ?? '';
  const segs: Segment[] = [];
  if (start > 0) segs.push({ text: '… ', style: 'dim' });
  segs.push(...before);
  if (color) {
    // A no-break space stands for the cursor at a line's end: the wrapper would trim a plain one.
    const atEnd = first === '' || first === '\n';
    segs.push({ text: atEnd ? '\u00a0' : first, style: 'select' });
    segs.push(...(atEnd ? rest : splitSegments(rest, first.length)[1]));
  } else {
    segs.push({ text: '▏', style: 'select' }, ...rest);
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
  marks,
}: {
  value: TextValue;
  width: number;
  height: number;
  focused: boolean;
  placeholder?: string;
  /** Stretches of the value to mark (offsets in it). */
  marks?: ReadonlyArray<TextSpan>;
}) {
  const { color } = useTheme();
  const { lines, cursorLine } = textInputLines(value, width, focused, color, placeholder, height, marks);
  const from = scrollWindow(lines.length, cursorLine, height);
  return <Lines lines={lines} from={from} height={height} />;
}
