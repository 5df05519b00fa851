import type { TextValue } from '../state/text-edit.js';
import { scrollWindow } from '../view/layout.js';
import { wrapSegments, type Line, type Segment } from '../text/wrap.js';
import { Lines } from './Lines.js';
import { useTheme } from './theme.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The value wrapped to `width`, with the cursor as an inverse cell (a `▏` without colour). */
export function textInputLines(v: TextValue, width: number, focused: boolean, color: boolean, placeholder = ''): { lines: Line[]; cursorLine: number } {
  if (!focused) {
    const lines = v.value ? wrapSegments([{ text: v.value }], width) : [[{ text: placeholder, style: 'dim' as const }]];
    return { lines, cursorLine: 0 };
  }
  const before = v.value.slice(0, v.cursor);
  const rest = v.value.slice(v.cursor);
  const first = segmenter.segment(rest)[Symbol.iterator]().next().value?.segment ?? '';
  const segs: Segment[] = [{ text: before }];
  if (color) {
    // A no-break space stands for the cursor at a line's end: the wrapper would trim a plain one.
    segs.push({ text: first === '' || first === '\n' ? '\u00a0' : first, style: 'select' });
    segs.push({ text: first === '' || first === '\n' ? rest : rest.slice(first.length) });
  } else {
    segs.push({ text: '▏', style: 'select' }, { text: rest });
  }
  const lines = wrapSegments(segs, width);
  const cursorLine = Math.max(0, lines.findIndex((l) => l.some((s) => s.style === 'select')));
  return { lines, cursorLine };
}

/** A multi-line text input (display only: the keys are handled by the reducer). */
export function TextInput({ value, width, height, focused, placeholder }: { value: TextValue; width: number; height: number; focused: boolean; placeholder?: string }) {
  const { color } = useTheme();
  const { lines, cursorLine } = textInputLines(value, width, focused, color, placeholder);
  const from = scrollWindow(lines.length, cursorLine, height);
  return <Lines lines={lines} from={from} height={height} />;
}
