/**
 * The built-in `order-number` signal: the number a customer gave for their order, ticket or
 * request, as written («ЗК-48213», "#4521", «123-4567890-1234567»).
 *
 * Three kinds of evidence, found by linear scans (no regex here runs from every position over an
 * unbounded run; docs/security.md):
 *   1. a context word — «заказ», «номер», «обращение», «заявка», «тикет», "order", "ticket",
 *      "case", "request", "RMA", "PO", in their case forms — then, past at most a few connecting words («номер
 *      моего заказа:», "number is", "ID"), a number of at least MIN_DIGITS_AFTER_WORD digits (or a
 *      letter prefix and at least 2 digits);
 *   2. `#` or `№` right before a number of at least MIN_DIGITS_AFTER_SIGN digits;
 *   3. with no such evidence: a letter prefix in capitals and a dash before 5–12 digits
 *      («AB-123456»), or a run of 6–12 digits — unless named right before as a serial, IMEI,
 *      tracking or invoice number.
 * Never taken for an order: a price (a currency or «руб» after it, `$` before it, «1 500»), a date
 * or a time («12.03», «2024-03-12», «10:15»), a decimal or a version («17.4», "v2.3.1"), a phone
 * number («+7…», «8 999 …», «89991234567», «123-45-67»), or a count with a unit («3 дня», "2 items").
 */
import type { TextSpan } from '../model/outcome.js';
import type { NormalisedText } from '../text/normalise.js';
import { isDigit, isLetter, isWordChar } from '../text/char-class.js';
import { signalText, WORD_CLASS } from './signal-text.js';

const LETTER_CLASS = String.raw`A-Za-z_\u00c0-\u024f\u0400-\u04ff`;

/** The fewest digits of a number after a context word («заказ 512»). */
export const MIN_DIGITS_AFTER_WORD = 3;
/** The fewest digits of a number after `#` or `№` alone. */
export const MIN_DIGITS_AFTER_SIGN = 3;
/** The most digits an order number has (longer is a card, an IBAN, a tracking code of another kind). */
export const MAX_ORDER_DIGITS = 20;
/** The most connecting words between a context word and its number («номер моего заказа — …»). */
const MAX_FILLERS = 4;
const MAX_SPANS = 10;
/** The most letters of a prefix glued to an order number («ORD», «ЗК»). */
const MAX_PREFIX = 4;

