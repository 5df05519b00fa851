/**
 * Choosing the reply template: of the templates whose `when` holds, the most specific (most keys;
 * a list counts as one key), and between equally specific ones the one defined first. Holding
 * templates (`holding: true`) are only chosen for a holding reply, and only they are. Candidates are
 * indexed per playbook by type and sorted by specificity once, so choosing walks a short list.
 */
import type { Locale, Playbook, Template, TemplateWhen } from '../model/playbook.js';
import type { SayValue, TraceSay, TraceStep } from '../model/outcome.js';

/** What a template's `when` is tested against. */
export interface TemplateFacts {
  type: string;
  channel: string;
  voice: string;
  locale: Locale;
  /** Ids of the signals found in the mention. */
  signals: ReadonlySet<string>;
  /** Ids of the escalation rules that fired. */
  escalations: ReadonlySet<string>;
  /** A holding reply is wanted (an escalation with `reply: holding` fired). */
  holding: boolean;
}

/** The template chosen (or null), why, and an error message when none holds. */
export interface TemplateChoice {
  template: Template | null;
  trace: TraceStep[];
  /** Set when no template holds: what was looked for. */
  error?: string;
}

interface Candidate {
  template: Template;
  specificity: number;
  order: number;
}

interface TemplateIndex {
  /** Per type id: [normal, holding] candidates, most specific first. */
  byType: Map<string, [Candidate[], Candidate[]]>;
  /** For a type no template names: the templates without a `type` key. */
  untyped: [Candidate[], Candidate[]];
}

const indexes = new WeakMap<Playbook, TemplateIndex>();

/** Number of keys of a `when`: the template's specificity. */
export function specificity(when: TemplateWhen): number {
  let n = 0;
  for (const key of Object.keys(when) as Array<keyof TemplateWhen>) if (when[key] !== undefined) n++;
  return n;
}

function bySpecificity(a: Candidate, b: Candidate): number {
  return b.specificity - a.specificity || a.order - b.order;
}

function split(list: Candidate[]): [Candidate[], Candidate[]] {
  const sorted = [...list].sort(bySpecificity);
  return [sorted.filter((c) => c.template.when.holding !== true), sorted.filter((c) => c.template.when.holding === true)];
}

/** Builds (once per playbook) the index of templates by type. */
export function indexTemplates(pb: Playbook): TemplateIndex {
  const cached = indexes.get(pb);
  if (cached) return cached;
  const all: Candidate[] = [];
  let order = 0;
  for (const template of pb.templates.values()) all.push({ template, specificity: specificity(template.when), order: order++ });
  const untypedList = all.filter((c) => c.template.when.type === undefined);
  const typeIds = new Set<string>();
  for (const c of all) for (const t of c.template.when.type ?? []) typeIds.add(t);
  const byType = new Map<string, [Candidate[], Candidate[]]>();
  for (const id of typeIds)
    byType.set(id, split(all.filter((c) => c.template.when.type === undefined || c.template.when.type.includes(id))));
  const index: TemplateIndex = { byType, untyped: split(untypedList) };
  indexes.set(pb, index);
  return index;
}

/** The first key of `when` that does not hold, described, or null when all hold. */
export function whyNot(when: TemplateWhen, f: TemplateFacts): string | null {
  if (when.type && !when.type.includes(f.type)) return `type ${list(when.type)}, not \`${f.type}\``;
  if (when.channel && !when.channel.includes(f.channel)) return `channel ${list(when.channel)}, not \`${f.channel}\``;
  if (when.voice && !when.voice.includes(f.voice)) return `voice ${list(when.voice)}, not \`${f.voice}\``;
  if (when.locale && !when.locale.includes(f.locale)) return `locale ${list(when.locale)}, not \`${f.locale}\``;
  if (when.signals) for (const s of when.signals) if (!f.signals.has(s)) return `signal \`${s}\` is missing`;
  if (when.missing) for (const s of when.missing) if (f.signals.has(s)) return `signal \`${s}\` is present`;
  if (when.escalation && !when.escalation.some((e) => f.escalations.has(e))) return `escalation ${list(when.escalation)} did not fire`;
  if ((when.holding === true) !== f.holding)
    return when.holding === true ? 'a holding template, the reply is a normal one' : 'not a holding template';
  return null;
}

