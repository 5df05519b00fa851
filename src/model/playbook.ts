/**
 * The playbook as the engine sees it: validated, references resolved, durations and schedules
 * parsed. `load` + `validate` turn YAML files into this; `classify`, `escalate`, `deadline`,
 * `template` and `check-reply` read it. Every element keeps `source`, where it was defined, so a
 * trace, a diagnostic or the language server can point at it.
 *
 * Id-keyed collections are `Map`s (never plain objects) so that ids such as `__proto__` or
 * `constructor` from an untrusted playbook are just strings.
 */
import type { Location } from '../diagnostics/diagnostic.js';

export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];

/** Where a model element came from: its file, range and JSON path in the YAML document. */
export interface Source extends Location {
  path: ReadonlyArray<string | number>;
}

// ── durations and schedules ────────────────────────────────────────────────────────────────────

/** A response-time target. `calendar` counts wall-clock time; `business` counts working time. */
export type Duration =
  | { kind: 'calendar'; minutes: number; text: string }
  | { kind: 'business-minutes'; minutes: number; text: string }
  | { kind: 'business-days'; days: number; text: string }
  /** `end of business day` (offset 0) or `end of next business day` (offset 1). */
  | { kind: 'end-of-business-day'; offset: number; text: string };

/** Minutes from local midnight: [start, end), end ≤ 1440. */
export interface Interval {
  start: number;
  end: number;
}

export interface Schedule {
  timezone: string;
  /** Weekly hours, index 0 = Monday … 6 = Sunday. An empty list is a day off. */
  weekly: Interval[][];
  /** ISO dates (YYYY-MM-DD, local) that are days off whatever the weekday. */
  holidays: ReadonlySet<string>;
  /** ISO dates that are working days although they fall on a weekend, with their hours. */
  workingDays: ReadonlyMap<string, Interval[]>;
  /** Production calendars in use: `ru`, or country codes (`us`, `de-by`) whose public holidays apply. */
  calendars: string[];
  /** Years of a production calendar the playbook supplies (`calendar_years`, `calendar_files`); each replaces the built-in data of its year. */
  calendarYears?: CalendarYear[];
  source?: Source;
}

/** One year of a production calendar: built in, or supplied by the playbook (docs/deadlines.md). */
export interface CalendarYear {
  year: number;
  /** Days off beyond Saturdays and Sundays (YYYY-MM-DD): public holidays and transferred days off. */
  holidays: readonly string[];
  /** Saturdays or Sundays that are working days (transfers). */
  workingDays: readonly string[];
  /** Working days one hour shorter before a public holiday (RU Labour Code, art. 95). */
  shortenedDays: readonly string[];
  /** Where the dates come from: the decree or statute, or the playbook file that supplied them. */
  origin: string;
  /** From the statute only: the yearly decree's transfers are not in it. */
  provisional?: boolean;
  /** Where the playbook supplied it. */
  source?: Source;
}

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

export interface Sla {
  firstResponse: Duration;
  byPriority: Partial<Record<Priority, Duration>>;
  source?: Source;
}

// ── where replies go, who speaks, how ─────────────────────────────────────────────────────────

/** How a platform counts its length limit. */
export type LengthUnit = 'graphemes' | 'twitter' | 'bytes' | 'utf16';

export interface Channel {
  id: string;
  name: string;
  limit: number;
  unit: LengthUnit;
  kind?: string;
  source: Source;
}

export interface Voice {
  id: string;
  name: string;
  signature?: string;
  isDefault: boolean;
  /** Tone overrides for this voice (merged over the playbook's tone). */
  tone?: Partial<Tone>;
  source: Source;
}

export interface Team {
  id: string;
  name: string;
  contact?: string;
  source: Source;
}

export type Address = 'formal' | 'informal' | 'any';
export type RequiredElement = 'greeting' | 'thanks' | 'regret' | 'help' | 'name';

export interface AvoidRule {
  phrase: string;
  prefer?: string;
  why?: string;
  source?: Source;
}

export interface Tone {
  address: Address;
  capitalizeVy: boolean;
  emoji: 'none' | 'allowed';
  maxEmoji?: number;
  maxExclamations?: number;
  require: RequiredElement[];
  /** Phrases counting as each element, added to the built-in ones of the locale. */
  elements: Partial<Record<RequiredElement, string[]>>;
  avoid: AvoidRule[];
  source?: Source;
}

