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
  /**
   * {@link get} under `key` and `text` together, without joining them: an unchanged template's
   * text is the same string from one run to the next, so looking it up does not copy or hash its
   * characters again (a joined key is a new string every run, hashed whole at every keystroke).
   */
  getWith<T>(key: string, text: string, compute: () => T): T;
  /** {@link has} for {@link getWith}. */
  hasWith(key: string, text: string): boolean;
}

/** A memo kept across runs: what one run used survives into the next; the rest is dropped. */
export class RunMemo implements CheckMemo {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();

  private currentWith = new Map<string, Map<string, unknown>>();
  private previousWith = new Map<string, Map<string, unknown>>();

  get<T>(key: string, compute: () => T): T {
    return lookUp(this.current, this.previous, key, compute);
  }

  has(key: string): boolean {
    return this.current.has(key) || this.previous.has(key);
  }

  getWith<T>(key: string, text: string, compute: () => T): T {
    let now = this.currentWith.get(key);
    if (!now) this.currentWith.set(key, (now = new Map()));
    return lookUp(now, this.previousWith.get(key), text, compute);
  }

  hasWith(key: string, text: string): boolean {
    return this.currentWith.get(key)?.has(text) === true || this.previousWith.get(key)?.has(text) === true;
  }

  /** Ends a run: entries not used in it are forgotten. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousWith = this.currentWith;
    this.currentWith = new Map();
  }
}

/** The value of `key` in this run's map, else the previous run's, else computed; kept in this run's. */
function lookUp<T>(current: Map<string, unknown>, previous: Map<string, unknown> | undefined, key: string, compute: () => T): T {
  // One look-up on a hit of this run; `has` only when the value itself may be undefined.
  const hit = current.get(key);
  if (hit !== undefined || current.has(key)) return hit as T;
  const old = previous?.get(key);
  const value = old !== undefined || previous?.has(key) ? (old as T) : compute();
  current.set(key, value);
  return value;
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
