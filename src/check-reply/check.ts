/**
 * The reply checks: the RENDERED reply against the tone of voice and the channel — required
 * elements, avoided phrases, the form of address, emoji, exclamation marks, leftover template tags
 * and the channel's length limit. Pure and cheap: it runs for every mention.
 */
import type { Channel, Locale, RequiredElement, Tone } from '../model/playbook.js';
import type { ReplyCheck, ReplyLength, TraceSay } from '../model/outcome.js';
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
  /** Give each check its message as data too (`say`), for the trace in a person's language (default false: the bulk path). */
  explain?: boolean;
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

/** A check, with its message as data when the trace asks (callers pass `o.explain && {…}`: built only then). */
function check(id: string, ok: boolean, message: string, say: TraceSay | false | undefined): ReplyCheck {
  return say ? { id, ok, message, say } : { id, ok, message };
}

/** The `tone/avoid` failure as data: the phrase (and the form found), what to prefer, and why. */
function avoidSay(rule: Tone['avoid'][number], foundAs: string | null, locale: Locale): TraceSay {
  const phrase = quote(rule.phrase, locale);
  let say: TraceSay =
    foundAs !== null
      ? { id: 'check.avoid.usedAs', values: { phrase, found: quote(foundAs, locale) } }
      : { id: 'check.avoid.used', values: { phrase } };
  if (rule.prefer) say = { id: 'check.avoid.prefer', values: { used: say, prefer: quote(rule.prefer, locale) } };
  if (rule.why) say = { id: 'check.avoid.why', values: { used: say, why: rule.why } };
  return say;
}

