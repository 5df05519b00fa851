/**
 * The simulator's state machine: `(state, event) => state`, pure. Keys, loads, file changes,
 * resizes and saves all arrive here as events; I/O happens in the hooks, which read the state
 * (`pendingSave`, `quitting`) and report back with more events.
 */
import type { Outcome } from '../../model/outcome.js';
import { keyToEvent } from './keymap.js';
import { COMPLAINT_ID, composerFile, composerId, composerKey, composerMention, zonedAt } from './composer.js';
import { msg } from '../text/words.js';
import { snapshotPath } from '../../load/sources.js';
import { snapshotText } from '../../test-run/snapshot.js';
import { editText, emptyText } from './text-edit.js';
import {
  allItems,
  effectiveMention,
  filterCompletions,
  focusablePanes,
  maxScroll,
  outcomeOf,
  playbookOf,
  selectedItem,
  visibleItems,
} from './selectors.js';
import type { ComposerField, ComposerState, Draft, LoadedProject, Notice, SaveRequest, SimEvent, SimState } from './types.js';

export function initialState(size: { columns: number; rows: number } = { columns: 80, rows: 24 }, color = true): SimState {
  return {
    size,
    color,
    project: null,
    diagnostics: [],
    stale: false,
    loading: true,
    changed: [],
    loads: 0,
    loadedAt: null,
    selectedKey: null,
    filter: '',
    filtering: false,
    focus: 'sidebar',
    trace: false,
    compare: null,
    help: false,
    scroll: { main: 0, problems: 0 },
    overrides: {},
    drafts: [],
    composer: null,
    pendingSave: null,
    confirmSave: null,
    notice: null,
    quitting: false,
  };
}

/** What of an outcome counts as a change worth marking: the decision and the reply. */
export function outcomeFingerprint(o: Outcome): string {
  return JSON.stringify([
    o.type,
    o.template,
    o.escalations.map((e) => [e.id, e.team, e.priority, e.due ?? null]),
    o.due,
    o.reply,
    o.actions,
    o.checks.map((c) => [c.id, c.ok]),
    o.errors,
  ]);
}

function changedKeys(prev: LoadedProject | null, next: LoadedProject): string[] {
  if (!prev || !prev.usable) return [];
  const before = new Map(prev.samples.map((s) => [s.key, outcomeFingerprint(s.outcome)]));
  const beforeById = new Map(prev.samples.map((s) => [s.id, outcomeFingerprint(s.outcome)]));
  return next.samples
    .filter((s) => {
      const was = before.get(s.key) ?? beforeById.get(s.id);
      return was === undefined || was !== outcomeFingerprint(s.outcome);
    })
    .map((s) => s.key);
}

/** Keeps the selection on a visible item: the same one if it still is, else the nearest. */
/** How long a notice stays on the status bar, in milliseconds: an error a little longer. */
export function noticeMs(notice: Notice): number {
  return notice.tone === 'error' ? 8000 : 4000;
}

function ensureSelection(state: SimState, previousIndex = 0): SimState {
  const visible = visibleItems(state);
  if (visible.some((i) => i.key === state.selectedKey)) return state;
  // Nothing visible (a filter that matches nothing): keep the selection for when the filter changes.
  if (visible.length === 0) return state;
  const i = Math.max(0, Math.min(visible.length - 1, previousIndex));
  return { ...state, selectedKey: visible[i].key, scroll: { ...state.scroll, main: 0 } };
}

