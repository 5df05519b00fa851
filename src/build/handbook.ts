/**
 * The agent handbook: what a new agent reads on the first day, in the playbook's locale — the
 * kinds of negativity with example complaints, the tone of voice, every template with a rendered
 * example per channel, escalation and deadline rules in words, and the sample replies. Written
 * once as a document (`document.ts`) and rendered to Markdown and HTML.
 */
import type { Escalation, Playbook, Template, TemplateWhen } from '../model/playbook.js';
import type { Complaint } from '../model/outcome.js';
import type { ComplaintResult } from '../model/test-result.js';
import type { Block, Inline } from './document.js';
import { exampleRequest, templateChannels } from './examples.js';
import type { ExampleResult, PlaybookBuildInput, RenderExample } from './types.js';
import { scheduleLines, wordsFor, type Words } from './words.js';

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
  add(w.whenKeys.type, when.type);
  add(w.whenKeys.channel, when.channel, (id) => pb.channels.get(id)?.name ?? id);
  add(w.whenKeys.voice, when.voice, (id) => pb.voices.get(id)?.name ?? id);
  add(w.whenKeys.locale, when.locale);
  add(w.whenKeys.signals, when.signals);
  add(w.whenKeys.missing, when.missing);
  add(w.whenKeys.escalation, when.escalation);
  if (when.holding) parts.push(parts.length ? `; ${w.whenKeys.holding}` : w.whenKeys.holding);
  return parts.length ? parts : [w.always];
}

/** «Legal threats → Юридический отдел, urgent, reply within 1 hour, needs approval». */
export function escalationWords(e: Escalation, pb: Playbook, w: Words): string {
  const parts = [`${e.description ?? e.id} → ${pb.teams.get(e.to)?.name ?? e.to}`, w.priority[e.priority]];
  const within = e.respondWithin ?? pb.sla.byPriority[e.priority];
  if (within) parts.push(w.duration(within));
  if (e.approval) parts.push(w.needsApproval);
  if (e.reply === 'holding') parts.push(w.holdingReply);
  if (e.reply === 'none') parts.push(w.noReplyEscalation);
  if (e.hide) parts.push(w.hideMention);
  return parts.join(', ');
}

/** The type a sample complaint got (the outcome's, else the one it expects). */
function typeOf(c: Complaint, results: ReadonlyMap<string, ComplaintResult>): string | undefined {
  return results.get(c.id)?.outcome.type || c.expect.type;
}

