/**
 * A memo the checker hands the semantic checks, so that re-checking a playbook after one file
 * changed redoes only the work whose inputs changed. A value is stored under a key that spells out
 * everything it was computed from (a template's text, its `when`, a signature of the playbook parts
 * it reads), so a hit is always correct; values not used during a run are dropped after the next,
 * so the memo holds about one playbook's worth of entries however long a watch session runs.
 */

/** Values keyed by what they were computed from. */
export interface CheckMemo {
  /** The value stored under `key`, computing and storing it on a miss. */
  get<T>(key: string, compute: () => T): T;
  /** True when `key` holds a value (a check may batch the work for the misses). */
  has(key: string): boolean;
}

/** A memo kept across runs: what one run used survives into the next; the rest is dropped. */
export class RunMemo implements CheckMemo {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();

  get<T>(key: string, compute: () => T): T {
    if (this.current.has(key)) return this.current.get(key) as T;
    const value = this.previous.has(key) ? (this.previous.get(key) as T) : compute();
    this.current.set(key, value);
    return value;
  }

  has(key: string): boolean {
    return this.current.has(key) || this.previous.has(key);
  }

  /** Ends a run: entries not used in it are forgotten. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/** JSON of a model value without its `source`/`textSource` positions (they move when lines above move, the value does not). */
export function signature(value: unknown): string {
  return JSON.stringify(value, (k, v: unknown) => {
    if (k === 'source' || k === 'textSource') return undefined;
    if (v instanceof Map) return [...v];
    if (v instanceof Set) return [...v];
    return v;
  });
}

const whenSignatures = new WeakMap<object, string>();

/** {@link signature} of a value that is not changed once built (a template's `when`), computed once per object. */
export function signatureOnce(value: object): string {
  let s = whenSignatures.get(value);
  if (s === undefined) {
    s = signature(value);
    whenSignatures.set(value, s);
  }
  return s;
}
