/**
 * A YAML document → plain data and a position index. Objects have no prototype and the keys
 * `__proto__`, `constructor` and `prototype` are refused, so nothing an untrusted playbook says can
 * reach `Object.prototype`. Aliases are expanded under a budget (the billion-laughs guard) and the
 * nesting depth is bounded, so the recursion here is shallow by construction.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadLimits } from './limits.js';
import { pathKey, Spot, type JsonPath } from './position-index.js';
import type { LineIndex } from './positions.js';
import type { ScalarStyle } from './scalar-map.js';

/** Keys that would reach an object's prototype if data were ever spread into a plain object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Plain data from YAML: what the schema validator sees. */
export type Data = null | boolean | number | string | Data[] | { [key: string]: Data };

class Abort extends Error {}

export interface ConvertResult {
  data: Data;
  /** Where each value is written, by {@link pathKey} (offsets: ranges are made when a reader asks). */
  entries: Map<string, Spot>;
  diagnostics: Diagnostic[];
}

function styleOf(node: Scalar): ScalarStyle {
  switch (node.type) {
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      return 'block';
    case Scalar.QUOTE_DOUBLE:
    case Scalar.QUOTE_SINGLE:
      return 'quoted';
    default:
      return 'plain';
  }
}

/** Offsets of a span of the text (end clamped to at least the start, as `LineIndex.range` does). */
interface Offsets {
  start: number;
  end: number;
}

/**
 * Converts a composed document (already checked for syntax errors and depth by the caller). `base`
 * is added to the document's offsets: a chunk of a file parsed on its own (`reparse.ts`).
 */
export function documentToData(doc: Document, file: string, lines: LineIndex, limits: LoadLimits, base = 0): ConvertResult {
  const entries = new Map<string, Spot>();
  const diagnostics: Diagnostic[] = [];
  let aliases = 0;
  let aliasNodes = 0;
  let aliasDepth = 0;
  const active = new Set<unknown>();

  const offsetsOf = (node: { range?: [number, number, number] | null } | null | undefined, fallback: Offsets): Offsets =>
    node?.range ? { start: node.range[0] + base, end: Math.max(node.range[0], node.range[1]) + base } : fallback;
  const spot = (value: Offsets, key: Offsets | undefined, style?: ScalarStyle): Spot =>
    new Spot(key ? key.start : -1, key ? key.end : -1, value.start, value.end, style);

  const report = (at: Offsets, ruleId: string, message: string, path: JsonPath, extra: Partial<Diagnostic> = {}): void => {
    diagnostics.push({ file, range: lines.range(at.start, at.end), severity: 'error', ruleId, message, path, ...extra });
  };

  // `at` is `pathKey(path)`, built a segment at a time rather than stringifying every path anew.
  const convert = (node: unknown, path: JsonPath, at: string, depth: number, fallback: Offsets, key?: Offsets): Data => {
    if (aliasDepth > 0 && ++aliasNodes > limits.maxAliasNodes) {
      report(
        fallback,
        'yaml/alias-limit',
        `Aliases expand to more than ${limits.maxAliasNodes} values; this looks like an alias bomb ("billion laughs")`,
        path,
        { fatal: true, data: { kind: 'yaml-problem', code: 'alias-nodes', values: { limit: limits.maxAliasNodes } } },
      );
      throw new Abort();
    }
    if (depth > limits.maxDepth) {
      report(fallback, 'load/too-deep', `Nesting deeper than ${limits.maxDepth} levels`, path, {
        fatal: true,
        data: { kind: 'file-problem', problem: 'nesting', limit: limits.maxDepth },
      });
      throw new Abort();
    }
    if (isAlias(node)) {
      const here = offsetsOf(node, fallback);
      if (++aliases > limits.maxAliasCount) {
        report(
          here,
          'yaml/alias-limit',
          `More than ${limits.maxAliasCount} alias references to resolve (aliases inside aliases count each time they expand); this looks like an alias bomb ("billion laughs")`,
          path,
          { fatal: true, data: { kind: 'yaml-problem', code: 'alias-count', values: { limit: limits.maxAliasCount } } },
        );
        throw new Abort();
      }
      const target = node.resolve(doc);
      entries.set(at, spot(here, key));
      if (!target) return null; // the parser has reported the unknown anchor
      if (active.has(target)) {
        report(here, 'yaml/alias-limit', `The alias *${node.source} refers to a collection that contains it`, path, {
          fatal: true,
          data: { kind: 'yaml-problem', code: 'alias-cycle', values: { alias: node.source } },
        });
        throw new Abort();
      }
      aliasDepth++;
      try {
        const value = convert(target, path, at, depth, here);
        entries.set(at, spot(here, key));
        return value;
      } finally {
        aliasDepth--;
      }
    }
    const n = node as Node | null;
    const value = offsetsOf(n, fallback);
    if (isScalar(n)) {
      entries.set(at, spot(value, key, styleOf(n)));
      return scalarData(n.value);
    }
    entries.set(at, spot(value, key));
    if (isSeq(n)) {
      active.add(n);
      const out: Data[] = [];
      n.items.forEach((item, idx) => {
        out.push(convert(item, [...path, idx], childKey(at, String(idx)), depth + 1, value));
      });
      active.delete(n);
      return out;
    }
    if (isMap(n)) {
      active.add(n);
      const out = Object.create(null) as { [key: string]: Data };
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as Node | null;
        const keyAt = offsetsOf(k, value);
        if (k !== null && !isScalar(k)) {
          report(keyAt, 'yaml/non-string-key', 'A key must be a plain name, not a mapping or a list', path, {
            data: { kind: 'yaml-problem', code: 'non-string-key', values: {} },
          });
          continue;
        }
        const name = k === null || k.value === null ? '' : String(k.value);
        if (FORBIDDEN_KEYS.has(name)) {
          report(
            keyAt,
            'load/forbidden-key',
            `The key \`${name}\` is not allowed (it could alter how objects behave); it was ignored`,
            [...path, name],
            { data: { kind: 'file-problem', problem: 'forbidden-key', name } },
          );
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(out, name)) continue; // yaml reported the duplicate; the first wins
        const after: Offsets = { start: keyAt.end, end: keyAt.end };
        out[name] = convert(pair.value, [...path, name], childKey(at, JSON.stringify(name)), depth + 1, after, keyAt);
      }
      active.delete(n);
      return out;
    }
    return null;
  };

  try {
    const data = doc.contents === null ? null : convert(doc.contents, [], pathKey([]), 0, { start: base, end: base });
    return { data, entries, diagnostics };
  } catch (e) {
    if (e instanceof Abort) return { data: null, entries, diagnostics };
    throw e;
  }
}

/** {@link pathKey} of a path one segment (already JSON) longer than the path whose key is `parent`. */
function childKey(parent: string, segment: string): string {
  return parent === '[]' ? `[${segment}]` : `${parent.slice(0, -1)},${segment}]`;
}

function scalarData(v: unknown): Data {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
