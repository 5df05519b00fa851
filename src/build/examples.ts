/**
 * The examples of templates. The handbook shows, for each template, up to five of the playbook's
 * own sample complaints that select it, with the reply each gets (`sampleExamples`). A template no
 * sample selects — and the reply library, per channel — is rendered from one fixed sample mention
 * (below), never from the clock, so the same sources always build the same bytes.
 */
import { DateTime } from 'luxon';
import type { Channel, Locale, Playbook, Template } from '../model/playbook.js';
import type { Complaint, Mention, Outcome } from '../model/outcome.js';
import type { ComplaintResult } from '../model/test-result.js';
import { compileTemplates, finishReply, renderReply, type ReplyContext } from '../template/index.js';
import type { ExampleRequest, RenderExample } from './types.js';

/** The sample mention's local posting time: a Monday morning, inside usual working hours. */
export const SAMPLE_LOCAL_TIME = '2026-03-02T10:15:00';
/** The example's deadline: four hours after the sample mention (illustrative, not computed). */
const SAMPLE_DUE_HOURS = 4;

const SAMPLE: Record<Locale, { text: string; textWithoutOrder: string; name: string; handle: string }> = {
  ru: {
    text: 'Заказ 12345678 так и не пришёл, хотя доставку обещали вчера. Что происходит?',
    textWithoutOrder: 'Заказ так и не пришёл, хотя доставку обещали вчера. Что происходит?',
    name: 'Виктория',
    handle: 'viktoria_k',
  },
  en: {
    text: "My order 12345678 still hasn't arrived, and delivery was promised for yesterday. What's going on?",
    textWithoutOrder: "My order still hasn't arrived, and delivery was promised for yesterday. What's going on?",
    name: 'Victoria',
    handle: 'victoria_k',
  },
};

/** Signals the sample mention's text carries (an order number and a question), unless a template wants them missing. */
const SAMPLE_TEXT_SIGNALS = ['order-number', 'question'];

/** Sample values of signals a template may require; other signals get their id in brackets. */
const SAMPLE_SIGNALS: Record<string, string> = {
  'order-number': '12345678',
  url: 'https://example.com/order/12345678',
  question: '?',
  shouting: '',
  exclamations: '!!!',
  'repeat-contact': '',
};

/** The sample mention's time in the playbook's time zone, as an ISO time with its offset. */
export function sampleTime(timezone: string, plusHours = 0): string {
  const dt = DateTime.fromISO(SAMPLE_LOCAL_TIME, { zone: timezone });
  const valid = dt.isValid ? dt : DateTime.fromISO(SAMPLE_LOCAL_TIME, { zone: 'UTC' });
  return valid.plus({ hours: plusHours }).toISO({ suppressMilliseconds: true }) ?? `${SAMPLE_LOCAL_TIME}Z`;
}

/** The fixed sample mention a template's example for a channel is rendered from. */
export function sampleMention(playbook: Playbook, channel: Channel, locale: Locale = playbook.locale): Mention {
  const s = SAMPLE[locale];
  return {
    text: s.text,
    channel: channel.id,
    author: { name: s.name, handle: s.handle, followers: 120 },
    at: sampleTime(playbook.timezone),
    locale,
  };
}

/** The channels a template applies to (its `when.channel`, else every channel), in playbook order. */
export function templateChannels(playbook: Playbook, template: Template): Channel[] {
  const all = [...playbook.channels.values()];
  const only = template.when.channel;
  return only ? all.filter((c) => only.includes(c.id)) : all;
}

/** Everything needed to render the example of `template` on `channel`. */
export function exampleRequest(playbook: Playbook, template: Template, channel: Channel): ExampleRequest {
  const locale = template.when.locale?.[0] ?? playbook.locale;
  const replying = playbook.types.find((t) => t.reply === 'template') ?? playbook.types[0];
  const missing = new Set(template.when.missing ?? []);
  const signals: Record<string, string> = {};
  for (const id of [...SAMPLE_TEXT_SIGNALS, ...(template.when.signals ?? [])])
    if (!missing.has(id)) signals[id] = SAMPLE_SIGNALS[id] ?? `[${id}]`;
  const mention = sampleMention(playbook, channel, locale);
  if (missing.has('order-number')) mention.text = SAMPLE[locale].textWithoutOrder;
  return {
    template,
    channel,
    mention: { ...mention, ...(template.when.voice ? { voice: template.when.voice[0] } : {}) },
    type: template.when.type?.[0] ?? replying?.id ?? '',
    signals,
    escalations: template.when.escalation ? [template.when.escalation[0]] : [],
  };
}

/**
 * The renderer the CLI passes to the build: the template stage's own Handlebars environment, the
 * reply finished and signed exactly as the engine does.
 */
export function templateExampleRenderer(playbook: Playbook): RenderExample {
  const rt = compileTemplates(playbook);
  return (req) => {
    const voice = playbook.voices.get(req.mention.voice ?? playbook.defaultVoice);
    const escalation = playbook.escalations.find((e) => e.id === req.escalations[0]);
    const team = escalation ? playbook.teams.get(escalation.to) : undefined;
    const ctx: ReplyContext = {
      brand: playbook.brand,
      author: req.mention.author,
      channel: { id: req.channel.id, name: req.channel.name },
      voice: {
        id: voice?.id ?? playbook.defaultVoice,
        name: voice?.name ?? '',
        ...(voice?.signature ? { signature: voice.signature } : {}),
      },
      type: { id: req.type },
      ...(team ? { team: { id: team.id, name: team.name } } : {}),
      due: sampleTime(playbook.timezone, SAMPLE_DUE_HOURS),
      at: req.mention.at,
      text: req.mention.text,
      signals: req.signals,
      locale: req.mention.locale ?? playbook.locale,
      timezone: playbook.timezone,
    };
    const out = renderReply(rt, req.template.id, ctx);
    return 'error' in out ? out : { text: finishReply(out.text, voice ?? {}) };
  };
}

/** A template's examples in the handbook, at most, however many sample complaints select it. */
export const EXAMPLES_PER_TEMPLATE = 5;

/** A sample complaint that selects a template, and what the engine made of it. */
export interface SampleExample {
  complaint: Complaint;
  outcome: Outcome;
}

/**
 * Each template's examples from the sample complaints that select it (their outcome's `template`)
 * and get a finished reply: at most `EXAMPLES_PER_TEMPLATE`, one per channel first (in the order the
 * complaints are listed), then the next ones in that order. One pass over the complaints.
 */
export function sampleExamples(
  complaints: ReadonlyArray<Complaint>,
  results: ReadonlyArray<ComplaintResult>,
  max = EXAMPLES_PER_TEMPLATE,
): Map<string, SampleExample[]> {
  const byId = new Map(results.map((r) => [r.id, r]));
  const candidates = new Map<string, SampleExample[]>();
  for (const complaint of complaints) {
    const outcome = byId.get(complaint.id)?.outcome;
    if (!outcome?.template || outcome.reply === null || outcome.errors.length) continue;
    const list = candidates.get(outcome.template) ?? [];
    if (!candidates.has(outcome.template)) candidates.set(outcome.template, list);
    list.push({ complaint, outcome });
  }
  const chosen = new Map<string, SampleExample[]>();
  for (const [template, list] of candidates) {
    const channels = new Set<string>();
    const first = list.filter((e) => !channels.has(e.complaint.channel) && Boolean(channels.add(e.complaint.channel)));
    const rest = list.filter((e) => !first.includes(e));
    const picked = new Set([...first, ...rest].slice(0, max));
    chosen.set(
      template,
      list.filter((e) => picked.has(e)),
    );
  }
  return chosen;
}
