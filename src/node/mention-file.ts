/**
 * Reading a monitoring service's export as rows, streamed: the bytes come through the project's
 * door (`ProjectFs.readInput`), are decoded (UTF-8 with or without a BOM, UTF-16 with a BOM, or
 * Windows-1251 — what Excel in Russia writes — detected from the first bytes, or as `--encoding`
 * says, by `iconv-lite`), and parsed by `csv-parse` (delimiter detected, quoted multi-line fields)
 * or read as JSON Lines. A row that cannot be parsed is yielded as a problem with its line
 * number; the reading goes on.
 */
import { Readable } from 'node:stream';
import { parse, type Options as CsvOptions } from 'csv-parse';
import iconv from 'iconv-lite';

/** What a reader yields: the header, a row of cells, or a row that could not be read. */
export type ExportRecord =
  { kind: 'header'; cells: string[] } | { kind: 'row'; line: number; cells: string[] } | { kind: 'problem'; line: number; reason: string };

export type ExportFormat = 'csv' | 'jsonl' | 'xlsx';

/** The bytes looked at to detect the encoding and the delimiter. */
const SNIFF_BYTES = 64 * 1024;

/** The format of an export by its name: `.jsonl`/`.ndjson` are JSON Lines, `.xlsx` a workbook, anything else CSV. */
export function formatOf(file: string): ExportFormat {
  return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : /\.xlsx$/i.test(file) ? 'xlsx' : 'csv';
}

/** Whether iconv-lite knows an encoding name (`--encoding`). */
export function knownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * The encoding of an export from its first bytes: a BOM says it; otherwise text that is not
 * valid UTF-8 is taken for Windows-1251 (Russian Excel's «CSV (разделители — запятые)»).
 */
export function detectEncoding(head: Uint8Array, complete = true): { encoding: string; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // A multi-byte character cut at the end of the sample is not a sign of another encoding.
  let end = head.length;
  if (!complete) {
    let back = 0;
    while (back < 3 && end > 0 && (head[end - 1] & 0xc0) === 0x80) {
      end--;
      back++;
    }
    if (end > 0 && head[end - 1] >= 0xc0) end--;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1251', bom: 0 };
  }
}

/** The delimiter of a CSV from its first record: the most frequent of `,` `;` tab `|` outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** Decoded text of the byte chunks, with the encoding found (or given) and the BOM dropped. */
async function decoded(
  chunks: AsyncIterable<Uint8Array>,
  encoding: string | undefined,
): Promise<{ encoding: string; head: string; rest: AsyncIterable<string> }> {
  const it = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(next.value);
    size += next.value.length;
  }
  const first = Buffer.concat(parts);
  const found = detectEncoding(first, done);
  const enc = encoding ?? found.encoding;
  const bom = encoding === undefined || iconv.encodingExists(enc) ? found.bom : 0;
  const decoder = iconv.getDecoder(enc);
  const head = decoder.write(Buffer.from(first.subarray(encoding === undefined ? bom : skipBom(first, enc))));
  async function* rest(): AsyncIterable<string> {
    if (!done) {
      for (;;) {
        const next = await it.next();
        if (next.done) break;
        const s = decoder.write(Buffer.from(next.value));
        if (s) yield s;
      }
    }
    const tail = decoder.end();
    if (tail) yield tail;
  }
  return { encoding: enc, head: head.replace(/^\uFEFF/, ''), rest: rest() };
}

/** Bytes of a BOM to skip when the encoding was given and the file starts with that encoding's BOM. */
function skipBom(first: Uint8Array, enc: string): number {
  const d = detectEncoding(first.subarray(0, 4), false);
  return d.bom && iconv.encodingExists(enc) && normalise(d.encoding) === normalise(enc) ? d.bom : 0;
}

const normalise = (e: string) => e.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The rows of an export, streamed: first the header, then rows and problems, in file order. */
export async function* readExport(
  chunks: AsyncIterable<Uint8Array>,
  format: ExportFormat,
  options: { encoding?: string } = {},
): AsyncGenerator<ExportRecord & { encoding?: string; delimiter?: string }> {
  if (format === 'xlsx') {
    yield* readXlsx(chunks);
    return;
  }
  const text = await decoded(chunks, options.encoding);
  async function* all(): AsyncIterable<string> {
    if (text.head) yield text.head;
    yield* text.rest;
  }
  if (format === 'jsonl') {
    yield* readJsonLines(all());
    return;
  }
  const delimiter = detectDelimiter(text.head);
  // csv-parse calls on_skip and on_record as it parses, in file order, ahead of the reader: the
  // line bookkeeping is done there, and each record carries the problems found just before it.
  const pending: Array<{ line: number; reason: string }> = [];
  let lastEnd = 0;
  let extra = 0;
  const csvOptions = {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: (Error & { code?: string }) | undefined) => {
      if (!err) return undefined;
      const counted = (err as { lines?: number }).lines;
      const at = counted === undefined ? lastEnd + 1 : counted - extra;
      const from = lastEnd + 1;
      const reason =
        err.code === 'CSV_QUOTE_NOT_CLOSED'
          ? `a quoted field opened here is not closed before the end of the file, so line${from === at ? ` ${at}` : `s ${from}–${at}`} could not be read`
          : `the row could not be parsed (${withoutLinePart(err.message)})`;
      pending.push({ line: from, reason });
      lastEnd = at;
      return undefined;
    },
    // The record's info comes as on_record's second argument; `info: true` would build it a
    // second time for each record (a spread of the parser's counters: about 2% of a backtest's CPU).
    on_record: (record: string[], info: { lines: number }) => {
      // `lines` is where the record ends, as csv-parse counts: it counts a CRLF inside a quoted
      // field as two lines (a CRLF between records as one), so those extra counts are taken off.
      const breaks = lineBreaksIn(record);
      const line = info.lines - extra - breaks.counted;
      extra += breaks.counted - breaks.real;
      lastEnd = info.lines - extra;
      return { cells: record, line, before: pending.length ? pending.splice(0) : NO_PROBLEMS };
    },
  };
  // on_record returns the row with its line, not the cells: csv-parse's types want the same shape back.
  const parser = parse(csvOptions as unknown as CsvOptions);
  Readable.from(all()).pipe(parser);
  let header = true;
  for await (const rec of parser as AsyncIterable<{ cells: string[]; line: number; before: Array<{ line: number; reason: string }> }>) {
    for (const p of rec.before) yield { kind: 'problem', ...p };
    if (header) {
      header = false;
      yield { kind: 'header', cells: rec.cells.map((c) => c.replace(/^\uFEFF/, '')), encoding: text.encoding, delimiter };
    } else yield { kind: 'row', line: rec.line, cells: rec.cells };
  }
  for (const p of pending.splice(0)) yield { kind: 'problem', ...p };
}

