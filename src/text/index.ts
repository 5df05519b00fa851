export { normalise } from './normalise.js';
export { asciiOnlyPattern, FastRegex } from './fast-regex.js';
export type { NormalisedText } from './normalise.js';
export { tokenise } from './tokenise.js';
export type { Token } from './tokenise.js';
export { stem, stemEn, stemRu, stemTokens, StemCache } from './stem.js';
export { findPhrase, PhraseSet, phraseStarts, stemMatches } from './phrase.js';
export type { PhraseHit } from './phrase.js';
export {
  BUILTIN_LEXICONS, INSULTS_EN, INSULTS_RU, LexiconMatcher, PROFANITY_EN, PROFANITY_RU,
} from './lexicons/index.js';
export type { BuiltinLexicon, LexiconHit, LexiconOptions } from './lexicons/index.js';