// On the lowered text (signal-text.ts). Literals first, so the scan is fast; the word start is checked in code.
const WORD_CONTEXT = new RegExp(
  String.raw`(?:` +
    [
      'заказ(?:а|у|ом|е|ы|ов|ам|ами|ах)?',
      'номер(?:а|у|ом|е|ок)?',
      'обращени(?:е|я|ю|ем|и)',
      'заявк(?:а|и|у|ой|е)',
      'тикет(?:а|у|ом|е|ы)?',
      "orders?(?:'s)?",
      "tickets?(?:'s)?",
      'cases?',
      'requests?',
      // a return authorisation and a business customer's purchase order ("RMA 30221", "PO 4471")
      'rmas?',
      'po',
      'purchase\\s+orders?',
    ].join('|') +
    String.raw`)(?![${LETTER_CLASS}])|[#№]`,
  'gu',
);
const FILLER = new RegExp(
  String.raw`(?:` +
    [
      'номер(?:а|у|ом|е)?',
      'заказ(?:а|у|ом|е)?',
      'обращени[еяю]',
      'заявк[аиу]',
      'под',
      'мо(?:й|его|ему|им|ем|ей|ю|я|ё|е)',
      'наш(?:его|ему|им|ем|ей|а|е)?',
      'number',
      'num',
      'no',
      'nr',
      'id',
      'ref',
      'reference',
      'is',
      'was',
      'my',
      'the',
      'our',
    ].join('|') +
    String.raw`)\.?(?![${WORD_CLASS}])`,
  'uy',
);
const SEPARATORS = /[\s:—–-]{1,4}/y;
// The number as written: an optional letter prefix, digits, dash-joined groups.
// A one-letter suffix after a dash is part of the number («5512-к», "7781-a"), not an ordinal ending («3-й», «5-я», «2-е»).
const NUMBER = new RegExp(String.raw`(?:[a-zа-я]{1,4}-?)?\d{1,20}(?:-\d{1,20}){0,5}(?:-[a-zа-дж-ик-ю](?![${LETTER_CLASS}\d]))?`, 'uy');
// A number named as something else right before it: a serial, IMEI, tracking or invoice number.
const NAMED_OTHER =
  /(?:serial|s\/n|imei|tracking|invoice|серийн\p{L}{0,4}|imei|трек|трек-номер|накладн\p{L}{0,3}|счет|счета)(?:\s{1,3}(?:number|no\.?|номер|код))?[\s:#№-]{0,4}(?:[a-zа-я]{1,4}-)?$/u;
const NAMED_OTHER_LOOKBACK = 30;
/** The words NAMED_OTHER starts with: a text without one names no number as something else (most texts). */
const NAMED_OTHER_WORD = /serial|s\/n|imei|tracking|invoice|серийн|трек|накладн|счет/u;
let namedOther = false;
/** Whether the lowered text just before `start` names the number there as a serial, IMEI, tracking or invoice number. */
const namedBefore = (t: string, start: number): boolean =>
  namedOther && NAMED_OTHER.test(t.slice(Math.max(0, start - NAMED_OTHER_LOOKBACK), start));
// What makes the number something else when it follows: a unit, a currency, a grouped number.
const UNIT_AFTER = new RegExp(
  String.raw`\s{0,2}(?:[₽$€£%]|(?:` +
    [
      'руб\\S{0,4}',
      'р\\.',
      'rub',
      'usd',
      'eur',
      'dollars?',
      'euros?',
      'roubles?',
      'rubles?',
      'тыс\\S{0,4}',
      'дн\\S{0,2}',
      'день',
      'сут\\S{0,3}',
      'час\\S{0,2}',
      'мин\\S{0,4}',
      'сек\\S{0,4}',
      'недел\\S{0,2}',
      'нед',
      'месяц\\S{0,3}',
      'мес',
      'год\\S{0,2}',
      'лет',
      'раз\\S{0,1}',
      'шт\\S{0,3}',
      'единиц\\S{0,1}',
      'товар\\S{0,3}',
      'позици\\S{0,2}',
      'км',
      'кг',
      'гб',
      'мб',
      'km',
      'kg',
      'gb',
      'mb',
      'days?',
      'hours?',
      'hrs?',
      'minutes?',
      'mins?',
      'weeks?',
      'months?',
      'years?',
      'times',
      'items?',
      'pcs',
      'pieces?',
      'units?',
    ].join('|') +
    String.raw`)(?![${WORD_CLASS}]))`,
  'uy',
);
const GROUPED_AFTER = /\s\d/y;
const DECIMAL_AFTER = /[.,:/]\d/y;
// On the original text: capitals, a dash, 5–12 digits («AB-123456», «ЗК-48213»).
// The dash and digits; the capitals before them are checked in code.
const PREFIXED = new RegExp(String.raw`-\d{5,12}(?![${WORD_CLASS}])`, 'gu');
const isCapital = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401;
const BARE = /(?<![\d+])\d{6,12}(?!\d)/gu;
const DATE_SHAPE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4})$/u;
// A phone number: ends in two groups of two («123-45-67»), or a Russian mobile number of 10–11 digits.
const PHONE_SHAPE = /(?:^|-)\d{2,3}-\d{2}-\d{2}$|^[78]?9\d{9}$/u;

interface Found {
  start: number;
  end: number;
  vStart: number;
  vEnd: number;
}

const digitCount = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) n++;
  return n;
};

const sticky = (re: RegExp, t: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(t);
};

/** Why the number at start–end of the lowered text is not an order number, or null when it may be one. */
function notAnOrder(t: string, start: number, end: number, minDigits: number, phoneRule: boolean): boolean {
  const value = t.slice(start, end);
  const digits = digitCount(value);
  const prefixed = !isDigit(value.charCodeAt(0));
  if (digits > MAX_ORDER_DIGITS) return true;
  if (prefixed ? digits < 2 : digits < minDigits) return true;
  const before = start > 0 ? t.charCodeAt(start - 1) : 0;
  if (before === 0x2b || before === 0x24 || before === 0x20ac || before === 0xa3) return true; // + $ € £
  if (start >= 2 && isDigit(t.charCodeAt(start - 2)) && (before === 0x2e || before === 0x2c || before === 0x3a)) return true;
  if (end < t.length && (isLetter(t.charCodeAt(end)) || isDigit(t.charCodeAt(end)))) return true;
  if (sticky(DECIMAL_AFTER, t, end) || sticky(GROUPED_AFTER, t, end) || sticky(UNIT_AFTER, t, end)) return true;
  if (DATE_SHAPE.test(value)) return true;
  if (PHONE_SHAPE.test(value) && (phoneRule || value.includes('-'))) return true;
  return false;
}

