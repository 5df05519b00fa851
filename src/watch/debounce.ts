/** A debouncer with an injected clock: a burst of pushes becomes one flush of everything pushed. */

/** The timer functions the watch front end uses (tests pass a fake). */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface Debouncer<T> {
  push(item: T): void;
  /** Drops anything pending without flushing. */
  cancel(): void;
  pending(): number;
}

/**
 * Calls `flush(items)` once `delayMs` have passed without a new push, or at the latest `maxWaitMs`
 * after the first push of a burst (so a file written continuously still gets reports).
 */
export function createDebouncer<T>(flush: (items: T[]) => void, opts: { delayMs: number; maxWaitMs?: number; clock: Clock }): Debouncer<T> {
  const { clock, delayMs } = opts;
  const maxWait = opts.maxWaitMs ?? delayMs * 10;
  let items: T[] = [];
  let timer: unknown = null;
  let first = 0;
  const fire = () => {
    timer = null;
    const batch = items;
    items = [];
    if (batch.length) flush(batch);
  };
  return {
    push(item) {
      if (items.length === 0) first = clock.now();
      items.push(item);
      if (timer !== null) clock.clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, first + maxWait - clock.now()));
      timer = clock.setTimeout(fire, wait);
    },
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      items = [];
    },
    pending: () => items.length,
  };
}
