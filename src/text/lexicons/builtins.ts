import type { BuiltinLexicon } from './builtin-lexicon.js';
import { INSULTS_EN } from './insults-en.js';
import { INSULTS_RU } from './insults-ru.js';
import { PROFANITY_EN } from './profanity-en.js';
import { PROFANITY_RU } from './profanity-ru.js';

/**
 * The built-in lexicons by id, every locale together: a Russian brand gets English swearing too,
 * and each root only matches words of its own script.
 */
export const BUILTIN_LEXICONS: ReadonlyMap<string, readonly BuiltinLexicon[]> = new Map([
  ['profanity', [PROFANITY_RU, PROFANITY_EN]],
  ['insults', [INSULTS_RU, INSULTS_EN]],
]);
