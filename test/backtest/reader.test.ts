/** Reading an export as rows: encodings, delimiters, quoted multi-line fields, malformed rows, JSON Lines. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectEncoding, readExport, type ExportRecord } from '../../src/node/mention-file.js';

async function* chunked(bytes: Uint8Array, size = 7): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(bytes: Uint8Array, format: 'csv' | 'jsonl' = 'csv', encoding?: string, size?: number): Promise<ExportRecord[]> {
  const out: ExportRecord[] = [];
  for await (const r of readExport(chunked(bytes, size), format, { encoding })) {
    const { kind } = r;
    out.push(
      kind === 'header'
        ? { kind, cells: r.cells }
        : kind === 'row'
          ? { kind, line: r.line, cells: r.cells }
          : { kind, line: r.line, reason: r.reason },
    );
  }
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const CSV =
  'Дата;Площадка;Текст\r\n01.03.2026 10:00;ВКонтакте;"Заказ не привезли;\r\nкурьер ""молчит"""\r\n\r\n02.03.2026 11:00;Telegram;Спасибо 😊\r\n';
const EXPECTED: ExportRecord[] = [
  { kind: 'header', cells: ['Дата', 'Площадка', 'Текст'] },
  { kind: 'row', line: 2, cells: ['01.03.2026 10:00', 'ВКонтакте', 'Заказ не привезли;\r\nкурьер "молчит"'] },
  { kind: 'row', line: 5, cells: ['02.03.2026 11:00', 'Telegram', 'Спасибо 😊'] },
];

describe('encodings', () => {
  it.each([
    ['UTF-8', utf8(CSV), undefined],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]), undefined],
    ['UTF-16LE with a BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode(CSV, 'utf-16le')]), undefined],
    ['--encoding utf-8 over a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]), 'utf-8'],
  ])('%s, in chunks that cut characters', async (_name, bytes, encoding) => {
    expect(await read(bytes, 'csv', encoding)).toEqual(EXPECTED);
  });

  it('Windows-1251 (invalid as UTF-8) is detected; --encoding overrides', async () => {
    const text = CSV.replace(' 😊', '');
    const bytes = iconv.encode(text, 'windows-1251');
    expect(detectEncoding(bytes).encoding).toBe('windows-1251');
    const rows = await read(bytes);
    expect(rows[2]).toEqual({ kind: 'row', line: 5, cells: ['02.03.2026 11:00', 'Telegram', 'Спасибо'] });
    // Read as KOI8-R because the user says so: other letters, same rows.
    const koi = await read(bytes, 'csv', 'koi8-r');
    expect(koi).toHaveLength(3);
    expect((koi[2] as { cells: string[] }).cells[2]).not.toBe('Спасибо');
  });

  it('a UTF-8 sample cut inside a character is still UTF-8', () => {
    const big = utf8('я'.repeat(40_000));
    expect(detectEncoding(big.subarray(0, 64 * 1024 - 1), false).encoding).toBe('utf-8');
    expect(detectEncoding(big.subarray(0, 64 * 1024 - 1), true).encoding).toBe('windows-1251');
  });
});

describe('delimiters', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n', ';'],
    ['a\tb\tc\n', '\t'],
    ['a|b|c\n', '|'],
    ['"x;y",b,c\n', ','],
  ])('%j → %j', (text, d) => {
    expect(detectDelimiter(text)).toBe(d);
  });
});

describe('malformed rows', () => {
  it('a stray quote inside a field is kept; an unclosed quote is listed with its lines, and the rows before it are read', async () => {
    const rows = await read(utf8('a,b\n1,x"y\n2,"open\n3,z\n'), 'csv', undefined, 3);
    expect(rows).toEqual([
      { kind: 'header', cells: ['a', 'b'] },
      { kind: 'row', line: 2, cells: ['1', 'x"y'] },
      { kind: 'problem', line: 3, reason: expect.stringMatching(/not closed before the end of the file, so lines 3–4 could not be read/) },
    ]);
  });

  it('a row with fewer columns is a row (the session says what is missing)', async () => {
    expect((await read(utf8('a,b,c\n1\n'))).at(-1)).toEqual({ kind: 'row', line: 2, cells: ['1'] });
  });
});

describe('JSON Lines', () => {
  it('reads objects, flattens author.name, lists a bad line and goes on', async () => {
    const text =
      '{"text":"Заказ","channel":"vk","author":{"name":"Ира","followers":5},"at":"2026-03-01T10:00:00+03:00"}\nnot json\n[1]\n\n{"text":"Спасибо","channel":"telegram","at":"2026-03-02"}';
    expect(await read(utf8(text), 'jsonl', undefined, 5)).toEqual([
      { kind: 'header', cells: ['text', 'channel', 'author.name', 'author.followers', 'at'] },
      { kind: 'row', line: 1, cells: ['Заказ', 'vk', 'Ира', '5', '2026-03-01T10:00:00+03:00'] },
      { kind: 'problem', line: 2, reason: expect.stringMatching(/not JSON/) },
      { kind: 'problem', line: 3, reason: 'the line is not a JSON object' },
      { kind: 'row', line: 5, cells: ['Спасибо', 'telegram', '', '', '2026-03-02'] },
    ]);
  });
});
