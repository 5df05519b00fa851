import { describe, expect, it } from 'vitest';
import { editText, emptyText } from '../../src/tui/state/text-edit.js';
import { markSpans } from '../../src/tui/text/highlight.js';
import { formatFromMention, formatLocalTime } from '../../src/tui/text/time.js';
import { lineWidth, truncate, width, wrapSegments, wrapText } from '../../src/tui/text/wrap.js';

const plain = (lines: ReturnType<typeof wrapText>) => lines.map((l) => l.map((s) => s.text).join(''));

describe('wrapping by display width', () => {
  it.each<[string, string, number, string[]]>([
    ['breaks at spaces', 'the courier never came', 10, ['the', 'courier', 'never came']],
    ['keeps newlines', 'a\nb', 10, ['a', 'b']],
    ['breaks a word wider than the line', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['Cyrillic is one column a letter', 'Заказала платье две недели назад', 12, ['Заказала', 'платье две', 'недели назад']],
    ['emoji are two columns', '😡😡😡 ok', 5, ['😡😡', '😡 ok']],
    ['never splits a grapheme', '👍🏽👍🏽', 2, ['👍🏽', '👍🏽']],
    ['empty text is one empty line', '', 5, ['']],
  ])('%s', (_name, text, max, want) => {
    const lines = wrapText(text, max);
    expect(plain(lines)).toEqual(want);
    for (const l of lines) expect(lineWidth(l)).toBeLessThanOrEqual(max);
  });

  it('keeps styles across the break', () => {
    const lines = wrapSegments([{ text: 'my ' }, { text: 'order number', style: 'mark' }, { text: ' is lost' }], 8);
    expect(lines).toEqual([
      [{ text: 'my ' }, { text: 'order', style: 'mark' }],
      [{ text: 'number', style: 'mark' }],
      [{ text: 'is lost' }],
    ]);
  });

  it('truncates by width with an ellipsis', () => {
    expect(truncate('Отзовик отзыв', 8)).toBe('Отзовик…');
    expect(truncate('😡😡😡', 5)).toBe('😡😡…');
    expect(width(truncate('😡😡😡', 4))).toBeLessThanOrEqual(4);
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('highlighting matched words', () => {
  it.each([
    ['one span', 'my order is late', [{ start: 3, end: 8, text: 'order' }], ['my ', '[order]', ' is late']],
    [
      'overlapping spans merge',
      'abcdef',
      [
        { start: 1, end: 3, text: '' },
        { start: 2, end: 5, text: '' },
      ],
      ['a', '[bcde]', 'f'],
    ],
    ['out-of-range spans are clamped', 'abc', [{ start: 2, end: 99, text: '' }], ['ab', '[c]']],
    ['no spans', 'abc', [], ['abc']],
  ])('%s', (_name, text, spans, want) => {
    expect(markSpans(text, spans).map((s) => (s.style === 'mark' ? `[${s.text}]` : s.text))).toEqual(want);
  });

  it('uses UTF-16 offsets (an emoji before the match)', () => {
    const text = '😡 заказ';
    expect(markSpans(text, [{ start: 3, end: 8, text: 'заказ' }]).find((s) => s.style)?.text).toBe('заказ');
  });
});

describe('deadlines', () => {
  it('shows the time as written in the playbook’s zone', () => {
    expect(formatLocalTime('2026-03-02T14:15:00+03:00')).toBe('Mon 2026-03-02 14:15');
  });
  it.each([
    ['2026-03-02T14:15:00+03:00', '2026-03-02T10:15:00+03:00', '+4 h after the mention'],
    ['2026-03-02T10:45:00+03:00', '2026-03-02T10:15:00+03:00', '+30 min after the mention'],
    ['2026-03-05T12:15:00+03:00', '2026-03-02T10:15:00+03:00', '+3 d 2 h after the mention'],
    ['2026-03-02T09:15:00+03:00', '2026-03-02T10:15:00+03:00', '1 h before the mention'],
  ])('%s from %s', (due, at, want) => {
    expect(formatFromMention(due, at)).toBe(want);
  });
});

describe('the text input’s editing', () => {
  it.each([
    ['insert at the cursor', { value: 'ac', cursor: 1 }, { kind: 'insert', text: 'b' }, { value: 'abc', cursor: 2 }],
    ['backspace removes a whole emoji', { value: 'a👍🏽', cursor: 5 }, { kind: 'backspace' }, { value: 'a', cursor: 1 }],
    ['left skips a whole grapheme', { value: 'a👍🏽', cursor: 5 }, { kind: 'left' }, { value: 'a👍🏽', cursor: 1 }],
    ['delete at the end does nothing', { value: 'ab', cursor: 2 }, { kind: 'delete' }, { value: 'ab', cursor: 2 }],
    ['up keeps the column', { value: 'abcd\nxy', cursor: 7 }, { kind: 'up' }, { value: 'abcd\nxy', cursor: 2 }],
    ['down to a shorter line goes to its end', { value: 'abcd\nxy', cursor: 4 }, { kind: 'down' }, { value: 'abcd\nxy', cursor: 7 }],
    ['home goes to the line start', { value: 'ab\ncd', cursor: 5 }, { kind: 'home' }, { value: 'ab\ncd', cursor: 3 }],
    ['pasted CR becomes a newline', { value: '', cursor: 0 }, { kind: 'insert', text: 'a\rb' }, { value: 'a\nb', cursor: 3 }],
  ] as const)('%s', (_name, v, key, want) => {
    expect(editText(v, key)).toEqual(want);
  });

  it('a single-line field turns newlines into spaces', () => {
    expect(editText(emptyText(), { kind: 'insert', text: 'a\nb' }, true).value).toBe('a b');
  });
});

import fc from 'fast-check';
import stringWidth from 'string-width';
import { graphemeIter, wrapBounded } from '../../src/tui/text/wrap.js';

/** The wrapper as it was before it became bounded and lazy: the reference the new one must equal. */
function referenceWrap(text: string, max: number): string[] {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const cells = Array.from(seg.segment(text), (x) => ({ g: x.segment, w: x.segment === '\n' ? 0 : stringWidth(x.segment) }));
  const lines: string[][] = [];
  let line: Array<{ g: string; w: number }> = [];
  let w = 0;
  let wrapped = false;
  const flush = (byWrap: boolean) => {
    while (line.length && line[line.length - 1].g === ' ') line.pop();
    lines.push(line.map((c) => c.g));
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
      if (!(wrapped && line.length === 0)) {
        if (w + 1 > max) flush(true);
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
    if (w + ww > max && line.length > 0 && ww <= max) flush(true);
    if (ww <= max - w) {
      for (let k = i; k < j; k++) line.push(cells[k]);
      w += ww;
    } else
      for (let k = i; k < j; k++) {
        if (w + cells[k].w > max && line.length > 0) flush(true);
        line.push(cells[k]);
        w += cells[k].w;
      }
    i = j;
  }
  if (line.length || lines.length === 0) flush(false);
  return lines.map((l) => l.join(''));
}

const textPiece = fc.oneof(
  fc.constantFrom(' ', '  ', '\n', 'a', 'word', 'Заказ', '😡', '👍🏽', '🇷🇺🇫🇷', 'e\u0301', '\u200d', 'longwordwithoutspaces', '中文'),
  fc.string({ maxLength: 8 }).map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029:#]/g, 'x')),
);

describe('bounded wrapping', () => {
  it('graphemeIter splits long text exactly as the segmenter does, chunk boundaries included', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.array(textPiece, { minLength: 300, maxLength: 1500 }), (parts) => {
        const s = parts.join('');
        expect([...graphemeIter(s)]).toEqual(Array.from(seg.segment(s), (x) => x.segment));
      }),
      { numRuns: 40 },
    );
    // One grapheme longer than a chunk: a base letter with 5000 combining marks.
    const zalgo = `a${'\u0301'.repeat(5000)}b`;
    expect([...graphemeIter(zalgo)]).toEqual([`a${'\u0301'.repeat(5000)}`, 'b']);
  });

  it('wraps exactly as the unbounded wrapper did, and a bounded wrap is its first lines', () => {
    fc.assert(
      fc.property(
        fc.array(textPiece, { maxLength: 60 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (parts, max, maxLines) => {
          const text = parts.join('');
          const all = wrapBounded([{ text }], max).lines.map((l) => l.map((s) => s.text).join(''));
          expect(all).toEqual(referenceWrap(text, max));
          const some = wrapBounded([{ text }], max, maxLines);
          expect(some.lines.map((l) => l.map((s) => s.text).join(''))).toEqual(all.slice(0, maxLines));
          expect(some.complete).toBe(all.length <= maxLines);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('stops at the lines asked for on a 200 KB text', () => {
    const text = 'order late '.repeat(20_000);
    const r = wrapBounded([{ text }], 40, 5);
    expect(r.lines).toHaveLength(5);
    expect(r.complete).toBe(false);
  });

  it('shows control characters escaped, keeping the newlines', () => {
    expect(plain(wrapText('a\u001b]0;t\u0007\nb\tc', 40))).toEqual(['a\\x1B]0;t\\x07', 'b\\tc']);
    expect(truncate('\u001b[2Jhello', 40)).toBe('\\x1B[2Jhello');
  });
});

import { textInputLines } from '../../src/tui/components/TextInput.js';

describe('editing a 200 KB paste', () => {
  const big = `${'слово word 👍🏽 '.repeat(15_000)}end👍🏽`;
  it('backspace, left and up at the end act on the last grapheme and line', () => {
    const v = emptyText(big);
    expect(editText(v, { kind: 'backspace' }).value).toBe(big.slice(0, -4));
    expect(editText(v, { kind: 'left' }).cursor).toBe(big.length - 4);
    const two = emptyText(`${big}\nab`);
    expect(editText(two, { kind: 'up' }).cursor).toBe(2);
  });

  it('the input wraps a window around the cursor, not the whole value', () => {
    const { lines, cursorLine } = textInputLines(emptyText(big), 60, true, true, '', 10);
    expect(lines.length).toBeLessThan(200);
    expect(lines[0].map((s) => s.text).join('')).toMatch(/^… /);
    expect(lines[cursorLine].map((s) => s.text).join('')).toContain('end👍🏽');
    const start = textInputLines({ value: big, cursor: 0 }, 60, true, true, '', 10);
    expect(start.cursorLine).toBe(0);
    expect(
      start.lines
        .at(-1)!
        .map((s) => s.text)
        .join(''),
    ).toMatch(/ …$/);
  });
});
