/**
 * The text input's editing, as pure functions on `{ value, cursor }`. The cursor is a UTF-16
 * offset that always sits between graphemes, so an emoji or «й» is deleted whole.
 */
import { graphemeIter } from '../text/wrap.js';
import type { EditKey } from './types.js';

export interface TextValue {
  value: string;
  cursor: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export const emptyText = (value = ''): TextValue => ({ value, cursor: value.length });

// The grapheme around an offset is found with `containing`, which looks only near it: walking
// every grapheme of a 200 KB paste on each key would make typing after it crawl.

function prevBoundary(value: string, cursor: number): number {
  if (cursor <= 0) return 0;
  return segmenter.segment(value).containing(cursor - 1)?.index ?? cursor - 1;
}

function nextBoundary(value: string, cursor: number): number {
  if (cursor >= value.length) return value.length;
  const seg = segmenter.segment(value).containing(cursor);
  return seg ? seg.index + seg.segment.length : cursor + 1;
}

function lineStart(value: string, cursor: number): number {
  return value.lastIndexOf('\n', cursor - 1) + 1;
}

function lineEnd(value: string, cursor: number): number {
  const i = value.indexOf('\n', cursor);
  return i < 0 ? value.length : i;
}

/** Moves to the same column (in graphemes) of the line above or below, or to its end. */
function verticalMove(v: TextValue, direction: 1 | -1): number {
  const start = lineStart(v.value, v.cursor);
  let column = 0;
  for (const _ of graphemeIter(v.value.slice(start, v.cursor))) column++;
  let target: number;
  if (direction < 0) {
    if (start === 0) return 0;
    target = lineStart(v.value, start - 1);
  } else {
    const end = lineEnd(v.value, v.cursor);
    if (end === v.value.length) return v.value.length;
    target = end + 1;
  }
  const targetEnd = lineEnd(v.value, target);
  let at = target;
  let n = 0;
  for (const g of graphemeIter(v.value.slice(target, targetEnd))) {
    if (n++ === column) return at;
    at += g.length;
  }
  return targetEnd;
}

/** Applies one key; `singleLine` drops newlines from inserted (pasted) text. */
export function editText(v: TextValue, key: EditKey, singleLine = false): TextValue {
  const { value, cursor } = v;
  switch (key.kind) {
    case 'insert': {
      // Terminals send \r for Enter inside pasted text; control characters would break the layout.
      let text = key.text
        .replace(/\r\n?/g, '\n')
        .replace(/\t/g, '  ')
        // eslint-disable-next-line no-control-regex -- the control characters a paste may carry are what is removed
        .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
      if (singleLine) text = text.replace(/\n/g, ' ');
      if (text === '') return v;
      return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
    }
    case 'backspace': {
      if (cursor === 0) return v;
      const p = prevBoundary(value, cursor);
      return { value: value.slice(0, p) + value.slice(cursor), cursor: p };
    }
    case 'delete': {
      if (cursor === value.length) return v;
      const n = nextBoundary(value, cursor);
      return { value: value.slice(0, cursor) + value.slice(n), cursor };
    }
    case 'left':
      return { value, cursor: prevBoundary(value, cursor) };
    case 'right':
      return { value, cursor: nextBoundary(value, cursor) };
    case 'home':
      return { value, cursor: lineStart(value, cursor) };
    case 'end':
      return { value, cursor: lineEnd(value, cursor) };
    case 'up':
      return { value, cursor: verticalMove(v, -1) };
    case 'down':
      return { value, cursor: verticalMove(v, 1) };
  }
}
