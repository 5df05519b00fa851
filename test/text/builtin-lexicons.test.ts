import { describe, expect, it } from 'vitest';
import { BUILTIN_LEXICONS, DEFAULT_PHRASE_GAP, LexiconMatcher, normalise, stemTokens, tokenise } from '../../src/text/index.js';
import type { Locale } from '../../src/model/playbook.js';

/** A built-in lexicon as a playbook gets it: both locales' data, the default gap. */
function matcher(id: string, locale: Locale, extra: { words?: string[]; except?: string[] } = {}): LexiconMatcher {
  return new LexiconMatcher({ id, builtins: BUILTIN_LEXICONS.get(id), locale, gap: DEFAULT_PHRASE_GAP, ...extra });
}

/** The stretches of `text` the lexicon finds. */
function found(m: LexiconMatcher, text: string, locale: Locale): string[] {
  const tokens = tokenise(normalise(text, locale));
  stemTokens(tokens);
  return m.find(tokens).map((h) => text.slice(tokens[h.first].oStart, tokens[h.last].oEnd));
}

type Case = readonly [text: string, locale: Locale];

/** Each lexicon: texts it must fire on, and ordinary neighbours it must not. */
const TABLE: Record<string, { fires: Case[]; quiet: Case[] }> = {
  problem: {
    fires: [
      ['The courier ended up losing my package', 'en'],
      ['the left bud falls out when I run', 'en'],
      ['I spent 50 minutes on hold yesterday', 'en'],
      ['my wishlist clears itself overnight', 'en'],
      ['Наушники постоянно выпадают при ходьбе', 'ru'],
      ['Провисела 40 минут на линии', 'ru'],
      ['Избранное очищается само после обновления', 'ru'],
      ['Настройки сбрасываются после каждого входа', 'ru'],
      ['The app crashes every time I open it', 'en'],
      ['it keeps logging me out', 'en'],
      ['The app logged me out again', 'en'],
      ["The kettle won't turn on", 'en'],
      ['my payment failed twice', 'en'],
      ['I was charged twice for one order', 'en'],
      ['They charged me twice', 'en'],
      ['my order never actually arrived', 'en'],
      ['package is missing a part, parts missing', 'en'],
      ["I still haven't received my refund", 'en'],
      ['Delivery is 3 days late', 'en'],
      ['the lid arrived cracked', 'en'],
      ['Card was declined at checkout', 'en'],
      ['Приложение не работает с утра', 'ru'],
      ['Приложение вообще не работает', 'ru'],
      ['после обновления приложение вылетает', 'ru'],
      ['Чайник сломался через неделю', 'ru'],
      ['Заказ так и не пришёл', 'ru'],
      ['посылка не пришла', 'ru'],
      ['С карты списали дважды', 'ru'],
      ['списали деньги два раза', 'ru'],
      ['Оплата не проходит, пишет ошибку', 'ru'],
      ['курьер опоздал на три часа', 'ru'],
      ['Привезли не тот размер', 'ru'],
      ['Деньги так и не вернули', 'ru'],
      ['выкидывает из приложения', 'ru'],
      ['телефон не включается', 'ru'],
      ['Tapping Pay does nothing', 'en'],
      ['the checkout page loads forever', 'en'],
      ['The screen stays blank after the update', 'en'],
      ["I can't find the sleep timer anymore", 'en'],
      ["my gift card didn't apply", 'en'],
      ['the sound is muffled and distorted', 'en'],
      ['my parcel never showed up', 'en'],
      ['pretty sure this is a counterfeit', 'en'],
      ['Кнопка «Оплатить» не реагирует', 'ru'],
      ['Каталог бесконечно грузится', 'ru'],
      ['после входа белый экран', 'ru'],
      ['не могу найти историю покупок', 'ru'],
      ['Карта не привязывается', 'ru'],
      ['пришло не всё, одной коробки нет', 'ru'],
      ['Колонка хрипит на громкости', 'ru'],
      ['прислали подделку', 'ru'],
    ],
    quiet: [
      ['Please put me on hold for a minute', 'en'],
      ['The fall colours look great', 'en'],
      ['Works great, thank you!', 'en'],
      ['I took a crash course in latte art', 'en'],
      ['Shipped without delay, nothing was missing', 'en'],
      ['The delivery arrived on time', 'en'],
      ['Can I pay by card?', 'en'],
      ['Всё работает отлично, спасибо', 'ru'],
      ['Работает без сбоев уже год', 'ru'],
      ['Спасибо за испорченное настроение', 'ru'],
      ['Заказ пришёл вовремя', 'ru'],
      ['Забыла, вылетело из головы', 'ru'],
      ['Не хватает слов, как я довольна', 'ru'],
      ['Не знаю, работает ли у вас доставка в выходные', 'ru'],
      ['Доставили быстро и аккуратно', 'ru'],
      ['Found it, thanks', 'en'],
      ['The sound is crisp and clear', 'en'],
      ['Not cut out for this job, I guess', 'en'],
      ['Нашла всё, что искала', 'ru'],
      ['Пришло всё, спасибо', 'ru'],
      ['Звук чистый, ничего не трещит', 'ru'],
      ['Вы только что потеряли клиента', 'ru'],
      ['You just lost a customer', 'en'],
    ],
  },
  'other-company': {
    fires: [
      ['the service centre at the mall said it was water damage', 'en'],
      ['Сервисный центр в ТЦ отказал в гарантии', 'ru'],
      ['Продают на маркетплейсе подделки', 'ru'],
      ['The seller never shipped it', 'en'],
      ['bought it from a third-party seller on the marketplace', 'en'],
      ['My bank says the payment went through', 'en'],
      ['The courier company lost it', 'en'],
      ['I bought it at another store', 'en'],
      ['Продавец не отвечает уже неделю', 'ru'],
      ['Курьерская служба потеряла посылку', 'ru'],
      ['транспортная компания задержала', 'ru'],
      ['В банке сказали, что деньги у вас', 'ru'],
      ['Позвонила в банк, там не знают', 'ru'],
      ['из банка пришло смс', 'ru'],
      ['Сбербанк заблокировал карту', 'ru'],
      ['Купила в другом магазине', 'ru'],
      ['заказала на маркетплейсе у продавца', 'ru'],
      ['I ordered it from a seller on eBay', 'en'],
      ['The supplier sent the wrong model', 'en'],
      ['the phone shop says it is broken', 'en'],
      ['Поставщик прислал не ту модель', 'ru'],
      ['Фирма, которая продаёт у вас чехлы, не отвечает', 'ru'],
      ['ООО «Вектор» прислало брак', 'ru'],
    ],
    quiet: [
      ['Sent it to your service center a month ago', 'en'],
      ['You are the best marketplace around', 'en'],
      ['Отдала в ваш сервисный центр месяц назад', 'ru'],
      ['Самый лучший маркетплейс в городе', 'ru'],
      ['Closed on the bank holiday?', 'en'],
      ['I charge my phone with a power bank', 'en'],
      ['We donate to the local food bank', 'en'],
      ['Разбилась банка с огурцами', 'ru'],
      ['Банку варенья привезли целой', 'ru'],
      ['Работаю продавать не умею', 'ru'],
      ['Продажа прошла хорошо', 'ru'],
      ['My power bank died', 'en'],
      ['Пауэрбанк держит два дня', 'ru'],
      ['Повербанк пришёл целым', 'ru'],
    ],
  },
  legal: {
    fires: [
      ['I will get my money back through a chargeback', 'en'],
      ['Оформлю чарджбэк через банк', 'ru'],
      ['Верну деньги по чарджбэку', 'ru'],
      ['Подам иск, если не вернёте', 'ru'],
      ['I will sue you', 'en'],
      ['we are going to sue', 'en'],
      ['They were sued before', 'en'],
      ['My lawyer will be in touch', 'en'],
      ["I'm filing a chargeback", 'en'],
      ['See you in small claims court', 'en'],
      ['Reporting you to trading standards', 'en'],
      ['Подам в суд', 'ru'],
      ['Буду судиться', 'ru'],
      ['Напишу в Роспотребнадзор', 'ru'],
      ['жалоба в прокуратуру', 'ru'],
      ['Обратилась к юристу', 'ru'],
      ['подаю иск', 'ru'],
      ['отправила досудебную претензию', 'ru'],
      ['по закону о защите прав потребителей', 'ru'],
      ['I filed a dispute with my card company', 'en'],
      ['I represent the buyer in this matter', 'en'],
      ['Представляю интересы покупателя по доверенности', 'ru'],
    ],
    quiet: [
      ['Already got my money back through a chargeback from the bank', 'en'],
      ['No lawsuits, just fix it', 'en'],
      ['Банк уже вернул мне всё по чарджбэку', 'ru'],
      ['Никаких исков не будет, просто замените', 'ru'],
      ['Sushi at the food court was fine', 'en'],
      ['This issue is annoying', 'en'],
      ['My friend Sue got me hooked on your roast', 'en'],
      ['I will pursue a refund', 'en'],
      ['Судя по отзывам, всё плохо', 'ru'],
      ['Посуда пришла целой', 'ru'],
      ['Буду искать другой магазин', 'ru'],
      ['Такая у меня судьба', 'ru'],
      ['Иду искать заказ', 'ru'],
      ["I'm not going to sue, just fix it", 'en'],
      ['We play on the court every weekend', 'en'],
      ['my bank sent a fraud alert', 'en'],
      ['Я не буду подавать в суд, просто верните деньги', 'ru'],
      ['Не собираюсь судиться, решите вопрос', 'ru'],
    ],
  },
  safety: {
    fires: [
      ['Ребёнок подавился деталью', 'ru'],
      ['Сын чуть не подавился колпачком', 'ru'],
      ['The kettle burned my hand', 'en'],
      ['The charger caught fire', 'en'],
      ['smoke came out of the toaster', 'en'],
      ['I got an electric shock from it', 'en'],
      ['We all got food poisoning', 'en'],
      ['there was a piece of glass in the jar', 'en'],
      ['Ребёнок получил ожог', 'ru'],
      ['Зарядка задымилась', 'ru'],
      ['Меня ударило током', 'ru'],
      ['Чайник бьёт током', 'ru'],
      ['отравились вашей колбасой', 'ru'],
      ['The battery is swelling', 'en'],
      ['my toddler swallowed a small part', 'en'],
      ['Аккумулятор раздуло', 'ru'],
      ['Ребёнок чуть не проглотил деталь', 'ru'],
      ['боюсь, что рванёт', 'ru'],
      ['Ноутбук перегревается и плавится корпус', 'ru'],
    ],
    quiet: [
      ['Хочу подавать заявку на возврат', 'ru'],
      ['Не буду подавать жалобу', 'ru'],
      ['I was shocked by the price', 'en'],
      ['I am sick of waiting', 'en'],
      ['This deal is on fire', 'en'],
      ['It burned through my data', 'en'],
      ['Сгорели бонусы', 'ru'],
      ['На пылесосе загорелась лампочка', 'ru'],
      ['Горят сроки, где заказ', 'ru'],
      ['Удар по репутации', 'ru'],
      ['На чайнике горит красный индикатор', 'ru'],
      ['Защитное стекло в комплекте', 'ru'],
      ['An explosion of flavor in every cup', 'en'],
      ['The chocolate melted in transit', 'en'],
      ['There is burn-in on the screen', 'en'],
      ['my swollen feet love these slippers', 'en'],
    ],
  },
  privacy: {
    fires: [
      ['Someone used my account without my consent', 'en'],
      ['Мои данные передали без моего согласия', 'ru'],
      ['My data leaked after I ordered', 'en'],
      ['You sold my personal information', 'en'],
      ['Since then I get spam calls every day', 'en'],
      ['My account was hacked', 'en'],
      ['Please delete my data', 'en'],
      ['Утечка данных у вас?', 'ru'],
      ['Мои персональные данные в открытом доступе', 'ru'],
      ['Звонили мошенники и знали мой заказ', 'ru'],
      ['взломали личный кабинет', 'ru'],
      ['Передали мои данные третьим лицам', 'ru'],
      ["The app shows other people's orders", 'en'],
      ["Someone changed my delivery address, I didn't change it", 'en'],
      ['Are you selling my data?', 'en'],
      ['The camera turned on by itself', 'en'],
      ['Is this a scam?', 'en'],
      ['В личном кабинете видно чужие заказы', 'ru'],
      ['Кто-то сменил пароль без моего ведома', 'ru'],
      ['Вы продаёте базы клиентов?', 'ru'],
      ['Приложение требует доступ к микрофону', 'ru'],
      ['Это правда вы или мошенники?', 'ru'],
    ],
    quiet: [
      ['They renewed my plan without my consent and charged me', 'en'],
      ["Bought a used tablet locked to someone else's account", 'en'],
      ['Продлили мне подписку без моего согласия', 'ru'],
      ['Продали смартфон с чужим аккаунтом', 'ru'],
      ['Your email went to my spam folder', 'en'],
      ['Great life hack, thanks', 'en'],
      ['Bought it from a third-party seller', 'en'],
      ['The courier got my address wrong', 'en'],
      ['Письмо упало в спам', 'ru'],
      ['Данные для доставки указала верно', 'ru'],
      ['Утечка воды из чайника', 'ru'],
      ['Курьер перепутал мой адрес', 'ru'],
      ['I changed my address myself', 'en'],
      ['The camera picture is sharp', 'en'],
      ['Я сама поменяла адрес', 'ru'],
      ['Дала курьеру свой номер', 'ru'],
    ],
  },
  praise: {
    fires: [
      ['Спасибо за быструю доставку', 'ru'],
      ['Курьер очень приветливый', 'ru'],
      ['Девушки на пункте выдачи приветливые', 'ru'],
      ['Хороший магазин', 'ru'],
      ['Отличное качество, рекомендую', 'ru'],
      ['Всё понравилось, буду заказывать ещё', 'ru'],
      ['Огромное спасибо вашей поддержке', 'ru'],
      ['лучшая доставка в городе', 'ru'],
      ['The support agent was really helpful', 'en'],
      ['Great speaker, love it', 'en'],
      ['I recommend it to anyone', 'en'],
      ['Thanks for the quick fix', 'en'],
      ['Very pleased with the earbuds', 'en'],
      ['Bass is damn good', 'en'],
      ['Delivery arrived on time, five stars', 'en'],
    ],
    quiet: [
      ['Ну хорошо, жду ответа', 'ru'],
      ['Хорошо бы вернуть деньги', 'ru'],
      ['Лучше бы не заказывала', 'ru'],
      ['Раньше было лучше', 'ru'],
      ['Не рекомендую этот магазин', 'ru'],
      ['Заранее спасибо', 'ru'],
      ['Мне не понравилось', 'ru'],
      ['Летела бизнес классом', 'ru'],
      ['Please help me with my order', 'en'],
      ['I need help with the app', 'en'],
      ['Thanks for nothing', 'en'],
      ['Thanks in advance', 'en'],
      ['Not great, not terrible', 'en'],
      ['Would not recommend', 'en'],
      ['Good morning, my order is late', 'en'],
      ['Used to be good', 'en'],
      ['Best regards, Tom', 'en'],
      ['It is kind of slow', 'en'],
      ['I would love an answer', 'en'],
    ],
  },
  systemic: {
    fires: [
      ['Приложение не работает у всех', 'ru'],
      ['Не только у меня такая проблема', 'ru'],
      ['Доставку массово переносят', 'ru'],
      ['Массовый сбой оплаты', 'ru'],
      ['Весь город без интернета', 'ru'],
      ['Соседи жалуются на то же самое', 'ru'],
      ['Об этом пишет весь район', 'ru'],
      ['Не я одна с этим столкнулась', 'ru'],
      ['Is there an outage?', 'en'],
      ["It's not just me, the app is down", 'en'],
      ['The app is down for everyone', 'en'],
      ['Everyone on the forum has the same bug', 'en'],
      ['This is a known issue', 'en'],
      ['All of us in the office lost sound', 'en'],
      ['Looks like a mass outage', 'en'],
    ],
    quiet: [
      ['Каждый раз, когда заказываю, курьер опаздывает', 'ru'],
      ['Постоянно опаздывают с моими заказами', 'ru'],
      ['После обновления приложение вылетает', 'ru'],
      ['Весь день сидела дома и ждала курьера', 'ru'],
      ['Везли через весь город восемь дней', 'ru'],
      ['Работает без сбоев', 'ru'],
      ['Всем привет, заказ не пришёл', 'ru'],
      ['Every time I order, the box is crushed', 'en'],
      ['Since the update my earbuds keep disconnecting', 'en'],
      ['Hi everyone, my order is late', 'en'],
      ['Anyone else?', 'en'],
      ['I told everyone at work about it', 'en'],
      ['It keeps happening to me again and again', 'en'],
    ],
  },
};

