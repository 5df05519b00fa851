export { normalise } from './normalise.js';
export {
  compilePattern,
  DEFAULT_FLAGS,
  MAX_PATTERN_LENGTH,
  MAX_PLAYBOOK_PROGRAM_SIZE,
  MAX_PROGRAM_SIZE,
  Pattern,
  PATTERN_DFA_BYTES,
  PLAYBOOK_DFA_BYTES,
  PlaybookPatterns,
} from './pattern.js';
export type { CompiledPattern, PatternMatch, PatternOptions, PatternProblem, PatternRule } from './pattern.js';
export { MAX_REPEAT } from './pattern-syntax.js';
export type { NormalisedText } from './normalise.js';
export { tokenise } from './tokenise.js';
export type { Token } from './tokenise.js';
export { stem, stemEn, stemRu, stemTokens, StemCache } from './stem.js';
export { DEFAULT_PHRASE_GAP, findPhrase, MAX_PHRASE_GAP, PhraseSet, phraseStarts, stemMatches } from './phrase.js';
export type { PhraseHit, PhraseOptions } from './phrase.js';
export { BUILTIN_LEXICONS, INSULTS_EN, INSULTS_RU, LexiconMatcher, PROFANITY_EN, PROFANITY_RU } from './lexicons/index.js';
export type { BuiltinLexicon, LexiconHit, LexiconOptions } from './lexicons/index.js';
