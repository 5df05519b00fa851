/**
 * The simulator's state and the events that change it. Everything here is data: the reducer
 * (`reducer.ts`) is a pure function of a state and an event, and the I/O (load, watch, save) lives
 * in `effects/` and `hooks/`, which turn what happens outside into events.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Mention, Outcome } from '../../model/outcome.js';
import type { ExpectationFailure } from '../../model/test-result.js';
import type { TextValue } from './text-edit.js';

/** The panes Tab moves between. `main` is the reply (or the trace when it is open). */
export type PaneId = 'sidebar' | 'main' | 'problems';

export interface ChannelInfo {
  id: string;
  name: string;
  limit: number;
  unit: string;
}

/** What the simulator needs to know about one playbook (a summary, so the state stays small). */
export interface PlaybookInfo {
  /** The folder, relative to the working directory. */
  dir: string;
  id: string;
  timezone: string;
  /** The playbook's language (`ru`, `en`): the simulator speaks it unless told otherwise. */
  locale?: string;
  channels: ChannelInfo[];
  voices: Array<{ id: string; name: string }>;
  defaultVoice: string;
  /** Team id → its name. */
  teams: Record<string, string>;
  /** Complaint files, relative to the working directory. */
  complaintFiles: string[];
}

/** A sample complaint from a complaints file, run through its playbook and compared. */
export interface SampleItem {
  /** `file#id`: stable across reloads while the complaint stays in its file. */
  key: string;
  id: string;
  file: string;
  playbookDir: string;
  mention: Mention;
  outcome: Outcome;
  failures: ExpectationFailure[];
  passed: boolean;
}

/** One load of the project from disk: what `loadAndRunPlaybook` (`effects/load-and-run-playbook.ts`) produces. */
export interface LoadedProject {
  playbooks: PlaybookInfo[];
  samples: SampleItem[];
  diagnostics: Diagnostic[];
  /** False when errors keep the playbook from being run (the simulator then keeps the last good load). */
  usable: boolean;
  /** Set when the current time lies in a year the production calendar does not cover (or only provisionally). */
  calendarNotice?: string;
  /** Runs a mention through a playbook of this load (for a changed channel or voice, or a new complaint). */
  respond(playbookDir: string, mention: Mention): Outcome;
}

/** A complaint written in the simulator (`n`), not yet saved. */
export interface Draft {
  key: string;
  id: string;
  playbookDir: string;
  mention: Mention;
  /** The complaint file it is saved into (chosen in the composer). */
  file?: string;
  /** Set once saved: its `file#id`, which replaces the draft when the reload brings it back. */
  savedAs?: string;
}

export type ComposerField = 'text' | 'id' | 'channel' | 'file' | 'author' | 'followers';

/** The new-complaint form. */
export interface ComposerState {
  field: ComposerField;
  text: TextValue;
  author: TextValue;
  followers: TextValue;
  channel: string;
  playbookDir: string;
  /** The id as typed; shown as the suggestion from the text until the user edits it (`idEdited`). */
  id: TextValue;
  idEdited: boolean;
  /** The complaint file chosen; null: the one for the outcome's type (`composerFile`). */
  file: string | null;
  /**
   * The outcome of what is typed so far, worked out a moment after the last key (the App debounces
   * it), and the inputs it is for (`composerKey`): an outcome for older inputs is not shown.
   */
  preview: { for: string; outcome: Outcome; at: string } | null;
}

/** What the save effect is asked to write (the reducer decides, the hook writes). */
export interface SaveRequest {
  /** Complaint file, relative to the working directory. */
  file: string;
  /** The item saved: a draft's key or a sample's key. */
  key: string;
  complaint: {
    id: string;
    text: string;
    channel: string;
    voice?: string;
    author: { name?: string; followers?: number };
    at: string;
  };
  expect: { type: string; template: string | null; escalations: string[] };
  /** `append` a new complaint, or `update` the one with this id (its channel, voice and expectations). */
  mode: 'append' | 'update';
  /** A failing sample saved keeping its expectations: only its channel and voice are written. */
  keep?: boolean;
  /** A failing sample's new outcome accepted: its reply snapshot rewritten too (null text: removed — it gets no reply). */
  snapshot?: { path: string; text: string | null };
}

