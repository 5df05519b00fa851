/**
 * A complaints file at the speed of its bytes (issue 13): a file of 5,000 sample complaints costs
 * the yaml library half a second to lex, parse and compose, more than running them. Such files are
 * mostly written by a script in one plain shape — a header of comments, `complaints:`, then items
 * of `key: value` lines with single-line scalars and flow collections — and that shape alone is
 * read here, in one pass over the lines, building the data and each item's offsets and nothing
 * else. Whatever falls outside it (a comment after the header, a block scalar, an anchor, a tab,
 * a scalar that YAML would read as something other than a string or a small whole number, a
 * duplicate key…) returns null, and the caller parses the file with the yaml library as before;
 * so what this accepts is what that parse gives without a single diagnostic, with the same data
 * and the same item ranges (test/load/fast-complaints.test.ts compares the two).
 *
 * Every other position (a key, a nested value) is found only when a reader asks for one — a
 * diagnostic — by parsing the file in full then ({@link LazyPositionIndex}).
 */
import { PositionIndex, Spot, type JsonPath } from './position-index.js';
import type { LineIndex } from './positions.js';
import { FORBIDDEN_KEYS, type Data } from './to-data.js';

type DataMap = { [key: string]: Data };

/** Deepest nesting read here; deeper files go to the yaml library, which enforces the real limit. */
const MAX_DEPTH = 16;

/** How deep a file this reads can nest at most (its root mapping and sequence included). */
export const FAST_MAX_DEPTH = MAX_DEPTH + 2;

class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported();
const no = (): never => {
  throw UNSUPPORTED;
};

/** The data of a complaints file and the offsets of each item (`complaints[i]`), or null when the file is not in the plain shape. */
export function parseComplaintsFast(text: string): { data: Data; items: Spot[] } | null {
  // Tabs, carriage returns and other controls change how YAML reads a line: the yaml library decides.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text)) return null;
  try {
    return new Reader(text).file();
  } catch (e) {
    if (e === UNSUPPORTED) return null;
    throw e;
  }
}

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// The plain scalars YAML 1.2's core schema reads as something else than a string (null, booleans,
// numbers in every notation); null, the booleans and a small decimal whole number are read here,
// the other numbers go back.
const SPECIAL =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const SMALL_INT = /^(?:0|[1-9][0-9]{0,14})$/;
// A plain scalar may not start with an indicator (YAML 1.2 §7.3.3); `-`, `?` and `:` may, before a
// non-space, but are left to the yaml library too.
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

