import { describe, expect, it } from 'vitest';
import { analyseMention, compileClassifier } from '../../src/classify/index.js';
import { mention, playbook, signalDef } from './helpers.js';

const c = compileClassifier(playbook());
const orderNumber = (text: string) => analyseMention(c, mention(text)).signals.get('order-number');

describe('order-number: found, the value as written', () => {
  it.each([
    // a letter prefix and a dash
    ['Заказ AB-123456 так и не пришёл', 'AB-123456'],
    ['где ЗК-48213?', 'ЗК-48213'],
    ['order ab-1234 is late', 'ab-1234'],
    ['по заказу ЗК-482 тишина', 'ЗК-482'],
    // # and №
    ['order #98765', '98765'],
    // a return authorisation, a purchase order
    ['RMA 88120 was approved last week', '88120'],
    ['our PO 5302 came short', '5302'],
    ['purchase order 7719 is incomplete', '7719'],
    ['заказ №4521', '4521'],
    ['Case #4521 still open', '4521'],
    ['#55512 где посылка', '55512'],
    ['№ 7731, жду', '7731'],
    // short numbers after a context word, in its case forms
    ['Заказ 4521 не пришёл', '4521'],
    ['по заказу 512 тишина', '512'],
    ['номер заказа 70412', '70412'],
    ['Номер моего заказа: 70412', '70412'],
    ['заказ под номером 3381', '3381'],
    ['обращение 55120 без ответа', '55120'],
    ['номер обращения — 9912', '9912'],
    ['заявку 4410 закрыли', '4410'],
    ['my order number is 4521', '4521'],
    ['Order no. 4521 never came', '4521'],
    ['ticket ID: 7781', '7781'],
    ['request 3310 was ignored', '3310'],
    ["The order's 8812 status", '8812'],
    ['заказ12345678', '12345678'],
    // long numbers and groups, with no context word
    ['Заказ 12345678 не пришёл', '12345678'],
    ['номер: 000123456789', '000123456789'],
    ['где мой 40817263?', '40817263'],
    ['order 123-4567890-1234567 from you', '123-4567890-1234567'],
    ['see ORD12345678 please', 'ORD12345678'],
    // the first of several
    ['заказ 4521 и заказ 4522', '4521'],
    // a one-letter suffix after a dash
    ['ticket 3391-B is still open', '3391-B'],
    ['заявка 7720-Б, ответьте', '7720-Б'],
    // an ordinal ending is not a suffix
    ['заказ 4521-й раз переносят', '4521'],
  ])('%j → %j', (text, value) => {
    expect(orderNumber(text)?.value).toBe(value);
  });
});

describe('order-number: not an order', () => {
  it.each([
    // prices
    ['заказ на 1 500 ₽ не пришёл'],
    // PO and RMA before a price or a box, not a number
    ['PO Box 12, Springfield'],
    ['the PO was for $450'],
    ['заказ 1500 ₽ не пришёл'],
    ['Заказ 4500 руб, где он'],
    ['заказ 150 000 рублей'],
    ['order $49.99 charged twice'],
    ['order 49.99 twice'],
    ['paid 1234567 $ for it'],
    ['списали 1234567₽'],
    ['€1234567 charged'],
    // dates and times
    ['заказ 12.03.2024'],
    ['order 2024-03-12 late'],
    ['заказ 10:15 утра'],
    ['заказ от 12 марта'],
    // phone numbers
    ['позвоните +79991234567'],
    ['номер 89991234567'],
    ['мой номер 9991234567'],
    ['номер 8 999 123 45 67'],
    ['номер 123-45-67'],
    ['номер телефона 4521'],
    ['звоните 89991234567'],
    // versions
    ['app v2.3.1 crashes'],
    ['iOS 17.4 и заказ не открывается'],
    ['version 123456.7 breaks'],
    // counts with a unit after a context word
    ['заказ 3 дня не везут'],
    ['заказ 120 дней в пути'],
    ['order 100 items'],
    ['ticket 200 days old'],
    ['case 100%'],
    // short numbers without context, # with too few digits
    ['ждал 12 дней, 2 часа'],
    ['жду 4521 минуту'],
    ['#1 fan'],
    ['№ 5 школа'],
    ['#2024sale'],
    // the verb is not the noun
    ['заказал 2 телефона'],
    ['I ordered 3 phones'],
    // named as something else: a serial, IMEI, tracking or invoice number
    ['Serial number: AB-1234567, still broken'],
    ['серийный номер КЛ-5566778 на коробке'],
    ['tracking 123456789 shows nothing'],
    ['трек 40817263 не обновляется'],
  ])('%j', (text) => {
    expect(orderNumber(text)).toBeUndefined();
  });
});

describe('order-number: spans and priority', () => {
  it('spans the context word and the number, in the original text', () => {
    const text = 'Пишу про ЗАКАЗ №55555 и заказ 4521';
    const hit = orderNumber(text)!;
    expect(hit.spans.map((s) => s.text)).toEqual(['ЗАКАЗ №55555', 'заказ 4521']);
    for (const s of hit.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("yields to a playbook's own pattern", () => {
    const own = compileClassifier(playbook({ signals: [signalDef('order-number', String.raw`\bA\d{4}\b`)] }));
    expect(analyseMention(own, mention('заказ 4521, код A7788')).signals.get('order-number')?.value).toBe('A7788');
    expect(analyseMention(own, mention('заказ 4521')).signals.has('order-number')).toBe(false);
  });

  it('stays linear on hostile runs', () => {
    for (const text of ['заказ '.repeat(3_000), `заказ ${'1-'.repeat(9_000)}`, '№'.repeat(20_000), `${'9'.repeat(19_000)} заказ`]) {
      expect(() => orderNumber(text)).not.toThrow();
    }
  });
});
