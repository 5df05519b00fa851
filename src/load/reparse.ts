/**
 * Re-parsing a file after a small edit (the language server's keystroke, a save in watch mode):
 * when the edit lies inside one entry of a top-level block mapping — one template under
 * `templates:`, one type under `types:` — only that entry is parsed again and spliced into the
 * previous parse: its data replaced, the positions after it shifted. The result is what
 * {@link parseText} gives for the whole new text; whatever this cannot prove equal (a previous parse
 * with diagnostics, anchors or aliases in the entry, an edit across entries, a new key that is
 * already there, anything the entry's own parse reports) returns null, and the caller parses the
 * whole file (`prev` parsed with the same limits). Linear in the file's length with a small constant (prefix and suffix scans, one
 * line index); the YAML parse is of the one entry.
 */
import { Composer, isMap, Parser, type Document } from 'yaml';
import { decodeSource, decodeSourceAfter } from './decode.js';
import { DEFAULT_LIMITS, type LoadLimits } from './limits.js';
import { nestingStatesOf, rememberNestingStates, sameNestingState, scanNesting, type NestingState } from './nesting-scan.js';
import { parseSourceFile, parseText, type ParsedFile } from './parse-file.js';
import type { SourceFile } from './source-file.js';
import { pathKey, PositionIndex, Spot } from './position-index.js';
import { LineIndex } from './positions.js';
import { documentToData, type Data } from './to-data.js';
import { COMPOSE_OPTIONS, duplicateKeyErrors } from './unique-keys.js';

type DataMap = { [key: string]: Data };

const isDataMap = (d: Data | undefined): d is DataMap => typeof d === 'object' && d !== null && !Array.isArray(d);

/** True when `d` holds a null: an empty value's range runs on to the next token, which may lie past the entry. */
function holdsNull(d: Data): boolean {
  if (d === null) return true;
  if (typeof d !== 'object') return false;
  return Array.isArray(d) ? d.some(holdsNull) : Object.values(d).some(holdsNull);
}

/** Start of the line holding `offset`. */
const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/** Leading spaces of the line starting at `ls`, or -1 for a blank line. */
function indentAt(text: string, ls: number): number {
  let i = ls;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i >= text.length || text.charCodeAt(i) === 10 ? -1 : i - ls;
}

/** A line `  key: …` at indent 2 (not a comment, not a sequence item). */
function isEntryLine(text: string, ls: number): boolean {
  if (indentAt(text, ls) !== 2) return false;
  const c = text.charCodeAt(ls + 2);
  return c !== 35 /* # */ && c !== 45 /* - */ && c !== 9;
}

const BLOCK = 2048;
const PARENT_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]*$/;
const INTEGER_LIKE = /^[0-9]+$/;

/** The one key and its value of a chunk `  key: …` parsed on its own, or null if it says anything. */
function parseEntry(
  chunk: string,
  base: number,
  lines: LineIndex,
  path: string,
  limits: LoadLimits,
): { key: string; value: Data; entries: Map<string, Spot> } | null {
  let doc: Document | null = null;
  const composer = new Composer(COMPOSE_OPTIONS);
  for (const d of composer.compose(new Parser().parse(chunk), true, chunk.length)) {
    if (doc) return null;
    doc = d as Document;
  }
  if (!doc || doc.errors.length || doc.warnings.length || !isMap(doc.contents) || doc.contents.items.length !== 1) return null;
  if (duplicateKeyErrors(doc).length) return null;
  // The entry sits one level deeper in the file than in the chunk, `base` units into it.
  const converted = documentToData(doc, path, lines, { ...limits, maxDepth: limits.maxDepth - 1 }, base);
  if (converted.diagnostics.length || !isDataMap(converted.data)) return null;
  const keys = Object.keys(converted.data);
  if (keys.length !== 1 || INTEGER_LIKE.test(keys[0])) return null;
  return { key: keys[0], value: converted.data[keys[0]], entries: converted.entries };
}

