/**
 * How far V8 lets the heap grow past what is live before it collects again, for the commands that
 * stream a large input through a small live set (`test` over many sample complaints, `backtest`
 * over an export of mentions).
 *
 * What such a run keeps is a few tens of MB, but V8 sizes the next heap by how fast it collects,
 * and a fast collector lets it grow to several times the live set: a backtest of 100,000 mentions
 * on one thread peaked at 295 MB with about 50 MB live (189 MB with this factor), `test` of 100,000
 * sample complaints at 384 MB (250 MB). A fixed growth factor keeps the heap near what is live.
 * The flag is V8's own (`--heap-growing-percent`), read at each collection, so setting it once the
 * process runs takes effect for the main thread and every worker started after it; it is
 * process-wide, which is why only these commands set it, and never the language server or `watch`;
 * `test` sets it for the group this thread runs (its workers have a bounded heap of their own).
 */
import { setFlagsFromString } from 'node:v8';

/** The heap may grow to 1.7× what the last full collection found live (V8's own factor is up to 4×). */
export const STREAMING_HEAP_GROWTH_PERCENT = 70;

let set = false;

/** Sets the growth factor for a streaming run (once per process; nothing if V8 refuses the flag). */
export function keepHeapNearLiveSet(): void {
  if (set) return;
  set = true;
  try {
    setFlagsFromString(`--heap-growing-percent=${STREAMING_HEAP_GROWTH_PERCENT}`);
  } catch {
    /* an engine without the flag: the default growth, more memory, the same results */
  }
}
