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
    expect(lines).toEqual([[{ text: 'my ' }, { text: 'order', style: 'mark' }], [{ text: 'number', style: 'mark' }], [{ text: 'is lost' }]]);
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
    ['overlapping spans merge', 'abcdef', [{ start: 1, end: 3, text: '' }, { start: 2, end: 5, text: '' }], ['a', '[bcde]', 'f']],
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
