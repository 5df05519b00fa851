import type { BuiltinLexicon } from './builtin-lexicon.js';
import { BUILTIN_LEXICON_IDS, type BuiltinLexiconId } from './ids.js';
import { INSULTS_EN } from './insults-en.js';
import { INSULTS_RU } from './insults-ru.js';
import { LEGAL_EN, LEGAL_RU } from './legal.js';
import { OTHER_COMPANY_EN, OTHER_COMPANY_RU } from './other-company.js';
import { PRAISE_EN, PRAISE_RU } from './praise.js';
import { PRIVACY_EN, PRIVACY_RU } from './privacy.js';
import { PROBLEM_EN, PROBLEM_RU } from './problem.js';
import { PROFANITY_EN } from './profanity-en.js';
import { PROFANITY_RU } from './profanity-ru.js';
import { SAFETY_EN, SAFETY_RU } from './safety.js';
import { SYSTEMIC_EN, SYSTEMIC_RU } from './systemic.js';

const WORDS: Record<BuiltinLexiconId, readonly BuiltinLexicon[]> = {
  profanity: [PROFANITY_RU, PROFANITY_EN],
  insults: [INSULTS_RU, INSULTS_EN],
  problem: [PROBLEM_RU, PROBLEM_EN],
  'other-company': [OTHER_COMPANY_RU, OTHER_COMPANY_EN],
  legal: [LEGAL_RU, LEGAL_EN],
  safety: [SAFETY_RU, SAFETY_EN],
  privacy: [PRIVACY_RU, PRIVACY_EN],
  praise: [PRAISE_RU, PRAISE_EN],
  systemic: [SYSTEMIC_RU, SYSTEMIC_EN],
};

/**
 * The built-in lexicons by id (in the order of ids.ts), every locale together: a Russian brand gets
 * English swearing too, and each root only matches words of its own script.
 */
export const BUILTIN_LEXICONS: ReadonlyMap<string, readonly BuiltinLexicon[]> = new Map(BUILTIN_LEXICON_IDS.map((id) => [id, WORDS[id]]));
