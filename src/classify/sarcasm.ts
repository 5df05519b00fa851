/**
 * The built-in `sarcasm` signal: praise or thanks said about a failure, which a playbook should not
 * take for praise ("thanks for nothing", "great job losing my parcel", "wow, 3 weeks, amazing",
 * «спасибо, удружили», «ну спасибо», «браво, опять задержали», «молодцы, опять», 👏 beside a
 * delay, «"быстрая" доставка»). A playbook guards its praise type with `not: { signal: sarcasm }`.
 *
 * Read from the words of the lowered original text (signal-text.ts), in one pass to split them
 * and one over the words, each look bounded by a few words around it:
 *   1. phrases that are ironic by themselves: «удружили», «ну спасибо», "yeah right", «ага,
 *      конечно», "oh great" (without a word of a fix in its sentence), "just great." at a
 *      sentence's end;
 *   2. praise or thanks whose object is a failure: thanks need "for"/«за»/«что» ("thanks for the
 *      delay", «спасибо, что потеряли»), other praise may name it right away ("great job losing");
 *      a few small words may stand between (the, my, опять, again, 3-week);
 *   3. praise (not thanks: «спасибо за ответ, заказ не пришёл» is politeness) and a failure in one
 *      sentence, or a sentence of praise alone («Браво!», "Amazing.", 👏👏) beside one with a
 *      failure — unless a contrast ("but", «но», «хотя») or a fix ("refunded", «вернули»,
 *      «быстро») says the customer means both;
 *   4. praise followed by «опять»/«снова»/"again" at the end of its sentence («Молодцы, опять!»);
 *   5. praise in quotes: «"быстрая" доставка», "their 'customer service'".
 * Negated praise ("not great", «не супер») is not praise, a negated failure ("no delays", «ни разу
 * не опоздали») is not a failure, and a duration is one only when it is a wait ("3 weeks", «уже 5
 * дней», «восемь дней везти», "4 days to ship"; not "in 2 days").
 */
import type { TextSpan } from '../model/outcome.js';
import type { NormalisedText } from '../text/normalise.js';
import { isWordChar } from '../text/char-class.js';
import type { SignalGates } from './signal-gates.js';
import { signalText, WORD_CLASS } from './signal-text.js';

const MAX_SPANS = 10;
/** Words looked at after praise for its object (besides the small words skipped). */
const OBJECT_WINDOW = 3;
/** The longest word compared with the lists (longer ones are not among them). */
const MAX_WORD = 40;

interface Word {
  text: string;
  start: number;
  end: number;
  sentence: number;
  handle: boolean;
}

const CLAP = 0x1f44f;
const CLAP_TEXT = String.fromCodePoint(CLAP);
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x2026;
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d; // ' ’ - inside a word

/** The words of the lowered text (letters and digits, with ' ’ - inside), 👏 as a word, and the sentence each is in. */
function words(t: string): Word[] {
  const out: Word[] = [];
  let sentence = 0;
  const n = t.length;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isWordChar(c)) {
      let e = i + 1;
      while (e < n && (isWordChar(t.charCodeAt(e)) || (isJoiner(t.charCodeAt(e)) && e + 1 < n && isWordChar(t.charCodeAt(e + 1))))) e++;
      const handle = i > 0 && (t.charCodeAt(i - 1) === 0x40 || t.charCodeAt(i - 1) === 0x23); // @ #
      out.push({ text: e - i > MAX_WORD ? '' : t.slice(i, e), start: i, end: e, sentence, handle });
      i = e;
      continue;
    }
    if (c === 0xd83d && t.codePointAt(i) === CLAP) out.push({ text: CLAP_TEXT, start: i, end: i + 2, sentence, handle: false });
    else if (isSentenceEnd(c) && (i === 0 || !isSentenceEnd(t.charCodeAt(i - 1)))) sentence++;
    i++;
  }
  return out;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));