function loaded(state: SimState, project: LoadedProject, at: string): SimState {
  // The calendar's notice is shown once, on the first load; the problems pane keeps it afterwards.
  const notice =
    state.loads === 0 && !state.notice && project.calendarNotice ? { text: project.calendarNotice, tone: 'info' as const } : state.notice;
  const base = { ...state, loading: false, loads: state.loads + 1, loadedAt: at, diagnostics: project.diagnostics, notice };
  if (!project.usable && state.project?.usable) {
    // Keep the last good outcomes on screen (greyed) beside the problems, instead of nothing.
    return { ...base, stale: true };
  }
  const changed = changedKeys(state.project, project);
  const oldIndex = visibleItems(state).findIndex((i) => i.key === state.selectedKey);
  let selectedKey = state.selectedKey;
  let drafts = state.drafts.filter((d) => project.playbooks.some((p) => p.dir === d.playbookDir));
  // A saved draft comes back from its file: select it there and drop the draft.
  const byKey = new Set(project.samples.map((s) => s.key));
  for (const d of state.drafts) {
    if (d.savedAs && byKey.has(d.savedAs)) {
      drafts = drafts.filter((x) => x.key !== d.key);
      if (selectedKey === d.key) selectedKey = d.savedAs;
    }
  }
  // Keep the selection by complaint id when its key changed (the complaint moved to another file).
  if (selectedKey && !byKey.has(selectedKey) && !drafts.some((d) => d.key === selectedKey)) {
    const id = state.project?.samples.find((s) => s.key === selectedKey)?.id;
    const same = id === undefined ? undefined : project.samples.find((s) => s.id === id);
    if (same) selectedKey = same.key;
  }
  let next: SimState = { ...base, project, stale: false, changed, drafts, selectedKey };
  next = ensureSelection(next, oldIndex < 0 ? 0 : oldIndex);
  if (next.focus === 'problems' && next.diagnostics.length === 0) next = { ...next, focus: 'sidebar' };
  return clampScroll(next);
}

function clampScroll(state: SimState): SimState {
  const main = Math.min(state.scroll.main, maxScroll(state, 'main'));
  const problems = Math.min(state.scroll.problems, maxScroll(state, 'problems'));
  if (main === state.scroll.main && problems === state.scroll.problems) return state;
  return { ...state, scroll: { main, problems } };
}

function moveSelection(state: SimState, delta: number | 'first' | 'last'): SimState {
  const visible = visibleItems(state);
  if (visible.length === 0) return state;
  const at = visible.findIndex((i) => i.key === state.selectedKey);
  const target =
    delta === 'first' ? 0 : delta === 'last' ? visible.length - 1 : Math.max(0, Math.min(visible.length - 1, (at < 0 ? 0 : at) + delta));
  if (visible[target].key === state.selectedKey) return state;
  return { ...state, selectedKey: visible[target].key, scroll: { ...state.scroll, main: 0 } };
}

function scrollPane(state: SimState, pane: 'main' | 'problems', delta: number | 'first' | 'last'): SimState {
  const max = maxScroll(state, pane);
  const now = state.scroll[pane];
  const to = delta === 'first' ? 0 : delta === 'last' ? max : Math.max(0, Math.min(max, now + delta));
  return to === now ? state : { ...state, scroll: { ...state.scroll, [pane]: to } };
}

function move(state: SimState, delta: number | 'first' | 'last'): SimState {
  if (state.focus === 'sidebar') return moveSelection(state, delta);
  return scrollPane(state, state.focus, delta);
}

/** `c` and `v`: the next channel or voice of the selected complaint's playbook. */
function cycle(state: SimState, what: 'channel' | 'voice'): SimState {
  const item = selectedItem(state);
  if (!item || !state.project) return { ...state, notice: { text: 'No complaint selected', tone: 'error' } };
  const pb = playbookOf(state, item.playbookDir);
  const ids = what === 'channel' ? (pb?.channels ?? []).map((c) => c.id) : (pb?.voices ?? []).map((v) => v.id);
  if (ids.length === 0) return { ...state, notice: { text: `The playbook has no ${what}s`, tone: 'error' } };
  const mention = effectiveMention(state, item);
  const current = what === 'channel' ? mention.channel : (mention.voice ?? pb?.defaultVoice ?? ids[0]);
  const next = ids[(ids.indexOf(current) + 1) % ids.length];
  const original = what === 'channel' ? item.mention.channel : (item.mention.voice ?? pb?.defaultVoice);
  const override = { ...state.overrides[item.key] };
  if (next === original) delete override[what];
  else override[what] = next;
  const overrides = { ...state.overrides };
  if (override.channel === undefined && override.voice === undefined) delete overrides[item.key];
  else overrides[item.key] = override;
  const label = what === 'channel' ? (pb?.channels.find((c) => c.id === next)?.name ?? next) : next;
  return clampScroll({
    ...state,
    overrides,
    scroll: { ...state.scroll, main: 0 },
    notice: { text: `${what} → ${label}${next === original ? ' (as in the file)' : ' (s saves it)'}`, tone: 'info' },
  });
}