/** Whether a template's `when` holds for the facts (`whyNot` without building its message). */
export function templateHolds(when: TemplateWhen, f: TemplateFacts): boolean {
  if (when.type && !when.type.includes(f.type)) return false;
  if (when.channel && !when.channel.includes(f.channel)) return false;
  if (when.voice && !when.voice.includes(f.voice)) return false;
  if (when.locale && !when.locale.includes(f.locale)) return false;
  if (when.signals) for (const s of when.signals) if (!f.signals.has(s)) return false;
  if (when.missing) for (const s of when.missing) if (f.signals.has(s)) return false;
  if (when.escalation && !when.escalation.some((e) => f.escalations.has(e))) return false;
  return (when.holding === true) === f.holding;
}

function list(ids: readonly string[]): string {
  return ids.map((id) => `\`${id}\``).join(' or ');
}

/** `list` as data: the ids joined as the language says «or». */
function listSay(ids: readonly string[]): SayValue {
  return { join: 'or', items: ids.map((id) => `\`${id}\``) };
}

/** `whyNot` as data. */
export function whyNotSay(when: TemplateWhen, f: TemplateFacts): TraceSay | null {
  if (when.type && !when.type.includes(f.type)) return { id: 'whyNot.type', values: { ids: listSay(when.type), actual: f.type } };
  if (when.channel && !when.channel.includes(f.channel))
    return { id: 'whyNot.channel', values: { ids: listSay(when.channel), actual: f.channel } };
  if (when.voice && !when.voice.includes(f.voice)) return { id: 'whyNot.voice', values: { ids: listSay(when.voice), actual: f.voice } };
  if (when.locale && !when.locale.includes(f.locale))
    return { id: 'whyNot.locale', values: { ids: listSay(when.locale), actual: f.locale } };
  if (when.signals) for (const s of when.signals) if (!f.signals.has(s)) return { id: 'whyNot.signalMissing', values: { signal: s } };
  if (when.missing) for (const s of when.missing) if (f.signals.has(s)) return { id: 'whyNot.signalPresent', values: { signal: s } };
  if (when.escalation && !when.escalation.some((e) => f.escalations.has(e)))
    return { id: 'whyNot.escalation', values: { ids: listSay(when.escalation) } };
  if ((when.holding === true) !== f.holding) return { id: when.holding === true ? 'whyNot.holding' : 'whyNot.notHolding' };
  return null;
}

function describeFactsSay(f: TemplateFacts): TraceSay {
  const ids = (xs: ReadonlySet<string>): SayValue =>
    xs.size ? { join: 'comma', items: [...xs].map((s) => `\`${s}\``) } : { id: 'template.factsNone' };
  return {
    id: 'template.facts',
    values: {
      type: f.type,
      channel: f.channel,
      voice: f.voice,
      locale: f.locale,
      signals: ids(f.signals),
      escalations: ids(f.escalations),
      holding: f.holding ? 'yes' : 'no',
    },
  };
}

function keysSay(n: number): TraceSay {
  return { id: 'template.keys', values: { n } };
}

function describeFacts(f: TemplateFacts): string {
  const signals = f.signals.size ? [...f.signals].map((s) => `\`${s}\``).join(', ') : 'none';
  const escalations = f.escalations.size ? [...f.escalations].map((s) => `\`${s}\``).join(', ') : 'none';
  return `type \`${f.type}\`, channel \`${f.channel}\`, voice \`${f.voice}\`, locale \`${f.locale}\`, signals ${signals}, escalations ${escalations}, ${f.holding ? 'holding' : 'normal'} reply`;
}

function keysWord(n: number): string {
  return n === 1 ? '1 key' : `${n} keys`;
}

