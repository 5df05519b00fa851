/**
 * The reply checks: the RENDERED reply against the tone of voice and the channel — required
 * elements, avoided phrases, the form of address, emoji, exclamation marks, leftover template tags
 * and the channel's length limit. Pure and cheap: it runs for every mention.
 */
import type { Channel, Locale, RequiredElement, Tone } from '../model/playbook.js';
import type { ReplyCheck, ReplyLength } from '../model/outcome.js';
import type { WorkMeter } from '../model/budget.js';
import { firstName } from '../template/helpers/person-name.js';
import { findLowercaseVy, findTyForms } from './address.js';
import { countEmoji } from './emoji.js';
import { measureLength } from './measure.js';
import { ELEMENT_PHRASES } from './phrases/index.js';
import { fold, PhraseList, ReplyText } from './words.js';

/** What a reply is checked against. */
export interface CheckReplyOptions {
  tone: Tone;
  locale: Locale;
  channel: Channel;
  /** The author's name as the platform shows it, for the `name` element. */
  authorName?: string;
  /** The mention's time budget: told before each pass over the reply. */
  meter?: WorkMeter;
}

/** The checks of one reply and its length in the channel's unit. */
export interface CheckReplyResult {
  checks: ReplyCheck[];
  length: ReplyLength;
}

const UNIT_WORDS: Record<string, string> = {
  graphemes: 'characters',
  twitter: 'X-weighted characters',
  bytes: 'bytes (UTF-8)',
  utf16: 'UTF-16 units',
};
const ELEMENT_WORDS: Record<RequiredElement, string> = {
  greeting: 'a greeting',
  thanks: 'thanks',
  regret: 'an expression of regret',
  help: 'an offer to help',
  name: "the author's name",
};

/** A tone's phrase lists compiled for one locale: each element's phrases and the avoided ones. */
interface CompiledTone {
  elements: Map<RequiredElement, PhraseList>;
  avoid: PhraseList;
}

/** Compiled per tone object and locale, once: the engine passes the same tone for every mention. */
const compiledTones = new WeakMap<Tone, Map<Locale, CompiledTone>>();

function compileTone(tone: Tone, locale: Locale): CompiledTone {
  let byLocale = compiledTones.get(tone);
  if (!byLocale) compiledTones.set(tone, (byLocale = new Map()));
  let c = byLocale.get(locale);
  if (!c) {
    const elements = new Map<RequiredElement, PhraseList>();
    for (const e of ['greeting', 'thanks', 'regret', 'help'] as const)
      elements.set(e, new PhraseList(elementPhrases(tone, locale, e), locale));
    c = {
      elements,
      avoid: new PhraseList(
        tone.avoid.map((r) => r.phrase),
        locale,
      ),
    };
    byLocale.set(locale, c);
  }
  return c;
}

const nameLists = new Map<string, PhraseList>();

/** A one-name phrase list, memoised (bounded): the same names recur across mentions. */
function nameList(name: string, locale: Locale): PhraseList {
  const key = `${locale}\u0000${name}`;
  let list = nameLists.get(key);
  if (!list) {
    if (nameLists.size >= 10_000) nameLists.clear();
    list = new PhraseList([name], locale);
    nameLists.set(key, list);
  }
  return list;
}

/** The phrases that count as an element under a tone in a locale: the tone's first, then the built-in ones. */
export function elementPhrases(tone: Tone, locale: Locale, element: Exclude<RequiredElement, 'name'>): string[] {
  return [...new Set([...(tone.elements[element] ?? []), ...(ELEMENT_PHRASES[locale][element] ?? [])])];
}

function quote(s: string, locale: Locale): string {
  return locale === 'ru' ? `«${s}»` : `"${s}"`;
}

function quoteList(list: readonly string[], locale: Locale, max = 4): string {
  const shown = list
    .slice(0, max)
    .map((s) => quote(s, locale))
    .join(', ');
  return list.length > max ? `${shown}, …` : shown;
}

function checkElement(r: ReplyText, element: RequiredElement, o: CheckReplyOptions, c: CompiledTone): ReplyCheck {
  const id = `tone/require-${element}`;
  if (element === 'name') {
    const first = firstName(o.authorName);
    if (first === null) return { id, ok: true, message: 'The author has no usable name, so the reply need not contain one' };
    const found = nameList(first, o.locale).findAll(r, 1)[0];
    return found
      ? { id, ok: true, message: `The reply addresses the author by name: ${quote(found.text, o.locale)}` }
      : {
          id,
          ok: false,
          message: `The reply does not contain the author's name ${quote(first, o.locale)}; expected it, e.g. with {{salutation author.name}}`,
        };
  }
  const list = c.elements.get(element)!;
  const found = list.findAll(r, 1)[0];
  if (found) return { id, ok: true, message: `The reply has ${ELEMENT_WORDS[element]}: ${quote(found.text, o.locale)}` };
  return {
    id,
    ok: false,
    message: `The reply lacks ${ELEMENT_WORDS[element]}; expected a phrase such as ${quoteList(list.phrases, o.locale)}`,
  };
}