const COMPOSER_FIELDS: ComposerField[] = ['text', 'id', 'channel', 'file', 'author', 'followers'];

function startComposer(state: SimState): SimState {
  if (!state.project || state.project.playbooks.length === 0) {
    return { ...state, notice: { text: 'No playbook loaded: fix the problems first', tone: 'error' } };
  }
  const item = selectedItem(state);
  const pb = playbookOf(state, item?.playbookDir);
  if (!pb) return state;
  const channel = item ? effectiveMention(state, item).channel : (pb.channels[0]?.id ?? '');
  const composer: ComposerState = {
    field: 'text',
    text: emptyText(),
    author: emptyText(),
    followers: emptyText(),
    channel: pb.channels.some((c) => c.id === channel) ? channel : (pb.channels[0]?.id ?? ''),
    playbookDir: pb.dir,
    id: emptyText(),
    idEdited: false,
    file: null,
    preview: null,
  };
  return { ...state, composer, help: false, notice: null };
}

function composerEdit(state: SimState, c: ComposerState, key: import('./types.js').EditKey): SimState {
  switch (c.field) {
    case 'text':
      return { ...state, composer: { ...c, text: editText(c.text, key) } };
    case 'id': {
      // The suggestion is where editing starts (an id edited down to nothing saves as the suggestion).
      const suggested = composerId(c, takenIds(state));
      const from = c.idEdited ? c.id : { value: suggested, cursor: suggested.length };
      const k = key.kind === 'insert' ? { ...key, text: key.text.toLowerCase().replace(/[^a-z0-9_-]/g, '') } : key;
      return { ...state, composer: { ...c, id: editText(from, k, true), idEdited: true } };
    }
    case 'file':
      if (key.kind === 'left' || key.kind === 'right' || (key.kind === 'insert' && key.text === ' ')) {
        return cycleComposerFile(state, c, key.kind === 'left' ? -1 : 1);
      }
      return state;
    case 'author':
      return { ...state, composer: { ...c, author: editText(c.author, key, true) } };
    case 'followers': {
      const k = key.kind === 'insert' ? { ...key, text: key.text.replace(/\D/g, '') } : key;
      return { ...state, composer: { ...c, followers: editText(c.followers, k, true) } };
    }
    case 'channel':
      if (key.kind === 'left' || key.kind === 'right' || (key.kind === 'insert' && key.text === ' ')) {
        return cycleComposerChannel(state, c, key.kind === 'left' ? -1 : 1);
      }
      return state;
  }
}

function cycleComposerChannel(state: SimState, c: ComposerState, direction: 1 | -1): SimState {
  const ids = (playbookOf(state, c.playbookDir)?.channels ?? []).map((x) => x.id);
  if (ids.length === 0) return state;
  const i = ids.indexOf(c.channel);
  return { ...state, composer: { ...c, channel: ids[(i + direction + ids.length) % ids.length] } };
}

/** The ids of every sample and draft: a new complaint's must be another. */
function takenIds(state: SimState): Set<string> {
  return new Set(allItems(state).map((i) => i.id));
}