const rows = (kind: 'fires' | 'quiet') =>
  Object.entries(TABLE).flatMap(([id, t]) => t[kind].map(([text, locale]) => [id, text, locale] as const));

describe('built-in cue lexicons', () => {
  it('are offered as built-ins beside profanity and insults', () => {
    expect([...BUILTIN_LEXICONS.keys()]).toEqual([
      'profanity',
      'insults',
      'problem',
      'other-company',
      'legal',
      'safety',
      'privacy',
      'praise',
      'systemic',
    ]);
  });

  it.each(rows('fires'))('%s fires on %j', (id, text, locale) => {
    expect(found(matcher(id, locale), text, locale)).not.toEqual([]);
  });

  it.each(rows('quiet'))('%s stays quiet on %j', (id, text, locale) => {
    expect(found(matcher(id, locale), text, locale)).toEqual([]);
  });

  it('the highlighted span covers the gap of a phrase', () => {
    expect(found(matcher('problem', 'en'), 'They charged me twice', 'en')).toEqual(['charged me twice']);
    expect(found(matcher('problem', 'ru'), 'Приложение вообще не работает', 'ru')).toEqual(['не работает']);
  });

  it('each locale’s cue works whatever the playbook’s locale', () => {
    expect(found(matcher('legal', 'ru'), 'I will sue', 'ru')).toEqual(['will sue']);
    expect(found(matcher('legal', 'en'), 'Подам в суд', 'en')).toEqual(['суд']);
  });

  it('a playbook extends one and excepts from it, words and phrases', () => {
    const m = matcher('other-company', 'ru', { words: ['Вайлдберриз'], except: ['продавец', 'курьерская служба'] });
    expect(found(m, 'Заказала на Вайлдберриз', 'ru')).toEqual(['Вайлдберриз']);
    expect(found(m, 'Продавец не ответил', 'ru')).toEqual([]);
    expect(found(m, 'Курьерская служба опоздала', 'ru')).toEqual([]);
    expect(found(m, 'Транспортная компания опоздала', 'ru')).toEqual(['Транспортная компания']);
  });

  it('an except phrase cancels only the hits it overlaps', () => {
    const m = matcher('problem', 'en');
    expect(found(m, 'Nothing was missing, but the lid is cracked', 'en')).toEqual(['cracked']);
  });
});
