/**
 * Positions for the language server: replybook's 1-based ranges ⇄ LSP's 0-based ones, and the
 * JSON path under the cursor of a YAML text (even one that is invalid mid-typing: `yaml` builds
 * a document with ranges whatever its errors).
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';

/** An LSP position: 0-based line and UTF-16 character. */
export interface LspPosition {
  line: number;
  character: number;
}

/** An LSP range. */
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** A replybook range (1-based line and column) as an LSP range (0-based). */
export function toLspRange(r: Range): LspRange {
  return {
    start: { line: r.start.line - 1, character: r.start.column - 1 },
    end: { line: r.end.line - 1, character: r.end.column - 1 },
  };
}

/** True when `offset` lies inside `r` (end inclusive, so a cursor right after a word counts). */
export function rangeContains(r: Range, offset: number): boolean {
  return r.start.offset <= offset && offset <= r.end.offset;
}

/** True when the LSP position lies inside the LSP range (end inclusive). */
export function lspRangeContains(r: LspRange, p: LspPosition): boolean {
  const before = (a: LspPosition, b: LspPosition) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(r.start, p) && before(p, r.end);
}

export type JsonPath = Array<string | number>;

/** What the cursor is on: the JSON path, whether on a key or a value, and the span of the word typed so far. */
export interface CursorPath {
  path: JsonPath;
  where: 'key' | 'value';
  /** Offsets of the scalar under the cursor (or an empty span at the cursor). */
  start: number;
  end: number;
}

type Ranged = YamlNode & { range?: [number, number, number] | null };

function spanOf(node: unknown): [number, number] | null {
  const r = (node as Ranged | null)?.range;
  return r ? [r[0], r[1]] : null;
}

/** True when there is no line break between `from` and `to` in `text`. */
function sameLine(text: string, from: number, to: number): boolean {
  return from <= to && !/[\r\n]/.test(text.slice(from, to));
}

function walk(node: unknown, path: JsonPath, offset: number, text: string): CursorPath | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      const keySpan = spanOf(pair.key);
      const keyName = isScalar(pair.key) ? String(pair.key.value ?? '') : '';
      const valueSpan = spanOf(pair.value);
      const here = [...path, keyName];
      if (keySpan && keySpan[0] <= offset && offset <= keySpan[1]) {
        // A lone word on its line is a key being typed.
        return { path: here, where: 'key', start: keySpan[0], end: keySpan[1] };
      }
      const emptyValue =
        pair.value === null || (isScalar(pair.value) && pair.value.value === null && (!valueSpan || valueSpan[0] === valueSpan[1]));
      if (!emptyValue && valueSpan && valueSpan[0] <= offset && offset <= valueSpan[1])
        return walk(pair.value, here, offset, text) ?? { path: here, where: 'value', start: offset, end: offset };
      if (emptyValue && keySpan && offset > keySpan[1] && sameLine(text, keySpan[1], offset)) {
        const colon = text.indexOf(':', keySpan[1]);
        if (colon >= 0 && colon < offset) return { path: here, where: 'value', start: offset, end: offset };
      }
    }
    return null;
  }
  if (isSeq(node)) {
    let before = 0;
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i];
      const s = spanOf(item);
      if (s && s[0] <= offset && offset <= s[1] && !(isScalar(item) && item.value === null && s[0] === s[1] && s[0] !== offset)) {
        return walk(item, [...path, i], offset, text) ?? { path: [...path, i], where: 'value', start: offset, end: offset };
      }
      if (s && s[1] <= offset) before = i + 1;
    }
    const own = spanOf(node);
    if (own && own[0] <= offset && offset <= own[1]) return { path: [...path, before], where: 'value', start: offset, end: offset };
    return null;
  }
  if (isScalar(node)) {
    const s = spanOf(node);
    return { path, where: 'value', start: s ? s[0] : offset, end: s ? s[1] : offset };
  }
  return null;
}

/** The JSON path at `offset` of a YAML text, or null when the cursor is on no key or value. */
export function cursorPath(text: string, offset: number): CursorPath | null {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  if (!doc.contents) return null;
  return walk(doc.contents, [], offset, text);
}