/** Cycles the complaint file: the one for the outcome's type (automatic), then each of the playbook's. */
function cycleComposerFile(state: SimState, c: ComposerState, direction: 1 | -1): SimState {
  const files = [null, ...(playbookOf(state, c.playbookDir)?.complaintFiles ?? [])];
  const i = files.indexOf(c.file);
  return { ...state, composer: { ...c, file: files[(i + direction + files.length) % files.length] } };
}

function submitComposer(state: SimState, c: ComposerState, at: string): SimState {
  const text = c.text.value.trim();
  if (!text) return { ...state, composer: { ...c, field: 'text' }, notice: { text: msg('compose.needText'), tone: 'error' } };
  const taken = takenIds(state);
  const id = composerId(c, taken);
  if (!COMPLAINT_ID.test(id) || (c.idEdited && c.id.value.trim() !== '' && taken.has(id)))
    return { ...state, composer: { ...c, field: 'id' }, notice: { text: msg('compose.badId', { id }), tone: 'error' } };
  const pb = playbookOf(state, c.playbookDir);
  const draft: Draft = {
    key: `draft#${id}`,
    id,
    playbookDir: c.playbookDir,
    // Stored as the team reads it: the playbook's local time with its offset, not UTC.
    mention: composerMention(c, pb ? zonedAt(at, pb.timezone) : at),
    ...(pb ? { file: composerFile(c, pb, state.project?.samples ?? []) } : {}),
  };
  return clampScroll({
    ...state,
    composer: null,
    drafts: [...state.drafts, draft],
    selectedKey: draft.key,
    filter: '',
    filtering: false,
    focus: 'sidebar',
    scroll: { ...state.scroll, main: 0 },
    notice: { text: msg('compose.added', { id, file: draft.file ?? '' }), tone: 'info' },
  });
}

function requestSave(state: SimState): SimState {
  if (state.pendingSave) return state;
  const item = selectedItem(state);
  if (!item || !state.project) return { ...state, notice: { text: 'Nothing to save', tone: 'error' } };
  if (state.stale) return { ...state, notice: { text: 'The playbook has errors: fix them before saving an outcome', tone: 'error' } };
  const outcome = outcomeOf(state, item);
  if (!outcome || outcome.errors.length) {
    return { ...state, notice: { text: `Not saved: the outcome is incomplete (${outcome?.errors[0] ?? 'no outcome'})`, tone: 'error' } };
  }
  const pb = playbookOf(state, item.playbookDir);
  const mention = effectiveMention(state, item);
  const draftFile = item.draft ? state.drafts.find((d) => d.key === item.key)?.file : undefined;
  const file = item.draft ? (draftFile ?? pb?.complaintFiles[0] ?? `${pb?.dir ?? '.'}/complaints.yaml`) : item.group;
  const request: SaveRequest = {
    file,
    key: item.key,
    mode: item.draft ? 'append' : 'update',
    complaint: {
      id: item.id,
      text: mention.text,
      channel: mention.channel,
      ...(mention.voice ? { voice: mention.voice } : {}),
      author: { name: mention.author.name, followers: mention.author.followers },
      at: mention.at,
    },
    expect: { type: outcome.type, template: outcome.template, escalations: outcome.escalations.map((e) => e.id) },
  };
  // A failing sample: its expectations say one thing and the playbook another — the user decides which is right.
  if (!item.draft && item.passed === false) {
    const snapshot = { path: snapshotPath(item.group, item.id), text: snapshotText(outcome) };
    return { ...state, confirmSave: { ...request, snapshot }, notice: { text: msg('save.choose', { id: item.id }), tone: 'info' } };
  }
  return { ...state, pendingSave: request, notice: { text: msg('save.saving', { id: item.id, file }), tone: 'info' } };
}

