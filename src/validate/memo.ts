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

/** A stored value and the run that last used it. */
interface Entry {
  value: unknown;
  run: number;
}

/**
 * A memo kept across runs: what one run used survives into the next; the rest is dropped. One map
 * whose entries are stamped with the run that used them (not a new map per run that every hit is
 * copied into): a keystroke's re-check then allocates nothing for the thousands of values it reuses.
 */
export class RunMemo implements CheckMemo {
  private run = 0;
  private readonly plain = new Map<string, Entry>();
  private readonly withText = new Map<string, Map<string, Entry>>();

  get<T>(key: string, compute: () => T): T {
    return this.lookUp(this.plain, key, compute);
  }

  has(key: string): boolean {
    return this.plain.has(key);
  }

  getWith<T>(key: string, text: string, compute: () => T): T {
    let byText = this.withText.get(key);
    if (!byText) this.withText.set(key, (byText = new Map()));
    return this.lookUp(byText, text, compute);
  }

  hasWith(key: string, text: string): boolean {
    return this.withText.get(key)?.has(text) === true;
  }

  /** Ends a run: entries not used in it are forgotten. */
  endRun(): void {
    const run = this.run;
    for (const [k, e] of this.plain) if (e.run !== run) this.plain.delete(k);
    for (const [key, byText] of this.withText) {
      for (const [k, e] of byText) if (e.run !== run) byText.delete(k);
      if (byText.size === 0) this.withText.delete(key);
    }
    this.run++;
  }

  private lookUp<T>(map: Map<string, Entry>, key: string, compute: () => T): T {
    const hit = map.get(key);
    if (hit) {
      hit.run = this.run;
      return hit.value as T;
    }
    const value = compute();
    map.set(key, { value, run: this.run });
    return value;
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