/** Numbers after context words and signs: a short parse after each, bounded by MAX_FILLERS. */
function afterContext(t: string, out: Found[]): void {
  WORD_CONTEXT.lastIndex = 0;
  for (let m = WORD_CONTEXT.exec(t); m !== null && out.length < MAX_SPANS; m = WORD_CONTEXT.exec(t)) {
    const sign = m[0] === '#' || m[0] === '№';
    const start = m.index;
    if (start > 0 && isWordChar(t.charCodeAt(start - 1))) continue; // inside a word («предзаказ», "C#")
    if (namedBefore(t, start)) continue; // «серийный номер …»
    let at = start + m[0].length;
    const minDigits = sign ? MIN_DIGITS_AFTER_SIGN : MIN_DIGITS_AFTER_WORD;
    // «номер» alone is as often a phone number as an order's.
    let phoneRule = m[0].startsWith('номер');
    for (let step = 0; step <= MAX_FILLERS; step++) {
      const sep = sticky(SEPARATORS, t, at);
      if (sep) at += sep[0].length;
      if (!sign && (t[at] === '#' || t[at] === '№')) {
        // «заказ №4521», "order #4521": the sign says number, not phone
        at++;
        const sp = sticky(SEPARATORS, t, at);
        if (sp) at += sp[0].length;
        phoneRule = false;
      }
      const num = sticky(NUMBER, t, at);
      if (num) {
        const vStart = at,
          vEnd = at + num[0].length;
        if (!notAnOrder(t, vStart, vEnd, minDigits, phoneRule)) out.push({ start, end: vEnd, vStart, vEnd });
        break;
      }
      if (sign) break;
      const filler = sticky(FILLER, t, at);
      if (!filler) break;
      if (/^(?:заказ|обращени|заявк)/u.test(filler[0])) phoneRule = false;
      at += filler[0].length;
    }
    WORD_CONTEXT.lastIndex = Math.max(WORD_CONTEXT.lastIndex, start + 1);
  }
}

/** Numbers that carry their own evidence: a capital prefix and a dash, or 6–12 digits. */
function standalone(original: string, t: string, out: Found[]): void {
  for (const re of [PREFIXED, BARE]) {
    re.lastIndex = 0;
    for (let m = re.exec(original); m !== null && out.length < 2 * MAX_SPANS; m = re.exec(original)) {
      let s = m.index;
      const e = s + m[0].length;
      if (re === PREFIXED) {
        let l = s;
        while (l > 0 && s - l <= MAX_PREFIX && isCapital(original.charCodeAt(l - 1))) l--;
        if (l === s || s - l > MAX_PREFIX || (l > 0 && isWordChar(original.charCodeAt(l - 1)))) continue;
        s = l;
      } else {
        // Letters glued before the digits are part of the number as written («ORD12345678»), unless they are a word.
        let l = s;
        while (l > 0 && s - l <= MAX_PREFIX && isLetter(t.charCodeAt(l - 1))) l--;
        if (s - l > MAX_PREFIX) continue;
        s = l;
      }
      if (namedBefore(t, s)) continue;
      if (!notAnOrder(t, s, e, 6, true)) out.push({ start: s, end: e, vStart: s, vEnd: e });
    }
  }
}

/** The `order-number` signal: the first number given as an order's, and where each occurs. */
export function detectOrderNumber(n: NormalisedText): { value: string; spans: TextSpan[] } | null {
  const original = n.original;
  if (!/\d/u.test(original)) return null; // the common case
  const t = signalText(original);
  namedOther = NAMED_OTHER_WORD.test(t);
  const found: Found[] = [];
  afterContext(t, found);
  standalone(original, t, found);
  if (!found.length) return null;
  found.sort((a, b) => a.vStart - b.vStart || b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const f of found) {
    const prev = kept[kept.length - 1];
    if (prev && f.vStart < prev.vEnd) continue; // the same number, found twice
    kept.push(f);
    if (kept.length >= MAX_SPANS) break;
  }
  const first = kept[0];
  return {
    value: original.slice(first.vStart, first.vEnd),
    spans: kept.map((f) => ({ start: f.start, end: f.end, text: original.slice(f.start, f.end) })),
  };
}
