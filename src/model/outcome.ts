/**
 * A mention in, an outcome out: the engine's input and output, and a sample complaint with the
 * expectations `replybook test` compares against.
 */
import type { Priority, Source, Locale } from './playbook.js';
import type { TraceMessageId } from '../i18n/catalogs/trace.js';

export interface Author {
  name?: string;
  handle?: string;
  followers?: number;
  verified?: boolean;
}

/** One mention of the brand, as a monitoring service delivers it. */
export interface Mention {
  text: string;
  channel: string;
  author: Author;
  /** When it was posted: an ISO 8601 time with an offset. */
  at: string;
  /** A voice other than the playbook's default. */
  voice?: string;
  locale?: Locale;
}

/** A stretch of the mention's original text (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A trace step's or a reply check's message as data, for a person's language: an id of the trace
 * catalogue (src/i18n/catalogs/trace.ts) and its values. Its English is the `message` exactly.
 */
export interface TraceSay {
  id: TraceMessageId;
  values?: Readonly<Record<string, SayValue>>;
}

/**
 * A value of a message: text or a number as found (quoted text, ids, counts stay data), another
 * message (the condition that decided a step), a list of them, or a time.
 */
export type SayValue = string | number | TraceSay | SayList | SayTime;

/** Items joined as the language joins them (`join.comma`, `join.or`, … of the catalogue). */
export interface SayList {
  join: 'comma' | 'semicolon' | 'bar' | 'or';
  items: readonly SayValue[];
}

/**
 * A time in a zone, written as the engine's English writes it — `iso` as is, `label` as
 * `Mon 2026-03-02 10:15`, `day` as `Mon 2026-03-02`, `date` as `2026-03-02`, `clock` as `10:15` — and in
 * Russian as a person reads it («пн, 2 марта 2026, 10:15»).
 */
export interface SayTime {
  /** ISO 8601 with the zone's offset (its date and clock are the zone's local ones). */
  time: string;
  as: 'iso' | 'label' | 'day' | 'date' | 'clock';
  /** The IANA zone, for its name («МСК»). */
  zone?: string;
}

/** One step of the explanation of an outcome. */
export interface TraceStep {
  stage: 'normalise' | 'classify' | 'escalate' | 'deadline' | 'template' | 'render' | 'check-reply';
  /** One line a person reads: "type `profanity`: lexicon `profanity` matched «х у й»". */
  message: string;
  /** Matched stretches of the original text, for highlighting. */
  spans?: TextSpan[];
  /** Where the rule that decided this is defined. */
  source?: Source;
  /** false: this step is about something that did not hold (an earlier type that did not match). */
  ok?: boolean;
  /** `message` as data, for a person's language (`stepText`); set only when the trace is on. */
  say?: TraceSay;
}

export interface FiredEscalation {
  id: string;
  team: string;
  priority: Priority;
  approval: boolean;
  reply: 'normal' | 'holding' | 'none';
  hide: boolean;
  /** ISO time in the playbook's time zone by which this escalation wants a reply, if it sets one. */
  due?: string;
}

export interface ReplyCheck {
  /** `tone/address`, `tone/avoid`, `tone/require-thanks`, `channel/limit`, `template/leftover`, … */
  id: string;
  ok: boolean;
  message: string;
  /** `message` as data, for a person's language (`stepText`); set only when the trace is on. */
  say?: TraceSay;
}

export interface ReplyLength {
  count: number;
  limit: number;
  unit: string;
}

export interface Outcome {
  type: string;
  /** Every escalation rule that fired, in playbook order. */
  escalations: FiredEscalation[];
  /** Actions of the type and the escalations: `hide`, `block`, `monitor`, `approval`. */
  actions: string[];
  priority: Priority;
  /** ISO 8601 time in the playbook's time zone by which the reply is due. */
  due: string | null;
  template: string | null;
  voice: string;
  /** The rendered reply with the voice's signature, or null when this type gets no reply. */
  reply: string | null;
  length: ReplyLength | null;
  checks: ReplyCheck[];
  /** Signals found in the mention and their values. */
  signals: Record<string, string>;
  /** Matched stretches of the original text (all stages), for highlighting. */
  spans: TextSpan[];
  trace: TraceStep[];
  /** Errors that stopped a stage (no template matched, a render error): the outcome is incomplete. */
  errors: string[];
  /**
   * Set when a limit stopped the engine (its message is in `errors`): the mention's time budget ran
   * out, or a string of it is longer than matching accepts (docs/playbook-format.md, «Limits»).
   */
  stopped?: OutcomeStop;
}

/** Which limit stopped the engine, where, and the numbers. */
export interface OutcomeStop {
  limit: 'time-budget' | 'mention-length';
  /** The stage that was running (`classify`, `render`, …) or the field over its length (`text`, `author.name`). */
  at: string;
  /** The limit: milliseconds, or UTF-16 code units. */
  max: number;
  /** What was found: the milliseconds spent, or the field's length. */
  actual: number;
}

export interface ReplyExpectation {
  equals?: string;
  contains?: string[];
  not_contains?: string[];
  matches?: string;
  max_length?: number;
}

export interface Expectation {
  type?: string;
  template?: string | null;
  /** Escalation ids, or `{ to, priority }` pairs; an empty list means none may fire. */
  escalations?: Array<string | { to: string; priority?: Priority }>;
  due?: string;
  reply?: ReplyExpectation | null;
  hidden?: boolean;
}

/** A sample complaint from a complaints file. */
export interface Complaint extends Mention {
  id: string;
  file: string;
  source: Source;
  expect: Expectation;
}