function checkElement(r: ReplyText, element: RequiredElement, o: CheckReplyOptions, c: CompiledTone): ReplyCheck {
  const id = `tone/require-${element}`;
  if (element === 'name') {
    const first = firstName(o.authorName);
    if (first === null)
      return check(
        id,
        true,
        'The author has no usable name, so the reply need not contain one',
        o.explain && {
          id: 'check.name.none',
        },
      );
    const found = nameList(first, o.locale).findAll(r, 1)[0];
    return found
      ? check(
          id,
          true,
          `The reply addresses the author by name: ${quote(found.text, o.locale)}`,
          o.explain && {
            id: 'check.name.found',
            values: { found: quote(found.text, o.locale) },
          },
        )
      : check(
          id,
          false,
          `The reply does not contain the author's name ${quote(first, o.locale)}; expected it, e.g. with {{salutation author.name}}`,
          o.explain && { id: 'check.name.missing', values: { name: quote(first, o.locale) } },
        );
  }
  const list = c.elements.get(element)!;
  const found = list.findAll(r, 1)[0];
  if (found)
    return check(
      id,
      true,
      `The reply has ${ELEMENT_WORDS[element]}: ${quote(found.text, o.locale)}`,
      o.explain && {
        id: 'check.element.found',
        values: { element, found: quote(found.text, o.locale) },
      },
    );
  return check(
    id,
    false,
    `The reply lacks ${ELEMENT_WORDS[element]}; expected a phrase such as ${quoteList(list.phrases, o.locale)}`,
    o.explain && {
      id: 'check.element.missing',
      values: { element, phrases: quoteList(list.phrases, o.locale) },
    },
  );
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
    out.push(check('tone/avoid', false, message, o.explain && avoidSay(rule, as ? found.text : null, o.locale)));
  }
  if (!failed && o.tone.avoid.length > 0)
    out.push(
      check(
        'tone/avoid',
        true,
        `None of the ${o.tone.avoid.length} avoided phrases is used`,
        o.explain && {
          id: 'check.avoid.none',
          values: { n: o.tone.avoid.length },
        },
      ),
    );
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
      ? check(
          'template/leftover',
          false,
          `The reply still contains template syntax: ${quote(leftover[0].slice(0, 40), o.locale)}`,
          o.explain && {
            id: 'check.leftover',
            values: { found: quote(leftover[0].slice(0, 40), o.locale) },
          },
        )
      : check('template/leftover', true, 'No template syntax is left in the reply', o.explain && { id: 'check.leftover.none' }),
  );

  meter?.spend(pass);
  const count = measureLength(text, o.channel.unit);
  const unit = UNIT_WORDS[o.channel.unit] ?? o.channel.unit;

  checks.push(
    count <= o.channel.limit
      ? check(
          'channel/limit',
          true,
          `${count} of ${o.channel.limit} ${unit} allowed on ${o.channel.name}`,
          o.explain && {
            id: 'check.limit.ok',
            values: { count, limit: o.channel.limit, unit: o.channel.unit, channel: o.channel.name },
          },
        )
      : check(
          'channel/limit',
          false,
          `The reply is ${count} ${unit}, over ${o.channel.name}'s limit of ${o.channel.limit} by ${count - o.channel.limit}`,
          o.explain && {
            id: 'check.limit.over',
            values: { count, limit: o.channel.limit, unit: o.channel.unit, channel: o.channel.name, over: count - o.channel.limit },
          },
        ),
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
    const found = ty.length ? quoteList([...new Set(ty.map((h) => h.text))], o.locale) : '';
    checks.push(
      ty.length
        ? check(
            'tone/address',
            false,
            `The tone of voice is formal («вы»), but the reply says ${found}`,
            o.explain && {
              id: 'check.address.ty',
              values: { found },
            },
          )
        : check('tone/address', true, 'The reply keeps the formal «вы»', o.explain && { id: 'check.address.ok' }),
    );
  }
  if (o.locale === 'ru' && o.tone.capitalizeVy) {
    meter?.spend(pass);
    const vy = findLowercaseVy(text);
    const found = vy.length ? quoteList([...new Set(vy.map((h) => h.text))], o.locale) : '';
    checks.push(
      vy.length
        ? check(
            'tone/capitalize-vy',
            false,
            `The tone of voice capitalises «Вы» when addressing one person, but the reply has ${found}`,
            o.explain && {
              id: 'check.vy.lower',
              values: { found },
            },
          )
        : check('tone/capitalize-vy', true, 'Every «Вы» is capitalised', o.explain && { id: 'check.vy.ok' }),
    );
  }

  meter?.spend(pass);
  const emoji = countEmoji(text);
  const maxEmoji = o.tone.emoji === 'none' ? 0 : (o.tone.maxEmoji ?? Infinity);
  checks.push(
    emoji <= maxEmoji
      ? check(
          'tone/emoji',
          true,
          maxEmoji === Infinity ? `${emoji} emoji (allowed)` : `${emoji} emoji, at most ${maxEmoji} allowed`,
          o.explain &&
            (maxEmoji === Infinity
              ? { id: 'check.emoji.allowed', values: { n: emoji } }
              : { id: 'check.emoji.ok', values: { n: emoji, max: maxEmoji } }),
        )
      : check(
          'tone/emoji',
          false,
          maxEmoji === 0
            ? `The reply has ${emoji} emoji; the tone of voice allows none`
            : `The reply has ${emoji} emoji; the tone of voice allows at most ${maxEmoji}`,
          o.explain &&
            (maxEmoji === 0
              ? { id: 'check.emoji.none', values: { n: emoji } }
              : { id: 'check.emoji.over', values: { n: emoji, max: maxEmoji } }),
        ),
  );

  if (o.tone.maxExclamations !== undefined) {
    let bangs = 0;
    for (let i = text.indexOf('!'); i !== -1; i = text.indexOf('!', i + 1)) bangs++;
    const max = o.tone.maxExclamations;
    checks.push(
      bangs <= max
        ? check(
            'tone/exclamations',
            true,
            `${bangs} exclamation mark${bangs === 1 ? '' : 's'}, at most ${max} allowed`,
            o.explain && {
              id: 'check.bangs.ok',
              values: { n: bangs, max },
            },
          )
        : check(
            'tone/exclamations',
            false,
            `The reply has ${bangs} exclamation marks; the tone of voice allows at most ${max}`,
            o.explain && {
              id: 'check.bangs.over',
              values: { n: bangs, max },
            },
          ),
    );
  }

  return { checks, length: { count, limit: o.channel.limit, unit: o.channel.unit } };
}
