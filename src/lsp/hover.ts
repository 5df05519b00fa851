/**
 * Hover: a template id shows its reply rendered for a sample complaint that gets it (or for a
 * made-up mention when none does) with the channel's length count; a type id its description and
 * how many sample complaints get it; a diagnostic's range the rule's explanation. Pure.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Complaint, Outcome } from '../model/outcome.js';
import type { Playbook, Template } from '../model/playbook.js';
import type { Runtime } from '../engine/index.js';
import { measureLength } from '../check-reply/index.js';
import { finishReply, renderReply, type ReplyContext } from '../template/index.js';
import type { RuleInfo } from '../validate/rules.js';
import { lspMessages } from '../i18n/catalogs/lsp.js';
import { simMessages } from '../i18n/catalogs/sim.js';
import { translate, type Lang, type Translate } from '../i18n/index.js';
import { ruleDescription } from '../i18n/rule-descriptions.js';
import { describeId } from './completion.js';
import { rangeContains } from './positions.js';
import type { IdOccurrence, SymbolIndex } from './symbols.js';

export interface HoverInput {
  file: string;
  offset: number;
  symbols: SymbolIndex;
  playbook: Playbook | null;
  runtime: () => Runtime | null;
  outcomes: () => Array<{ complaint: Complaint; outcome: Outcome }>;
  /** The file's diagnostics from the last check. */
  diagnostics: readonly Diagnostic[];
  rules: ReadonlyMap<string, RuleInfo>;
  /** The language of what the hover says (default English): the diagnostics' language. */
  lang?: Lang;
}

type Say = Translate<keyof (typeof lspMessages)['en'] & string>;

export interface HoverResult {
  markdown: string;
  /** The hovered range (the id's), if the hover is about an id. */
  range?: Diagnostic['range'];
}

/** A fenced code block that survives backticks in the text. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/** Markdown-safe inline code. */
function code(s: string): string {
  return s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``;
}

const SAMPLE_AT = '2026-03-02T12:00:00Z';
const SAMPLE_DUE = '2026-03-03T12:00:00Z';

/** Renders a template for a made-up mention that fits its `when` (no sample complaint gets it). */
export function renderForSample(
  pb: Playbook,
  rt: Runtime,
  t: Template,
  say: Say = translate(lspMessages, 'en'),
): { reply: string; channel: string } | { error: string } {
  const channel = pb.channels.get(t.when.channel?.[0] ?? '') ?? [...pb.channels.values()][0];
  const voice = pb.voices.get(t.when.voice?.[0] ?? pb.defaultVoice) ?? [...pb.voices.values()][0];
  if (!channel || !voice) return { error: say('template.noChannel') };
  const locale = t.when.locale?.[0] ?? pb.locale;
  const signals: Record<string, string> = {};
  for (const s of t.when.signals ?? []) signals[s] = s === 'order-number' ? '12345678' : s;
  const escalation = pb.escalations.find((e) => t.when.escalation?.includes(e.id));
  const team = escalation ? pb.teams.get(escalation.to) : undefined;
  const ctx: ReplyContext = {
    brand: pb.brand,
    author: { name: locale === 'ru' ? 'Виктория' : 'Alex', handle: 'sample', followers: 100 },
    channel: { id: channel.id, name: channel.name },
    voice: { id: voice.id, name: voice.name, signature: voice.signature },
    type: { id: t.when.type?.[0] ?? pb.types[0]?.id ?? 'complaint' },
    team: team ? { id: team.id, name: team.name } : undefined,
    due: SAMPLE_DUE,
    at: SAMPLE_AT,
    text: '',
    signals,
    locale,
    timezone: pb.timezone,
  };
  const r = renderReply(rt.templates, t.id, ctx);
  if ('error' in r) return r;
  return { reply: finishReply(r.text, voice), channel: channel.id };
}

/** `**template** `id``: the kind in the reader's words, the id as it is. */
function heading(say: Say, kind: string, id: string): string {
  return `**${say('kind', { kind })}** ${code(id)}`;
}

