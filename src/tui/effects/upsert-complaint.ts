/**
 * Writing a complaint into a complaints file with the `yaml` Document API: the file keeps its
 * comments, key order, quoting and flow style. An update rewrites only the keys that change (the
 * channel, the voice, the expectations' type, template and escalations), each in place; a new
 * complaint's lines are added after the list's last. When a splice cannot be proven right — the
 * result must parse to exactly what the Document holds — the complaint's own lines are rewritten,
 * and failing that the whole document is stringified. Pure: text in, text out.
 */
import { Document, isMap, isSeq, parse, parseDocument, Scalar, type YAMLMap, YAMLSeq } from 'yaml';
import type { SaveRequest } from '../state/types.js';

const MODELINE = '# yaml-language-server: $schema=';
const TO_STRING = { flowCollectionPadding: true, lineWidth: 0 } as const;

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** One sequence item rendered as `- …` lines, indented to `indent` columns. */
function renderItem(item: YAMLMap, indent: number): string {
  const tmp = new Document(new YAMLSeq());
  (tmp.contents as YAMLSeq).items.push(item);
  const pad = ' '.repeat(indent);
  return tmp
    .toString(TO_STRING)
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

/** The splice, if the result reads back as the document's data; else null. */
function verified(candidate: string, doc: Document): string | null {
  try {
    return JSON.stringify(parse(candidate)) === JSON.stringify(doc.toJS()) ? candidate : null;
  } catch {
    return null;
  }
}

/** Text with the new last item (already pushed into `seq`) added after the list's previous last line. */
function spliceAppend(original: string, seq: YAMLSeq, item: YAMLMap, doc: Document): string | null {
  const last = seq.items[seq.items.length - 2] as YAMLMap | undefined;
  if (seq.flow || !last?.range || !seq.range) return null;
  const indent = seq.range[0] - lineStartOf(original, seq.range[0]);
  const end = last.range[1];
  const lineEnd = original.indexOf('\n', end);
  const at = lineEnd < 0 ? original.length : lineEnd;
  const text = `${original.slice(0, at)}\n${renderItem(item, indent)}${original.slice(at)}`;
  return verified(text.endsWith('\n') ? text : `${text}\n`, doc);
}

/** Text with one item's lines replaced by its new rendering. */
function spliceUpdate(original: string, seq: YAMLSeq, item: YAMLMap, doc: Document): string | null {
  if (seq.flow || !item.range || !seq.range) return null;
  const indent = seq.range[0] - lineStartOf(original, seq.range[0]);
  const start = lineStartOf(original, item.range[0]);
  const lineEnd = original.indexOf('\n', item.range[1] - 1);
  const end = lineEnd < 0 ? original.length : lineEnd;
  return verified(`${original.slice(0, start)}${renderItem(item, indent)}${original.slice(end)}`, doc);
}

/** One edit of the original text: the range replaced, and what goes there. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A value as YAML on one line (a scalar, or a flow collection), as the document would write it. */
function inlineValue(value: unknown): string {
  const doc = new Document(value);
  if (isMap(doc.contents) || isSeq(doc.contents)) doc.contents.flow = true;
  return doc.toString(TO_STRING).trimEnd();
}

/** The column where a map's keys start (its first key's). */
function keyColumn(original: string, map: YAMLMap): number | null {
  const first = map.items[0]?.key as { range?: [number, number, number] } | undefined;
  if (!first?.range) return null;
  return first.range[0] - lineStartOf(original, first.range[0]);
}

/**
 * The edits that set `key` of a block map to `value` (written on one line): the old value's text
 * replaced, or a new `key: value` line after the map's last line; none when it is already so.
 * Null when the map's shape is not one a line edit can be proven for (a flow map, a key's value
 * spanning lines that is not a flow collection).
 */
function setKey(original: string, map: YAMLMap, key: string, value: unknown): Edit[] | null {
  if (map.flow) return null;
  const pair = map.items.find((p) => (p.key as Scalar | undefined)?.value === key);
  if (pair) {
    const node = pair.value as { range?: [number, number, number]; toJSON?: () => unknown } | null;
    if (!node?.range) return null;
    const was = original.slice(node.range[0], node.range[1]);
    if (was.includes('\n')) return null;
    if (JSON.stringify((pair.value as Scalar).toJSON?.() ?? null) === JSON.stringify(value)) return [];
    return [{ start: node.range[0], end: node.range[1], text: inlineValue(value) }];
  }
  const column = keyColumn(original, map);
  const last = map.items[map.items.length - 1]?.value as { range?: [number, number, number] } | undefined;
  if (column === null || !last?.range) return null;
  const lineEnd = original.indexOf('\n', last.range[1] - 1);
  const at = lineEnd < 0 ? original.length : lineEnd;
  return [{ start: at, end: at, text: `\n${' '.repeat(column)}${key}: ${inlineValue(value)}` }];
}

/**
 * Text with only the keys that change rewritten — the channel, the voice, the expectations —
 * and every other byte as it was (the text's block scalar and its line breaks, comments, quoting).
 * Null when that cannot be done (no `expect` block to edit, an unusual shape) or its result does not
 * read back as the document: the caller then rewrites the item.
 */
function spliceKeys(
  original: string,
  item: YAMLMap,
  c: SaveRequest['complaint'],
  expect: SaveRequest['expect'],
  doc: Document,
  /** Keep the expectations: only the channel and voice are written. */
  keep = false,
): string | null {
  const found: unknown = item.get('expect', true);
  if (!isMap(found) && !keep) return null;
  const expectMap = found as YAMLMap;
  // In the order the lines come when several are added at one place (the expectations' end is
  // the complaint's end when `expect` is its last key): the expectations', then the complaint's.
  const parts = [
    ...(keep
      ? []
      : [
          setKey(original, expectMap, 'type', expect.type),
          setKey(original, expectMap, 'template', expect.template),
          setKey(original, expectMap, 'escalations', expect.escalations),
        ]),
    setKey(original, item, 'channel', c.channel),
    c.voice ? setKey(original, item, 'voice', c.voice) : [],
  ];
  if (parts.some((p) => p === null)) return null;
  // From the end of the text back, so each edit's offsets still hold; at one offset the later edit
  // first, so that the lines end up in the order above.
  const edits = (parts as Edit[][])
    .flat()
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let text = original;
  for (const e of edits) text = `${text.slice(0, e.start)}${e.text}${text.slice(e.end)}`;
  return verified(text, doc);
}

function textNode(doc: Document, text: string): Scalar {
  const node = doc.createNode(text) as Scalar;
  if (text.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
  return node;
}

function flow<T extends YAMLMap | YAMLSeq>(node: T): T {
  node.flow = true;
  return node;
}

function authorNode(doc: Document, author: SaveRequest['complaint']['author']): YAMLMap {
  const a: Record<string, unknown> = {};
  if (author.name) a.name = author.name;
  if (author.followers !== undefined) a.followers = author.followers;
  return flow(doc.createNode(a) as YAMLMap);
}

function setExpectations(doc: Document, item: YAMLMap, expect: SaveRequest['expect']): void {
  const found: unknown = item.get('expect', true);
  let map: YAMLMap;
  if (isMap(found)) map = found;
  else {
    map = doc.createNode({}) as YAMLMap;
    item.set('expect', map);
  }
  map.set('type', expect.type);
  map.set('template', expect.template);
  map.set('escalations', flow(doc.createNode(expect.escalations) as YAMLSeq));
}

/** The complaints file's text with the complaint appended or updated. Throws when the file is not a complaints file. */
export function upsertComplaint(original: string, request: SaveRequest, schemaPath?: string): string {
  const fresh = original.trim() === '';
  const doc = parseDocument(fresh ? `${schemaPath ? `${MODELINE}${schemaPath}\n` : ''}complaints: []\n` : original);
  if (doc.errors.length) throw new Error(`${request.file} has YAML errors (${doc.errors[0].message.split('\n')[0]}); fix them first`);
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  if (!isMap(doc.contents)) throw new Error(`${request.file} is not a complaints file (its top level is not a mapping)`);
  let list = doc.get('complaints', true);
  if (list === undefined || list === null || (list instanceof Scalar && list.value === null)) {
    list = new YAMLSeq();
    doc.set('complaints', list);
  }
  if (!isSeq(list)) throw new Error(`${request.file}: \`complaints\` is not a list`);
  const seq = list as YAMLSeq;
  // A list written as `[]` would stay in flow style; complaints read better as a block list.
  if (seq.items.length === 0) seq.flow = false;
  const { complaint: c, expect } = request;
  const existing = seq.items.find((it): it is YAMLMap => isMap(it) && it.get('id') === c.id);
  if (request.mode === 'update') {
    if (!existing) throw new Error(`no complaint \`${c.id}\` in ${request.file} any more`);
    // The edits are worked out on the file as it is, before the document changes.
    const before = fresh ? null : parseDocument(original);
    const beforeItem = before ? (before.get('complaints', true) as YAMLSeq).items.find((it) => isMap(it) && it.get('id') === c.id) : null;
    existing.set('channel', c.channel);
    if (c.voice) existing.set('voice', c.voice);
    if (!request.keep) setExpectations(doc, existing, expect);
    const keys = isMap(beforeItem) ? spliceKeys(original, beforeItem, c, expect, doc, request.keep) : null;
    return keys ?? (fresh ? null : spliceUpdate(original, seq, existing, doc)) ?? doc.toString(TO_STRING);
  }
  if (existing) throw new Error(`${request.file} already has a complaint \`${c.id}\``);
  const item = doc.createNode({ id: c.id }) as YAMLMap;
  item.set('text', textNode(doc, c.text));
  item.set('channel', c.channel);
  if (c.voice) item.set('voice', c.voice);
  item.set('author', authorNode(doc, c.author));
  item.set('at', c.at);
  setExpectations(doc, item, expect);
  const hadItems = seq.items.length > 0;
  seq.items.push(item);
  return (fresh || !hadItems ? null : spliceAppend(original, seq, item, doc)) ?? doc.toString(TO_STRING);
}