const THANKS = /^(?:спасибо|спс|благодар.{0,4}|thanks|thank|thx|cheers)$/u;
const PRAISE =
  /^(?:молод(?:цы|ец|чина|чинки)|браво|отличн.{0,3}|прекрасн.{0,3}|замечательн.{0,3}|великолепн.{0,3}|супер|суперск.{0,3}|класс|классн.{0,3}|круто|шикарн.{0,3}|чудесн.{0,3}|здорово|потрясающ.{0,3}|восхитительн.{0,3}|лучш(?:ий|ая|ие|ее|его|ему|ую|ей|им|ими)|идеальн.{0,3}|блестящ.{0,3}|респект|обожаю|great|amazing|amazingly|awesome|wonderful|fantastic|brilliant|perfect|excellent|superb|lovely|bravo|kudos|impressive|stellar|outstanding|marvell?ous|splendid|terrific|incredible|fabulous|nice|love|loving|cool|congrats|congratulations|поздравля.{0,3})$/u;
// Two-word praise: "well done", "great job", «так держать».
const PRAISE_PAIRS = set(
  'well|done good|job great|job nice|job good|work great|work nice|work nice|going way|to top|notch so|helpful five|stars 5|stars так|держать пять|звезд',
);
const NOT_PRAISE = set('not no hardly never не нет далеко ни');
const IRONIC_WORD = /^удруж.{0,5}$/u;
// Small words that may stand between praise and its object: "thanks for the 3-week delay", «молодцы, опять опоздали».
const SMALL = set(
  'the a an my our your this that such so all again yet already now once more another your you u guys me us мой мою моего мои мне наш нашу наше наш ваш вашу ваше эту этот это эти такую такой такое такие очередной очередную очередное опять снова уже вновь вы вам нам меня нас',
);
const CONNECTOR = set('for on за что чтo');
const AFTER_THANKS = set('you u guys so much a lot very all everyone again вам тебе большое огромное всем again');
const AGAIN = set('опять снова again вновь');
const CONTRAST = set(
  'but however although though despite otherwise anyway overall except apart но однако хотя несмотря зато правда кроме впрочем',
);
const FIX =
  /^(?:fix.{0,4}|resolv.{0,3}|solv.{0,3}|sorted|refund.{0,4}|replac.{0,4}|found|return.{0,3}|compensat.{0,5}|help.{0,4}|quick.{0,3}|fast|prompt.{0,3}|early|apolog.{0,5}|исправ.{0,5}|решил.{0,3}|решен.{0,3}|решён.{0,3}|вернул.{0,3}|возврат.{0,3}|компенс.{0,6}|замен.{0,4}|помог.{0,4}|помощ.{0,3}|нашл.{0,3}|нашел|разобрал.{0,3}|быстр.{0,3}|оперативн.{0,3}|вовремя|извин.{0,5})$/u;
const NEGATION = set("no not never without zero none wasn't weren't isn't didn't hasn't haven't aren't без не ни нет ноль");
// A failure in one word (its negation checked apart).
const FAILURE_WORD =
  /^(?:потерял.{0,3}|потерян.{0,3}|потеря.{0,2}|опозда.{0,4}|задерж.{0,6}|сломал.{0,3}|сломан.{0,3}|разбил.{0,3}|разбит.{0,3}|поврежд.{0,5}|испорт.{0,5}|помял.{0,3}|помят.{0,3}|игнор.{0,5}|проигнор.{0,6}|обман.{0,4}|обсчита.{0,3}|списал.{0,3}|украл.{0,3}|пропал.{0,3}|пропаж.{0,2}|отмени.{0,3}|брак|бракован.{0,3}|ждать|жду|ждал.{0,2}|ждем|ожидани.{0,2}|ничего|никто|потраченн.{0,3}|испортил.{0,3}|lost|lose|losing|loses|late|delay.{0,3}|broke|broken|breaking|damag.{0,3}|crush.{0,3}|crack.{0,3}|smash.{0,3}|leak.{0,3}|ruin.{0,3}|wast.{0,4}|ignor.{0,3}|cancel.{0,4}|overcharg.{0,3}|scam.{0,3}|missing|crash.{0,3}|stuck|выкидыва.{0,3}|разлогин.{0,6}|nothing|nobody|refused|waiting|waited)$/u;
