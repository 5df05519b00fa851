/**
 * Writing a complaint into a complaints file with the `yaml` Document API: the file keeps its
 * comments, key order, quoting and flow style. Only the saved complaint's own lines are rewritten
 * (spliced into the original text); when a splice cannot be proven right — the result must parse
 * to exactly what the Document holds — the whole document is stringified instead. Pure: text in,
 * text out.
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
    existing.set('channel', c.channel);
    if (c.voice) existing.set('voice', c.voice);
    setExpectations(doc, existing, expect);
    return (fresh ? null : spliceUpdate(original, seq, existing, doc)) ?? doc.toString(TO_STRING);
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