export interface ChooseOptions {
  /** Build the trace step (default true). Off, the choice is the same and `trace` is empty. */
  trace?: boolean;
}

/** Chooses the reply template for the facts of a mention, and explains the choice. */
export function chooseTemplate(pb: Playbook, facts: TemplateFacts, options: ChooseOptions = {}): TemplateChoice {
  const index = indexTemplates(pb);
  const [normal, holding] = index.byType.get(facts.type) ?? index.untyped;
  const candidates = facts.holding ? holding : normal;
  const explain = options.trace !== false;
  let chosen: Candidate | null = null;
  const runnersUp: Candidate[] = [];
  for (const c of candidates) {
    if (!templateHolds(c.template.when, facts)) continue;
    if (chosen === null) {
      chosen = c;
      if (!explain) break; // runners-up only feed the trace
    } else runnersUp.push(c);
  }
  if (chosen === null) {
    const near = candidates.slice(0, 5).map((c) => `\`${c.template.id}\` (${whyNot(c.template.when, facts)})`);
    const more = candidates.length > 5 ? `, and ${candidates.length - 5} more` : '';
    const kind = facts.holding ? 'holding template (`when: { holding: true }`)' : 'template';
    const error =
      `No ${kind} for ${describeFacts(facts)}` +
      (near.length
        ? `; considered ${near.join(', ')}${more}`
        : `; the playbook has no ${facts.holding ? 'holding ' : ''}template that applies to type \`${facts.type}\``);
    if (!explain) return { template: null, error, trace: [{ stage: 'template', message: error, ok: false }] };
    const holding = facts.holding ? 'yes' : 'no';
    const nearSay: SayValue = {
      join: 'comma',
      items: candidates
        .slice(0, 5)
        .map((c): TraceSay => ({ id: 'template.near', values: { id: c.template.id, why: whyNotSay(c.template.when, facts)! } })),
    };
    const say: TraceSay = !near.length
      ? { id: 'template.noneForType', values: { holding, facts: describeFactsSay(facts), type: facts.type } }
      : more
        ? { id: 'template.noneMore', values: { holding, facts: describeFactsSay(facts), near: nearSay, more: candidates.length - 5 } }
        : { id: 'template.none', values: { holding, facts: describeFactsSay(facts), near: nearSay } };
    return { template: null, error, trace: [{ stage: 'template', message: error, ok: false, say }] };
  }
  const t = chosen.template;
  if (!explain) return { template: t, trace: [] };
  const best = chosen;
  const why = best.specificity === 0 ? 'no conditions: it applies to every mention' : keysWord(best.specificity);
  const whySay: TraceSay = best.specificity === 0 ? { id: 'template.everyMention' } : keysSay(best.specificity);
  let message = `template \`${t.id}\`: its \`when\` holds (${why})`;
  let say: TraceSay;
  if (runnersUp.length) {
    const shown = runnersUp.slice(0, 5);
    const others = shown.map(
      (c) =>
        `\`${c.template.id}\` (${c.specificity === best.specificity ? `${keysWord(c.specificity)}, defined later` : keysWord(c.specificity)})`,
    );
    message += `; runners-up: ${others.join(', ')}${runnersUp.length > 5 ? `, and ${runnersUp.length - 5} more` : ''}`;
    const othersSay: SayValue = {
      join: 'comma',
      items: shown.map((c): TraceSay => ({
        id: c.specificity === best.specificity ? 'template.runnerUpLater' : 'template.runnerUp',
        values: { id: c.template.id, keys: keysSay(c.specificity) },
      })),
    };
    say =
      runnersUp.length > 5
        ? { id: 'template.chosenOverMore', values: { id: t.id, why: whySay, others: othersSay, more: runnersUp.length - 5 } }
        : { id: 'template.chosenOver', values: { id: t.id, why: whySay, others: othersSay } };
  } else {
    message += '; no other template holds';
    say = { id: 'template.chosen', values: { id: t.id, why: whySay } };
  }
  return { template: t, trace: [{ stage: 'template', message, source: t.source, ok: true, say }] };
}