function plainScalar(s: string, flow: boolean): Data {
  if (s === '' || INDICATOR.test(s) || s.includes(': ') || s.includes(' #') || s.endsWith(':')) no();
  if (flow && /[,[\]{}]/.test(s)) no();
  if (!SPECIAL.test(s)) return s;
  if (SMALL_INT.test(s)) return Number(s);
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  if (s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  return no();
}

// Searched from an offset (`lastIndex`), so a line of many escapes is read in one pass.
const QUOTE_OR_ESCAPE = /["\\]/g;

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };

class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  /** The next line from `pos`: its start, its end (before `\n`) and where the one after starts. */
  private line(at: number): { start: number; end: number; next: number } {
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? { start: at, end: this.text.length, next: this.text.length } : { start: at, end: nl, next: nl + 1 };
  }

  private indentOf(start: number, end: number): number {
    let i = start;
    while (i < end && this.text.charCodeAt(i) === 32) i++;
    return i === end ? -1 : i - start;
  }

  file(): { data: Data; items: Spot[] } {
    const t = this.text;
    // The header: blank lines and comments, then `complaints:` alone on its line.
    for (;;) {
      if (this.pos >= t.length) no();
      const l = this.line(this.pos);
      const indent = this.indentOf(l.start, l.end);
      if (indent < 0 || t.charCodeAt(l.start + indent) === 35 /* # */) {
        this.pos = l.next;
        continue;
      }
      if (indent !== 0 || t.slice(l.start, l.end).trimEnd() !== 'complaints:') no();
      this.pos = l.next;
      break;
    }
    const items: Data[] = [];
    const spots: Spot[] = [];
    let seq = -1;
    for (;;) {
      const l = this.skipBlank();
      if (l === null) break;
      const indent = this.indentOf(l.start, l.end);
      if (seq < 0) seq = indent;
      if (indent !== seq || t.charCodeAt(l.start + indent) !== 45 /* - */ || t.charCodeAt(l.start + indent + 1) !== 32) no();
      const start = l.start + seq + 2;
      if (t.charCodeAt(start) === 32) no();
      const item = Object.create(null) as DataMap;
      const end = this.blockMap(item, seq + 2, start, 1);
      items.push(item);
      spots.push(new Spot(-1, -1, start, end, undefined));
    }
    if (items.length === 0) no();
    const data = Object.create(null) as DataMap;
    data.complaints = items;
    return { data, items: spots };
  }

  /** The next line that is not blank (`pos` at its start), or null at the end; a comment line is not read here. */
  private skipBlank(): { start: number; end: number; next: number } | null {
    while (this.pos < this.text.length) {
      const l = this.line(this.pos);
      const indent = this.indentOf(l.start, l.end);
      if (indent >= 0) {
        if (this.text.charCodeAt(l.start + indent) === 35) no();
        return l;
      }
      this.pos = l.next;
    }
    return null;
  }

  /**
   * The entries of a block mapping whose keys stand at column `indent`, the first at offset `first`
   * (inside the current line, after a `- `). Returns the end of its last line, newline included.
   */
  private blockMap(out: DataMap, indent: number, first: number, depth: number): number {
    if (depth > MAX_DEPTH) no();
    const t = this.text;
    let at = first;
    for (;;) {
      const l = this.line(this.pos);
      const { key, rest } = this.keyAt(at, l.end);
      if (key in out || FORBIDDEN_KEYS.has(key)) no();
      const value = t.slice(rest, l.end).trim();
      this.pos = l.next;
      let end = l.next;
      if (value === '') {
        // An empty value: a nested block mapping on the lines below, more indented.
        const n = this.skipBlank();
        if (n === null) no();
        const inner = this.indentOf(n!.start, n!.end);
        if (inner <= indent) no();
        const child = Object.create(null) as DataMap;
        end = this.blockMap(child, inner, n!.start + inner, depth + 1);
        out[key] = child;
      } else {
        if (t.charCodeAt(rest - 1) !== 32) no();
        out[key] = this.blockValue(value, depth);
      }
      const n = this.skipBlank();
      if (n === null) return end;
      const next = this.indentOf(n.start, n.end);
      if (next > indent) no();
      if (next < indent) return end;
      at = n.start + next;
    }
  }

  /** The key of the line at `at` and where its value starts (after `: `, or at the line's end after `:`). */
  private keyAt(at: number, lineEnd: number): { key: string; rest: number } {
    const t = this.text;
    const colon = t.indexOf(':', at);
    if (colon < 0 || colon >= lineEnd) no();
    const key = t.slice(at, colon);
    if (!KEY.test(key) || SPECIAL.test(key)) no();
    if (colon + 1 < lineEnd && t.charCodeAt(colon + 1) !== 32) no();
    return { key, rest: colon + 1 < lineEnd ? colon + 2 : colon + 1 };
  }

  private blockValue(v: string, depth: number): Data {
    const c = v.charCodeAt(0);
    if (c === 34 /* " */ || c === 39 /* ' */ || c === 123 /* { */ || c === 91 /* [ */) {
      const f = new Flow(v, depth);
      const value = f.value();
      if (f.i !== v.length) no();
      return value;
    }
    return plainScalar(v, false);
  }
}

/** A flow value on one line: quoted scalars, `{ key: value, … }` and `[ value, … ]`. */
class Flow {
  i = 0;
  constructor(
    private readonly s: string,
    private readonly depth: number,
  ) {}

  private spaces(): void {
    while (this.s.charCodeAt(this.i) === 32) this.i++;
  }

