/** Ids replybook defines itself, so references to them are not "unknown" — taken from the stages that define them. */
import { BUILTIN_SIGNALS } from '../classify/signals.js';
import { BUILTIN_LEXICONS as LEXICONS } from '../text/lexicons/builtins.js';

export { BUILTIN_SIGNALS };

/** Built-in lexicons a playbook may extend or except. */
export const BUILTIN_LEXICONS: readonly string[] = [...LEXICONS.keys()];
