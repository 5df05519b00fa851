/**
 * The built-in `repeat-contact` signal: the customer says this is not their first time asking —
 * by an ordinal or a count, in words or digits, with a noun or a verb of contacting («пишу в
 * шестой раз», «это уже третье обращение», «в 5 раз звоню», "the 4th email", "I've written three
 * times now", "third time I'm asking"), by a word of repetition («снова пишу», "again and
 * again"), by a wait for an answer («до сих пор нет ответа», "still no reply"), or by a stretch of
 * time spent contacting («неделю пишу», "been calling for three days"). A stretch of time spent
 * waiting is not a repeat contact («жду неделю» is a delay), nor is a first time ("for the first
 * time", «впервые»), nor a ratio («в 5 раз дороже»).
 *
 * Runs on the lowered original text (signal-text.ts). Every quantifier over letters is bounded and
 * the alternation is tried only when one of its gate words occurs: bounded time on any text.
 */
import type { TextSpan } from '../model/outcome.js';
import type { NormalisedText } from '../text/normalise.js';
import type { SignalGates } from './signal-gates.js';
import { signalText, WORD_CLASS } from './signal-text.js';

const MAX_SPANS = 10;
const L = String.raw`[а-яa-z]`;
const B = String.raw`(?![${WORD_CLASS}])`; // the end of a word
const S = String.raw`[\s,]{1,6}`; // between words: spaces, a comma (bounded: no run is rescanned)

const ORDINAL_WORD_RU = String.raw`(?:втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|пятнадцат|двадцат|сот|энн|n-?н|очередн)${L}{1,4}`;
// Russian ordinals in every case and gender (третий, третье, третьего, третью, третья…), and in digits («5-й», «5-ый», «5й», «5»).
const ORDINAL_RU =
  String.raw`(?:\d{1,3}(?:-?(?:й|ий|ый|ой|е|ое|ье|го|ого|ю|ую|я|ая))?|` +
  String.raw`${ORDINAL_WORD_RU}|котор${L}{1,4}|не${S}(?:в${S})?перв${L}{1,4})${B}`;
// Russian counts: «три», «пять», «несколько», «много», digits.
const COUNT_RU = String.raw`(?:\d{1,3}|дв[аеу]х?|тр[иеё]х?|четыр[еёи]х?|пят[ьи]|шест[ьи]|сем[ьи]|восем[ьи]|восьми|девят[ьи]|десят[ьи]|двадцат[ьи]|несколько|нескольких|много|множество|сто|сотню|тысячу|кучу|пару|десяток|десятки|миллион)${B}`;
// Verbs of contacting: present (пишу) and past (писал, обращалась), first person mostly.
const CONTACT_RU_NOW = String.raw`(?:пишу|пишем|обращаюсь|обращаемся|звоню|звоним|жалуюсь|прошу|спрашиваю|напоминаю|дозваниваюсь|пытаюсь${S}(?:дозвониться|связаться|достучаться|дописаться))${B}`;
const CONTACT_RU = String.raw`(?:${CONTACT_RU_NOW}|(?:писал|обращал|звонил|жаловал|спрашивал|напоминал|связывал|оставлял|отправлял|написал)${L}{0,4}${B})`;
// Nouns of a contact: обращение, письмо, сообщение, звонок, жалоба, заявка, претензия, запрос, тикет, попытка.
const NOUN_RU = String.raw`(?:обращени|письм|сообщени|звон[оки]|жалоб|заявк|претензи|запрос|тикет|попытк)${L}{0,3}${B}`;
// Counted nouns (genitive after a count): обращения/обращений, письма/писем, жалобы/жалоб, заявки/заявок.
const COUNTED_NOUN_RU = String.raw`(?:обращени[йяе]|жалоб[ыу]?|заяв[оа]?к[иа]?|претензи[йи])${B}`;
// Letters and messages are counted only after a verb of sending: «пришло два письма» is the brand's.
const SENT_RU = String.raw`(?:написал|отправил|послал|после|уже)${L}{0,3}`;
// «неделю», «месяц» alone; a day needs a count («третий день», «2 дня»): «Добрый день, пишу…» is a greeting.
const QUANT_RU = String.raw`(?:целую|целый|всю|весь|вторую|второй|третью|третий|четвертый|пятый|\d{1,2}|две|два|три|четыре|пять|несколько|пару)`;
const DURATION_RU = String.raw`(?:(?:${QUANT_RU}${S})?(?:неделю|месяц)|${QUANT_RU}${S}(?:день|дня|дней|сутки|суток|недели|недель|месяца|месяцев))${B}`;