const NO_PROBLEMS: Array<{ line: number; reason: string }> = [];

const NO_BREAKS = { counted: 0, real: 0 };

/** Line breaks inside a record's fields: as csv-parse counts them (CR and LF each), and as an editor does (CRLF once). */
function lineBreaksIn(cells: readonly string[]): { counted: number; real: number } {
  let counted = 0;
  let real = 0;
  for (const c of cells) {
    if (c.indexOf('\n') < 0 && c.indexOf('\r') < 0) continue;
    for (let i = 0; i < c.length; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 10 || ch === 13) counted++;
      if (ch === 10 || (ch === 13 && c.charCodeAt(i + 1) !== 10)) real++;
    }
  }
  return counted ? { counted, real } : NO_BREAKS;
}

/**
 * JSON Lines: one object per line; nested objects one level deep become `parent.key` columns
 * (`author.name`), so replybook's own mention shape maps like an export's columns. The header is
 * the first object's keys, extended by any new key later objects bring.
 */
async function* readJsonLines(text: AsyncIterable<string>): AsyncGenerator<ExportRecord> {
  let header: string[] | null = null;
  const index = new Map<string, number>();
  let carry = '';
  let line = 0;
  const one = (src: string): ExportRecord[] => {
    line++;
    const s = src.trim();
    if (s === '') return [];
    let value: unknown;
    try {
      value = JSON.parse(s);
    } catch (e) {
      return [{ kind: 'problem', line, reason: `the line is not JSON (${e instanceof Error ? e.message : String(e)})` }];
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return [{ kind: 'problem', line, reason: 'the line is not a JSON object' }];
    const flat = flatten(value as Record<string, unknown>);
    const out: ExportRecord[] = [];
    if (header === null) {
      header = Object.keys(flat);
      header.forEach((k, i) => index.set(k, i));
      out.push({ kind: 'header', cells: [...header] });
    }
    const cells = new Array<string>(header.length).fill('');
    for (const [k, v] of Object.entries(flat)) {
      const i = index.get(k);
      // A key the first line lacked: known from here on, too late for the column mapping.
      if (i !== undefined) cells[i] = v;
    }
    out.push({ kind: 'row', line, cells });
    return out;
  };
  for await (const chunk of text) {
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf('\n', from)) >= 0) {
      const src = carry + chunk.slice(from, nl);
      carry = '';
      from = nl + 1;
      yield* one(src);
    }
    carry += chunk.slice(from);
  }
  if (carry !== '') yield* one(carry);
}

function flatten(obj: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) out[`${k}.${k2}`] = cellText(v2);
    } else out[k] = cellText(v);
  }
  return out;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/**
 * The first worksheet of an XLSX workbook, streamed by exceljs's reader: row 1 is the header, each
 * row's line is its row number. Dates (cells with a date format) are wall times — Excel has no time
 * zones — written `YYYY-MM-DD HH:MM:SS` for the session to place in the playbook's zone; rich text,
 * links and formulas give their text.
 */
async function* readXlsx(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ExportRecord> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunks), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheet = 0;
  let width = 0;
  for await (const ws of reader) {
    sheet++;
    for await (const row of ws) {
      // Only the first sheet is the export; later ones (a summary, a pivot) are read past.
      if (sheet > 1) continue;
      const values = row.values as unknown[];
      if (row.number === 1) {
        width = values.length - 1;
        yield { kind: 'header', cells: values.slice(1).map(xlsxText) };
        continue;
      }
      const cells: string[] = [];
      for (let i = 1; i < Math.max(values.length, width + 1); i++) cells.push(xlsxText(values[i]));
      yield { kind: 'row', line: row.number, cells };
    }
  }
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function xlsxText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    return `${v.getUTCFullYear()}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())} ${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}:${pad2(v.getUTCSeconds())}`;
  }
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return xlsxText(o.text);
    if ('result' in o) return xlsxText(o.result);
    if (o.error !== undefined) return '';
  }
  return String(v);
}

/** csv-parse's message without its own "at line N…" tail (the report gives the line). */
function withoutLinePart(message: string): string {
  const at = /\sat line \d/.exec(message);
  return at === null ? message : message.slice(0, at.index).trimEnd();
}
