/** Derived views of the state: the list the sidebar shows, the selection, the outcome on screen. */
import type { Mention, Outcome } from '../../model/outcome.js';
import { computeLayout, inner, type Layout } from '../view/layout.js';
import { compareLines, complaintTextLines, decisionLines, problemLines, replyLines, traceLines } from '../view/lines.js';
import type { ExpectationFailure } from '../../model/test-result.js';
import type { PlaybookInfo, SimState } from './types.js';

/** A row of the sidebar's list: a sample from a file or an unsaved draft. */
export interface ListItem {
  key: string;
  id: string;
  /** The group it is listed under: its complaint file, or `unsaved`. */
  group: string;
  playbookDir: string;
  mention: Mention;
  /** The sample's outcome as loaded (drafts have none until asked). */
  outcome: Outcome | null;
  /** Against its expectations; null for a draft, which has none yet. */
  passed: boolean | null;
  /** Each expectation that failed, expected against actual (none for a draft). */
  failures: ExpectationFailure[];
  draft: boolean;
}

export const UNSAVED_GROUP = 'unsaved';

export function allItems(state: SimState): ListItem[] {
  const samples: ListItem[] = (state.project?.samples ?? []).map((s) => ({
    key: s.key,
    id: s.id,
    group: s.file,
    playbookDir: s.playbookDir,
    mention: s.mention,
    outcome: s.outcome,
    passed: s.passed,
    failures: s.failures,
    draft: false,
  }));
  const drafts: ListItem[] = state.drafts.map((d) => ({
    key: d.key,
    id: d.id,
    group: UNSAVED_GROUP,
    playbookDir: d.playbookDir,
    mention: d.mention,
    outcome: null,
    passed: null,
    failures: [],
    draft: true,
  }));
  return [...samples, ...drafts];
}

