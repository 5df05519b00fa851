import type { BuiltinLexicon } from './builtin-lexicon.js';

const L = String.raw`\p{L}*`;

/** English profanity. Roots are anchored so "Scunthorpe", "assessment", "cocktail", "Dickens" stay out. */
export const PROFANITY_EN: BuiltinLexicon = {
  id: 'profanity',
  locale: 'en',
  roots: [
    { root: 'fuck', pattern: `(?:${L}fuck${L}|(?:fuk|fck|fcuk|phuck|fuq)(?:ing|in|ed|er|ers|s)?|wtf|stfu|gtfo|ffs)` },
    { root: 'shit', pattern: `(?:bull|horse|dip|chicken|bat|dog|ape|holy)?shit(?:s|e|ty|tier|tiest|ting|ted|head${L}|hole${L}|show${L}|load${L}|storm${L}|house${L}|stain${L}|faced)?` },
    { root: 'cunt', pattern: 'cunt(?:s|y|ish)?' },
    { root: 'dick', pattern: `dick(?:s|head${L}|wad${L}|ish|face${L})?` },
    { root: 'cock', pattern: `cock(?:s|sucker${L}|head${L})?` },
    { root: 'ass', pattern: `(?:dumb|jack|smart|bad|lard|fat|kick|kiss|wise|half|dumb)?ass(?:es|hole${L}|hat${L}|wipe${L}|face${L}|clown${L})?` },
    { root: 'arse', pattern: `arse(?:s|hole${L}|d)?` },
    { root: 'bitch', pattern: `(?:son)?bitch${L}` },
    { root: 'bastard', pattern: `bastard${L}` },
    { root: 'piss', pattern: 'piss(?:ed|es|ing|er|y|off|take)?' },
    { root: 'wank', pattern: 'wank(?:er|ers|ing|ed|s|y)?' },
    { root: 'twat', pattern: 'twats?' },
    { root: 'slut', pattern: 'slut(?:s|ty)?' },
    { root: 'whore', pattern: `whore${L}` },
    { root: 'bollocks', pattern: `bollock${L}` },
    { root: 'tits', pattern: 'tits|titties|titty' },
    { root: 'slur', pattern: 'faggots?|nigg(?:er|a|ers|as|az)' },
  ],
  forms: [
    'fuck', 'fucking', 'fucked', 'fucker', 'fuckers', 'motherfucker', 'shit', 'shitty', 'bullshit', 'cunt', 'dick',
    'dickhead', 'cock', 'ass', 'asshole', 'bitch', 'bastard', 'piss', 'pissed', 'twat', 'whore', 'slut', 'wtf',
  ],
  except: [],
};
