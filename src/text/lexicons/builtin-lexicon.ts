import type { Locale } from '../../model/playbook.js';

/**
 * A built-in lexicon as data. Roots are matched against whole normalised words, so a root only
 * fires where a word may carry it — at the start, after a listed prefix — and not wherever its
 * letters happen to occur («застрахуйте», "Scunthorpe": the Scunthorpe problem).
 */
export interface BuiltinLexicon {
  id: string;
  locale: Locale;
  /**
   * Roots, named for traces. `pattern` is a regex source for a whole word (anchored both ends when
   * compiled, flag `u`); `cores` are letter pairs every word it matches contains (a cheap filter run
   * before the regex); `contains` are substrings that match wherever they occur («пизд», "fuck").
   */
  roots: ReadonlyArray<{ root: string; pattern?: string; cores?: readonly string[]; contains?: readonly string[] }>;
  /** Whole words for masked spellings («х*й», "f**k"): each run of `*` stands for 1–3 more letters than stars. */
  forms: readonly string[];
  /**
   * Words and phrases matched by stem, as a playbook's `words` are, with the lexicon's gap
   * («не работает» finds «вообще не работает», «не работают»; "charged twice" finds "charged me twice").
   */
  phrases?: readonly string[];
  /**
   * What the lexicon must not fire on. A single word is compared by word and by stem; a phrase of
   * several words («загорелась лампочка», "bank holiday") cancels every hit it overlaps, so an
   * ordinary neighbour of a cue stays out; it is found with the lexicon's gap, as the phrases are
   * («вернул деньги по чарджбэку» also covers «вернул мне деньги по чарджбэку»).
   */
  except: readonly string[];
  /**
   * Ordinary words that only look like a root, compared as whole words (normalised, or as one of
   * a spelling's readings): English words that read as a Russian root by sound ("her", "hue"),
   * where a stem would also cover a profane form ("hui" and "huy" share one).
   */
  lookalikes?: readonly string[];
  /**
   * Whether commenters disguise these words (`пиzдец`, `f.u.c.k`, «с у к а», `х**`): the lexicon then
   * also reads each word other ways, glues pieces and joins spelled-out letters. Cue lexicons
   * (problem, legal…) are written plainly and match their tokens only, which is most of their cost.
   */
  obfuscated?: boolean;
}
