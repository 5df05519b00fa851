/**
 * The agent handbook: what a new agent reads on the first day, in the playbook's locale (or
 * `--lang`) — the kinds of negativity with example complaints, the tone of voice, every template
 * under its human name with up to five replies to the playbook's own sample complaints that select
 * it (each with its customer, text and deadline), the views by channel and escalation team,
 * escalation and deadline rules in words. Written once as a document (`document.ts`) and rendered
 * to Markdown and HTML.
 */
import type { Escalation, Playbook, Template, TemplateWhen } from '../model/playbook.js';
import type { Complaint } from '../model/outcome.js';
import type { ComplaintResult } from '../model/test-result.js';
import type { Lang } from '../i18n/index.js';
import { zoneLabel } from '../deadline/format.js';
import { slug, type Block, type Inline, type Tags } from './document.js';
import { exampleRequest, sampleExamples, templateChannels, type SampleExample } from './examples.js';
import type { ExampleResult, PlaybookBuildInput, RenderExample } from './types.js';
import { dueWords, scheduleLines, withinWords, wordOf, wordsFor, type Words } from './words.js';

/** Example complaints shown under each negativity type, at most. */
const EXAMPLES_PER_TYPE = 3;

/** A template's rendered examples, channels with the same text grouped: [[channel names], result]. */
export function groupedExamples(
  playbook: Playbook,
  template: Template,
  render: RenderExample,
): Array<{ channels: string[]; result: ExampleResult }> {
  const groups: Array<{ channels: string[]; result: ExampleResult }> = [];
  for (const ch of templateChannels(playbook, template)) {
    const result = render(exampleRequest(playbook, template, ch));
    const same = groups.find((g) => JSON.stringify(g.result) === JSON.stringify(result));
    if (same) same.channels.push(ch.name);
    else groups.push({ channels: [ch.name], result });
  }
  return groups;
}

/**
 * The human name of a type or template: its description's first sentence (the id when it has
 * none), and the rest of the description when there is more.
 */
export function humanName(id: string, description: string | undefined): { name: string; more?: string } {
  const text = description?.trim();
  if (!text) return { name: id };
  const end = text.search(/[.!?](\s|$)/);
  if (end < 0 || end === text.length - 1) return { name: end < 0 ? text : text.slice(0, end) };
  return { name: text.slice(0, end), more: text.slice(end + 1).trim() };
}

function whenWords(when: TemplateWhen, w: Words, pb: Playbook): Inline[] {
  const parts: Inline[] = [];
  const add = (label: string, ids: readonly string[] | undefined, name?: (id: string) => string) => {
    if (!ids?.length) return;
    if (parts.length) parts.push('; ');
    parts.push(`${label}: `);
    ids.forEach((id, i) => {
      if (i) parts.push(', ');
      parts.push({ code: id });
      const n = name?.(id);
      if (n && n !== id) parts.push(` (${n})`);
    });
  };
  add(w('whenKey.type'), when.type);
  add(w('whenKey.channel'), when.channel, (id) => pb.channels.get(id)?.name ?? id);
  add(w('whenKey.voice'), when.voice, (id) => pb.voices.get(id)?.name ?? id);
  add(w('whenKey.locale'), when.locale);
  add(w('whenKey.signals'), when.signals);
  add(w('whenKey.missing'), when.missing);
  add(w('whenKey.escalation'), when.escalation);
  if (when.holding) parts.push(parts.length ? `; ${w('whenKey.holding')}` : w('whenKey.holding'));
  return parts.length ? parts : [w('always')];
}

const capitalised = (s: string) => (s ? `${s[0]!.toUpperCase()}${s.slice(1)}` : s);

/** «Legal threats → Юридический отдел, urgent, within 1 hour, needs approval». */
export function escalationWords(e: Escalation, pb: Playbook, w: Words): string {
  const parts = [`${e.description ?? e.id} → ${pb.teams.get(e.to)?.name ?? e.to}`, w('priority', { priority: e.priority })];
  const within = e.respondWithin ?? pb.sla.byPriority[e.priority];
  if (within) parts.push(withinWords(within, w));
  if (e.approval) parts.push(w('needsApproval'));
  if (e.reply === 'holding') parts.push(w('holdingReply'));
  if (e.reply === 'none') parts.push(w('noReplyEscalation'));
  if (e.hide) parts.push(w('hideMention'));
  return parts.join(', ');
}