export interface Notice {
  text: string;
  tone: 'info' | 'error';
}

export interface SimState {
  size: { columns: number; rows: number };
  /** Colours on (off under NO_COLOR): the screen then uses textual cues instead. */
  color: boolean;
  /** The last usable load (what the samples and outcomes come from). */
  project: LoadedProject | null;
  /** Diagnostics of the latest load, usable or not. */
  diagnostics: Diagnostic[];
  /** The latest load was not usable: the samples shown are the last good ones (greyed). */
  stale: boolean;
  loading: boolean;
  /** Keys of the samples whose outcome differs from the load before. */
  changed: string[];
  loads: number;
  loadedAt: string | null;
  selectedKey: string | null;
  filter: string;
  filtering: boolean;
  focus: PaneId;
  trace: boolean;
  /** The selected complaint's reply across every channel or every voice (`C`, `V`), or neither. */
  compare: 'channels' | 'voices' | null;
  help: boolean;
  scroll: { main: number; problems: number };
  /** Channel or voice changed with `c`/`v`, by item key. */
  overrides: Record<string, { channel?: string; voice?: string }>;
  drafts: Draft[];
  composer: ComposerState | null;
  pendingSave: SaveRequest | null;
  /** A failing sample asked to be saved: the save waits for a (accept the new outcome) or k (keep the expectations). */
  confirmSave: SaveRequest | null;
  notice: Notice | null;
  quitting: boolean;
}

/** A key of the text input, already decoded from the terminal. */
export type EditKey =
  | { kind: 'insert'; text: string }
  | { kind: 'backspace' }
  | { kind: 'delete' }
  | { kind: 'left' }
  | { kind: 'right' }
  | { kind: 'up' }
  | { kind: 'down' }
  | { kind: 'home' }
  | { kind: 'end' };

export type SimEvent =
  /** A key as the terminal sent it: decoded against the state it arrives in (see keymap.ts). */
  | { type: 'key'; input: string; key: import('./keymap.js').KeyPress; at: string }
  /** The keys of one read from the terminal (a paste can be thousands), decoded in order. */
  | { type: 'keys'; keys: Array<{ input: string; key: import('./keymap.js').KeyPress }>; at: string }
  | { type: 'reloading' }
  | { type: 'loaded'; project: LoadedProject; at: string }
  | { type: 'load-failed'; message: string }
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'move'; delta: number }
  | { type: 'move-to'; where: 'first' | 'last' }
  | { type: 'focus'; direction: 1 | -1 }
  | { type: 'filter-start' }
  | { type: 'filter-edit'; key: EditKey }
  | { type: 'filter-accept' }
  /** Tab while filtering: the last word completed (a field name, or a value of a field), else the filter kept. */
  | { type: 'filter-complete' }
  /** The time of a notice is up: it goes, unless another has replaced it meanwhile. */
  | { type: 'notice-expire'; notice: Notice }
  | { type: 'filter-cancel' }
  | { type: 'cycle-channel' }
  | { type: 'cycle-voice' }
  | { type: 'reset-overrides' }
  | { type: 'toggle-trace' }
  | { type: 'toggle-compare'; what: 'channels' | 'voices' }
  | { type: 'toggle-help' }
  | { type: 'escape' }
  | { type: 'compose-start' }
  | { type: 'compose-edit'; key: EditKey }
  | { type: 'compose-field'; direction: 1 | -1 }
  | { type: 'compose-cycle-channel'; direction: 1 | -1 }
  | { type: 'compose-cycle-file'; direction: 1 | -1 }
  /** The outcome of the composer's inputs `for` (see `ComposerState.preview`). */
  | { type: 'compose-preview'; for: string; outcome: Outcome; at: string }
  | { type: 'compose-submit'; at: string }
  | { type: 'compose-cancel' }
  | { type: 'save' }
  /** The answer to `confirmSave`: accept the new outcome, or keep the expectations. */
  | { type: 'save-choice'; accept: boolean }
  | { type: 'saved'; request: SaveRequest }
  | { type: 'save-failed'; message: string }
  | { type: 'quit' };
