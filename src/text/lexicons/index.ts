export type { BuiltinLexicon } from './builtin-lexicon.js';
export { BUILTIN_LEXICONS } from './builtins.js';
export { PROFANITY_RU } from './profanity-ru.js';
export { PROFANITY_EN } from './profanity-en.js';
export { INSULTS_RU } from './insults-ru.js';
export { INSULTS_EN } from './insults-en.js';
export { LexiconMatcher } from './lexicon.js';
export type { LexiconHit, LexiconOptions } from './lexicon.js';
