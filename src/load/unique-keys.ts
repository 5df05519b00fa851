/**
 * Duplicate map keys, found in one pass. The yaml library checks each key against every earlier
 * key of its map (`uniqueKeys: true`): quadratic, and a fifth of parsing a templates file of 1,000
 * entries. Documents are composed with `uniqueKeys: false` and this reports the same errors — the
 * same code, message and position (the key's start), the later key of an equal pair — with a set
 * per map. Keys are equal as the library compares them: scalars with the same value (NaN never
 * equals itself), anything else only itself.
 */
import { isMap, isPair, isScalar, isSeq, YAMLParseError, type Document } from 'yaml';

/** The composer options for a document whose duplicate keys `duplicateKeyErrors` reports. */
export const COMPOSE_OPTIONS = { uniqueKeys: false, prettyErrors: false } as const;

/** The DUPLICATE_KEY errors of a document composed with COMPOSE_OPTIONS, in document order. */
export function duplicateKeyErrors(doc: Document): YAMLParseError[] {
  const out: YAMLParseError[] = [];
  // Depth is bounded: documents are parsed only after the nesting scan (nesting-scan.ts).
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        walk(key);
        if (isScalar(key)) {
          const v = key.value;
          if (v !== v) {
            // NaN: no key equals it
          } else if (seen.has(v)) {
            const at = key.range?.[0] ?? 0;
            out.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          } else seen.add(v);
        }
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(doc.contents);
  return out;
}
