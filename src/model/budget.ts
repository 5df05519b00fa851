/**
 * A time budget for one mention. The core never reads a clock of its own (no `process`, no
 * `Date.now()`): the runner passes one in, and the engine checks it cooperatively, between stages
 * and where a stage does work in proportion to the text (see src/engine/budget.ts).
 */

/** How long one mention may take, and the clock to measure it by. */
export interface TimeBudget {
  /** Milliseconds the mention may take. */
  ms: number;
  /** A monotonic clock in milliseconds, e.g. `() => performance.now()`. */
  now: () => number;
}

/**
 * What a stage tells about the work it is about to do: `units` is roughly the characters or tokens
 * it will scan. The meter reads the clock now and then and stops the mention when time is up.
 */
export interface WorkMeter {
  spend(units: number): void;
}
