import type { BuiltinLexicon } from './builtin-lexicon.js';

const L = String.raw`\p{L}*`;

/** English insults to a person or a company (not swearing): idiot, moron, scumbag, … */
export const INSULTS_EN: BuiltinLexicon = {
  id: 'insults',
  locale: 'en',
  roots: [
    { root: 'idiot', pattern: `idiot${L}` },
    { root: 'moron', pattern: `moron${L}` },
    { root: 'imbecile', pattern: `imbecil${L}` },
    { root: 'cretin', pattern: `cretin${L}` },
    { root: 'retard', pattern: 'retard(?:s|ed)?' },
    { root: 'scumbag', pattern: 'scum(?:bag|bags|my)?' },
    { root: 'loser', pattern: 'losers?' },
    { root: 'clown', pattern: 'clowns' },
    { root: 'jerk', pattern: 'jerks?' },
    { root: 'dimwit', pattern: '(?:dim|half|nit)wit(?:s|ted)?' },
    { root: 'numbskull', pattern: 'numbskulls?' },
    { root: 'buffoon', pattern: 'buffoons?' },
    { root: 'dumbass', pattern: 'dumbass(?:es)?' },
  ],
  forms: ['idiot', 'idiots', 'moron', 'morons', 'retard', 'loser'],
  except: [],
};