  value(depth = this.depth): Data {
    if (depth > MAX_DEPTH) no();
    const c = this.s.charCodeAt(this.i);
    if (c === 34) return this.double();
    if (c === 39) return this.single();
    if (c === 123) return this.map(depth + 1);
    if (c === 91) return this.seq(depth + 1);
    // A plain scalar inside a flow collection: up to the next `,`, `]` or `}`.
    let j = this.i;
    while (j < this.s.length && !',]}'.includes(this.s[j])) j++;
    const raw = this.s.slice(this.i, j).trimEnd();
    this.i = j;
    return plainScalar(raw, true);
  }

  private map(depth: number): Data {
    const out = Object.create(null) as DataMap;
    this.i++;
    this.spaces();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      const colon = this.s.indexOf(':', this.i);
      if (colon < 0) no();
      const key = this.s.slice(this.i, colon);
      if (!KEY.test(key) || SPECIAL.test(key) || key in out || FORBIDDEN_KEYS.has(key) || this.s[colon + 1] !== ' ') no();
      this.i = colon + 1;
      this.spaces();
      out[key] = this.value(depth);
      if (this.end('}')) return out;
    }
  }

  private seq(depth: number): Data {
    const out: Data[] = [];
    this.i++;
    this.spaces();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth));
      if (this.end(']')) return out;
    }
  }

  /** After an entry: true at the closing bracket (read), false after a comma followed by another entry. */
  private end(close: string): boolean {
    this.spaces();
    const c = this.s[this.i++];
    if (c === close) return true;
    if (c !== ',') no();
    this.spaces();
    if (this.i >= this.s.length || ',]}'.includes(this.s[this.i])) no();
    return false;
  }

  private double(): string {
    let out = '';
    let j = this.i + 1;
    for (;;) {
      QUOTE_OR_ESCAPE.lastIndex = j;
      const m = QUOTE_OR_ESCAPE.exec(this.s);
      if (m === null) no();
      out += this.s.slice(j, m!.index);
      j = m!.index;
      if (this.s[j] === '"') break;
      const e = this.s[j + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(j + 2, j + 6))) {
        const code = parseInt(this.s.slice(j + 2, j + 6), 16);
        // A lone surrogate half is left to the yaml library.
        if (code >= 0xd800 && code <= 0xdfff) no();
        out += String.fromCharCode(code);
        j += 6;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        j += 2;
      } else no();
    }
    this.i = j + 1;
    this.after();
    return out;
  }

  private single(): string {
    let out = '';
    let j = this.i + 1;
    for (;;) {
      const k = this.s.indexOf("'", j);
      if (k < 0) no();
      out += this.s.slice(j, k);
      if (this.s[k + 1] === "'") {
        out += "'";
        j = k + 2;
        continue;
      }
      j = k;
      break;
    }
    this.i = j + 1;
    this.after();
    return out;
  }

  /** After a quoted scalar: the line's end, a separator, or spaces before one. */
  private after(): void {
    const c = this.s[this.i];
    if (c !== undefined && c !== ' ' && c !== ',' && c !== ']' && c !== '}') no();
  }
}

/**
 * The positions of a file read by {@link parseComplaintsFast}: each item's range is known; for any
 * other path (a diagnostic's) the file is parsed in full once, by `full`.
 */
export class LazyPositionIndex extends PositionIndex {
  private all: ReadonlyMap<string, Spot> | null = null;
  constructor(
    file: string,
    lines: LineIndex,
    private readonly items: readonly Spot[],
    private readonly full: () => ReadonlyMap<string, Spot>,
  ) {
    super(file, lines, new Map());
  }

  protected override spot(path: JsonPath): Spot | undefined {
    const i = path[1];
    if (path.length === 2 && path[0] === 'complaints' && typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < this.items.length)
      return this.items[i];
    return this.spots().get(JSON.stringify(path));
  }

  override spots(): ReadonlyMap<string, Spot> {
    return (this.all ??= this.full());
  }
}
