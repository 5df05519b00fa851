import { describe, expect, it } from 'vitest';
import { BUILTIN_LEXICONS, LexiconMatcher, normalise, stemTokens, tokenise } from '../../src/text/index.js';
import type { Locale } from '../../src/model/playbook.js';

const profanity = new LexiconMatcher({ id: 'profanity', builtins: BUILTIN_LEXICONS.get('profanity'), locale: 'ru' });
const insults = new LexiconMatcher({ id: 'insults', builtins: BUILTIN_LEXICONS.get('insults'), locale: 'ru' });

function hits(m: LexiconMatcher, text: string, locale: Locale = 'ru'): string[] {
  const n = normalise(text, locale);
  const tokens = tokenise(n);
  stemTokens(tokens);
  return m.find(tokens).map((h) => text.slice(tokens[h.first].oStart, tokens[h.last].oEnd));
}

const RU_PROFANE = [
  'хуй',
  'Хуй',
  'ХУЙ',
  'хуйня',
  'нахуй',
  'на хуй',
  'похуй',
  'нихуя',
  'дохуя',
  'охуели',
  'охуеть',
  'охуенно',
  'ахуеть',
  'хуёвый',
  'хули',
  'пизда',
  'пиздец',
  'пиздёж',
  'спиздили',
  'распиздяй',
  'ебать',
  'ёб',
  'заебали',
  'заёбан',
  'выебываться',
  'уёбок',
  'наебали',
  'съебались',
  'долбоёб',
  'ебаный',
  'блядь',
  'бля',
  'блять',
  'выблядок',
  'мудак',
  'мудила',
  'сука',
  'суки',
  'сучка',
  'сукин',
  'нахер',
  'херня',
  'похер',
  'пидорас',
  'гандон',
  'залупа',
  'шлюха',
  'дрочить',
  // obfuscated
  'xуй',
  'х у й',
  'х.у.й',
  'хууууй',
  'х*й',
  'п*здец',
  'п!здец',
  'пи3дец',
  'п.и.з.д.е.ц',
  'бл@дь',
  'б**дь',
  'с у к а',
  'ссука',
  'сyка',
  'ху\u200bй',
  'заеееебали',
  'ПИЗДЕЦ',
  'мудaк',
];

const RU_INNOCENT = [
  'застрахуйте',
  'подстрахуй',
  'страхуй',
  'психуй',
  'сухую',
  'хлебать',
  'колебаться',
  'оскорбление',
  'потребитель',
  'употреблять',
  'рубля',
  'корабля',
  'сабля',
  'скипидар',
  'себе',
  'тебе',
  'небо',
  'хлеб',
  'ребенок',
  'мебель',
  'обед',
  'хуже',
  'художник',
  'ухудшение',
  'похудеть',
  'хулиган',
  'выхухоль',
  'хурма',
  'мудрый',
  'премудрость',
  'сукно',
  'херсон',
  'херес',
  'херувим',
  'мандарин',
  'команда',
  'мандат',
  'блин',
  'бляха',
  'учебный',
  'гребень',
  'ебитда',
  'Ебург',
  'а я в шоке',
  'и т.д.',
  'потребовать',
  'чихуахуа',
  'страхование',
  'хулить',
];

const EN_PROFANE = [
  'fuck',
  'Fuck',
  'FUCK',
  'fucking',
  'fucked',
  'fucker',
  'motherfucker',
  'clusterfuck',
  'unfuckingbelievable',
  'fck',
  'wtf',
  'shit',
  'shitty',
  'bullshit',
  'horseshit',
  'shithole',
  'cunt',
  'dick',
  'dickhead',
  'cock',
  'cocksucker',
  'ass',
  'asshole',
  'dumbass',
  'jackass',
  'arse',
  'arsehole',
  'bitch',
  'bitches',
  'bastard',
  'pissed',
  'wanker',
  'twat',
  'slut',
  'whore',
  'bollocks',
  'tits',
  // obfuscated
  'f*ck',
  'f**k',
  'sh1t',
  'sh!t',
  '$hit',
  'f u c k',
  's.h.i.t',
  'f-u-c-k',
  'fuuuuck',
  'a$$hole',
  'fuсk',
  'b1tch',
  'FUCKING',
];

const EN_INNOCENT = [
  'Scunthorpe',
  'assessment',
  'class',
  'pass',
  'cocktail',
  'shitake',
  'shiitake',
  'Dickens',
  'Dickinson',
  'analysis',
  'title',
  'button',
  'assassin',
  'bass',
  'embassy',
  'massive',
  'assume',
  'passenger',
  'peacock',
  'cockpit',
  'hitchcock',
  'arsenal',
  'arsenic',
  'mississippi',
  'Fukushima',
  'wankel',
  'therapist',
  'classic',
  'grasshopper',
  'cucumber',
  'document',
  'shitzu',
  'hello',
  'scrap',
  'titanic',
  'snigger',
  'niggardly',
  'sussex',
  'cockatoo',
  'glass',
  'bassoon',
  'compass',
  'I u a',
  'Matsushita',
  'pussycat',
];

describe('profanity, Russian', () => {
  it('has enough cases', () => {
    expect(RU_PROFANE.length).toBeGreaterThanOrEqual(40);
    expect(RU_INNOCENT.length).toBeGreaterThanOrEqual(40);
  });
  it.each(RU_PROFANE)('fires on %j', (w) => expect(hits(profanity, `ну ${w} вообще`)).toHaveLength(1));
  it.each(RU_INNOCENT)('does not fire on %j', (w) => expect(hits(profanity, `ну ${w} вообще`)).toEqual([]));
});

