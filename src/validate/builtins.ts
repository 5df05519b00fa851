/**
 * Ids replybook defines itself, so references to them are not "unknown" — the names only (the
 * detectors and the words load with the engine, not with `check`).
 */
import { BUILTIN_SIGNALS } from '../classify/signal-ids.js';
import { BUILTIN_LEXICON_IDS } from '../text/lexicons/ids.js';

export { BUILTIN_SIGNALS };

/** Built-in lexicons a playbook may extend or except. */
export const BUILTIN_LEXICONS: readonly string[] = BUILTIN_LEXICON_IDS;
