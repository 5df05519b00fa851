/**
 * re2js, the linear-time engine of playbook patterns, behind one accessor: `re2()` is called when
 * a pattern is compiled, never when a module loads. The command line's bundle swaps this module for
 * one that requires re2js on that first call (`lazyRe2` in scripts/bundle.mjs): a playbook without
 * patterns never loads it, and its 190 KB were a tenth of the code V8 read at every start of `check`.
 */
import { RE2JS } from 're2js';

export type { Matcher } from 're2js';

/** The re2js engine (its `RE2JS` class). */
export function re2(): typeof RE2JS {
  return RE2JS;
}
