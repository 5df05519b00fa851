import { describe, expect, it } from 'vitest';
import { decodeSource, decodeSourceAfter } from '../../src/load/decode.js';

const enc = new TextEncoder();
const MAX = 2 * 1024 * 1024;
const bytesOf = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));

const before = 'templates:\n  a:\n    text: Спасибо, что написали 😀 — ответим.\n  b:\n    text: Ещё 🙂 шаблон\n';

describe('decodeSourceAfter', () => {
  it.each<[string, Uint8Array]>([
    ['a word replaced by a longer one', enc.encode(before.replace('Спасибо', 'Благодарим'))],
    ['a Cyrillic letter for another sharing its lead byte', enc.encode(before.replace('Спасибо', 'Спасибу'))],
    ['an emoji for another sharing three bytes', enc.encode(before.replace('😀', '😁'))],
    ['an emoji added', enc.encode(before.replace('шаблон', 'шаблон 😀'))],
    ['an edit at the first byte', enc.encode(`x${before}`)],
    ['an edit at the last byte', enc.encode(before.slice(0, -1))],
    ['everything removed', new Uint8Array(0)],
    ['the same bytes', enc.encode(before)],
    ['a BOM added', bytesOf([0xef, 0xbb, 0xbf], before)],
    ['a NUL byte in the edit', enc.encode(before.replace('Спасибо', 'Спа\0сибо'))],
    ['a character cut in half', bytesOf(before.slice(0, 30), [0xd0], before.slice(31))],
    ['a lead byte without its continuation', bytesOf(before.slice(0, 20), [0xf0, 0x9f], before.slice(20))],
  ])('gives what decoding the whole file gives: %s', (_label, bytes) => {
    const prev = enc.encode(before);
    const file = { path: 'templates.yaml', bytes };
    expect(decodeSourceAfter(prev, before, file, MAX)).toEqual(decodeSource(file, MAX));
  });

  it('decodes after a previous text that was not these bytes in full (a stale previous text) as the whole file', () => {
    const file = { path: 'templates.yaml', bytes: enc.encode(before.replace('Спасибо', 'Благодарим')) };
    expect(decodeSourceAfter(enc.encode(before), before.slice(0, -5), file, MAX)).toEqual(decodeSource(file, MAX));
  });
});