/** The answer to a failing sample's save: accept its new outcome (expectations and snapshot), or keep the expectations. */
function saveChoice(state: SimState, accept: boolean): SimState {
  const asked = state.confirmSave;
  if (!asked) return state;
  const { snapshot, ...request } = asked;
  const pendingSave: SaveRequest = accept ? { ...request, ...(snapshot ? { snapshot } : {}) } : { ...request, keep: true };
  return {
    ...state,
    confirmSave: null,
    pendingSave,
    notice: { text: msg('save.saving', { id: request.complaint.id, file: request.file }), tone: 'info' },
  };
}

function saved(state: SimState, request: SaveRequest): SimState {
  const newKey = `${request.file}#${request.complaint.id}`;
  const drafts = state.drafts.map((d) => (d.key === request.key ? { ...d, savedAs: newKey } : d));
  const overrides = { ...state.overrides };
  if (request.mode === 'update') delete overrides[request.key];
  return {
    ...state,
    pendingSave: null,
    drafts,
    overrides,
    notice: {
      text: request.keep
        ? msg('save.kept', { id: request.complaint.id, file: request.file })
        : request.snapshot
          ? msg('save.accepted', { id: request.complaint.id, file: request.file, type: request.expect.type })
          : msg('save.saved', { id: request.complaint.id, file: request.file, type: request.expect.type }),
      tone: 'info',
    },
  };
}

/** Typed text that can wait to be inserted together: it changes neither the mode nor the field. */
function pendingInsert(e: SimEvent | null): string | null {
  if (!e || (e.type !== 'compose-edit' && e.type !== 'filter-edit') || e.key.kind !== 'insert') return null;
  return e.key.text;
}

/**
 * The keys of one read in order, as if each were its own `key` event, except that a run of typed
 * text is inserted at once: a 200 KB paste with thousands of line breaks is one edit of the text,
 * not thousands (each of which would copy the whole text again).
 */
function reduceKeys(state: SimState, keys: ReadonlyArray<{ input: string; key: import('./keymap.js').KeyPress }>, at: string): SimState {
  let s = state;
  let pending: { event: SimEvent; parts: string[] } | null = null;
  const flush = () => {
    if (!pending) return;
    const e = pending.event as Extract<SimEvent, { type: 'compose-edit' | 'filter-edit' }>;
    s = reduce(s, { ...e, key: { kind: 'insert', text: pending.parts.join('') } } as SimEvent);
    pending = null;
  };
  for (const k of keys) {
    const decoded = keyToEvent(s, k.input, k.key, () => at);
    const text = pendingInsert(decoded);
    if (text !== null && decoded) {
      if (pending && (pending as { event: SimEvent }).event.type === decoded.type) (pending as { parts: string[] }).parts.push(text);
      else {
        flush();
        pending = { event: decoded, parts: [text] };
      }
      continue;
    }
    flush();
    if (decoded) s = reduce(s, decoded);
  }
  flush();
  return s;
}

