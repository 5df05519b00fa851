import { describe, expect, it } from 'vitest';
import { analyseMention, compileClassifier } from '../../src/classify/index.js';
import { mention, playbook } from './helpers.js';

const c = compileClassifier(playbook());
const sarcasm = (text: string) => analyseMention(c, mention(text)).signals.get('sarcasm');

describe('sarcasm: found', () => {
  it.each([
    // thanks whose object is a failure
    ['Thanks for nothing.', 'Thanks for nothing'],
    // praise beside a short duration spent delivering
    ['Браво! Пять дней везти посылку из соседнего района.', 'Браво'],
    ['Amazing. 6 days to ship a cable.', 'Amazing'],
    ['Thanks @brightbean for ruining my Monday morning.', 'Thanks @brightbean for ruining'],
    ['thank you so much for the 3-week delay', 'thank you so much for the 3-week delay'],
    ['Спасибо, что потеряли мой заказ', 'Спасибо, что потеряли'],
    ['спасибо за очередную задержку', 'спасибо за очередную задержку'],
    ['Спасибо за ничего', 'Спасибо за ничего'],
    // praise whose object is a failure
    ['great job losing my parcel', 'great job losing'],
    ['Well done, you broke it again', 'Well done, you broke'],
    ['Молодцы, опять опоздали', 'Молодцы, опять опоздали'],
    ['браво, так и не пришёл', 'браво, так и не'],
    // ironic by themselves
    ['Спасибо, удружили', 'удружили'],
    ['Ну спасибо!', 'Ну спасибо'],
    ['Ну спасибо вам, Acme', 'Ну спасибо'],
    ['Ну спасибо, Acme Market', 'Ну спасибо'],
    ['yeah right, "on its way"', 'yeah right'],
    ['Ага, конечно, уже везут', 'Ага, конечно'],
    ['Oh great, another email', 'Oh great'],
    ['Parcel gone. Just perfect.', 'Just perfect'],
    // praise and a failure in one sentence, or side by side
    ['wow, 3 weeks, amazing', 'wow, 3 weeks, amazing'],
    ['Отличный сервис, заказ потеряли', 'Отличный сервис, заказ потеряли'],
    ['Браво! Курьер опять опоздал.', 'Браво'],
    ['Amazing. Still waiting.', 'Amazing'],
    ['Заказ задерживается уже 3 недели 👏👏👏', 'Заказ задерживается уже 3 недели 👏👏👏'],
    ['👏 опоздали на 2 недели', '👏 опоздали'],
    ['I love how you lost my order', 'love how you lost'],
    // praise, then «опять»
    ['Молодцы, опять!', 'Молодцы, опять'],
    // praise in quotes
    ['Ваша «быстрая» доставка', '«быстрая»'],
    ['so much for your "customer service"', '"customer service"'],
    ["their 'fast' shipping", "'fast'"],
    // a one-word praise as its own sentence beside a failure, and the failures it may stand beside
    ['They lost my parcel. Cool.', 'Cool'],
    ['my order is still pending after a month. nice', 'nice'],
    ["the speaker won't pair. great.", 'great'],
    ['Love how the app logs me out every day', 'Love how the app logs me out'],
    ['Поздравляю, вы опять опоздали', 'Поздравляю, вы опять опоздали'],
    ['Колонка не подключается. Супер.', 'Супер'],
  ])('%j → %j', (text, value) => {
    expect(sarcasm(text)?.value).toBe(value);
  });
});

describe('sarcasm: not found', () => {
  it.each([
    // sincere praise and thanks
    ['Thank you, the coffee is amazing!'],
    ['Спасибо, всё пришло вовремя'],
    ['Отлично, два дня ехала посылка, быстро'],
    ['Great, 2 days to deliver, as promised, thanks'],
    ['Отличный магазин, рекомендую'],
    ['Браво, курьер приехал за час!'],
    ['Cool, it arrived a day early'],
    ['Congratulations on the launch, the app looks great'],
    ["I can't wait, the preview looks cool"],
    ['Поздравляю с новым складом!'],
    ['Still processing? No worries, the tracking looks fine'],
    ['Delivered in 2 days, amazing!'],
    ['Thanks again!'],
    ['Молодцы, опять быстро доставили!'],
    ['Great service, no delays at all'],
    ['Отличный магазин, ни разу не опоздали'],
    // thanks in a complaint is politeness
    ['Спасибо за ответ, заказ так и не пришёл'],
    ['Заказ не пришёл, разберитесь. Спасибо!'],
    ['Заранее спасибо, заказ потерялся'],
    ['ну спасибо за помощь, всё решилось'],
    ['Thanks for the reply, my parcel is still lost'],
    // a fix or a contrast: the customer means both
    ['Thanks for fixing the broken app'],
    ['Спасибо, что вернули деньги за потерянный заказ'],
    ['Great coffee, but the delivery was late'],
    ['Отличный кофе, хотя курьер опоздал'],
    ['Amazing, you found my lost parcel'],
    // negated praise is not praise
    ['Not great, the parcel was lost'],
    ['Не супер, заказ опоздал'],
    // quotes around what is not praise
    ['пишу про заказ «Кофе-машина»'],
    ["I don't 'get' it"],
    // a plain complaint
    ['Заказ потеряли, верните деньги'],
  ])('%j', (text) => {
    expect(sarcasm(text)).toBeUndefined();
  });
});

describe('sarcasm: spans and bounds', () => {
  it('gives spans in the original text', () => {
    const text = 'СПАСИБО, ЧТО ПОТЕРЯЛИ заказ. Ну спасибо!';
    const hit = sarcasm(text)!;
    expect(hit.spans.map((s) => s.text)).toEqual(['СПАСИБО, ЧТО ПОТЕРЯЛИ', 'Ну спасибо']);
    for (const s of hit.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('stays linear on hostile runs', () => {
    for (const text of [
      'great '.repeat(3_300),
      'great the '.repeat(2_000),
      `спасибо за ${'the '.repeat(4_900)}`,
      '"быстр '.repeat(2_800),
      `${'👏'.repeat(9_000)} late`,
      `amazing ${'. '.repeat(9_000)}`,
    ]) {
      expect(() => sarcasm(text)).not.toThrow();
    }
  });
});
