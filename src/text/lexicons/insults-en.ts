import type { BuiltinLexicon } from './builtin-lexicon.js';

const L = String.raw`\p{L}*`;

/** English insults to a person or a company (not swearing): idiot, moron, scumbag, … */
export const INSULTS_EN: BuiltinLexicon = {
  id: 'insults',
  obfuscated: true,
  locale: 'en',
  roots: [
    { root: 'idiot', pattern: 'idiot(?:s|ic|ical|ically|ism|isms|cy|cies|ish)?', cores: ['id'] },
    { root: 'moron', pattern: `moron${L}`, cores: ['mo'] },
    { root: 'imbecile', pattern: `imbecil${L}`, cores: ['im'] },
    { root: 'cretin', pattern: `cretin${L}`, cores: ['cr'] },
    { root: 'retard', pattern: 'retard(?:s|ed)?', cores: ['re'] },
    { root: 'scumbag', pattern: 'scum(?:bag|bags|my)?', cores: ['sc'] },
    { root: 'loser', pattern: 'losers?', cores: ['lo'] },
    { root: 'clown', pattern: 'clowns', cores: ['cl'] },
    { root: 'jerk', pattern: 'jerks?', cores: ['je'] },
    { root: 'dimwit', pattern: '(?:dim|half|nit)wit(?:s|ted)?', cores: ['wi'] },
    { root: 'numbskull', pattern: 'numbskulls?', cores: ['nu'] },
    { root: 'buffoon', pattern: 'buffoons?', cores: ['bu'] },
    { root: 'dumbass', pattern: 'dumbass(?:es)?', cores: ['du'] },
    { root: 'douche', pattern: 'douche(?:s|bag|bags|baggery|canoe|canoes)?', cores: ['do'] },
    { root: 'prick', pattern: 'pricks?', cores: ['pr'] },
    { root: 'numpty', pattern: 'numpt(?:y|ies)', cores: ['nu'] },
    { root: 'lowlife', pattern: 'lowlifes?|lowlives', cores: ['lo'] },
    { root: 'dipshit', pattern: 'dipshits?', cores: ['di'] },
  ],
  forms: ['idiot', 'idiots', 'moron', 'morons', 'retard', 'loser'],
  except: [],
  // Ordinary words a root would take once undoubled.
  lookalikes: ['looser'],
};
