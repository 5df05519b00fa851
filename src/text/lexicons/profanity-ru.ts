import type { BuiltinLexicon } from './builtin-lexicon.js';

const L = String.raw`\p{L}*`;
// Prefixes a mat root takes. Only one, and never «с»/«су»: with them «сухую» would read «с+хую».
const XY_PREFIX = '(?:на|ни|по|пона|а|о|от|за|до|при|вы|недо|рас|раз|под|у)?';
// What follows «ху» and a vowel in the forms it takes (хуе, хуем, хуёвый, хуесос, хуета, хуя, хуярить,
// хую, хуи, хуище, похуист): not "hued", "huis" or "hyena" read in Cyrillic.
const XY_VOWEL_TAIL = [
  String.raw`е(?:|м|в\p{L}*|с[оа]с\p{L}*|пл\p{L}*|т\p{L}*|л\p{L}*|н\p{L}*|ю\p{L}*)`,
  String.raw`я(?:|м|ми|х|р\p{L}*|ч\p{L}*|к\p{L}*|с\p{L}*)`,
  String.raw`ю(?:|шк\p{L}*)`,
  String.raw`и(?:|ще|л\p{L}*|н\p{L}*|ст\p{L}*|зм\p{L}*)`,
].join('|');
// Before «еб», a prefix ending in a consonant needs «ъ»/«ь» («съебаться»), so «себе», «хлебать»,
// «колебаться», «потребитель» stay out.
const EB_OUTER = '(?:хитро|недо|долбо|пере|по)';
const EB_INNER = '(?:за|вы|у|на|по|до|про|при|пере|поза|пона|(?:с|от|об|под|раз|рас|из|в|вз|над|пред)[ъь])';
const EB_PREFIX = `${EB_OUTER}?${EB_INNER}?`;
/** At least one prefix: «уебок», «разъебай» have one, and "ebay", "ebook" read in Cyrillic have none. */
const EB_PREFIXED = `(?:${EB_OUTER}${EB_INNER}?|${EB_INNER})`;

// What follows «еб» in the forms and derivations it really takes (ебать, ебал, ебу, ебёт, еби, ебля,
// еблан, ебнуть, уебок, выебываться, уебище, выебон, поебень, поебота, ебырь), and nothing else:
// read in Latin letters, "ebay", "ebook", "jobs" and "Ebola" would otherwise be «еб» words.
const EB_TAIL = [
  String.raw`а(?:ть|ться|л|ла|ло|ли|лся|лась|лось|лись|на|ну|ной|нь\p{L}*|н\p{L}*|ш\p{L}*|ль\p{L}*|лов[оау]|лом|лу|ле|ри\p{L}*|ю|ет|ют|ешь|ем|ете|ется|ются)`,
  String.raw`у(?:|т|тся|сь|ч\p{L}*|щ\p{L}*|н\p{L}*|ш\p{L}*)`,
  'е(?:т|шь|м|те|тся|мся|шься|тесь|н[яию]|нях|ням|т[ае])',
  String.raw`и(?:|те|сь|тесь|щ\p{L}*|ч\p{L}*)`,
  String.raw`л(?:я|и|ю|ей|е|ям|ями|ях|ан\p{L}*|ищ\p{L}*|о|а|у|ом)`,
  String.raw`н(?:у\p{L}*|ем|ете|ет|ешь|и|ите|ул\p{L}*|ут\p{L}*)`,
  '(?:ы|ов|ам|ами|ах|ом)',
  String.raw`(?:ыва|ива)\p{L}*`,
  String.raw`ищ\p{L}*`,
  String.raw`ыр\p{L}*`,
].join('|');
// Adjective endings (херовый, сраный).
const ADJ = '(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ою|ей)';

/**
 * Russian мат: the roots хуй, пизд, еб, бляд, муд, сук, хер, пидор, залуп, шлюх, гандон, манда, дроч,
 * and the vulgar говно, дерьмо, жопа, срать. `except` is the dictionary of ordinary words that only
 * look like one of them, by root, in both scripts (the Latin ones are English words that read as a
 * Russian root by sound: "her" as «хер», "hue" as «хуе»).
 */