const ORDINAL_EN = String.raw`(?:not\s+(?:the\s+|my\s+)?first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|umpteenth|hundredth|millionth|nth|n-th|\d{1,3}(?:st|nd|rd|th))${B}`;
const COUNT_EN = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,3}|several|multiple|many|numerous|countless|a\s+few|a\s+couple\s+of|a\s+dozen|dozens\s+of|so\s+many)${B}`;
const CONTACT_EN = String.raw`(?:writ|wrote|contact|call|ask|messag|email|e-mail|reach|complain|chas|tr(?:y|ie|yi)|ping|phon|dm)[a-z']{0,6}${B}`;
// Without "try": "tried three times to pay" is not a contact.
const CONTACT_EN_STRICT = String.raw`(?:writ|wrote|contact|call|ask|messag|email|e-mail|reach|complain|chas|ping|phon|dm)[a-z']{0,6}${B}`;
const NOUN_EN = String.raw`(?:e-?mails?|messages?|letters?|calls?|complaints?|requests?|tickets?|attempts?|chats?|dms?|times?)${B}`;
const SENT_EN = String.raw`(?:sent|made|wrote|written|after|left|opened|filed|submitted|placed)`;
const DURATION_EN = String.raw`(?:(?:a|an|one|two|three|four|five|six|\d{1,2}|several|a\s+few|over\s+a|almost\s+a|more\s+than\s+a)\s+)?(?:days?|weeks?|months?)${B}`;
// The number called, between the verb and the count: "called support at 555-0147 twice", «звонил на 8-800-555-35-35 дважды».
const PHONE_DIGITS = String.raw`\+?\d[\d().-]{0,16}(?:\s[\d(][\d().-]{0,10}){0,4}\d`;
const PHONE_EN = String.raw`(?:\s+(?:at|on)(?:\s+(?:the|your))?(?:\s+(?:number|hotline|line))?\s+${PHONE_DIGITS})?`;
const PHONE_RU = String.raw`(?:${S}на(?:${S}(?:номер|горячую${S}линию))?${S}${PHONE_DIGITS})?`;
const YOU_EN = String.raw`(?:\s+(?:you|u|you\s+guys|support|to\s+you|about\s+this|already|now|again)){0,2}`;

const RE_SOURCE = [
  // RU ordinal + «раз» + verb, either order: «пишу уже в четвёртый раз», «в 5 раз звоню», «который раз пишу»
  String.raw`${CONTACT_RU}(?:${S}(?:вам|к\s+вам|уже|вот|ну)){0,3}${S}(?:в${S})?${ORDINAL_RU}${S}раз${B}`,
  String.raw`(?:уже${S})?(?:в${S})?${ORDINAL_RU}${S}раз(?:${S}(?:уже|вам|к\s+вам|вот|ну|я)){0,3}${S}${CONTACT_RU}`,
  // RU count + «раз(а)» with a verb: «писал три раза», «несколько раз обращалась», «дважды звонил»
  String.raw`${CONTACT_RU}(?:${S}(?:вам|к\s+вам|уже|вот|я)){0,3}${PHONE_RU}${S}(?:${COUNT_RU}${S}раз${L}?${B}|дважды|трижды|неоднократно|не${S}раз${B}|раз${S}сто)`,
  String.raw`(?:${COUNT_RU}${S}раз${L}?|дважды|трижды|неоднократно|не${S}раз)(?:${S}(?:уже|вам|к\s+вам|я)){0,3}${S}${CONTACT_RU}`,
  // RU ordinal + noun: «это уже третье обращение», «пятое письмо», «вторая жалоба»
  String.raw`(?:${ORDINAL_WORD_RU}|\d{1,3}-?(?:й|ий|ый|ой|е|ое|ье|го|ого|ю|ую|я|ая))${B}${S}(?:по${S}счету${S})?${NOUN_RU}`,
  // RU count + noun: «три письма», «пять обращений», «после нескольких жалоб»
  String.raw`${COUNT_RU}${S}(?:${L}{2,12}${S})?${COUNTED_NOUN_RU}`,
  String.raw`${SENT_RU}${S}(?:вам${S})?${COUNT_RU}${S}(?:${L}{2,12}${S})?(?:пис[ье]м|писем|сообщени)${L}{0,3}${B}`,
  // RU time spent contacting: «неделю пишу», «пишу уже третий день», «каждый день звоню»
  String.raw`${DURATION_RU}(?:${S}(?:уже|вам|я|не\s+могу)){0,3}${S}(?:${CONTACT_RU_NOW}|дозвониться)`,
  String.raw`${CONTACT_RU_NOW}(?:${S}(?:вам|к\s+вам|уже)){0,2}${S}${DURATION_RU}`,
  String.raw`(?:каждый${S}день|ежедневно|постоянно|все${S}время)${S}(?:вам${S})?${CONTACT_RU_NOW}`,
  String.raw`${CONTACT_RU_NOW}${S}(?:вам${S})?(?:каждый${S}день|ежедневно|постоянно|все${S}время)`,
  // RU repetition words
  String.raw`(?:снова|опять|повторно|еще${S}раз)${S}(?:вам${S})?${CONTACT_RU_NOW}`,
  String.raw`${CONTACT_RU_NOW}${S}(?:вам${S})?(?:снова|опять|повторно)${B}`,
  String.raw`до${S}сих${S}пор${S}(?:нет|не${S}получил${L}{0,3}|никто${S}не)${S}?(?:ответ|реакц|перезвон)${L}{0,6}`,
  String.raw`(?:никто|так${S}никто)${S}(?:мне${S})?(?:не${S}|ничего${S}не${S})(?:ответил|отвечает|перезвонил|связался)${L}{0,2}`,
  // EN ordinal + time + verb: "the third time I'm writing", "3rd time asking"
  String.raw`(?:the\s+)?${ORDINAL_EN}\s+time\s+(?:that\s+)?(?:i'?m\s+|i\s+am\s+|i'?ve\s+|i\s+have\s+|we'?re\s+|i\s+)?(?:been\s+)?${CONTACT_EN}`,
  // EN verb + "for the third time"
  String.raw`${CONTACT_EN}${YOU_EN}\s+for\s+the\s+${ORDINAL_EN}\s+time`,
  // EN ordinal + noun: "the 4th email", "my third complaint"
  String.raw`(?:the|my|this|a|our)\s+${ORDINAL_EN}\s+(?:${NOUN_EN.replace('|times?', '')})`,
  // EN verb + count + times: "I've written three times now", "called you twice"
  String.raw`${CONTACT_EN_STRICT}${YOU_EN}${PHONE_EN}\s+(?:${COUNT_EN}\s+times${B}|twice${B}|over\s+and\s+over)`,
  // EN count + noun after a verb of sending: "sent 3 emails", "after five calls"
  String.raw`${SENT_EN}\s+(?:you\s+)?(?:${COUNT_EN})\s+(?:e-?mails|messages|letters|calls|complaints|requests|tickets|chats|dms)${B}`,
  // EN time spent contacting: "been calling for three days", "emailing you every day"
  String.raw`(?:been|keep|kept)\s+${CONTACT_EN}${YOU_EN}(?:\s+to\s+\w{1,12}(?:\s+you)?)?\s+(?:for\s+)?${DURATION_EN}`,
  String.raw`(?:keep|kept)\s+(?:writing|calling|emailing|messaging|asking|contacting|chasing|complaining)`,
  String.raw`${CONTACT_EN}${YOU_EN}\s+every\s+(?:single\s+)?(?:day|week|morning|hour)`,
  // EN repetition and no answer
  String.raw`still\s+(?:no|not|haven'?t|have\s+not|did\s?n'?t|without\s+an?)\s+(?:got(?:ten)?\s+|had\s+|received\s+|heard\s+)?(?:any\s+|an\s+|a\s+)?(?:answer|response|reply|word|heard)`,
  String.raw`(?:contacted|wrote\s+to|written\s+to|messaged|emailed|called|asked)\s+you(?:\s+guys)?\s+(?:again|multiple\s+times|several\s+times|many\s+times|\d{1,3}\s+times|twice|three\s+times)`,
  String.raw`(?:writing|contacting|asking|messaging|emailing|calling)\s+(?:you\s+)?again`,
  String.raw`again\s+and\s+again`,
  // EN and RU: a contact left unanswered ("nobody got back to me", "emails unanswered", «письма без ответа»)
  String.raw`(?:nobody|no\s+one|no-one)\s+(?:has\s+|ever\s+|even\s+)?(?:replied|responded|answered\s+(?:me|my|us|our)|got\s+back|gotten\s+back|wrote\s+back|called\s+(?:me\s+)?back)`,
  String.raw`(?:my\s+)?(?:e-?mails|messages|calls|tickets|letters|complaints|requests|e-?mail|message|ticket|letter|complaint|request)\s+(?:(?:went|go|are|were|was|is|have\s+gone|has\s+gone|remain|remained|still|all)\s+){0,2}(?:unanswered|ignored(?!\s+by${B}))`,
  String.raw`(?:письм|сообщени|обращени|жалоб|заявк)${L}{0,3}(?:${S}(?:мои|так|и|остал${L}{1,3}|до${S}сих${S}пор|уже)){0,3}${S}без${S}ответа`,
  String.raw`игнорируют${S}(?:мои${S})?(?:письм|сообщени|обращени|жалоб|звонк)${L}{0,3}`,
]
  .join('|')
  .replaceAll(String.raw`\s+`, String.raw`\s{1,6}`);

// Every alternative above contains one of these (on the lowered text) within WINDOW characters of
// its start: a mention without one is not searched (most mentions), and the search starts WINDOW
// characters before the first. Searched natively from there (SEARCH), the alternation costs about
// 17 ns a character (18,000 characters dense with gate words: 0.3 ms); tried from JavaScript at each
// word start before each gate word, as before, it cost 30 ns.
const GATE =
  /раз|дважды|трижды|неоднократно|обращени|письм|писем|сообщени|звон|жалоб|заяв|претензи|запрос|тикет|попытк|недел|день|дня|дней|сутки|суток|месяц|снова|опять|повторно|сих|никто|пишу|пишем|звоню|звоним|обращаюсь|дозвон|ежедневно|постоянно|время|time|twice|mail|message|letter|call|complaint|request|ticket|attempt|chat|dm|day|week|month|keep|kept|still|again|over|every|nobody|no one|no-one|игнорир/gu;
const WINDOW = 80;

/**
 * Words at least one of which every alternative requires inside its match (not only near it): a
 * verb of contacting, a noun of a contact, «сих», «никто», «игнорируют», or one of GATE's English
 * words. GATE says where the search starts; a text with none of these from there cannot match, so
 * it is not searched — most mentions GATE lets through («деньги», «три дня», «размер») have none,
 * and the search, whose compiled alternation is large, costs several times a scan for these.
 * Every alternative added to RE_SOURCE must hold one of these words in what it matches.
 */
const NEEDED = new RegExp(
  [
    // CONTACT_RU (CONTACT_RU_NOW among them) and «дозвониться»
    'пишу|пишем|обращаюсь|обращаемся|звоню|звоним|жалуюсь|прошу|спрашиваю|напоминаю|дозваниваюсь|пытаюсь',
    'писал|обращал|звонил|жаловал|спрашивал|напоминал|связывал|оставлял|отправлял|написал|дозвониться',
    // NOUN_RU, COUNTED_NOUN_RU, letters and messages counted, the unanswered ones
    'обращени|письм|писем|сообщени|звон|жалоб|заяв|претензи|запрос|тикет|попытк|сих|никто|игнорируют',
    // the English alternatives: their gate words («no one» with any spaces, as the alternation has it)
    String.raw`time|twice|mail|message|letter|call|complaint|request|ticket|attempt|chat|dm|day|week|month|keep|kept|still|again|over|every|nobody|no\s{1,6}one|no-one`,
  ].join('|'),
  'gu',
);

/**
 * GATE and NEEDED read one word at a time, for `signal-gates.ts`: a mention none of whose words
 * holds a GATE word and a NEEDED word is not searched, without lowering its text (a phrase's «no
 * one» becomes «one»: its tokens are read apart, and any word with «one» lets the search run).
 */
const oneWord = (re: RegExp): RegExp =>
  new RegExp(
    re.source
      .replaceAll(String.raw`no\s{1,6}one`, 'one')
      .replaceAll('no one', 'one')
      .replaceAll('no-one', 'one'),
    'u',
  );
export const repeatGateWord = (
  (re) =>
  (w: string): boolean =>
    re.test(w)
)(oneWord(GATE));
export const repeatNeededWord = (
  (re) =>
  (w: string): boolean =>
    re.test(w)
)(oneWord(NEEDED));

/** The alternatives at word starts, searched rather than tried at each position (JavaScript's engine skips what cannot start it). */
const SEARCH = new RegExp(String.raw`(?<![${WORD_CLASS}])(?:${RE_SOURCE})`, 'gu');

/** The `repeat-contact` signal: the first phrase that says so, and where each occurs. */
export function detectRepeatContact(n: NormalisedText, gates?: SignalGates): { value: string; spans: TextSpan[] } | null {
  if (gates !== undefined && !(gates.repeatGate && gates.repeatNeeded)) return null; // most mentions: settled by their words
  const original = n.original;
  const t = signalText(original);
  GATE.lastIndex = 0;
  const gate = GATE.exec(t);
  if (gate === null) return null; // most mentions: no gate word, no search
  const from = Math.max(0, gate.index - WINDOW);
  NEEDED.lastIndex = from;
  if (!NEEDED.test(t)) return null; // GATE's words only inside others («деньги»), or no verb or noun of contacting
  const spans: TextSpan[] = [];
  // One left-to-right search from the first gate's window: the leftmost match at a word start is
  // the one the word starts before each gate would give, and a search that finds nothing has read
  // the rest of the text once (not once per gate).
  SEARCH.lastIndex = from;
  for (let m = SEARCH.exec(t); m !== null && spans.length < MAX_SPANS; m = SEARCH.exec(t)) {
    if (m[0].length === 0) {
      SEARCH.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    spans.push({ start: m.index, end, text: original.slice(m.index, end) });
  }
  return spans.length ? { value: spans[0].text, spans } : null;
}