// A failure said with a negation: «не пришёл», "never arrived", "didn't work".
const NEGATED_VERB =
  /^(?:пришл.{0,2}|пришел|приехал.{0,2}|доставил.{0,2}|доставлен.{0,2}|привез.{0,3}|работает|работают|работал.{0,2}|отвечает|отвечаете|ответил.{0,2}|вернул.{0,2}|дозвон.{0,6}|получил.{0,2}|прислал.{0,2}|тот|та|то|того|arrived?|arriving|came|come|showed|show|got|get|received?|answered|answer|replied|reply|responded|respond|delivered|deliver|shipped|ship|sent|fixed|fix|heard|work|works|working|worked|load|loads|open|opens|register|connect|pair|charge|start|подключа.{0,4}|заряжа.{0,4}|включа.{0,4}|регистриру.{0,4})$/u;
const NEGATION_OF_VERB = set("не never not didn't doesn't don't hasn't haven't won't can't isn't wasn't still");
const LONG_UNIT = /^(?:недел.{0,2}|месяц.{0,3}|weeks?|months?)$/u;
const SHORT_UNIT = /^(?:дн.{0,2}|день|сут.{0,3}|час.{0,2}|days?|hours?)$/u;
const COUNT =
  /^(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple|two|две|два|три|четыре|пять|шесть|семь|восемь|девять|десять|пару|несколько|целую|целый|целых)$/u;
// A short duration spent on the delivery itself is a wait: «пять дней везти», «три дня ехала», "4 days to ship".
const TAKEN_RU = /^(?:везти|везли|вез.{0,2}|ехать|ехал.{0,2}|идти|шл[аио]|шел|доставлять|доставляли|собирать|собирали|отвечать|отвечали)$/u;
const TAKEN_EN = /^(?:deliver|ship|arrive|dispatch|process|respond|reply|answer|refund)$/u;
const DAYS = /^(?:дн.{0,2}|суток|days)$/u;
const MANY =
  /^(?:[3-9]|\d{2,3}|three|four|five|six|seven|eight|nine|ten|several|три|четыре|пять|шесть|семь|восемь|девять|десять|несколько|целых)$/u;
const WAIT = set('waiting waited wait after over already уже жду ждал ждала ждали ждем прошло спустя через');
const WITHIN = set('in within за через each every per last next this в на прошлой прошлую следующей');
const TAIL_FILLER = set(
  'just so simply wow oh how what such very really truly просто ну вот такой так очень прям прямо как всегда always usual as',
);

/** The word at i ends a praise of one or two words: its end (exclusive) and whether it is thanks; null when not praise. */
function praiseAt(w: Word[], i: number): { end: number; thanks: boolean } | null {
  const x = w[i].text;
  if (x !== CLAP_TEXT && !startsWithOne(x, 0, PRAISE_BY_TWO)) return null; // most words: no regex
  if (i > 0 && w[i - 1].sentence === w[i].sentence && NOT_PRAISE.has(w[i - 1].text)) return null;
  if (x === CLAP_TEXT) return { end: i + 1, thanks: false };
  const next = i + 1 < w.length && w[i + 1].sentence === w[i].sentence ? w[i + 1].text : '';
  if (next && PRAISE_PAIRS.has(`${x}|${next}`)) return { end: i + 2, thanks: false };
  if (THANKS.test(x)) return { end: x === 'thank' && next === 'you' ? i + 2 : i + 1, thanks: true };
  if (PRAISE.test(x)) return { end: i + 1, thanks: false };
  return null;
}