/** The fields a filter term may name (`channel:vk`), and `changed` alone. */
export const FILTER_FIELDS = ['channel', 'type', 'template', 'team', 'status'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** One term of a filter: a field and its value, `changed`, or text. */
export type FilterTerm = { field: FilterField; value: string } | { field: 'changed' } | { field: 'text'; value: string };

/**
 * A filter read as terms, all of which an item must meet: `channel:vk type:constructive delay`
 * is the VK complaints of that type whose id, file or text has «delay». Case-insensitive.
 */
export function parseFilter(filter: string): FilterTerm[] {
  const terms: FilterTerm[] = [];
  for (const word of filter.trim().toLowerCase().split(/\s+/)) {
    if (!word) continue;
    if (word === 'changed') {
      terms.push({ field: 'changed' });
      continue;
    }
    const at = word.indexOf(':');
    const field = at > 0 ? word.slice(0, at) : '';
    if ((FILTER_FIELDS as readonly string[]).includes(field)) terms.push({ field: field as FilterField, value: word.slice(at + 1) });
    else terms.push({ field: 'text', value: word });
  }
  return terms;
}

/** What an item offers to a field of the filter (its channel, type, template, teams, status). */
function fieldValues(state: SimState, item: ListItem, field: FilterField): string[] {
  const outcome = item.draft ? null : item.outcome;
  switch (field) {
    case 'channel':
      return [effectiveMention(state, item).channel];
    case 'type':
      return outcome ? [outcome.type] : [];
    case 'template':
      return outcome?.template ? [outcome.template] : [];
    case 'team':
      return outcome ? outcome.escalations.map((e) => e.team) : [];
    case 'status':
      return item.draft ? ['draft', 'new'] : item.passed ? ['pass', 'passed', 'ok'] : ['fail', 'failed'];
  }
}

function meets(state: SimState, item: ListItem, term: FilterTerm, changed: ReadonlySet<string>): boolean {
  if (term.field === 'changed') return changed.has(item.key);
  if (term.field === 'text') {
    return [item.id, item.group, item.mention.text, item.outcome?.type ?? ''].some((s) => s.toLowerCase().includes(term.value));
  }
  // A field without a value (`team:`) is every item that has one; a value is a prefix of the item's (`type:constr`).
  return fieldValues(state, item, term.field).some((v) => v.toLowerCase().startsWith(term.value));
}

/** The items the filter lets through (every term met; see `parseFilter`). */
export function visibleItems(state: SimState): ListItem[] {
  const items = allItems(state);
  const terms = parseFilter(state.filter);
  if (!terms.length) return items;
  const changed = new Set(state.changed);
  return items.filter((i) => terms.every((t) => meets(state, i, t, changed)));
}

/**
 * What the last word of a filter being typed may become: a field name (`cha` → `channel:`), or a
 * field's values among the items (`channel:v` → `channel:vk`), sorted; empty when there is nothing.
 */
export function filterCompletions(state: SimState, filter: string): string[] {
  const words = filter.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const at = last.indexOf(':');
  if (at < 0) {
    return last ? [...FILTER_FIELDS.map((f) => `${f}:`), 'changed'].filter((f) => f.startsWith(last) && f !== last) : [];
  }
  const field = last.slice(0, at);
  if (!(FILTER_FIELDS as readonly string[]).includes(field)) return [];
  const prefix = last.slice(at + 1);
  const values = new Set<string>();
  for (const item of allItems(state)) for (const v of fieldValues(state, item, field as FilterField)) values.add(v.toLowerCase());
  return [...values]
    .filter((v) => v.startsWith(prefix) && v !== prefix)
    .sort()
    .map((v) => `${field}:${v}`);
}

/** The failed expectations to show for an item: its own, unless a changed channel or voice shows another outcome. */
export function failuresShown(state: SimState, item: ListItem | null): ExpectationFailure[] {
  return item && !state.overrides[item.key] ? item.failures : [];
}

export function selectedItem(state: SimState): ListItem | null {
  return allItems(state).find((i) => i.key === state.selectedKey) ?? null;
}

export function playbookOf(state: SimState, dir: string | undefined): PlaybookInfo | undefined {
  return state.project?.playbooks.find((p) => p.dir === dir) ?? state.project?.playbooks[0];
}

/** The item's mention with the channel and voice chosen with `c` and `v`. */
export function effectiveMention(state: SimState, item: ListItem): Mention {
  const o = state.overrides[item.key];
  if (!o) return item.mention;
  return { ...item.mention, channel: o.channel ?? item.mention.channel, voice: o.voice ?? item.mention.voice };
}

/**
 * Outcomes run for a changed channel/voice or a draft, per loaded project: the engine runs once per
 * mention and choice, not once per frame (a frame asks for the outcome several times).
 */
const rerun = new WeakMap<object, WeakMap<Mention, Map<string, Outcome>>>();

/** The outcome shown for an item: as loaded, or run again for a changed channel/voice or a draft. */
export function outcomeOf(state: SimState, item: ListItem | null): Outcome | null {
  if (!item || !state.project) return item?.outcome ?? null;
  if (item.outcome && !state.overrides[item.key]) return item.outcome;
  // By project (a reload compiles new playbooks), then by the mention as written, then by the choices.
  return rerunOf(state, item, effectiveMention(state, item));
}

/** One column of the comparison (`C`, `V`): a channel or a voice, and the selected complaint's outcome with it. */
export interface Compared {
  id: string;
  name: string;
  outcome: Outcome;
  /** The one the complaint has now. */
  current: boolean;
}

/** The selected complaint's outcome with each of the playbook's channels, or each of its voices. */
export function comparedOutcomes(state: SimState, item: ListItem | null, what: 'channels' | 'voices'): Compared[] {
  if (!item || !state.project) return [];
  const pb = playbookOf(state, item.playbookDir);
  if (!pb) return [];
  const mention = effectiveMention(state, item);
  const options = what === 'channels' ? pb.channels.map((c) => ({ id: c.id, name: c.name })) : pb.voices;
  const now = what === 'channels' ? mention.channel : (mention.voice ?? pb.defaultVoice);
  return options.map((o) => {
    const m = what === 'channels' ? { ...mention, channel: o.id } : { ...mention, voice: o.id };
    return { id: o.id, name: o.name, outcome: rerunOf(state, item, m), current: o.id === now };
  });
}

/** `outcomeOf`'s memo for any channel and voice of an item. */
function rerunOf(state: SimState, item: ListItem, mention: Mention): Outcome {
  const project = state.project!;
  let byMention = rerun.get(project);
  if (!byMention) rerun.set(project, (byMention = new WeakMap()));
  let cache = byMention.get(item.mention);
  if (!cache) byMention.set(item.mention, (cache = new Map()));
  const key = `${item.playbookDir}\u0000${mention.channel}\u0000${mention.voice ?? ''}`;
  let outcome = cache.get(key);
  if (!outcome) {
    outcome = project.respond(item.playbookDir, mention);
    cache.set(key, outcome);
  }
  return outcome;
}

export function counts(state: SimState): { samples: number; passed: number; failed: number; changed: number } {
  const samples = state.project?.samples ?? [];
  const passed = samples.filter((s) => s.passed).length;
  return { samples: samples.length, passed, failed: samples.length - passed, changed: state.changed.length };
}

/** The panes Tab visits: the Problems panel only while there are problems. */
export function focusablePanes(state: SimState): Array<SimState['focus']> {
  return state.diagnostics.length ? ['sidebar', 'main', 'problems'] : ['sidebar', 'main'];
}

/** The layout for the current size and selection (what the screen draws and scrolling is bound by). */
export function screenLayout(state: SimState, outcome: Outcome | null = outcomeOf(state, selectedItem(state))): Layout {
  const item = selectedItem(state);
  const probe = computeLayout(state.size, { textLines: 1, decisionLines: 1, problemLines: state.diagnostics.length });
  const mainInner = inner(probe.mainWidth);
  const pb = playbookOf(state, item?.playbookDir);
  return computeLayout(state.size, {
    textLines: item ? complaintTextLines(item.mention.text, outcome, mainInner, state.color).length : 1,
    decisionLines: item && outcome ? decisionLines(outcome, effectiveMention(state, item), pb, mainInner).length : 1,
    problemLines: problemLines(state.diagnostics, inner(probe.columns)).length,
  });
}

/** How far a pane can scroll: its content's lines beyond what fits. */
export function maxScroll(state: SimState, pane: 'main' | 'problems'): number {
  const outcome = outcomeOf(state, selectedItem(state));
  const layout = screenLayout(state, outcome);
  if (pane === 'problems') {
    return Math.max(0, problemLines(state.diagnostics, inner(layout.columns)).length - layout.problemsContent);
  }
  if (!outcome) return 0;
  const w = inner(layout.mainWidth);
  const failures = failuresShown(state, selectedItem(state));
  if (state.compare) {
    // The comparison takes the place of the decision and the reply: the trace's height.
    return Math.max(0, compareLines(comparedOutcomes(state, selectedItem(state), state.compare), w).length - layout.traceContent);
  }
  const total = state.trace ? traceLines(outcome, w).length : replyLines(outcome, w, failures).length;
  return Math.max(0, total - (state.trace ? layout.traceContent : layout.replyContent));
}
