import type { Locale } from '../model/playbook.js';
import type { TextSpan } from '../model/outcome.js';

/**
 * Finds a word or phrase in a text by word stems, the way `words` matchers and tone rules compare:
 * «заказ» finds «заказа», «вы сами виноваты» finds «Вы сами виноваты!». Returns the span in the
 * original text, or null.
 */
export function findPhrase(text: string, phrase: string, locale: Locale): TextSpan | null {
  void text; void phrase; void locale;
  return null; // STUB: owned by the text stage
}