/** The type a sample complaint got (the outcome's, else the one it expects). */
function typeOf(c: Complaint, results: ReadonlyMap<string, ComplaintResult>): string | undefined {
  return results.get(c.id)?.outcome.type || c.expect.type;
}

const authorOf = (c: Complaint) => c.author.name ?? c.author.handle ?? '?';

/** Anchor ids, each given once: a second `a-b` becomes `a-b-2`. */
function idMaker(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

const union = (tags: Tags[]): Tags => ({
  type: [...new Set(tags.flatMap((t) => t.type))],
  channel: [...new Set(tags.flatMap((t) => t.channel))],
  team: [...new Set(tags.flatMap((t) => t.team))],
});

/** The handbook's language: `--lang` when given, else the playbook's locale. */
export function handbookLang(input: Pick<PlaybookBuildInput, 'playbook' | 'lang'>): Lang {
  return input.lang ?? input.playbook.locale;
}

/** The handbook's title, as the page's `<title>`. */
export function handbookTitle(input: Pick<PlaybookBuildInput, 'playbook' | 'lang'>): string {
  return wordsFor(handbookLang(input))('title', { brand: input.playbook.brand });
}

/** The year the samples are in (the zone's rules of that year name it), else this year. */
function yearOf(complaints: readonly Complaint[]): number {
  const year = Number(complaints[0]?.at?.slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : new Date().getUTCFullYear();
}

/** The handbook of one playbook as a document. */
export function handbookDocument(input: PlaybookBuildInput): Block[] {
  const { playbook: pb, complaints } = input;
  const lang = handbookLang(input);
  const w = wordsFor(lang);
  const results = new Map(input.results.map((r) => [r.id, r]));
  const channelName = (id: string) => pb.channels.get(id)?.name ?? id;
  const teamName = (id: string) => pb.teams.get(id)?.name ?? id;
  const newId = idMaker();
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w('title', { brand: pb.brand }) },
    {
      kind: 'paragraph',
      content: [w('intro', { brand: pb.brand, zone: zoneLabel(pb.timezone, lang, yearOf(complaints)), timezone: pb.timezone })],
    },
    { kind: 'search' },
    { kind: 'toc', title: w('contents') },
  ];
  const typeNames = new Map(pb.types.map((t) => [t.id, humanName(t.id, t.description).name]));

  // ── kinds of negativity
  blocks.push({ kind: 'heading', level: 2, text: w('types') }, { kind: 'paragraph', content: [w('typesIntro')] });
  for (const t of pb.types) {
    const { name, more } = humanName(t.id, t.description);
    blocks.push({ kind: 'heading', level: 3, text: name, note: t.id, id: newId(`type-${slug(t.id)}`) });
    if (more) blocks.push({ kind: 'paragraph', content: [more] });
    const facts: Inline[][] = [];
    if (t.fallback) facts.push([w('fallback')]);
    if (t.reply === 'none') facts.push([w('noReply')]);
    if (t.actions.length) facts.push([`${capitalised(t.actions.map((a) => wordOf(w, 'action', a)).join(', '))}.`]);
    if (t.respondWithin) facts.push([capitalised(withinWords(t.respondWithin, w))]);
    if (facts.length) blocks.push({ kind: 'list', items: facts });
    const examples = complaints.filter((c) => typeOf(c, results) === t.id).slice(0, EXAMPLES_PER_TYPE);
    blocks.push({ kind: 'heading', level: 4, text: w('examples') });
    if (examples.length === 0) blocks.push({ kind: 'paragraph', content: [w('noExamples')] });
    for (const c of examples) blocks.push({ kind: 'quote', text: `${c.text}\n— ${authorOf(c)}, ${channelName(c.channel)}` });
  }

  // ── tone of voice
  const tone = pb.tone;
  blocks.push({ kind: 'heading', level: 2, text: w('tone') });
  const toneItems: Inline[][] = [[w(`address.${tone.address}`)]];
  if (tone.capitalizeVy) toneItems.push([w('capitalizeVy')]);
  toneItems.push([
    tone.emoji === 'none' ? w('emojiNone') : tone.maxEmoji === undefined ? w('emojiAny') : w('emojiMax', { max: tone.maxEmoji }),
  ]);
  if (tone.maxExclamations !== undefined) toneItems.push([w('maxExclamations', { n: tone.maxExclamations })]);
  blocks.push({ kind: 'list', items: toneItems });
  if (tone.require.length) {
    blocks.push({ kind: 'paragraph', content: [{ strong: w('required') }] });
    blocks.push({
      kind: 'list',
      items: tone.require.map((el) => {
        const phrases = tone.elements[el] ?? [];
        const name = w(`element.${el}`);
        return phrases.length ? [name, ` (${w('countsAs')}: `, phrases.map((p) => `«${p}»`).join(', '), ')'] : [name];
      }),
    });
  }
  if (tone.avoid.length) {
    blocks.push({ kind: 'paragraph', content: [{ strong: w('avoid') }] });
    blocks.push({
      kind: 'list',
      items: tone.avoid.map((a) => {
        const item: Inline[] = [`«${a.phrase}»`];
        if (a.prefer) item.push(` → ${w('insteadSay')}: «${a.prefer}»`);
        if (a.why) item.push(` (${w('why')}: ${a.why})`);
        return item;
      }),
    });
  }
  blocks.push({ kind: 'heading', level: 3, text: w('voices') });
  blocks.push({
    kind: 'list',
    items: [...pb.voices.values()].map((v) => {
      const item: Inline[] = [{ strong: v.name }, ' (', { code: v.id }, v.id === pb.defaultVoice ? `, ${w('defaultVoice')})` : ')'];
      if (v.signature) item.push(` — ${w('signature')}: «${v.signature}»`);
      return item;
    }),
  });
  blocks.push({ kind: 'heading', level: 3, text: w('channels') });
  blocks.push({
    kind: 'list',
    items: [...pb.channels.values()].map((c) => [
      { strong: c.name },
      ' (',
      { code: c.id },
      ')',
      c.kind ? `, ${wordOf(w, 'kind', c.kind)}` : '',
      ` — ${w('limit', { n: c.limit, unit: wordOf(w, 'unit', c.unit) })}`,
    ]),
  });

  // ── templates: up to five replies to real sample complaints each, or the fixed example
  const samples = sampleExamples(complaints, input.results);
  const templateIds = new Map<string, string>();
  const templateBlocks: Block[] = [];
  for (const t of pb.templates.values()) {
    const { name, more } = humanName(t.id, t.description);
    const id = newId(`template-${slug(t.id)}`);
    templateIds.set(t.id, id);
    const inner: Block[] = [{ kind: 'heading', level: 3, text: name, note: t.id, id }];
    if (more) inner.push({ kind: 'paragraph', content: [more] });
    inner.push({ kind: 'paragraph', content: [{ strong: `${w('when')}:` }, ' ', ...whenWords(t.when, w, pb)] });
    const replies = samples.get(t.id)?.length ? samples.get(t.id)!.map((s) => sampleReply(s, name)) : fixedReplies(t, name);
    inner.push(...replies);
    inner.push({ kind: 'details', summary: w('source'), text: t.text });
    const tags = union(replies.flatMap((r) => (r.kind === 'reply' ? [r.tags] : [])));
    templateBlocks.push({ kind: 'group', id: `${id}-group`, tags, blocks: inner });
  }
  blocks.push(
    { kind: 'heading', level: 2, text: w('templates') },
    { kind: 'paragraph', content: [w('templatesIntro')] },
    {
      kind: 'views',
      views: {
        type: pb.types.filter((t) => t.reply !== 'none').map((t) => ({ value: t.id, label: typeNames.get(t.id) ?? t.id })),
        channel: [...pb.channels.values()].map((c) => ({ value: c.id, label: c.name })),
        team: [...pb.teams.values()].map((tm) => ({ value: tm.id, label: tm.name })),
      },
    },
    ...templateBlocks,
  );

  function sampleReply(s: SampleExample, name: string): Block {
    const { complaint: c, outcome: o } = s;
    const teams = [...new Set(o.escalations.map((e) => e.team))];
    const meta: Inline[] = [`${w('typeLabel')}: ${typeNames.get(o.type) ?? o.type}`];
    if (o.due) meta.push(' · ', { strong: dueWords(o.due, lang, pb.timezone, w) });
    if (teams.length) meta.push(' · ', `${w('escalationsLabel')}: ${teams.map(teamName).join(', ')}`);
    meta.push(' · ', { code: c.id });
    return {
      kind: 'reply',
      id: newId(`reply-${slug(c.id)}`),
      label: `${w('example', { channel: channelName(c.channel) })}, ${w('exampleCustomer', { customer: authorOf(c) })}`,
      quote: c.text,
      meta,
      text: o.reply ?? '',
      tags: { type: [o.type], channel: [c.channel], team: teams },
      copyLabel: w('copyReply', { what: `${name} — ${channelName(c.channel)}` }),
    };
  }

  function fixedReplies(t: Template, name: string): Block[] {
    const escalation = pb.escalations.find((e) => e.id === t.when.escalation?.[0]);
    const team = escalation ? [escalation.to] : [];
    const type = t.when.type ?? [];
    const out: Block[] = [];
    const byName = new Map([...pb.channels.values()].map((c) => [c.name, c.id]));
    for (const g of groupedExamples(pb, t, input.render)) {
      const label = w('fixedExample', { channels: g.channels.join(', ') });
      if (!('text' in g.result)) {
        out.push({ kind: 'paragraph', content: [`${label}: ${w('renderError')} (${g.result.error})`] });
        continue;
      }
      out.push({
        kind: 'reply',
        id: newId(`example-${slug(t.id)}`),
        label,
        meta: [],
        text: g.result.text,
        tags: { type, channel: g.channels.map((n) => byName.get(n) ?? n), team },
        copyLabel: w('copyReply', { what: `${name} — ${g.channels.join(', ')}` }),
      });
    }
    return out;
  }

  // ── the views as an index: which templates reply on each channel and for each team
  const index: Block[] = [
    { kind: 'heading', level: 2, text: w('viewIndex') },
    { kind: 'paragraph', content: [w('viewIndexIntro')] },
  ];
  const linksTo = (has: (tags: Tags) => boolean): Inline[] => {
    const found = templateBlocks.filter((g) => g.kind === 'group' && has(g.tags));
    const parts: Inline[] = [];
    for (const g of found) {
      if (g.kind !== 'group') continue;
      const h = g.blocks[0];
      if (h?.kind !== 'heading' || !h.id) continue;
      if (parts.length) parts.push(' · '); // template names hold commas
      parts.push({ text: h.text, anchor: h.id });
    }
    return parts.length ? parts : [w('none')];
  };
  index.push({ kind: 'heading', level: 3, text: w('byChannel'), id: newId('view-channels') });
  index.push({
    kind: 'list',
    items: [...pb.channels.values()].map((c) => [
      { text: c.name, view: { key: 'channel', value: c.id } },
      ': ',
      ...linksTo((g) => g.channel.includes(c.id)),
    ]),
  });
  index.push({ kind: 'heading', level: 3, text: w('byTeam'), id: newId('view-teams') });
  index.push({
    kind: 'list',
    items: [...pb.teams.values()].map((tm) => [
      { text: tm.name, view: { key: 'team', value: tm.id } },
      ': ',
      ...linksTo((g) => g.team.includes(tm.id)),
    ]),
  });
  blocks.push(...index);

  // ── escalations and deadlines
  blocks.push({ kind: 'heading', level: 2, text: w('escalations') }, { kind: 'paragraph', content: [w('escalationsIntro')] });
  blocks.push(
    pb.escalations.length
      ? { kind: 'list', items: pb.escalations.map((e) => [escalationWords(e, pb, w)]) }
      : { kind: 'paragraph', content: [w('noEscalations')] },
  );
  blocks.push({ kind: 'heading', level: 3, text: w('deadlines') });
  const deadlineItems: Inline[][] = [[w('firstResponse', { within: withinWords(pb.sla.firstResponse, w) })]];
  for (const p of ['urgent', 'high', 'normal', 'low'] as const) {
    const d = pb.sla.byPriority[p];
    if (d) deadlineItems.push([w('byPriority', { priority: capitalised(w('priority', { priority: p })), within: withinWords(d, w) })]);
  }
  for (const t of pb.types)
    if (t.respondWithin)
      deadlineItems.push([w('typeWithin', { type: typeNames.get(t.id) ?? t.id, within: withinWords(t.respondWithin, w) })]);
  blocks.push({ kind: 'list', items: deadlineItems }, { kind: 'paragraph', content: [w('deadlineRule')] });
  blocks.push({ kind: 'heading', level: 3, text: w('schedule') });
  const scheduleItems: Inline[][] = scheduleLines(pb.schedule, w).map((l) => [l]);
  if (pb.schedule.calendars.length) scheduleItems.push([w('calendar', { ids: [...pb.schedule.calendars].sort().join(', ') })]);
  if (pb.schedule.holidays.size) scheduleItems.push([w('holidays', { dates: [...pb.schedule.holidays].sort().join(', ') })]);
  if (pb.schedule.workingDays.size)
    scheduleItems.push([w('workingDays', { dates: [...pb.schedule.workingDays.keys()].sort().join(', ') })]);
  blocks.push({ kind: 'list', items: scheduleItems });
  return blocks;
}
