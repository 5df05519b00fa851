/**
 * `channel/too-long`: a template that cannot fit a channel's length limit even when every variable
 * is as short as it gets — rendered with minimal sample values (a two-letter name, empty mention
 * text, `1` for each signal, the shortest team name) and signed by the voice with the shortest
 * signature, for every channel and locale the template can be used with. Templates that do not
 * compile or render are left to the template checks.
 *
 * Only a template that can come near a limit is compiled and rendered: the bound of its rendered
 * length read from its parsed tree (`template/length-bound.ts`, computed with the template facts
 * every check shares) settles every other one, since a text that cannot be longer than the limit
 * cannot be over it at its shortest either.
 */
import type { Channel, Locale, Playbook, Template } from '../../model/playbook.js';
import type { CheckExample, PlaybookCheck } from '../check.js';
import type { ReplyContext } from '../../template/context.js';
import { compileTemplates, renderReply, type TemplateRuntime } from '../../template/render.js';
import { finishReply } from '../../template/finish.js';
import { measureLength } from '../../check-reply/measure.js';
import { implies, specificity, WhenIndex } from './template-when.js';
// Built-in signals (beside the playbook's own), so `{{signals.url}}` has a sample value.
import { BUILTIN_SIGNALS } from '../builtins.js';
import { signature, signatureOnce } from '../memo.js';
import { boundFor, type LengthBound } from '../../template/length-bound.js';
import { templateFacts } from './template-facts.js';

const UNIT_WORDS: Record<string, string> = {
  graphemes: 'characters',
  twitter: 'X-weighted characters',
  bytes: 'bytes',
  utf16: 'UTF-16 units',
};

const HEAD = `# yaml-language-server: $schema=../../schema/playbook.schema.json
replybook: 1
brand: Acme Market
locale: ru
timezone: Europe/Moscow
channels:
  x: { name: X, limit: 140, unit: twitter }
voices:
  official: { name: Официальный аккаунт, signature: "Команда Acme" }
types:
  complaint: { fallback: true }
`;

const EXAMPLES: CheckExample[] = [
  {
    title: 'A template that fits the channel',
    files: {
      'playbook.yaml': `${HEAD}templates:
  complaint/x:
    when: { type: complaint, channel: x }
    text: "{{salutation author.name}} Жаль, что так вышло. Напишите нам в личные сообщения номер заказа — разберёмся."
`,
    },
    expect: [],
  },
  {
    title: 'A template longer than the channel allows',
    files: {
      'playbook.yaml': `${HEAD}templates:
  complaint/x:
    when: { type: complaint, channel: x }
    text: |
      {{salutation author.name}} Спасибо, что написали нам. Нам очень жаль, что заказ задержался.
      Пожалуйста, напишите нам в личные сообщения номер заказа и телефон, на который он оформлен, —
      мы всё проверим, разберёмся в ситуации и вернёмся с ответом в течение рабочего дня.
`,
    },
    expect: [{ rule: 'channel/too-long', at: '15:11' }],
  },
  {
    title: 'A long general template is fine where a channel has its own, more specific one',
    files: {
      'playbook.yaml': `${HEAD.replace('  x: { name: X, limit: 140, unit: twitter }', '  x: { name: X, limit: 140, unit: twitter }\n  vk: { name: ВКонтакте, limit: 4096 }')}templates:
  complaint/default:
    when: { type: complaint }
    text: |
      {{salutation author.name}} Спасибо, что написали нам. Нам очень жаль, что заказ задержался.
      Пожалуйста, напишите нам в личные сообщения номер заказа и телефон, на который он оформлен, —
      мы всё проверим, разберёмся в ситуации и вернёмся с ответом в течение рабочего дня.
  complaint/x:
    when: { type: complaint, channel: x }
    text: "{{salutation author.name}} Жаль, что так вышло. Напишите нам номер заказа — разберёмся."
`,
    },
    expect: [],
  },
];

/**
 * The (template, channel) pairs where another template always wins over the template: it holds
 * whenever the template does on that channel and is more specific (or as specific and defined
 * earlier). A general template is then never sent on that channel, so its length there does not
 * matter (`constructive/order` vs `constructive/x`). Depends only on the templates' ids and `when`s
 * and the channel ids, so it is memoised on their signature.
 */