function avoidChecks(r: ReplyText, o: CheckReplyOptions, c: CompiledTone, out: ReplyCheck[]): void {
  let failed = false;
  for (const found of c.avoid.findAll(r)) {
    const rule = o.tone.avoid[found.phrase];
    failed = true;
    const as = fold(found.text) === fold(rule.phrase) ? '' : ` (as ${quote(found.text, o.locale)})`;
    let message = `The reply uses ${quote(rule.phrase, o.locale)}${as}, which the tone of voice avoids`;
    if (rule.prefer) message += `; prefer ${quote(rule.prefer, o.locale)}`;
    if (rule.why) message += ` — ${rule.why}`;
    out.push({ id: 'tone/avoid', ok: false, message });
  }
  if (!failed && o.tone.avoid.length > 0)
    out.push({ id: 'tone/avoid', ok: true, message: `None of the ${o.tone.avoid.length} avoided phrases is used` });
}

const LEFTOVER = /\{\{[^]*?(?:\}\}|$)|\}\}/;

/** Checks a rendered reply against the tone of voice and the channel. */
export function checkReply(text: string, o: CheckReplyOptions): CheckReplyResult {
  const checks: ReplyCheck[] = [];
  const meter = o.meter;
  const pass = text.length + 1; // the work of one pass over the reply
  meter?.spend(pass);
  const r = new ReplyText(text, o.locale);
  const compiled = compileTone(o.tone, o.locale);

  const leftover = text.includes('{{') || text.includes('}}') ? LEFTOVER.exec(text) : null;
  checks.push(
    leftover
      ? {
          id: 'template/leftover',
          ok: false,
          message: `The reply still contains template syntax: ${quote(leftover[0].slice(0, 40), o.locale)}`,
        }
      : { id: 'template/leftover', ok: true, message: 'No template syntax is left in the reply' },
  );

  meter?.spend(pass);
  const count = measureLength(text, o.channel.unit);
  const unit = UNIT_WORDS[o.channel.unit] ?? o.channel.unit;
  checks.push(
    count <= o.channel.limit
      ? { id: 'channel/limit', ok: true, message: `${count} of ${o.channel.limit} ${unit} allowed on ${o.channel.name}` }
      : {
          id: 'channel/limit',
          ok: false,
          message: `The reply is ${count} ${unit}, over ${o.channel.name}'s limit of ${o.channel.limit} by ${count - o.channel.limit}`,
        },
  );

  for (const element of o.tone.require) {
    meter?.spend(pass);
    checks.push(checkElement(r, element, o, compiled));
  }
  meter?.spend(pass);
  avoidChecks(r, o, compiled, checks);

  if (o.locale === 'ru' && o.tone.address === 'formal') {
    meter?.spend(pass);
    const ty = findTyForms(text);
    checks.push(
      ty.length
        ? {
            id: 'tone/address',
            ok: false,
            message: `The tone of voice is formal («вы»), but the reply says ${quoteList([...new Set(ty.map((h) => h.text))], o.locale)}`,
          }
        : { id: 'tone/address', ok: true, message: 'The reply keeps the formal «вы»' },
    );
  }
  if (o.locale === 'ru' && o.tone.capitalizeVy) {
    meter?.spend(pass);
    const vy = findLowercaseVy(text);
    checks.push(
      vy.length
        ? {
            id: 'tone/capitalize-vy',
            ok: false,
            message: `The tone of voice capitalises «Вы» when addressing one person, but the reply has ${quoteList([...new Set(vy.map((h) => h.text))], o.locale)}`,
          }
        : { id: 'tone/capitalize-vy', ok: true, message: 'Every «Вы» is capitalised' },
    );
  }

  meter?.spend(pass);
  const emoji = countEmoji(text);
  const maxEmoji = o.tone.emoji === 'none' ? 0 : (o.tone.maxEmoji ?? Infinity);
  checks.push(
    emoji <= maxEmoji
      ? {
          id: 'tone/emoji',
          ok: true,
          message: maxEmoji === Infinity ? `${emoji} emoji (allowed)` : `${emoji} emoji, at most ${maxEmoji} allowed`,
        }
      : {
          id: 'tone/emoji',
          ok: false,
          message:
            maxEmoji === 0
              ? `The reply has ${emoji} emoji; the tone of voice allows none`
              : `The reply has ${emoji} emoji; the tone of voice allows at most ${maxEmoji}`,
        },
  );

  if (o.tone.maxExclamations !== undefined) {
    let bangs = 0;
    for (let i = text.indexOf('!'); i !== -1; i = text.indexOf('!', i + 1)) bangs++;
    const max = o.tone.maxExclamations;
    checks.push(
      bangs <= max
        ? { id: 'tone/exclamations', ok: true, message: `${bangs} exclamation mark${bangs === 1 ? '' : 's'}, at most ${max} allowed` }
        : {
            id: 'tone/exclamations',
            ok: false,
            message: `The reply has ${bangs} exclamation marks; the tone of voice allows at most ${max}`,
          },
    );
  }

  return { checks, length: { count, limit: o.channel.limit, unit: o.channel.unit } };
}
