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
 * дней»; not "in 2 days").
 */
import type { TextSpan } from '../model/outcome.js';
import type { NormalisedText } from '../text/normalise.js';
import { signalText } from './signal-text.js';

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

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\u{1F44F}|[.!?;\n…]+/gu;
const CLAP = '\u{1F44F}';

/** The words of the lowered text and the sentence each is in. */
function words(t: string): Word[] {
  const out: Word[] = [];
  let sentence = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m !== null; m = WORD.exec(t)) {
    const c = m[0].charCodeAt(0);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x2026) {
      sentence++;
      continue;
    }
    const handle = m.index > 0 && (t[m.index - 1] === '@' || t[m.index - 1] === '#');
    out.push({ text: m[0].length > MAX_WORD ? '' : m[0], start: m.index, end: m.index + m[0].length, sentence, handle });
  }
  return out;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));
const THANKS = /^(?:спасибо|спс|благодар\p{L}{0,4}|thanks|thank|thx|cheers)$/u;
const PRAISE =
  /^(?:молод(?:цы|ец|чина|чинки)|браво|отличн\p{L}{0,3}|прекрасн\p{L}{0,3}|замечательн\p{L}{0,3}|великолепн\p{L}{0,3}|супер|суперск\p{L}{0,3}|класс|классн\p{L}{0,3}|круто|шикарн\p{L}{0,3}|чудесн\p{L}{0,3}|здорово|потрясающ\p{L}{0,3}|восхитительн\p{L}{0,3}|лучш(?:ий|ая|ие|ее|его|ему|ую|ей|им|ими)|идеальн\p{L}{0,3}|блестящ\p{L}{0,3}|респект|обожаю|great|amazing|amazingly|awesome|wonderful|fantastic|brilliant|perfect|excellent|superb|lovely|bravo|kudos|impressive|stellar|outstanding|marvell?ous|splendid|terrific|incredible|fabulous|nice|love|loving)$/u;
// Two-word praise: "well done", "great job", «так держать».
const PRAISE_PAIRS = set(
  'well|done good|job great|job nice|job good|work great|work nice|work nice|going way|to top|notch so|helpful five|stars 5|stars так|держать пять|звезд',
);
const NOT_PRAISE = set('not no hardly never не нет далеко ни');
const IRONIC_WORD = /^удруж\p{L}{0,5}$/u;
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
  /^(?:fix\p{L}{0,4}|resolv\p{L}{0,3}|solv\p{L}{0,3}|sorted|refund\p{L}{0,4}|replac\p{L}{0,4}|found|return\p{L}{0,3}|compensat\p{L}{0,5}|help\p{L}{0,4}|quick\p{L}{0,3}|fast|prompt\p{L}{0,3}|early|apolog\p{L}{0,5}|исправ\p{L}{0,5}|решил\p{L}{0,3}|решен\p{L}{0,3}|решён\p{L}{0,3}|вернул\p{L}{0,3}|возврат\p{L}{0,3}|компенс\p{L}{0,6}|замен\p{L}{0,4}|помог\p{L}{0,4}|помощ\p{L}{0,3}|нашл\p{L}{0,3}|нашел|разобрал\p{L}{0,3}|быстр\p{L}{0,3}|оперативн\p{L}{0,3}|вовремя|извин\p{L}{0,5})$/u;