/** A failure starting at word i: its end (exclusive), or 0. */
function failureAt(w: Word[], i: number): number {
  const x = w[i].text;
  const same = (j: number): boolean => j >= 0 && j < w.length && w[j].sentence === w[i].sentence;
  if (NEGATION_OF_VERB.has(x) && same(i + 1) && NEGATED_VERB.test(w[i + 1].text)) return i + 2;
  if (x === 'так' && same(i + 2) && w[i + 1].text === 'и' && w[i + 2].text === 'не') return i + 3;
  if (x === 'до' && same(i + 2) && w[i + 1].text === 'сих' && w[i + 2].text === 'пор') return i + 3;
  if ((x === 'no' || x === 'нет') && same(i + 1) && /^(?:one|answer|reply|response|ответа|ответ|реакции)$/u.test(w[i + 1].text))
    return i + 2;
  if ((x === 'charged' || x === 'списали') && same(i + 1) && /^(?:twice|дважды)$/u.test(w[i + 1].text)) return i + 2;
  if ((x === 'wrong' || x === 'не') && same(i + 1) && /^(?:item|order|size|parcel|colou?r|тот|та|то)$/u.test(w[i + 1].text)) return i + 2;
  if (x === 'on' && same(i + 1) && w[i + 1].text === 'hold') return i + 2;
  // an order that has not moved: "still pending", "still processing", «всё ещё в обработке»
  if (x === 'still' && same(i + 1) && /^(?:pending|processing|preparing|unshipped|stuck|nothing)$/u.test(w[i + 1].text)) return i + 2;
  if (x === 'еще' && same(i + 2) && w[i + 1].text === 'в' && /^(?:обработке|сборке|пути)$/u.test(w[i + 2].text)) return i + 3;
  // thrown out of the account: "logs me out", "logged me out"
  if (/^(?:logs|logged|logging|kicks|kicked|kicking)$/u.test(x) && same(i + 2) && w[i + 1].text === 'me' && w[i + 2].text === 'out')
    return i + 3;
  if (FAILURE_WORD.test(x)) {
    for (let j = i - 1; j >= i - 2 && same(j); j--) if (NEGATION.has(w[j].text)) return 0;
    return i + 1;
  }
  if (COUNT.test(x) && same(i + 1)) {
    const unit = w[i + 1].text;
    const long = LONG_UNIT.test(unit);
    if (!long && !SHORT_UNIT.test(unit)) return 0;
    if (same(i - 1) && WITHIN.has(w[i - 1].text)) return 0; // "in 2 weeks", «за 3 дня»: a speed, not a wait
    if (long) return i + 2;
    for (let j = i - 1; j >= i - 3 && same(j); j--) if (WAIT.has(w[j].text)) return i + 2;
    // days (not hours), three or more: «два дня ехала» and "2 days to deliver" may be praise meant
    if (!DAYS.test(unit) || !MANY.test(x)) return 0;
    if (same(i + 2) && TAKEN_RU.test(w[i + 2].text)) return i + 3;
    if (same(i + 3) && w[i + 2].text === 'to' && TAKEN_EN.test(w[i + 3].text)) return i + 4;
  }
  return 0;
}

const LETTERS = String.raw`a-zа-я\u00c0-\u024f`;
const QUOTED = new RegExp(
  String.raw`(?<![${WORD_CLASS}])["“«„'‘]([${LETTERS}]{2,20}(?:[ -][${LETTERS}]{1,20}){0,2})["”»“'’](?![${WORD_CLASS}])`,
  'gu',
);
const QUOTED_PRAISE =
  /^(?:быстр|отличн|качествен|лучш|супер|надежн|надёжн|вежлив|клиентоориентирован|профессионал|заботлив|удобн|оперативн|поддержк|сервис|помощ|служб|забот|fast|great|quick|express|best|quality|excellent|amazing|premium|reliable|helpful|friendly|customer|support|service|care|help|thank|спасибо)/u;

