/** `visible`, the one escape for untrusted text on a terminal or CI log: what it escapes, how, and what it keeps. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnsafeText, visible, visibleLines } from '../../src/report/visible.js';
import { CONTROLS, rawUnsafe, workflowCommands } from '../support/terminal-safety.js';

describe('visible', () => {
  it.each([
    ['an OSC title sequence', 'a\u001b]0;pwned\u0007b', 'a\\x1B]0;pwned\\x07b'],
    ['a CSI clear screen', '\u001b[2J\u001b[H', '\\x1B[2J\\x1B[H'],
    ['a carriage return that would overwrite the line', 'ok\rfake', 'ok\\rfake'],
    ['tab and newline by name', 'a\tb\nc', 'a\\tb\\nc'],
    ['NUL, backspace, DEL', '\u0000\b\u007f', '\\x00\\x08\\x7F'],
    ['C1: 8-bit CSI and OSC', '\u009b2J\u009d0;x', '\\x9B2J\\x9D0;x'],
    ['right-to-left override (Trojan Source)', 'abc\u202egnp.exe', 'abc\\u202Egnp.exe'],
    ['bidi isolates', '\u2066\u2067\u2068\u2069', '\\u2066\\u2067\\u2068\\u2069'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['a workflow command at the start', '::add-mask::secret', '\\x3A:add-mask::secret'],
    ['a workflow command after white space (the runner trims it)', '  \u00a0::stop-commands::t', '  \u00a0\\x3A:stop-commands::t'],
    ['the older command syntax, anywhere', 'see ##[add-mask]x', 'see \\x23#[add-mask]x'],
    ['`::` inside a line is harmless', 'a::b', 'a::b'],
  ])('escapes %s', (_name, input, want) => {
    expect(visible(input)).toBe(want);
  });

  it.each([
    ['Cyrillic and emoji with joiners', 'Заказ 👨‍👩‍👧 🇷🇺'],
    ['marks that right-to-left writing needs', 'שלום\u200f abc \u200e \u061c'],
    ['zero-width non-joiner (Persian)', 'می\u200cخواهم'],
    ['backslashes', 'C:\\path\\x1B'],
  ])('keeps %s', (_name, input) => {
    expect(visible(input)).toBe(input);
  });

  it('leaves a `::` that continues a line', () => {
    expect(visible('::x::y', { continuesLine: true })).toBe('::x::y');
  });

  it('splits multi-line text at \\n and \\r\\n, escaping each line (a lone \\r too)', () => {
    expect(visibleLines('a\r\n::error::x\nb\rc')).toEqual(['a', '\\x3A:error::x', 'b\\rc']);
  });

  it('escapes every character of the set and leaves nothing raw', () => {
    const out = visible(CONTROLS);
    expect(rawUnsafe(out)).toEqual([]);
    expect(hasUnsafeText(CONTROLS)).toBe(true);
    expect(hasUnsafeText(out)).toBe(false);
    expect(out.match(/\\(x[0-9A-F]{2}|u[0-9A-F]{4}|[tnr])/g)).toHaveLength([...CONTROLS].length);
  });

  it('property: any text comes out with nothing raw, no workflow command, and unchanged by a second pass', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('::', '##[', '\n', '\r', '\u001b', '\u202e', ' ', ':', '#', '[', 'add-mask]', '\u2028'),
      fc.integer({ min: 0, max: 0x2070 }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const line = visible(text);
        const lines = visibleLines(text);
        expect(rawUnsafe(line)).toEqual([]);
        expect(workflowCommands(line)).toEqual([]);
        expect(workflowCommands(lines.map((l) => `    ${l}`).join('\n'))).toEqual([]);
        expect(visible(line)).toBe(line);
      }),
      { numRuns: 2000 },
    );
  });
});
