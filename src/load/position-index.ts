/** From a JSON path in a document to where its key and its value are written in the file. */
import { FILE_START, type Range } from '../diagnostics/diagnostic.js';
import type { LineIndex } from './positions.js';
import type { ScalarStyle } from './scalar-map.js';

export type JsonPath = ReadonlyArray<string | number>;

/** Where one value of the document is written. */
export interface NodeLocation {
  /** The key of a mapping entry (absent for sequence items and the root). */
  key?: Range;
  /** The value (for an empty value, an empty range right after the key). */
  value: Range;
  /** For scalars: how the value was written, so offsets inside it can be mapped back. */
  style?: ScalarStyle;
}

/** A stable string for a JSON path (map keys may contain any character). */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** Positions of every key and value of one parsed file. */
export class PositionIndex {
  constructor(
    readonly file: string,
    readonly lines: LineIndex,
    private readonly entries: ReadonlyMap<string, NodeLocation>,
  ) {}

  /** The location of exactly this path, if the document has it. */
  get(path: JsonPath): NodeLocation | undefined {
    return this.entries.get(pathKey(path));
  }

  /** The range of the key at `path` (falls back to the value, then the nearest ancestor). */
  keyRange(path: JsonPath): Range {
    const loc = this.get(path);
    if (loc) return loc.key ?? loc.value;
    return this.nearest(path).range;
  }

  /** The range of the value at `path` (falls back to the nearest ancestor). */
  valueRange(path: JsonPath): Range {
    const loc = this.get(path);
    if (loc) return loc.value;
    return this.nearest(path).range;
  }

  /** The longest prefix of `path` the document has, and its key range (or value range). */
  nearest(path: JsonPath): { path: JsonPath; range: Range } {
    for (let n = path.length; n >= 0; n--) {
      const p = path.slice(0, n);
      const loc = this.get(p);
      if (loc) return { path: p, range: loc.key ?? loc.value };
    }
    return { path: [], range: FILE_START };
  }

  /** Every indexed path (for tools such as the language server's document symbols). */
  paths(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Every entry, by {@link pathKey}, in document order (the re-parser splices them, `reparse.ts`). */
  locations(): ReadonlyMap<string, NodeLocation> {
    return this.entries;
  }
}