const QUOTE_GATE = /["“«„'‘]/u;

/** The literal start (at most START letters) of each alternative of an anchored word list `^(?:a|b…)$`. */
function startsOf(...lists: RegExp[]): Set<string> {
  const out = new Set<string>();
  for (const re of lists) {
    const body = re.source.replace(/^\^\(\?:/u, '').replace(/\)\$$/u, '');
    let depth = 0,
      alt = '';
    for (const ch of `${body}|`) {
      if (depth === 0 && ch === '|') {
        out.add(/^[^(.[?{\\]*/u.exec(alt)![0].slice(0, START));
        alt = '';
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      alt += ch;
    }
  }
  return out;
}
const START = 5;
// How words of praise, thanks or a praise pair ("so helpful", «пять звёзд») start…
const PRAISE_START = startsOf(THANKS, PRAISE);
for (const pair of PRAISE_PAIRS) PRAISE_START.add(pair.split('|')[0].slice(0, START));
// …and the words of the phrases ironic by themselves (удружили, yeah right, ага, конечно; «ну спасибо» has «спасибо»).
const GATE_START = new Set([...PRAISE_START, 'удруж', 'yeah', 'ага']);
const GATE_FIRST = new Uint8Array(0x450);
for (const k of GATE_START) GATE_FIRST[k.charCodeAt(0)] = 1;

const isGateLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || (c >= 0x30 && c <= 0x39);

/** A letter or digit of the lowered text as a small number (1–68), 0 for anything else. */
const slot = (c: number): number =>
  c >= 0x61 && c <= 0x7a ? c - 0x60 : c >= 0x430 && c <= 0x44f ? c - 0x430 + 27 : c >= 0x30 && c <= 0x39 ? c - 0x30 + 59 : 0;
const SLOTS = 69;

interface Starts {
  /** By the slots of the first two letters: 0, or 1 + the index of the list in `lists`. */
  table: Uint16Array;
  lists: string[][];
}

/** Starts by their first two letters, so a test is a table look-up and a `startsWith` without a slice. */
function byFirstTwo(starts: Iterable<string>): Starts {
  const table = new Uint16Array(SLOTS * SLOTS);
  const lists: string[][] = [];
  for (const x of starts) {
    const k = slot(x.charCodeAt(0)) * SLOTS + slot(x.charCodeAt(1));
    if (table[k] === 0) {
      lists.push([]);
      table[k] = lists.length;
    }
    lists[table[k] - 1].push(x);
  }
  return { table, lists };
}
const PRAISE_BY_TWO = byFirstTwo(PRAISE_START);
const GATE_BY_TWO = byFirstTwo(GATE_START);

/** Whether the text at i starts with one of the starts indexed in `by`. */
function startsWithOne(t: string, i: number, by: Starts): boolean {
  const a = slot(t.charCodeAt(i)),
    b = slot(t.charCodeAt(i + 1));
  if (a === 0 || b === 0) return false;
  const k = by.table[a * SLOTS + b];
  if (k === 0) return false;
  for (const x of by.lists[k - 1]) if (t.startsWith(x, i)) return true;
  return false;
}

/** The end (exclusive) of the word of `words()` that starts at i. */
function wordEnd(t: string, i: number): number {
  const n = t.length;
  let e = i + 1;
  while (e < n && (isWordChar(t.charCodeAt(e)) || (isJoiner(t.charCodeAt(e)) && e + 1 < n && isWordChar(t.charCodeAt(e + 1))))) e++;
  return e;
}

/**
 * Whether the start found at i is a word of `words()` that `praiseAt` takes for praise or thanks
 * (its pair's second word the next word, whatever the sentence), or one of the words the ironic
 * phrases start with: only then can the signal fire without quotes. A start inside a word
 * («a-great», «_так») or a prefix of a longer word («такой», «спасибочки») is not.
 */
function ironicWordAt(t: string, i: number): boolean {
  if (i > 0) {
    const p = t.charCodeAt(i - 1);
    if (isWordChar(p) || (isJoiner(p) && i > 1 && isWordChar(t.charCodeAt(i - 2)))) return false; // inside a word
  }
  const e = wordEnd(t, i);
  if (e - i > MAX_WORD) return false;
  const x = t.slice(i, e);
  if (x.startsWith('удруж') || x === 'yeah' || x === 'ага' || THANKS.test(x) || PRAISE.test(x)) return true;
  if (!PAIR_FIRST.has(x)) return false;
  // The next word of `words()`: the next word character (👏 between is a word of its own).
  let j = e;
  while (j < t.length && !isWordChar(t.charCodeAt(j))) {
    if (t.charCodeAt(j) === 0xd83d && t.codePointAt(j) === CLAP) return false;
    j++;
  }
  if (j >= t.length) return false;
  const f = wordEnd(t, j);
  return f - j <= MAX_WORD && PRAISE_PAIRS.has(`${x}|${t.slice(j, f)}`);
}
const PAIR_FIRST = new Set([...PRAISE_PAIRS].map((p) => p.split('|')[0]));

/**
 * Whether a word of the lowered text is praise or irony, or 👏 is there: one pass over the
 * characters with a table and a set, for the most mentions, which praise nothing (a regex of all
 * the words cost more than the rest of the signal); a word is cut out and compared only where a
 * start of one is found (most of them are the start of another word: «такой», «классный»).
 */
function mayBeIronic(t: string): boolean {
  let prev = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0xd83d && t.charCodeAt(i + 1) === 0xdc4f) return true; // 👏
    const letter = isGateLetter(c);
    if (letter && !prev && c < 0x450 && GATE_FIRST[c] === 1 && startsWithOne(t, i, GATE_BY_TWO) && ironicWordAt(t, i)) return true;
    prev = letter;
  }
  return false;
}

/**
 * Whether a normalised word starts as one of GATE_START does (two letters or more: `mayBeIronic`
 * tries no shorter start), for `signal-gates.ts`: a mention with no such word, no quote and no 👏
 * cannot be sarcastic, and its text is not lowered or read.
 */
export function sarcasmGateWord(w: string): boolean {
  for (let k = 2; k <= START && k <= w.length; k++) if (GATE_START.has(w.slice(0, k))) return true;
  return false;
}

/** The `sarcasm` signal: the first stretch of ironic praise, and where each occurs. */
export function detectSarcasm(n: NormalisedText, gates?: SignalGates): { value: string; spans: TextSpan[] } | null {
  const original = n.original;
  if (gates !== undefined && !gates.sarcasm && !QUOTE_GATE.test(original) && !original.includes(CLAP_TEXT)) return null;
  const t = signalText(original);
  const spans: TextSpan[] = [];
  const add = (start: number, end: number): void => {
    if (spans.length < MAX_SPANS && !spans.some((s) => start < s.end && s.start < end))
      spans.push({ start, end, text: original.slice(start, end) });
  };

  if (QUOTE_GATE.test(t)) {
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(t); m !== null && spans.length < MAX_SPANS; m = QUOTED.exec(t)) {
      if (m[1].split(/[ -]/u).some((x) => QUOTED_PRAISE.test(x))) add(m.index, m.index + m[0].length);
    }
  }
  if (!mayBeIronic(t)) return spans.length ? { value: spans[0].text, spans } : null;
  const w = words(t);
  if (!w.length) return spans.length ? { value: spans[0].text, spans } : null;
  const sentences = w[w.length - 1].sentence + 1;
  // Per sentence: its first and last word, praise alone; whether it holds a failure (and no contrast
  // or fix) is computed only for sentences next to praise, once (0 unknown, 1 yes, 2 no).
  const firstWord = new Int32Array(sentences).fill(-1);
  const lastWord = new Int32Array(sentences);
  const praise: Array<{ end: number; thanks: boolean } | null> = new Array(w.length);
  const hasPraise = new Uint8Array(sentences);
  for (let j = 0; j < w.length; j++) {
    const s = w[j].sentence;
    if (firstWord[s] < 0) firstWord[s] = j;
    lastWord[s] = j;
    praise[j] = praiseAt(w, j);
  }
  for (let j = 0; j < w.length; j++) {
    const s = w[j].sentence;
    const pj = praise[j];
    if (pj !== null && !pj.thanks) {
      hasPraise[s] = 1;
      for (let k = j + 1; k < pj.end; k++) praise[k] = praise[k] ?? { end: pj.end, thanks: false }; // the second word of a pair
    }
  }
  /** A sentence of praise alone («Браво!», "Amazing.", 👏👏): praise and small words only. */
  const alone = new Uint8Array(sentences); // 0 unknown, 1 yes, 2 no
  const praiseAlone = (s: number): boolean => {
    if (alone[s] === 0) {
      alone[s] = hasPraise[s] === 1 ? 1 : 2;
      for (let j = firstWord[s]; j <= lastWord[s] && alone[s] === 1; j++) {
        const pj = praise[j];
        if ((pj === null || pj.thanks) && !TAIL_FILLER.has(w[j].text) && !AGAIN.has(w[j].text)) alone[s] = 2;
      }
    }
    return alone[s] === 1;
  };
  const state = new Uint8Array(sentences); // bit 1: known; bit 2: blocked; bit 4: a failure
  const look = (s: number): number => {
    if (state[s] === 0) {
      let v = 1;
      if (firstWord[s] >= 0)
        for (let j = firstWord[s]; j <= lastWord[s]; j++) {
          const y = w[j].text;
          if (CONTRAST.has(y) || FIX.test(y)) v |= 2;
          else if ((v & 4) === 0 && failureAt(w, j)) v |= 4;
        }
      state[s] = v;
    }
    return state[s];
  };
  const blockedIn = (s: number): boolean => (look(s) & 2) !== 0;
  const failureIn = (s: number): boolean => s >= 0 && s < sentences && look(s) === 5;

  for (let i = 0; i < w.length && spans.length < MAX_SPANS; i++) {
    const x = w[i].text;
    if (praise[i] === null && x !== 'ну' && x !== 'yeah' && x !== 'ага' && !x.startsWith('удруж')) continue; // most words
    const s = w[i].sentence;
    const same = (j: number): boolean => j >= 0 && j < w.length && w[j].sentence === s;
    // 1. ironic by themselves
    if (IRONIC_WORD.test(x)) {
      add(w[i].start, w[i].end);
      continue;
    }
    if (x === 'ну' && same(i + 1) && w[i + 1].text === 'спасибо') {
      // «Ну спасибо!», «Ну спасибо, Acme», «ну спасибо вам»: not «ну спасибо за помощь»
      const after = same(i + 2) ? w[i + 2].text : '';
      const mark = t.charCodeAt(w[i + 1].end);
      if (
        after === '' ||
        after === 'вам' ||
        after === 'большое' ||
        after === 'огромное' ||
        mark === 0x2c ||
        mark === 0x21 ||
        mark === 0x2026
      ) {
        add(w[i].start, w[i + 1].end);
        continue;
      }
    }
    if ((x === 'yeah' && same(i + 1) && w[i + 1].text === 'right') || (x === 'ага' && same(i + 1) && w[i + 1].text === 'конечно')) {
      add(w[i].start, w[i + 1].end);
      continue;
    }
    const p = praise[i];
    if (p === null || (i > 0 && praise[i - 1] !== null && praise[i - 1]!.end > i)) continue; // not praise, or the second word of a pair
    const last = lastWord[s];
    const before = same(i - 1) ? w[i - 1].text : '';
    if (!p.thanks && (before === 'oh' || (before === 'just' && p.end > last)) && !blockedIn(s)) {
      add(w[i - 1].start, w[p.end - 1].end);
      continue;
    }
    // 2. the praise's object is a failure
    let j = p.end;
    if (p.thanks) {
      while (same(j) && j < p.end + 4 && (AFTER_THANKS.has(w[j].text) || w[j].handle)) j++;
      j = same(j) && CONNECTOR.has(w[j].text) ? j + 1 : -1;
    } else if (same(j) && CONNECTOR.has(w[j].text)) j++;
    let found = false;
    if (j >= 0) {
      let seen = 0;
      for (let k = j; same(k) && seen < OBJECT_WINDOW && k < j + OBJECT_WINDOW + 4; k++) {
        const y = w[k].text;
        if (FIX.test(y)) break;
        const f = failureAt(w, k);
        if (f) {
          add(w[i].start, w[f - 1].end);
          found = true;
          break;
        }
        if (SMALL.has(y) || /^\d/u.test(y)) continue;
        seen++;
        if (p.thanks) break; // thanks name their object first: «спасибо за ответ, заказ не пришёл» is not ironic
      }
    }
    if (found || p.thanks) continue;
    // 4. praise, then «опять» at the end of the sentence
    if (same(p.end) && AGAIN.has(w[p.end].text) && !same(p.end + 1)) {
      add(w[i].start, w[p.end].end);
      continue;
    }
    // 3. praise and a failure in one sentence, or a sentence of praise alone beside one with a failure
    const first = firstWord[s];
    if (failureIn(s) || (praiseAlone(s) && !blockedIn(s) && (failureIn(s - 1) || failureIn(s + 1)))) {
      add(w[first].start, w[last].end);
    }
  }
  if (!spans.length) return null;
  spans.sort((a, b) => a.start - b.start);
  return { value: spans[0].text, spans };
}