function shadowedPairs(pb: Playbook): Set<string> {
  const list = [...pb.templates.values()];
  const specs = list.map((t) => specificity(t.when));
  const index = new WhenIndex(list.map((t) => t.when));
  const out = new Set<string>();
  list.forEach((t, at) => {
    for (const channelId of t.when.channel ?? [...pb.channels.keys()]) {
      const narrowed = { ...t.when, channel: [channelId] };
      const mine = specs[at];
      for (const j of index.mayBeImpliedBy(narrowed)) {
        const o = list[j];
        if (o === t || !implies(narrowed, o.when)) continue;
        if (specs[j] > mine || (specs[j] === mine && j < at)) {
          out.add(`${t.id}\u0000${channelId}`);
          break;
        }
      }
    }
  });
  return out;
}

function shortest<T>(items: Iterable<T>, size: (t: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || size(item) < size(best)) best = item;
  return best;
}

/** A reply context with the shortest plausible value for every variable a template may use. */
export function minimalContext(pb: Playbook, t: Template, channel: Channel, locale: Locale, voiceId: string): ReplyContext {
  const voice = pb.voices.get(voiceId);
  const signals: Record<string, string> = {};
  for (const id of [...BUILTIN_SIGNALS, ...pb.signals.keys(), ...(t.when.signals ?? [])]) signals[id] = '1';
  for (const m of t.text.matchAll(/signals\.([\p{L}\p{N}_-]+)/gu)) signals[m[1]] = '1';
  const team = shortest(pb.teams.values(), (x) => x.name.length);
  return {
    brand: pb.brand,
    author: { name: locale === 'ru' ? 'Ян' : 'Al', handle: 'a', followers: 0, verified: false },
    channel: { id: channel.id, name: channel.name },
    voice: { id: voiceId, name: voice?.name ?? voiceId, signature: voice?.signature },
    type: { id: t.when.type?.[0] ?? '' },
    team: team ? { id: team.id, name: team.name } : { id: '', name: '' },
    due: '2026-03-02T12:00:00Z',
    at: '2026-03-02T12:00:00Z',
    text: '',
    signals,
    locale,
    timezone: pb.timezone,
  };
}

let nextSignatureId = 0;

/** The `channel/too-long` check: templates that cannot fit a channel's limit. */
export const templateLengthCheck: PlaybookCheck = {
  id: 'channel/too-long',
  severity: 'error',
  description: "A template that is over a channel's length limit even with the shortest variable values.",
  examples: EXAMPLES,
  run(ctx) {
    const pb = ctx.playbook;
    if (pb.templates.size === 0) return;
    const memo = ctx.memo;
    const shadowed = memo
      ? memo.get(
          `too-long/shadowed\u0000${[...pb.templates.values()].map((t) => `${t.id}\u0000${signatureOnce(t.when)}`).join('\u0001')}\u0000${[...pb.channels.keys()].join('\u0001')}`,
          () => shadowedPairs(pb),
        )
      : shadowedPairs(pb);
    // The shortest length of a template on a channel depends on its text and `when`, the channel's
    // name and unit, and the playbook parts the minimal context and the partials come from.
    // (A short number stands for the long signature in each template's key: see `template-tone.ts`.)
    const sig = memo ? memo.get(`too-long/signature\u0000${lengthSignature(pb)}`, () => nextSignatureId++) : 0;
    const keyOf = (t: Template, channel: Channel) =>
      `too-long\u0000${sig}\u0000${channel.id}\u0000${channel.name}\u0000${channel.unit}\u0000${t.id}\u0000${signatureOnce(t.when)}`;
    // The bound of each template's rendered length, from the parse every template check shares:
    // only a template whose bound can come near a channel's limit is compiled and rendered.
    const bounds = new Map<string, LengthBound | null>();
    for (const { item, parsed } of templateFacts(ctx)) if (item.kind === 'template') bounds.set(item.id, parsed?.ok ? parsed.length : null);
    const values = longestValue(pb);
    const wanted: Array<{ t: Template; channel: Channel }> = [];
    for (const t of pb.templates.values()) {
      const bound = bounds.get(t.id) ?? null;
      const most = bound === null ? null : boundFor(bound, longestValueOf(t, values)) + longestSignature(pb, t);
      for (const channelId of t.when.channel ?? [...pb.channels.keys()]) {
        const channel = pb.channels.get(channelId);
        if (!channel || shadowed.has(`${t.id}\u0000${channelId}`)) continue;
        if (most !== null && mostInUnit(most, channel.unit) <= channel.limit) continue;
        wanted.push({ t, channel });
      }
    }
    // Compile only the wanted templates whose length is not known yet (every wanted one without a memo).
    let rt: TemplateRuntime | null = null;
    const runtime = (): TemplateRuntime => {
      if (rt) return rt;
      const missing = new Map<string, Template>();
      for (const { t, channel } of wanted) if (!memo || !memo.hasWith(keyOf(t, channel), t.text)) missing.set(t.id, t);
      rt = compileTemplates({ ...pb, templates: missing });
      return rt;
    };
    for (const { t, channel } of wanted) {
      const min = memo
        ? memo.getWith(keyOf(t, channel), t.text, () => shortestLength(pb, runtime(), t, channel))
        : shortestLength(pb, runtime(), t, channel);
      if (min === null || min <= channel.limit) continue;
      const unit = UNIT_WORDS[channel.unit] ?? channel.unit;
      ctx.report({
        at: t.textSource,
        message: `Template \`${t.id}\` is at least ${min} ${unit} with the signature, over the limit of ${channel.limit} on channel \`${channel.id}\` by ${min - channel.limit}, even with the shortest values`,
        note: t.when.channel
          ? undefined
          : `The template has no \`channel\` in its \`when\`, so it applies to every channel; add one or a shorter template for \`${channel.id}\`.`,
        expected: [String(channel.limit)],
        actual: String(min),
        data: { kind: 'over-limit', unit, count: min, limit: channel.limit, channel: channel.id },
      });
    }
  },
};

