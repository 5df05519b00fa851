import type { BuiltinLexicon } from './builtin-lexicon.js';

const L = String.raw`\p{L}*`;

/** Russian insults to a person or a company (not мат): идиот, дебил, урод, мразь, … */
export const INSULTS_RU: BuiltinLexicon = {
  id: 'insults',
  locale: 'ru',
  roots: [
    { root: 'идиот', pattern: `идиот${L}`, cores: ['ид'] },
    { root: 'дебил', pattern: `д[еи]бил${L}`, cores: ['би'] },
    { root: 'дурак', pattern: `(?:дур(?:а|ы|е|у|ой|ак${L}|ач${L}|еха|ынд${L})|придур${L})`, cores: ['ду'] },
    { root: 'кретин', pattern: `кретин${L}`, cores: ['кр'] },
    { root: 'урод', pattern: `урод(?:|ы|а|у|ом|ов|ам|ами|ина${L}|ец|цы|цев|ск${L}|лив${L})`, cores: ['ур'] },
    { root: 'козел', pattern: 'коз(?:[её]л|ла|лу|лом|лы|лов|лам|лами|лина|лины)', cores: ['оз'] },
    { root: 'быдло', pattern: `быдл${L}`, cores: ['бы'] },
    { root: 'лох', pattern: `лох(?:|и|а|у|ом|ов|ам|ами|ушк${L}|ан${L})`, cores: ['ло'] },
    { root: 'мразь', pattern: `мраз${L}`, cores: ['мр'] },
    { root: 'тварь', pattern: 'твар(?:ь|и|ей|ям|ями)', cores: ['тв'] },
    { root: 'ублюдок', pattern: `ублюд${L}`, cores: ['уб'] },
    { root: 'скотина', pattern: `скотин${L}`, cores: ['ск'] },
    { root: 'сволочь', pattern: `сволоч${L}`, cores: ['св'] },
    { root: 'гад', pattern: 'гад(?:|ы|ов|ам|ами|ина|ины|ине|ину|иной|ье|еныш|еныши)', cores: ['га'] },
    { root: 'имбецил', pattern: `имбецил${L}`, cores: ['им'] },
    { root: 'дегенерат', pattern: `дегенерат${L}`, cores: ['де'] },
    { root: 'недоумок', pattern: 'недоум(?:ок|ки|ков|кам|ками|ка|ку)', cores: ['не'] },
    { root: 'тупой', pattern: `(?:тупиц${L}|туп(?:ой|ая|ое|ые|ого|ых|ым|ыми|ую|орыл${L}))`, cores: ['ту'] },
    { root: 'бездарь', pattern: `бездар${L}`, cores: ['бе'] },
    { root: 'чмо', pattern: `чмо${L}`, cores: ['чм'] },
    { root: 'подонок', pattern: 'подон(?:ок|ки|ков|кам|ками|ка|ку)', cores: ['по'] },
    { root: 'мерзавец', pattern: `мерзав${L}`, cores: ['ме'] },
    { root: 'негодяй', pattern: `негодя${L}`, cores: ['не'] },
    { root: 'ничтожество', pattern: `ничтожеств${L}`, cores: ['ни'] },
  ],
  forms: ['идиот', 'идиоты', 'дебил', 'дебилы', 'дура', 'дурак', 'урод', 'уроды', 'мразь', 'тварь', 'сволочь', 'ублюдок', 'козел', 'козлы'],
  except: [],
};