// ── matching ───────────────────────────────────────────────────────────────────────────────────

export type Comparison = 'gt' | 'gte' | 'lt' | 'lte' | 'eq';

/** A condition of a type's `match`, an escalation's `when`: data, compiled by `classify`. */
export type Condition =
  | { kind: 'all'; of: Condition[]; source: Source }
  | { kind: 'any'; of: Condition[]; source: Source }
  | { kind: 'not'; of: Condition; source: Source }
  /** `gap`: other words allowed between a phrase's words, when the list sets it (else the default, 2). */
  | { kind: 'words'; words: string[]; gap?: number; source: Source }
  | { kind: 'regex'; pattern: string; flags: string; word?: boolean; source: Source }
  | { kind: 'lexicon'; names: string[]; source: Source }
  | { kind: 'signal'; names: string[]; source: Source }
  | { kind: 'channel'; channels: string[]; source: Source }
  | { kind: 'type'; types: string[]; source: Source }
  | { kind: 'followers'; op: Comparison; value: number; source: Source }
  | { kind: 'verified'; value: boolean; source: Source };

export interface SignalDef {
  id: string;
  pattern: string;
  flags: string;
  /** Match only a whole word (see `word` in docs/playbook-format.md). */
  word?: boolean;
  description?: string;
  source: Source;
}

export interface LexiconDef {
  id: string;
  /** For a new lexicon: its words. For a built-in one: words added to it. */
  words: string[];
  /** Words the built-in lexicon must not fire on for this playbook. */
  except: string[];
  /** Other words allowed between a phrase's words, when the playbook sets it. */
  gap?: number;
  builtin: boolean;
  source: Source;
}

export type TypeAction = 'hide' | 'block' | 'monitor';

export interface NegativityType {
  id: string;
  description?: string;
  /** Absent for a fallback type. */
  match?: Condition;
  fallback: boolean;
  reply: 'template' | 'none';
  actions: TypeAction[];
  respondWithin?: Duration;
  source: Source;
}

export interface Escalation {
  id: string;
  description?: string;
  when: Condition;
  to: string;
  priority: Priority;
  approval: boolean;
  reply: 'normal' | 'holding' | 'none';
  hide: boolean;
  respondWithin?: Duration;
  source: Source;
}

export interface TemplateWhen {
  type?: string[];
  channel?: string[];
  voice?: string[];
  locale?: Locale[];
  signals?: string[];
  missing?: string[];
  escalation?: string[];
  holding?: boolean;
}

/** How a YAML scalar was written: the loader records it so that offsets inside the value can be mapped back to the file. */
export type ScalarStyle = 'plain' | 'quoted' | 'block';

export interface Template {
  id: string;
  description?: string;
  when: TemplateWhen;
  text: string;
  /** Where `text` begins in its file, so template errors land on the line of the bad tag. */
  textSource: Source & { style: ScalarStyle };
  source: Source;
}

export interface PartialTemplate {
  id: string;
  text: string;
  textSource: Source & { style: ScalarStyle };
  source: Source;
}

export interface Playbook {
  /** The folder's name. */
  id: string;
  /** The folder, relative to the working directory. */
  dir: string;
  /** Files of the playbook in reading order (complaint files not included). */
  files: string[];
  brand: string;
  locale: Locale;
  timezone: string;
  schedule: Schedule;
  sla: Sla;
  channels: Map<string, Channel>;
  voices: Map<string, Voice>;
  defaultVoice: string;
  teams: Map<string, Team>;
  tone: Tone;
  signals: Map<string, SignalDef>;
  lexicons: Map<string, LexiconDef>;
  /** In matching order; the fallback, if any, is last. */
  types: NegativityType[];
  escalations: Escalation[];
  templates: Map<string, Template>;
  partials: Map<string, PartialTemplate>;
}

/** The playbook's tone with a voice's overrides (merged once per voice: compiled tones are cached by object). */
const voiceTones = new WeakMap<Voice, Tone>();
export function toneOfVoice(pb: Playbook, voice: Voice | undefined): Tone {
  if (!voice?.tone) return pb.tone;
  let tone = voiceTones.get(voice);
  if (!tone) {
    tone = { ...pb.tone, ...voice.tone };
    voiceTones.set(voice, tone);
  }
  return tone;
}