const NEGATION = set("no not never without zero none wasn't weren't isn't didn't hasn't haven't aren't без не ни нет ноль");
// A failure in one word (its negation checked apart).
const FAILURE_WORD =
  /^(?:потерял\p{L}{0,3}|потерян\p{L}{0,3}|потеря\p{L}{0,2}|опозда\p{L}{0,4}|задерж\p{L}{0,6}|сломал\p{L}{0,3}|сломан\p{L}{0,3}|разбил\p{L}{0,3}|разбит\p{L}{0,3}|поврежд\p{L}{0,5}|испорт\p{L}{0,5}|помял\p{L}{0,3}|помят\p{L}{0,3}|игнор\p{L}{0,5}|проигнор\p{L}{0,6}|обман\p{L}{0,4}|обсчита\p{L}{0,3}|списал\p{L}{0,3}|украл\p{L}{0,3}|пропал\p{L}{0,3}|пропаж\p{L}{0,2}|отмени\p{L}{0,3}|брак|бракован\p{L}{0,3}|ждать|жду|ждал\p{L}{0,2}|ждем|ожидани\p{L}{0,2}|ничего|никто|потраченн\p{L}{0,3}|испортил\p{L}{0,3}|lost|lose|losing|loses|late|delay\p{L}{0,3}|broke|broken|breaking|damag\p{L}{0,3}|crush\p{L}{0,3}|crack\p{L}{0,3}|smash\p{L}{0,3}|leak\p{L}{0,3}|ruin\p{L}{0,3}|wast\p{L}{0,4}|ignor\p{L}{0,3}|cancel\p{L}{0,4}|overcharg\p{L}{0,3}|scam\p{L}{0,3}|missing|crash\p{L}{0,3}|stuck|nothing|nobody|refused|waiting|waited)$/u;
// A failure said with a negation: «не пришёл», "never arrived", "didn't work".
const NEGATED_VERB =
  /^(?:пришл\p{L}{0,2}|пришел|приехал\p{L}{0,2}|доставил\p{L}{0,2}|доставлен\p{L}{0,2}|привез\p{L}{0,3}|работает|работают|работал\p{L}{0,2}|отвечает|отвечаете|ответил\p{L}{0,2}|вернул\p{L}{0,2}|дозвон\p{L}{0,6}|получил\p{L}{0,2}|прислал\p{L}{0,2}|тот|та|то|того|arrived?|arriving|came|come|showed|show|got|get|received?|answered|answer|replied|reply|responded|respond|delivered|deliver|shipped|ship|sent|fixed|fix|heard|work|works|working|worked|load|loads|open|opens)$/u;
const NEGATION_OF_VERB = set("не never not didn't doesn't don't hasn't haven't won't can't isn't wasn't still");
const LONG_UNIT = /^(?:недел\p{L}{0,2}|месяц\p{L}{0,3}|weeks?|months?)$/u;
const SHORT_UNIT = /^(?:дн\p{L}{0,2}|день|сут\p{L}{0,3}|час\p{L}{0,2}|days?|hours?)$/u;
const COUNT =
  /^(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple|two|две|два|три|четыре|пять|шесть|семь|восемь|девять|десять|пару|несколько|целую|целый|целых)$/u;
const WAIT = set('waiting waited wait after over already уже жду ждал ждала ждали ждем прошло спустя через');
const WITHIN = set('in within за через each every per last next this в на прошлой прошлую следующей');
const TAIL_FILLER = set(
  'just so simply wow oh how what such very really truly просто ну вот такой так очень прям прямо как всегда always usual as',
);

/** The word at i ends a praise of one or two words: its end (exclusive) and whether it is thanks; null when not praise. */
function praiseAt(w: Word[], i: number): { end: number; thanks: boolean } | null {
  const x = w[i].text;
  if (i > 0 && w[i - 1].sentence === w[i].sentence && NOT_PRAISE.has(w[i - 1].text)) return null;
  if (x === CLAP) return { end: i + 1, thanks: false };
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
  }
  return 0;
}