export const PROFANITY_RU: BuiltinLexicon = {
  id: 'profanity',
  obfuscated: true,
  locale: 'ru',
  roots: [
    {
      root: 'хуй',
      pattern: `${XY_PREFIX}ху(?:й(?:|н${L}|л${L}|к${L}|ов${L}|ч${L}|с[кя]${L}|ом|ем|ам|ами|ах|у|а|е|я|ю|и)|${XY_VOWEL_TAIL})`,
      cores: ['ху'],
    },
    { root: 'хуй', pattern: '(?:на)?хули', cores: ['ху'] },
    { root: 'пизд', contains: ['пизд', 'пезд'] },
    {
      root: 'еб',
      pattern: `${EB_PREFIX}(?:еб(?:${EB_TAIL})?|йоб(?:${EB_TAIL}))|${EB_PREFIXED}(?:еб|йоб)(?:ай|айте|ок|ки|ков|ка|ке|ку|ком|кам|ками|ках|ень|еня|енью|ота|оты|оту|отой|он|оны|она|оном|онов|ону|оне)`,
      cores: ['еб', 'йо'],
    },
    { root: 'еб', pattern: '(?:еп|йоп)(?:т|та|ть|тыть)', cores: ['еп', 'йо'] },
    { root: 'бляд', pattern: `(?:бля|блеать|(?:вы|раз|по|на|за|у)?бля[дт]${L}|блад(?:ь|и|ей|ям|ями|ях))`, cores: ['бл'] },
    { root: 'муд', pattern: `муд(?:ак|ач|ил|озвон|ох|ень)${L}`, cores: ['му'] },
    {
      root: 'сук',
      pattern: `(?:сук(?:а|и|е|у|ой|ою|ам|ами|ах|ин|ина|ины|ино|иного|иному)|суч(?:к[аиеуо]${L}|ар${L}|ий|ье|ьи|ьего|ьей))`,
      cores: ['су'],
    },
    {
      root: 'хер',
      pattern: `(?:на|по|ни|до|за|от)?хер(?:|а|у|ом|н(?:я|и|е|ю|ей|ёй)|ов${ADJ}|ово|ач(?:ить|ит|ат|ил|или|у|ишь|ь)|асе|ь)`,
      cores: ['хе'],
    },
    { root: 'пидор', pattern: `(?:пид[оае]р${L}|пидр${L})`, cores: ['пи'] },
    { root: 'залуп', pattern: `залуп${L}`, cores: ['лу'] },
    { root: 'шлюх', pattern: `шл[юу](?:х|шк)${L}`, cores: ['шл'] },
    { root: 'гандон', pattern: `г[ао]ндон${L}`, cores: ['нд'] },
    { root: 'манда', pattern: `(?:манд(?:а|ы|е|ой)|мандавошк${L})`, cores: ['нд'] },
    { root: 'дроч', pattern: `(?:за|по|на|от|вы|с|об|раз|по)?дроч${L}`, cores: ['др'] },
    // Vulgar words that are not мат, but that a team hides all the same.
    { root: 'говно', pattern: `говн${L}`, cores: ['вн'] },
    { root: 'дерьмо', pattern: `дерьм${L}`, cores: ['рь'] },
    { root: 'жопа', pattern: `жоп${L}`, cores: ['жо'] },
    {
      root: 'срать',
      pattern: `(?:об|обо|о|на|за|вы|по|у|от|пере|рас)?(?:сра(?:ть|л|ла|ло|ли|лся|лась|лось|лись|ться|н${ADJ}|нн${ADJ}|н(?:ец|ца|цу|цы|цев|цам|цами|цем|ь)|ч|чи|ча)|срут|срет|серет|серут)`,
      cores: ['ср', 'се'],
    },
  ],
  forms: [
    'хуй',
    'хуя',
    'хую',
    'хуе',
    'хуи',
    'хуйня',
    'хуево',
    'нахуй',
    'нахуя',
    'похуй',
    'охуели',
    'охуеть',
    'охуенно',
    'пизда',
    'пизды',
    'пиздец',
    'пиздеж',
    'пиздит',
    'пиздят',
    'спиздили',
    'ебать',
    'ебаный',
    'ебут',
    'заебали',
    'заебал',
    'уебок',
    'уебки',
    'наебали',
    'блядь',
    'блять',
    'бляди',
    'бля',
    'сука',
    'суки',
    'мудак',
    'мудаки',
    'мудила',
    'пидор',
    'пидоры',
    'пидорас',
    'хер',
    'нахер',
    'похер',
    'херня',
    'гандон',
    'залупа',
    'шлюха',
    'дрочить',
    'говно',
    'жопа',
    'жопу',
    'срать',
  ],
  except: ['ебитда', 'ебург'],
  lookalikes: [
    // еб
    'ebitda',
    'ebony',
    'ebon',
    'ebb',
    'ebbs',
    // хуй
    'hue',
    'hues',
    'huey',
    'hui',
    'xue',
    'hueless',
    'huia',
    'huias',
    'huic',
    'vihuela',
    // хер
    'her',
    'hera',
    'herr',
    'nixer',
    // бляд
    'bleat',
    'bleats',
    // манда
    'манду',
    'manda',
  ],
};
