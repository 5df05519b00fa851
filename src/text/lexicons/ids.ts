/**
 * The ids of the built-in lexicons, apart from their words (builtins.ts): what `check` and the
 * editor need of them, without loading every lexicon. builtins.ts has the words of each, keyed by
 * this type, so an id without words (or words without an id) does not compile.
 */
export const BUILTIN_LEXICON_IDS = [
  'profanity',
  'insults',
  'problem',
  'other-company',
  'legal',
  'safety',
  'privacy',
  'praise',
  'systemic',
] as const;

export type BuiltinLexiconId = (typeof BUILTIN_LEXICON_IDS)[number];
