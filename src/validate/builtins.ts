/** Ids replybook defines itself, so references to them are not "unknown". */

/** Built-in signals (docs/playbook-format.md, `signals`). */
export const BUILTIN_SIGNALS: readonly string[] = ['order-number', 'shouting', 'exclamations', 'repeat-contact', 'url', 'question'];

/** Built-in lexicons a playbook may extend or except. */
export const BUILTIN_LEXICONS: readonly string[] = ['profanity', 'insults'];