/** The handbook of one playbook as a document. */
export function handbookDocument(input: PlaybookBuildInput): Block[] {
  const { playbook: pb, complaints } = input;
  const w = wordsFor(pb.locale);
  const results = new Map(input.results.map((r) => [r.id, r]));
  const channelName = (id: string) => pb.channels.get(id)?.name ?? id;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.title(pb.brand) },
    { kind: 'paragraph', content: [w.intro(pb.brand, pb.timezone)] },
    { kind: 'toc', title: w.contents },
  ];

  // ── kinds of negativity
  blocks.push({ kind: 'heading', level: 2, text: w.types }, { kind: 'paragraph', content: [w.typesIntro] });
  for (const t of pb.types) {
    blocks.push({ kind: 'heading', level: 3, text: t.id });
    if (t.description) blocks.push({ kind: 'paragraph', content: [t.description] });
    const facts: Inline[][] = [];
    if (t.fallback) facts.push([w.fallback]);
    if (t.reply === 'none') facts.push([w.noReply]);
    if (t.actions.length) facts.push([t.actions.map((a) => w.actions[a] ?? a).join(', ')]);
    if (t.respondWithin) facts.push([w.duration(t.respondWithin)]);
    if (facts.length) blocks.push({ kind: 'list', items: facts });
    const examples = complaints.filter((c) => typeOf(c, results) === t.id).slice(0, EXAMPLES_PER_TYPE);
    blocks.push({ kind: 'heading', level: 4, text: w.examples });
    if (examples.length === 0) blocks.push({ kind: 'paragraph', content: [w.noExamples] });
    for (const c of examples)
      blocks.push({ kind: 'quote', text: `${c.text}\n— ${c.author.name ?? c.author.handle ?? '?'}, ${channelName(c.channel)}` });
  }

  // ── tone of voice
  const tone = pb.tone;
  blocks.push({ kind: 'heading', level: 2, text: w.tone });
  const toneItems: Inline[][] = [[w.address[tone.address]]];
  if (tone.capitalizeVy) toneItems.push([w.capitalizeVy]);
  toneItems.push([tone.emoji === 'none' ? w.emojiNone : w.emojiAllowed(tone.maxEmoji)]);
  if (tone.maxExclamations !== undefined) toneItems.push([w.maxExclamations(tone.maxExclamations)]);
  blocks.push({ kind: 'list', items: toneItems });
  if (tone.require.length) {
    blocks.push({ kind: 'paragraph', content: [{ strong: w.required }] });
    blocks.push({
      kind: 'list',
      items: tone.require.map((el) => {
        const phrases = tone.elements[el] ?? [];
        return phrases.length ? [w.elements[el], ` (${w.countsAs}: `, phrases.map((p) => `«${p}»`).join(', '), ')'] : [w.elements[el]];
      }),
    });
  }
  if (tone.avoid.length) {
    blocks.push({ kind: 'paragraph', content: [{ strong: w.avoid }] });
    blocks.push({
      kind: 'list',
      items: tone.avoid.map((a) => {
        const item: Inline[] = [`«${a.phrase}»`];
        if (a.prefer) item.push(` → ${w.insteadSay}: «${a.prefer}»`);
        if (a.why) item.push(` (${w.why}: ${a.why})`);
        return item;
      }),
    });
  }
  blocks.push({ kind: 'heading', level: 3, text: w.voices });
  blocks.push({
    kind: 'list',
    items: [...pb.voices.values()].map((v) => {
      const item: Inline[] = [{ strong: v.name }, ' (', { code: v.id }, v.id === pb.defaultVoice ? `, ${w.defaultVoice})` : ')'];
      if (v.signature) item.push(` — ${w.signature}: «${v.signature}»`);
      return item;
    }),
  });
  blocks.push({ kind: 'heading', level: 3, text: w.channels });
  blocks.push({
    kind: 'list',
    items: [...pb.channels.values()].map((c) => [
      { strong: c.name },
      ' (',
      { code: c.id },
      ')',
      c.kind ? `, ${w.kinds[c.kind] ?? c.kind}` : '',
      ` — ${w.limit(c.limit, w.units[c.unit] ?? c.unit)}`,
    ]),
  });

  // ── templates
  blocks.push({ kind: 'heading', level: 2, text: w.templates }, { kind: 'paragraph', content: [w.templatesIntro] });
  for (const t of pb.templates.values()) {
    blocks.push({ kind: 'heading', level: 3, text: t.id });
    if (t.description) blocks.push({ kind: 'paragraph', content: [t.description] });
    blocks.push({ kind: 'paragraph', content: [{ strong: `${w.when}:` }, ' ', ...whenWords(t.when, w, pb)] });
    blocks.push({ kind: 'pre', label: w.source, text: t.text });
    for (const g of groupedExamples(pb, t, input.render)) {
      const label = `${w.exampleOn} — ${g.channels.join(', ')}`;
      if ('text' in g.result) blocks.push({ kind: 'pre', label, text: g.result.text });
      else blocks.push({ kind: 'paragraph', content: [`${label}: ${w.renderError} (${g.result.error})`] });
    }
  }

  // ── escalations and deadlines
  blocks.push({ kind: 'heading', level: 2, text: w.escalations }, { kind: 'paragraph', content: [w.escalationsIntro] });
  blocks.push(
    pb.escalations.length
      ? { kind: 'list', items: pb.escalations.map((e) => [escalationWords(e, pb, w)]) }
      : { kind: 'paragraph', content: [w.noEscalations] },
  );
  blocks.push({ kind: 'heading', level: 3, text: w.deadlines });
  const deadlineItems: Inline[][] = [[w.firstResponse(w.duration(pb.sla.firstResponse))]];
  for (const p of ['urgent', 'high', 'normal', 'low'] as const) {
    const d = pb.sla.byPriority[p];
    if (d) deadlineItems.push([w.byPriority(w.priority[p], w.duration(d))]);
  }
  for (const t of pb.types) if (t.respondWithin) deadlineItems.push([w.typeWithin(t.id, w.duration(t.respondWithin))]);
  blocks.push({ kind: 'list', items: deadlineItems }, { kind: 'paragraph', content: [w.deadlineRule] });
  blocks.push({ kind: 'heading', level: 3, text: w.schedule });
  const scheduleItems: Inline[][] = scheduleLines(pb.schedule, w).map((l) => [l]);
  if (pb.schedule.calendars.length) scheduleItems.push([w.calendar([...pb.schedule.calendars].sort().join(', '))]);
  if (pb.schedule.holidays.size) scheduleItems.push([w.holidays([...pb.schedule.holidays].sort().join(', '))]);
  if (pb.schedule.workingDays.size) scheduleItems.push([w.workingDays([...pb.schedule.workingDays.keys()].sort().join(', '))]);
  blocks.push({ kind: 'list', items: scheduleItems });

  // ── sample replies
  if (complaints.length) {
    blocks.push({ kind: 'heading', level: 2, text: w.samples }, { kind: 'paragraph', content: [w.samplesIntro] });
    for (const c of complaints) {
      const r = results.get(c.id);
      blocks.push({ kind: 'heading', level: 3, text: c.id });
      blocks.push({ kind: 'quote', text: `${c.text}\n— ${c.author.name ?? c.author.handle ?? '?'}, ${channelName(c.channel)}` });
      if (!r) continue;
      const o = r.outcome;
      const esc = o.escalations.length ? o.escalations.map((e) => `${e.id} → ${pb.teams.get(e.team)?.name ?? e.team}`).join(', ') : w.none;
      blocks.push({
        kind: 'list',
        items: [[`${w.typeLabel}: `, { code: o.type || '—' }], [`${w.escalationsLabel}: ${esc}`], [`${w.dueLabel}: ${o.due ?? w.none}`]],
      });
      if (o.reply === null) blocks.push({ kind: 'paragraph', content: [w.noReplyForType] });
      else blocks.push({ kind: 'pre', label: w.reply, text: o.reply });
    }
  }
  return blocks;
}
