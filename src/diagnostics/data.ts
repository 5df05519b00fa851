/**
 * What a diagnostic carries for tools (a quick fix, `--fix`, a report), beside the English message:
 * a discriminated union on `kind`, one shape per family of rules. A tool switches on `kind` and
 * never parses the message. The rule ids each kind goes with are listed on each shape; several
 * rules share a shape when they say the same thing about different things (`ref/unknown-type`,
 * `ref/unknown-team`… are all an unknown name).
 */

/**
 * `ref/unknown-*`, `template/unknown-*`, `schema/unknown-property`, `schema/enum`, `schema/pattern` (a key of a fixed
 * vocabulary, such as a day key of `schedule.hours`): a name that is not
 * among the known ones (the diagnostic's `expected` lists them all; the message shows a few).
 */
export interface UnknownNameData {
  kind: 'unknown-name';
  /** What the name refers to: `type`, `channel`, `voice`, `team`, `signal`, `lexicon`, `escalation`, `template`, `partial`, `helper`, `variable`, `property`, `value`, `day key`. */
  of: string;
  /** The name as written. */
  name: string;
  /** The known name closest to `name`, when it is close enough to be a likely typo. */
  suggestion?: string;
}

/** `ref/duplicate-id`, `voice/multiple-default`, `type/multiple-fallbacks`: a second definition of what may exist once. */
export interface DuplicateData {
  kind: 'duplicate';
  /** What is defined twice: `type`, `template`, `complaint`, `default voice`, `fallback type`… */
  of: string;
  /** The id of the second definition (the one reported). */
  id: string;
  /** The id of the first one (equal to `id` for a duplicate id). */
  first: string;
}

/** `tone/avoid`: a phrase the tone of voice avoids. */
export interface AvoidedPhraseData {
  kind: 'avoided-phrase';
  /** The phrase as the tone lists it. */
  phrase: string;
  /** The text found in the template (the phrase itself, or an inflected form of it). */
  found: string;
  /** True when `found` is an inflected form of `phrase` (a replacement would not agree with the sentence). */
  inflected: boolean;
  /** The replacement the tone suggests, if any. */
  prefer?: string;
}

/** `tone/address`, `tone/capitalize-vy`: a form of address the tone of voice does not use. */
export interface AddressFormData {
  kind: 'address-form';
  /** The word found (`ты`, `тебе`, `вы`…). */
  found: string;
  /** The exact replacement when there is one (`Вы` for `вы`); absent for «ты»-forms, which need rewording. */
  replacement?: string;
}

/** `tone/emoji`, `tone/exclamations`, `channel/too-long`, `complaint/*-too-long`, `load/too-large`, `load/too-deep`: a count over a limit. */
export interface OverLimitData {
  kind: 'over-limit';
  /** What is counted: `emoji`, `exclamation marks`, `characters`, `X-weighted characters`, `bytes`, `levels`… */
  unit: string;
  /** How many were found (the least there can be, for a template's length). */
  count: number;
  /** The most allowed. */
  limit: number;
  /** The channel whose limit it is (`channel/too-long`). */
  channel?: string;
  /** The field that is too long (`complaint/*-too-long`), as a dotted path. */
  field?: string;
}

/** `template/unreachable`, `type/unreachable`: something that can never be chosen, and what is chosen instead. */
export interface UnreachableData {
  kind: 'unreachable';
  /** The template or type that can never be chosen. */
  id: string;
  /** The template or type chosen instead, when one is. */
  instead?: string;
}

/** `template/missing-for-channel`: a type that gets a reply with no template for some channels. */
export interface MissingTemplateData {
  kind: 'missing-template';
  type: string;
  channels: string[];
  voice: string;
}

/** `test/*`: a sample complaint whose outcome differs from what it expects. */
export interface ExpectationData {
  kind: 'expectation';
  /** The sample complaint's id. */
  complaint: string;
  /** The playbook folder it belongs to. */
  playbook: string;
  /** The field of the outcome compared: `type`, `template`, `reply.contains`, `snapshot`… */
  field: string;
}

/** `template/syntax`: what is wrong with a template's Handlebars, as `src/template/syntax-error.ts` tells it apart. */
export interface TemplateSyntaxData {
  kind: 'template-syntax';
  /** `unclosed-block`, `mismatched-close`, `close-without-open`, `unclosed-tag`, `stray-close`, … or `unexpected`. */
  problem: string;
  /** The block the problem is about (`if` for an unclosed `{{#if}}`), when there is one. */
  block?: string;
  /** The closing tag's name (`each` for a `{{/each}}` that closes another block), when there is one. */
  close?: string;
}

/** Everything a diagnostic can carry in `data`, told apart by `kind`. */
export type DiagnosticData =
  | UnknownNameData
  | DuplicateData
  | AvoidedPhraseData
  | AddressFormData
  | OverLimitData
  | UnreachableData
  | MissingTemplateData
  | ExpectationData
  | TemplateSyntaxData;

/** The `kind`s of {@link DiagnosticData}. */
export type DiagnosticDataKind = DiagnosticData['kind'];