/** The voices {@link shortestLength} signs a template with. */
function voicesOf(pb: Playbook, t: Template): string[] {
  const voices = t.when.voice ?? [...pb.voices.keys()];
  return voices.length ? voices : [pb.defaultVoice];
}

/** The longest text any value of any {@link minimalContext} of the playbook is, whatever the template (at least 24: a number, a date, `[object Object]`). */
function longestValue(pb: Playbook): number {
  let n = Math.max(24, pb.brand.length, pb.timezone.length, pb.locale.length, pb.defaultVoice.length);
  for (const c of pb.channels.values()) n = Math.max(n, c.id.length, c.name.length);
  for (const v of pb.voices.values()) n = Math.max(n, v.id.length, v.name.length, v.signature?.length ?? 0);
  for (const team of pb.teams.values()) n = Math.max(n, team.id.length, team.name.length);
  return n;
}

/** {@link longestValue} with what a template's own `when` puts in its minimal context: its type, voices and locales. */
function longestValueOf(t: Template, longest: number): number {
  let n = Math.max(longest, t.when.type?.[0]?.length ?? 0);
  for (const v of t.when.voice ?? []) n = Math.max(n, v.length);
  for (const l of t.when.locale ?? []) n = Math.max(n, l.length);
  return n;
}

/** What signing adds at most (a newline and the signature) over the voices a template is signed with. */
function longestSignature(pb: Playbook, t: Template): number {
  let n = 0;
  for (const v of voicesOf(pb, t)) {
    const s = pb.voices.get(v)?.signature?.trim();
    if (s) n = Math.max(n, s.length + 1);
  }
  return n;
}

/**
 * The most a text of `units` UTF-16 units measures in a channel's unit: a grapheme is at least one
 * unit, and a UTF-16 unit at most three UTF-8 bytes. X's weight (a URL counts 23, normalisation
 * may lengthen the text) is not bounded this way: such a channel always renders.
 */
function mostInUnit(units: number, unit: Channel['unit']): number {
  switch (unit) {
    case 'graphemes':
    case 'utf16':
      return units;
    case 'bytes':
      return units * 3;
    default:
      return Infinity;
  }
}

/** The shortest the template renders to on a channel, signature included, over its locales and voices; null if it does not render. */
function shortestLength(pb: Playbook, rt: TemplateRuntime, t: Template, channel: Channel): number | null {
  let min: number | null = null;
  for (const locale of t.when.locale ?? [pb.locale]) {
    for (const voiceId of voicesOf(pb, t)) {
      const out = renderReply(rt, t.id, minimalContext(pb, t, channel, locale, voiceId));
      if ('error' in out) continue;
      const length = measureLength(finishReply(out.text, { signature: pb.voices.get(voiceId)?.signature }), channel.unit);
      if (min === null || length < min) min = length;
    }
  }
  return min;
}

/** What of the playbook (beside the template and channel) {@link shortestLength} reads: see {@link minimalContext} and the partials. */
function lengthSignature(pb: Playbook): string {
  const team = shortest(pb.teams.values(), (x) => x.name.length);
  return signature({
    brand: pb.brand,
    locale: pb.locale,
    timezone: pb.timezone,
    defaultVoice: pb.defaultVoice,
    voices: [...pb.voices.values()].map((v) => [v.id, v.name, v.signature ?? null]),
    signals: [...pb.signals.keys()],
    team: team ? [team.id, team.name] : null,
    partials: [...pb.partials.values()].map((p) => [p.id, p.text]),
  });
}