/** The previous parse with the edit that turned `prev.text` into `text` spliced in, or null (parse the whole text). */
export function reparseEdited(prev: ParsedFile, text: string, limits: LoadLimits = DEFAULT_LIMITS): ParsedFile | null {
  const old = prev.text;
  if (old === null || prev.fatal || prev.diagnostics.length || !isDataMap(prev.data) || text.length > limits.maxBytes) return null;
  if (old.includes('\r') || text.includes('\r')) return null;
  const min = Math.min(old.length, text.length);
  // The common prefix and suffix: a block at a time (the engine compares strings natively), then by character.
  let p = 0;
  while (p + BLOCK <= min && old.slice(p, p + BLOCK) === text.slice(p, p + BLOCK)) p += BLOCK;
  while (p < min && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let s = 0;
  while (s + BLOCK <= min - p && old.slice(old.length - s - BLOCK, old.length - s) === text.slice(text.length - s - BLOCK, text.length - s))
    s += BLOCK;
  while (s < min - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  const oldEditEnd = old.length - s;

  // The entry line at or above the edit, and its parent `key:` at column 0.
  let start = lineStart(old, p);
  while (!isEntryLine(old, start)) {
    const indent = indentAt(old, start);
    if ((indent >= 0 && indent < 2) || start === 0) return null;
    start = lineStart(old, start - 1);
  }
  if (p < start + 2) return null;
  let parentAt = start;
  do {
    if (parentAt === 0) return null;
    parentAt = lineStart(old, parentAt - 1);
  } while (indentAt(old, parentAt) !== 0 || old.charCodeAt(parentAt) === 35);
  const parentEnd = old.indexOf('\n', parentAt);
  const parentMatch = PARENT_LINE.exec(old.slice(parentAt, parentEnd < 0 ? old.length : parentEnd));
  if (!parentMatch) return null;
  const parent = parentMatch[1];
  const parentData = prev.data[parent];
  if (!isDataMap(parentData)) return null;

  // The entry ends at the next line indented 2 or less after the edit.
  const last = oldEditEnd > p ? oldEditEnd - 1 : p;
  const nl = old.charCodeAt(last) === 10 ? last : old.indexOf('\n', last);
  let end = nl < 0 ? old.length : nl + 1;
  while (end < old.length) {
    const indent = indentAt(old, end);
    if (indent >= 0 && indent <= 2) break;
    const next = old.indexOf('\n', end);
    end = next < 0 ? old.length : next + 1;
  }
  const delta = text.length - old.length;
  // The edit removed the line break before the next entry: it joins the entry's last line.
  if (end + delta < text.length && text.charCodeAt(end + delta - 1) !== 10) return null;
  const oldChunk = old.slice(start, end);
  const newChunk = text.slice(start, end + delta);
  // Anchors and aliases reach across entries; the whole file decides them.
  for (const chunk of [oldChunk, newChunk]) if (chunk.includes('&') || chunk.includes('*')) return null;
  // Every line of the new entry but the first is indented deeper than its key.
  for (let i = newChunk.indexOf('\n'); i >= 0 && i + 1 < newChunk.length; i = newChunk.indexOf('\n', i + 1)) {
    const indent = indentAt(newChunk, i + 1);
    if (indent >= 0 && indent <= 2) return null;
  }
  const nesting = nestingAfterEdit(prev, text, start, end, delta, limits.maxDepth);
  if (!nesting) return null;

  const oldLines = prev.positions.lines;
  const before = parseEntry(oldChunk, start, oldLines, prev.path, limits);
  if (!before || !(before.key in parentData) || JSON.stringify(before.value) !== JSON.stringify(parentData[before.key])) return null;
  const lines = new LineIndex(text);
  const after = parseEntry(newChunk, start, lines, prev.path, limits);
  if (!after || (after.key !== before.key && after.key in parentData) || holdsNull(after.value)) return null;

  // Data: new objects along the path, every other value shared with the previous parse.
  const nextParent: DataMap = Object.create(null) as DataMap;
  for (const k of Object.keys(parentData)) {
    if (k === before.key) nextParent[after.key] = after.value;
    else nextParent[k] = parentData[k];
  }
  const data: DataMap = Object.create(null) as DataMap;
  for (const k of Object.keys(prev.data)) data[k] = k === parent ? nextParent : prev.data[k];

  // Positions: the entry's own replaced, those after the edit moved by its length and lines.
  // Offsets only: lines and columns come from the new text's line index when a reader asks.
  let inside = false;
  const move = (q: number): number => {
    // Up to the entry's key the text is the same (the parent mapping starts there when this is its first entry).
    if (q <= start + 2) return q;
    if (q >= end) return q + delta;
    inside = true;
    return q;
  };
  const replaced = pathKey([parent, before.key]);
  const prefix = replaced.slice(0, -1);
  const head = pathKey([parent]).slice(0, -1);
  const inEntry = `${prefix},`;
  const entries = new Map<string, Spot>();
  let spliced = false;
  for (const [k, loc] of prev.positions.spots()) {
    if (k === replaced || k.startsWith(inEntry)) {
      if (!spliced) {
        spliced = true;
        for (const [ek, eloc] of after.entries) if (ek !== '[]') entries.set(`${head},${ek.slice(1)}`, eloc);
      }
      continue;
    }
    const keyed = loc.keyStart >= 0;
    entries.set(
      k,
      new Spot(keyed ? move(loc.keyStart) : -1, keyed ? move(loc.keyEnd) : -1, move(loc.valueStart), move(loc.valueEnd), loc.style),
    );
  }
  if (inside || !spliced) return null;
  const parsed: ParsedFile = {
    path: prev.path,
    text,
    data,
    positions: new PositionIndex(prev.path, lines, entries),
    diagnostics: [],
    fatal: false,
  };
  rememberNestingStates(parsed, nesting);
  if (after.key === before.key) splices.set(parsed, { parent, key: after.key });
  return parsed;
}

/** What a spliced parse changed: the value of `data[parent][key]`; everything else is the previous parse's. */
export interface Splice {
  parent: string;
  key: string;
}

// (No reference to the previous parse: a chain of them would stay alive for a whole session.)
const splices = new WeakMap<ParsedFile, Splice>();

/** The one entry (same key) a parse made by {@link reparseEdited} re-parsed, relative to the parse it was given. */
export function spliceOf(parsed: ParsedFile): Splice | undefined {
  return splices.get(parsed);
}

/**
 * Whether the new text, `prev.text` with `[start, end)` replaced (`delta` longer), nests no deeper
 * than `maxDepth` — what {@link parseText}'s scan of the whole text finds — by scanning only the
 * replaced lines: the text before is the same and the scan is in the same state at its start; when
 * it leaves the entry in the state it was in before the edit, the rest scans as it did (the
 * previous text, parsed without a diagnostic, had no excessive nesting). The states of the new
 * text, or null when it nests too deeply.
 */
function nestingAfterEdit(
  prev: ParsedFile,
  text: string,
  start: number,
  end: number,
  delta: number,
  maxDepth: number,
): Map<number, NestingState> | null {
  const old = prev.text ?? '';
  // The full parse keeps its scan's states (`parse-file.ts`); a parse made otherwise is scanned once here.
  let states = nestingStatesOf(prev);
  if (!states) {
    const all = new Map<number, NestingState>();
    if (scanNesting(old, maxDepth, 0, undefined, Infinity, (at, st) => all.set(at, st)).at !== null) return null;
    rememberNestingStates(prev, (states = all));
  }
  const before = states.get(start);
  if (!before) return null;
  const next = new Map<number, NestingState>();
  for (const [at, st] of states) {
    if (at >= start) break;
    next.set(at, st);
  }
  const record = (at: number, st: NestingState) => next.set(at, st);
  const chunk = scanNesting(text, maxDepth, start, before, end + delta, record);
  if (chunk.at !== null) return null;
  // Nothing after the entry (the scan of an empty last line finds nothing).
  if (end >= old.length) return next;
  const after = states.get(end);
  if (after && sameNestingState(after, chunk.state)) {
    for (const [at, st] of states) if (at >= end) next.set(at + delta, st);
    return next;
  }
  // The entry leaves the scan in another state: the rest is scanned again from there.
  return scanNesting(text, maxDepth, end + delta, chunk.state, Infinity, record).at === null ? next : null;
}

/**
 * {@link parseSourceFile}, re-parsing only the edited entry when `prev` is the same file's previous
 * parse; `prevBytes`, the bytes `prev` was parsed from, let only the changed bytes be decoded.
 */
export function parseSourceFileAfter(
  prev: ParsedFile | undefined,
  file: SourceFile,
  limits: LoadLimits = DEFAULT_LIMITS,
  prevBytes?: Uint8Array,
): ParsedFile {
  if (!prev || prev.path !== file.path || prev.text === null) return parseSourceFile(file, limits);
  const decoded = prevBytes ? decodeSourceAfter(prevBytes, prev.text, file, limits.maxBytes) : decodeSource(file, limits.maxBytes);
  if ('diagnostic' in decoded) return parseSourceFile(file, limits);
  return reparseEdited(prev, decoded.text, limits) ?? parseText(file.path, decoded.text, limits);
}
