import type { Locale } from '../../model/playbook.js';

/**
 * A built-in lexicon as data. Roots are matched against whole normalised words, so a root only
 * fires where a word may carry it — at the start, after a listed prefix — and not wherever its
 * letters happen to occur («застрахуйте», "Scunthorpe": the Scunthorpe problem).
 */
export interface BuiltinLexicon {
  id: string;
  locale: Locale;
  /** A regex source for a whole word (anchored both ends when compiled, flag `u`), named for traces. */
  roots: ReadonlyArray<{ root: string; pattern: string }>;
  /** Whole words for masked spellings («х*й», "f**k"): each run of `*` stands for 1–3 more letters than stars. */
  forms: readonly string[];
  /** Words a root would take that are innocent: compared by word and by stem. */
  except: readonly string[];
}