function templateHover(input: HoverInput, id: string, say: Say): string {
  const pb = input.playbook;
  const head = heading(say, 'template', id);
  const t = pb?.templates.get(id);
  if (!pb || !t) return pb ? say('id.undefined', { head }) : `${head}\n\n${say('template.noPlaybook')}`;
  const lines = [t.description ? `${head} — ${t.description}` : head];
  const rt = input.runtime();
  if (!rt) return lines.join('\n\n');
  const used = input.outcomes().find((o) => o.outcome.template === id && o.outcome.reply !== null);
  let reply: string;
  let channelId: string;
  let origin: string;
  if (used) {
    reply = used.outcome.reply!;
    channelId = used.complaint.channel;
    origin = say('template.fromSample', { id: code(used.complaint.id), file: used.complaint.file });
  } else {
    const r = renderForSample(pb, rt, t, say);
    if ('error' in r) return [...lines, say('template.noRender', { error: r.error })].join('\n\n');
    reply = r.reply;
    channelId = r.channel;
    origin = say('template.madeUp');
  }
  const channel = pb.channels.get(channelId);
  const count = channel
    ? say('template.length', {
        // the reply's length as the simulator's reply pane writes it
        length: translate(simMessages, input.lang ?? 'en')('reply.length', {
          count: measureLength(reply, channel.unit),
          limit: channel.limit,
          unit: channel.unit,
        }),
        channel: channelId,
        origin,
      })
    : say('template.lengthNoLimit', { count: measureLength(reply, 'graphemes'), channel: channelId, origin });
  lines.push(fenced(reply), count);
  return lines.join('\n\n');
}

function typeHover(input: HoverInput, id: string, say: Say): string {
  const pb = input.playbook;
  const head = heading(say, 'type', id);
  const t = pb?.types.find((x) => x.id === id);
  if (!pb || !t) return pb ? say('id.undefined', { head }) : head;
  const lines = [head];
  if (t.description) lines.push(t.description);
  const traits = [
    t.fallback ? say('type.fallback') : '',
    t.reply === 'none' ? say('type.noReply') : '',
    t.actions.length ? say('type.actions', { actions: t.actions.join(', ') }) : '',
    t.respondWithin ? say('type.respondWithin', { target: t.respondWithin.text }) : '',
  ].filter(Boolean);
  if (traits.length) lines.push(traits.join(' · '));
  const outcomes = input.outcomes();
  if (input.runtime()) {
    const n = outcomes.filter((o) => o.outcome.type === id).length;
    lines.push(say('type.samples', { n, total: outcomes.length }));
  }
  return lines.join('\n\n');
}

function idHover(input: HoverInput, o: IdOccurrence, say: Say): string {
  if (o.kind === 'template') return templateHover(input, o.id, say);
  if (o.kind === 'type') return typeHover(input, o.id, say);
  const desc = describeId(input.playbook, o.kind, o.id, input.lang);
  return `${heading(say, o.kind, o.id)}${desc ? ` — ${desc}` : ''}`;
}

/** The rule explanation for a rule id: the exact id, else its prefix (`tone/avoid` → `tone`). */
export function ruleHelp(rules: ReadonlyMap<string, RuleInfo>, ruleId: string): RuleInfo | undefined {
  for (let id = ruleId; ; id = id.slice(0, id.lastIndexOf('/'))) {
    const r = rules.get(id);
    if (r) return r;
    if (!id.includes('/')) return undefined;
  }
}

/** The hover at the cursor, or null when there is nothing to say. */
export function hoverAt(input: HoverInput): HoverResult | null {
  const say: Say = translate(lspMessages, input.lang ?? 'en');
  const parts: string[] = [];
  const o = input.symbols.at(input.file, input.offset);
  if (o) parts.push(idHover(input, o, say));
  const seen = new Set<string>();
  for (const d of input.diagnostics) {
    if (d.file !== input.file || !rangeContains(d.range, input.offset) || seen.has(d.ruleId)) continue;
    seen.add(d.ruleId);
    const help = ruleHelp(input.rules, d.ruleId);
    // The rule's description and its severity in the reader's words (docs/rules.md is English).
    const description = help ? ruleDescription(help.id, help.description, input.lang ?? 'en') : say('rule.unknown');
    parts.push(`**${d.ruleId}** (${say('rule.severity', { severity: d.severity })}): ${description}`);
  }
  if (parts.length === 0) return null;
  return { markdown: parts.join('\n\n---\n\n'), ...(o ? { range: o.range } : {}) };
}
