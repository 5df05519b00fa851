import type { BuiltinLexicon } from './builtin-lexicon.js';

const L = String.raw`\p{L}*`;

/** English profanity. Roots are anchored so "Scunthorpe", "assessment", "cocktail", "Dickens" stay out. */
export const PROFANITY_EN: BuiltinLexicon = {
  id: 'profanity',
  locale: 'en',
  roots: [
    { root: 'fuck', contains: ['fuck'] },
    { root: 'fuck', pattern: '(?:fuk|fck|fcuk|phuck|fuq)(?:ing|in|ed|er|ers|s)?|wtf|stfu|gtfo|ffs', cores: ['fu', 'fc', 'ph', 'tf', 'ff'] },
    { root: 'shit', pattern: `(?:bull|horse|dip|chicken|bat|dog|ape|holy)?shit(?:s|e|ty|tier|tiest|ting|ted|head${L}|hole${L}|show${L}|load${L}|storm${L}|house${L}|stain${L}|faced)?`, cores: ['sh'] },
    { root: 'cunt', pattern: 'cunt(?:s|y|ish)?', cores: ['cu'] },
    { root: 'dick', pattern: `dick(?:s|head${L}|wad${L}|ish|face${L})?`, cores: ['di'] },
    { root: 'cock', pattern: `cock(?:s|sucker${L}|head${L})?`, cores: ['co'] },
    { root: 'ass', pattern: `(?:dumb|jack|smart|bad|lard|fat|kick|kiss|wise|half|dumb)?ass(?:es|hole${L}|hat${L}|wipe${L}|face${L}|clown${L})?`, cores: ['as'] },
    { root: 'arse', pattern: `arse(?:s|hole${L}|d)?`, cores: ['ar'] },
    { root: 'bitch', pattern: `(?:son)?bitch${L}`, cores: ['bi'] },
    { root: 'bastard', pattern: `bastard${L}`, cores: ['ba'] },
    { root: 'piss', pattern: 'piss(?:ed|es|ing|er|y|off|take)?', cores: ['pi'] },
    { root: 'wank', pattern: 'wank(?:er|ers|ing|ed|s|y)?', cores: ['wa'] },
    { root: 'twat', pattern: 'twats?', cores: ['tw'] },
    { root: 'slut', pattern: 'slut(?:s|ty)?', cores: ['sl'] },
    { root: 'whore', pattern: `whore${L}`, cores: ['wh'] },
    { root: 'bollocks', pattern: `bollock${L}`, cores: ['bo'] },
    { root: 'tits', pattern: 'tits|titties|titty', cores: ['ti'] },
    { root: 'slur', pattern: 'faggots?|nigg(?:er|a|ers|as|az)', cores: ['fa', 'ni'] },
  ],
  forms: [
    'fuck', 'fucking', 'fucked', 'fucker', 'fuckers', 'motherfucker', 'shit', 'shitty', 'bullshit', 'cunt', 'dick',
    'dickhead', 'cock', 'ass', 'asshole', 'bitch', 'bastard', 'piss', 'pissed', 'twat', 'whore', 'slut', 'wtf',
  ],
  except: [],
};