/** The reducer. */
export function reduce(state: SimState, event: SimEvent): SimState {
  switch (event.type) {
    case 'key': {
      // Decoding here, not in the component, means every key sees the state the previous key left,
      // even when the terminal delivers several before React renders.
      const decoded = keyToEvent(state, event.input, event.key, () => event.at);
      return decoded ? reduce(state, decoded) : state;
    }
    case 'keys':
      return reduceKeys(state, event.keys, event.at);
    case 'reloading':
      return state.loading ? state : { ...state, loading: true };
    case 'loaded':
      return loaded(state, event.project, event.at);
    case 'load-failed':
      return { ...state, loading: false, notice: { text: `Could not reload: ${event.message}`, tone: 'error' } };
    case 'resize':
      if (event.columns === state.size.columns && event.rows === state.size.rows) return state;
      return clampScroll({ ...state, size: { columns: event.columns, rows: event.rows } });
    case 'move':
      return move(state, event.delta);
    case 'move-to':
      return move(state, event.where);
    case 'focus': {
      const panes = focusablePanes(state);
      const i = panes.indexOf(state.focus);
      return { ...state, focus: panes[(i + event.direction + panes.length) % panes.length] };
    }
    case 'filter-start':
      return { ...state, filtering: true, focus: 'sidebar', help: false };
    case 'filter-edit': {
      const next = editText(emptyText(state.filter), event.key, true).value;
      return ensureSelection({ ...state, filter: next });
    }
    case 'filter-accept':
      return ensureSelection({ ...state, filtering: false });
    case 'notice-expire':
      return state.notice === event.notice ? { ...state, notice: null } : state;
    case 'filter-complete': {
      const [first] = filterCompletions(state, state.filter);
      if (first === undefined) return ensureSelection({ ...state, filtering: false });
      const words = state.filter.split(/(\s+)/);
      words[words.length - 1] = first.endsWith(':') ? first : `${first} `;
      return ensureSelection({ ...state, filter: words.join('') });
    }
    case 'filter-cancel':
      return ensureSelection({ ...state, filtering: false, filter: '' });
    case 'cycle-channel':
      return cycle(state, 'channel');
    case 'cycle-voice':
      return cycle(state, 'voice');
    case 'reset-overrides': {
      if (!state.selectedKey || !state.overrides[state.selectedKey]) return state;
      const overrides = { ...state.overrides };
      delete overrides[state.selectedKey];
      return clampScroll({ ...state, overrides, notice: { text: 'Channel and voice as in the file', tone: 'info' } });
    }
    case 'toggle-trace':
      return {
        ...state,
        trace: !state.trace,
        focus: state.trace ? (state.focus === 'main' ? 'sidebar' : state.focus) : 'main',
        scroll: { ...state.scroll, main: 0 },
      };
    case 'toggle-compare':
      return {
        ...state,
        compare: state.compare === event.what ? null : event.what,
        trace: false,
        scroll: { ...state.scroll, main: 0 },
      };
    case 'toggle-help':
      return { ...state, help: !state.help };
    case 'escape':
      if (state.confirmSave) return { ...state, confirmSave: null, notice: { text: msg('save.cancelled'), tone: 'info' } };
      if (state.help) return { ...state, help: false };
      if (state.trace) return reduce(state, { type: 'toggle-trace' });
      if (state.compare) return { ...state, compare: null, scroll: { ...state.scroll, main: 0 } };
      if (state.filter) return reduce(state, { type: 'filter-cancel' });
      return state.notice ? { ...state, notice: null } : state;
    case 'compose-start':
      return startComposer(state);
    case 'compose-edit':
      return state.composer ? composerEdit(state, state.composer, event.key) : state;
    case 'compose-field': {
      const c = state.composer;
      if (!c) return state;
      const i = COMPOSER_FIELDS.indexOf(c.field);
      return {
        ...state,
        composer: { ...c, field: COMPOSER_FIELDS[(i + event.direction + COMPOSER_FIELDS.length) % COMPOSER_FIELDS.length] },
      };
    }
    case 'compose-cycle-channel':
      return state.composer ? cycleComposerChannel(state, state.composer, event.direction) : state;
    case 'compose-cycle-file':
      return state.composer ? cycleComposerFile(state, state.composer, event.direction) : state;
    case 'compose-preview': {
      const c = state.composer;
      // An outcome for inputs since changed, or for a form since closed, is dropped.
      if (!c || composerKey(c) !== event.for) return state;
      return { ...state, composer: { ...c, preview: { for: event.for, outcome: event.outcome, at: event.at } } };
    }
    case 'compose-submit':
      return state.composer ? submitComposer(state, state.composer, event.at) : state;
    case 'compose-cancel':
      return { ...state, composer: null, notice: { text: 'New complaint discarded', tone: 'info' } };
    case 'save':
      return requestSave(state);
    case 'save-choice':
      return saveChoice(state, event.accept);
    case 'saved':
      return saved(state, event.request);
    case 'save-failed':
      return { ...state, pendingSave: null, notice: { text: `Not saved: ${event.message}`, tone: 'error' } };
    case 'quit':
      return { ...state, quitting: true };
  }
}