describe('profanity, English', () => {
  it('has enough cases', () => {
    expect(EN_PROFANE.length).toBeGreaterThanOrEqual(40);
    expect(EN_INNOCENT.length).toBeGreaterThanOrEqual(40);
  });
  it.each(EN_PROFANE)('fires on %j', (w) => expect(hits(profanity, `what ${w} now`, 'en')).toHaveLength(1));
  it.each(EN_INNOCENT)('does not fire on %j', (w) => expect(hits(profanity, `what ${w} now`, 'en')).toEqual([]));
});

describe('insults', () => {
  it.each(['идиоты', 'дебилы', 'дура', 'придурки', 'уроды', 'мразь', 'ублюдки', 'козлы', 'быдло', 'лохи', 'idiots', 'morons', 'scumbag'])(
    'fires on %j',
    (w) => expect(hits(insults, `вы ${w}`)).toHaveLength(1),
  );
  it.each(['дурман', 'дуршлаг', 'уродился', 'урожай', 'тупик', 'недоумение', 'лохматый', 'гадать', 'козни', 'идея', 'jerky', 'clownfish'])(
    'does not fire on %j',
    (w) => expect(hits(insults, `вы ${w}`)).toEqual([]),
  );
});

describe('lexicon quotes the original text', () => {
  it.each([
    ['Да вы Х У Й знает что творите', ['Х У Й']],
    ['ну п.и.з.д.е.ц, заеееебали', ['п.и.з.д.е.ц', 'заеееебали']],
    ['это f**k and sh1t', ['f**k', 'sh1t']],
  ])('%j', (text, expected) => expect(hits(profanity, text)).toEqual(expected));
});

describe('playbook extend / except', () => {
  const ext = new LexiconMatcher({
    id: 'profanity',
    builtins: BUILTIN_LEXICONS.get('profanity'),
    words: ['жопа', 'лажа', 'полный отстой'],
    except: ['сука', 'хер'],
    locale: 'ru',
  });
  it.each([
    ['какая жопа', ['жопа']],
    ['в жопу ваш сервис', ['жопу']],
    ['ж0па', ['ж0па']],
    ['ж*па', ['ж*па']],
    ['какая лажа', ['лажа']],
    ['опять лажу прислали', ['лажу']],
    ['л@жа', ['л@жа']],
    ['это полный отстой', ['полный отстой']],
    ['сука', []],
    ['суки', []],
    ['хер', []],
    ['нахер', ['нахер']],
    ['пиздец', ['пиздец']],
  ])('%j → %j', (text, expected) => expect(hits(ext, text)).toEqual(expected));

  const custom = new LexiconMatcher({ id: 'competitors', words: ['Сбер', 'Тинькофф', 'другой банк'], locale: 'ru' });
  it.each([
    ['в Сбере так не делают', ['Сбере']],
    ['перейду в другой банк', ['другой банк']],
    ['в другом банке лучше', ['другом банке']],
    ['хуй', []],
  ])('custom %j → %j', (text, expected) => expect(hits(custom, text)).toEqual(expected));
});

describe('LexiconMemo (one look-up per word for all lexicons)', () => {
  it('gives the same hits as each lexicon on its own', async () => {
    const { LexiconMemo } = await import('../../src/text/lexicons/lexicon.js');
    const memo = new LexiconMemo();
    const p = new LexiconMatcher({ id: 'profanity', builtins: BUILTIN_LEXICONS.get('profanity'), locale: 'ru', memo });
    const i = new LexiconMatcher({ id: 'insults', builtins: BUILTIN_LEXICONS.get('insults'), locale: 'ru', memo });
    for (const text of ['вы идиоты, бл*ть', 'с у к а, всё хорошо', 'спасибо, всё пришло', 'дебил дебил']) {
      const tokens = tokenise(normalise(text, 'ru'));
      stemTokens(tokens);
      for (let round = 0; round < 2; round++) {
        const records = memo.records(tokens);
        expect(p.find(tokens, Infinity, undefined, records)).toEqual(profanity.find(tokens));
        expect(i.find(tokens, Infinity, undefined, records)).toEqual(insults.find(tokens));
      }
    }
  });
});

describe('lexicon hits carry the original span, symbols at the edges included', () => {
  const ms = ['profanity', 'insults'].map((id) => new LexiconMatcher({ id, builtins: BUILTIN_LEXICONS.get(id), locale: 'ru' }));
  it.each([
    ['you @sshole', ['@sshole']],
    ['this is shi+ really', ['shi+']],
    ['ну х** знает', ['х**']],
    ['what a b**** move', ['b****']],
    ['ну пиз-дец просто', ['пиз-дец']],
    ['it is fu.cking broken', ['fu.cking']],
    ['ну и с у к а же', ['с у к а']],
    ['*сука* такая', ['сука']],
    ['оценка 5* и 4**', []],
    ['C++ and @acme', []],
  ])('%j → %j', (text, expected) => {
    const tokens = tokenise(normalise(text, 'ru'));
    stemTokens(tokens);
    expect(ms.flatMap((m) => m.find(tokens, Infinity, undefined, undefined, text).map((h) => text.slice(h.oStart, h.oEnd)))).toEqual(
      expected,
    );
  });
});