const QUOTED = /(?<![\p{L}\p{N}])["“«„'‘]([\p{L}]{2,20}(?:[ -][\p{L}]{1,20}){0,2})["”»“'’](?![\p{L}\p{N}])/gu;
const QUOTED_PRAISE =
  /^(?:быстр|отличн|качествен|лучш|супер|надежн|надёжн|вежлив|клиентоориентирован|профессионал|заботлив|удобн|оперативн|поддержк|сервис|помощ|служб|забот|fast|great|quick|express|best|quality|excellent|amazing|premium|reliable|helpful|friendly|customer|support|service|care|help|thank|спасибо)/u;

const QUOTE_GATE = /["“«„'‘]/u;
// Every praise, thanks or ironic word above starts with one of these.
const GATE =
  /спас|спс|благод|молод|брав|отличн|прекрасн|замечат|великолеп|супер|класс|круто|шикарн|чудесн|здорово|потрясающ|восхитит|лучш|идеальн|блестящ|респект|обожаю|удруж|ага|так\s{1,3}держать|пять\s{1,3}звезд|thank|thx|cheers|great|amazing|awesome|wonderful|fantastic|brilliant|perfect|excellent|superb|lovely|bravo|kudos|impressive|stellar|outstanding|marvel|splendid|terrific|incredible|fabulous|nice|lov|well\s{1,3}done|good\s{1,3}(?:job|work)|way\s{1,3}to\s{1,3}go|top\s{1,3}notch|so\s{1,3}helpful|stars|yeah|\u{1F44F}/u;

/** The `sarcasm` signal: the first stretch of ironic praise, and where each occurs. */
export function detectSarcasm(n: NormalisedText): { value: string; spans: TextSpan[] } | null {
  const original = n.original;
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
  // Most mentions praise nothing: the word pass runs only when a word of praise or irony may be there.
  if (!GATE.test(t)) return spans.length ? { value: spans[0].text, spans } : null;
  const w = words(t);
  if (!w.length) return spans.length ? { value: spans[0].text, spans } : null;
  const sentences = w[w.length - 1].sentence + 1;
  // Per sentence, computed once: its first and last word, a contrast or a fix, a failure, praise alone.
  const firstWord = new Int32Array(sentences).fill(-1);
  const lastWord = new Int32Array(sentences);
  const blocked = new Uint8Array(sentences);
  const failing = new Uint8Array(sentences);
  const praise: Array<{ end: number; thanks: boolean } | null> = new Array(w.length);
  const onlyPraise = new Uint8Array(sentences).fill(1);
  const hasPraise = new Uint8Array(sentences);
  for (let j = 0; j < w.length; j++) {
    const s = w[j].sentence;
    if (firstWord[s] < 0) firstWord[s] = j;
    lastWord[s] = j;
    const y = w[j].text;
    if (CONTRAST.has(y) || FIX.test(y)) blocked[s] = 1;
    else if (failureAt(w, j)) failing[s] = 1;
    praise[j] = praiseAt(w, j);
  }
  for (let j = 0; j < w.length; j++) {
    const s = w[j].sentence;
    const pj = praise[j];
    if (pj !== null && !pj.thanks) {
      hasPraise[s] = 1;
      for (let k = j + 1; k < pj.end; k++) praise[k] = praise[k] ?? { end: pj.end, thanks: false }; // the second word of a pair
    } else if (!TAIL_FILLER.has(w[j].text) && !AGAIN.has(w[j].text)) onlyPraise[s] = 0;
  }
  const failureIn = (s: number): boolean => s >= 0 && s < sentences && failing[s] === 1 && blocked[s] === 0;

  for (let i = 0; i < w.length && spans.length < MAX_SPANS; i++) {
    const x = w[i].text;
    const s = w[i].sentence;
    const same = (j: number): boolean => j >= 0 && j < w.length && w[j].sentence === s;
    // 1. ironic by themselves
    if (IRONIC_WORD.test(x)) {
      add(w[i].start, w[i].end);
      continue;
    }
    if (x === 'ну' && same(i + 1) && w[i + 1].text === 'спасибо') {
      const after = same(i + 2) ? w[i + 2].text : '';
      if (after === '' || after === 'вам' || after === 'большое' || after === 'огромное') {
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
    if (!p.thanks && blocked[s] === 0 && (before === 'oh' || (before === 'just' && p.end > last))) {
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
    if (failureIn(s) || (onlyPraise[s] === 1 && hasPraise[s] === 1 && blocked[s] === 0 && (failureIn(s - 1) || failureIn(s + 1)))) {
      add(w[first].start, w[last].end);
    }
  }
  if (!spans.length) return null;
  spans.sort((a, b) => a.start - b.start);
  return { value: spans[0].text, spans };
}
