/**
 * `channel/too-long`: a template that cannot fit a channel's length limit even when every variable
 * is as short as it gets — rendered with minimal sample values (a two-letter name, empty mention
 * text, `1` for each signal, the shortest team name) and signed by the voice with the shortest
 * signature, for every channel and locale the template can be used with. Templates that do not
 * compile or render are left to the template checks.
 */
import type { Channel, Locale, Playbook, Template } from '../../model/playbook.js';
import type { CheckExample, PlaybookCheck } from '../check.js';
import type { ReplyContext } from '../../template/context.js';
import { compileTemplates, renderReply } from '../../template/render.js';
import { finishReply } from '../../template/finish.js';
import { measureLength } from '../../check-reply/measure.js';
import { implies, specificity } from './template-when.js';

const UNIT_WORDS: Record<string, string> = { graphemes: 'characters', twitter: 'X-weighted characters', bytes: 'bytes', utf16: 'UTF-16 units' };

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
    files: { 'playbook.yaml': `${HEAD}templates:
  complaint/x:
    when: { type: complaint, channel: x }
    text: "{{salutation author.name}} Жаль, что так вышло. Напишите нам в личные сообщения номер заказа — разберёмся."
` },
    expect: [],
  },
  {
    title: 'A template longer than the channel allows',
    files: { 'playbook.yaml': `${HEAD}templates:
  complaint/x:
    when: { type: complaint, channel: x }
    text: |
      {{salutation author.name}} Спасибо, что написали нам. Нам очень жаль, что заказ задержался.
      Пожалуйста, напишите нам в личные сообщения номер заказа и телефон, на который он оформлен, —
      мы всё проверим, разберёмся в ситуации и вернёмся с ответом в течение рабочего дня.
` },
    expect: ['channel/too-long'],
  },
  {
    title: 'A long general template is fine where a channel has its own, more specific one',
    files: { 'playbook.yaml': `${HEAD.replace('  x: { name: X, limit: 140, unit: twitter }', '  x: { name: X, limit: 140, unit: twitter }\n  vk: { name: ВКонтакте, limit: 4096 }')}templates:
  complaint/default:
    when: { type: complaint }
    text: |
      {{salutation author.name}} Спасибо, что написали нам. Нам очень жаль, что заказ задержался.
      Пожалуйста, напишите нам в личные сообщения номер заказа и телефон, на который он оформлен, —
      мы всё проверим, разберёмся в ситуации и вернёмся с ответом в течение рабочего дня.
  complaint/x:
    when: { type: complaint, channel: x }
    text: "{{salutation author.name}} Жаль, что так вышло. Напишите нам номер заказа — разберёмся."
` },
    expect: [],
  },
];

/**
 * True when, on this channel, another template always wins over `t`: it holds whenever `t` does
 * and is more specific (or as specific and defined earlier). A general template is then never
 * sent on that channel, so its length there does not matter (`constructive/order` vs `constructive/x`).
 */
function shadowedOn(pb: Playbook, t: Template, channelId: string): boolean {
  const narrowed = { ...t.when, channel: [channelId] };
  const mine = specificity(t.when);
  const order = [...pb.templates.keys()];
  const at = order.indexOf(t.id);
  for (const o of pb.templates.values()) {
    if (o === t || !implies(narrowed, o.when)) continue;
    const theirs = specificity(o.when);
    if (theirs > mine || (theirs === mine && order.indexOf(o.id) < at)) return true;
  }
  return false;
}

/** Built-in signals (beside the playbook's own), so `{{signals.url}}` has a sample value. */
const BUILTIN_SIGNALS = ['order-number', 'shouting', 'exclamations', 'repeat-contact', 'url', 'question'];

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

/** The `channel/too-long` check: templates that cannot fit a channel's limit. */
export const templateLengthCheck: PlaybookCheck = {
  id: 'channel/too-long',
  severity: 'error',
  description: 'A template that is over a channel\'s length limit even with the shortest variable values.',
  examples: EXAMPLES,
  run(ctx) {
    const pb = ctx.playbook;
    if (pb.templates.size === 0) return;
    const rt = compileTemplates(pb);
    for (const t of pb.templates.values()) {
      const channels = t.when.channel ?? [...pb.channels.keys()];
      const voices = t.when.voice ?? [...pb.voices.keys()];
      for (const channelId of channels) {
        const channel = pb.channels.get(channelId);
        if (!channel || shadowedOn(pb, t, channelId)) continue;
        let min: number | null = null;
        for (const locale of t.when.locale ?? [pb.locale]) {
          for (const voiceId of voices.length ? voices : [pb.defaultVoice]) {
            const out = renderReply(rt, t.id, minimalContext(pb, t, channel, locale, voiceId));
            if ('error' in out) continue;
            const length = measureLength(finishReply(out.text, { signature: pb.voices.get(voiceId)?.signature }), channel.unit);
            if (min === null || length < min) min = length;
          }
        }
        if (min === null || min <= channel.limit) continue;
        const unit = UNIT_WORDS[channel.unit] ?? channel.unit;
        ctx.report({
          at: t.textSource,
          message: `Template \`${t.id}\` is at least ${min} ${unit} with the signature, over the limit of ${channel.limit} on channel \`${channel.id}\` by ${min - channel.limit}, even with the shortest values`,
          note: t.when.channel ? undefined : `The template has no \`channel\` in its \`when\`, so it applies to every channel; add one or a shorter template for \`${channel.id}\`.`,
        });
      }
    }
  },
};
