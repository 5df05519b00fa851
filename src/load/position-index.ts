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

/**
 * Where one value is written, as offsets in the file: what the loader keeps for every key and
 * value (one small object each, where ranges of line/column positions were seven), turned into a
 * {@link NodeLocation} only when a reader asks for that path.
 */
export class Spot {
  constructor(
    /** Offset of the key's start, or -1 when the value has no key (a sequence item, the root). */
    readonly keyStart: number,
    readonly keyEnd: number,
    readonly valueStart: number,
    readonly valueEnd: number,
    readonly style: ScalarStyle | undefined,
  ) {}
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
    private readonly entries: ReadonlyMap<string, Spot>,
  ) {}

  private locationOf(s: Spot): NodeLocation {
    const value = this.lines.range(s.valueStart, s.valueEnd);
    // The shape documentToData used to build (key, value, style), so nothing downstream can tell.
    const loc: NodeLocation = s.keyStart >= 0 ? { key: this.lines.range(s.keyStart, s.keyEnd), value } : { value };
    if (s.style) loc.style = s.style;
    return loc;
  }

  /** The offsets of exactly this path, if the document has it. */
  protected spot(path: JsonPath): Spot | undefined {
    return this.entries.get(pathKey(path));
  }

  /** The location of exactly this path, if the document has it. */
  get(path: JsonPath): NodeLocation | undefined {
    const s = this.spot(path);
    return s && this.locationOf(s);
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
    return this.spots().keys();
  }

  /** Every entry's location, by {@link pathKey}, in document order. */
  locations(): ReadonlyMap<string, NodeLocation> {
    return new Map([...this.spots()].map(([k, s]) => [k, this.locationOf(s)]));
  }

  /** Every entry as offsets, by {@link pathKey}, in document order (the re-parser splices them, `reparse.ts`). */
  spots(): ReadonlyMap<string, Spot> {
    return this.entries;
  }
}
