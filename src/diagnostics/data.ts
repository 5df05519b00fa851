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

/**
 * `ref/duplicate-id`, `voice/multiple-default`, `type/multiple-fallbacks`, `yaml/duplicate-key`,
 * `playbook/duplicate-section`, `schedule/calendar-year` (a year supplied twice): a second
 * definition of what may exist once.
 */
export interface DuplicateData {
  kind: 'duplicate';
  /** What is defined twice: `type`, `template`, `complaint`, `default voice`, `fallback type`, `key`, `section`, `calendar year`… */
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

/** `tone/emoji`, `tone/exclamations`, `channel/too-long`, `complaint/*-too-long`, `load/too-large`: a count over a limit. */
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

/**
 * `load/*`, and `yaml/syntax` for a second document: what is wrong with a file as a whole, or with
 * a key the loader refuses.
 */
export interface FileProblemData {
  kind: 'file-problem';
  /**
   * `nul-byte` (a binary file; `offset`), `not-utf8`, `empty`, `no-playbook-file` (`name` the path
   * of the missing playbook.yaml), `orphan` (a YAML file of no playbook), `misnamed` (`name` the
   * file's name, such as `playbook.yml`), `forbidden-key` (`name` the key), `multiple-documents`,
   * `nesting-refused` (the pre-scan refuses the file; `limit`), `nesting` (while converting;
   * `limit`), `nesting-parser` (the parser itself ran out of stack); the simulator's
   * `no-such-folder`, `no-files` and `no-playbook` (`name` the folder it was given).
   */
  problem: string;
  /** The file name, path or key the problem is about. */
  name?: string;
  /** A byte offset in the file. */
  offset?: number;
  /** The limit the file is over (levels of nesting). */
  limit?: number;
}

/**
 * `playbook/missing-key` and `playbook/root-key-elsewhere`: a top-level key of playbook.yaml missing
 * from it, or written in another file.
 */
export interface PlaybookKeyData {
  kind: 'playbook-key';
  /** `missing` or `elsewhere`. */
  problem: string;
  /** The key: `replybook`, `brand`, `locale`, `timezone`. */
  key: string;
  /** Every key playbook.yaml must hold, in order (`missing`). */
  required?: string[];
}

/**
 * The one thing a problem is about, by id: `type/no-match` and `type/fallback-not-last` (a type;
 * `count` the types after the fallback), `template/missing-holding` (an escalation),
 * `template/partial-recursion` (a partial; `cycle` the partials of a longer loop, first to last and
 * back), `config/rule-options` (a rule; `level` the severity it is given), `schedule/conflict` (a
 * date).
 */
export interface SubjectData {
  kind: 'subject';
  /** `type`, `escalation`, `partial`, `rule`, `date`. */
  of: string;
  id: string;
  count?: number;
  cycle?: string[];
  level?: string;
}

/** `config/unused-directive`: an inline directive that silences nothing. */
export interface UnusedDirectiveData {
  kind: 'unused-directive';
  /** `disable`, `disable-next-line`. */
  directive: string;
  /** The rule ids it names and silences nothing of; empty when it names none (every rule). */
  rules: string[];
}

/** `internal/check-failed`: a check (or schema validation) that threw — a bug in replybook. */
export interface InternalErrorData {
  kind: 'internal-error';
  /** The check's id, or for schema validation the schema's name (`playbook`, `complaints`…). */
  check?: string;
  schema?: string;
  /** The error's own message (English: it is for the bug report). */
  error: string;
}

/**
 * A problem a producing module says as a code with its values, beside its English sentence (the
 * codes are listed where each module defines them).
 */
interface CodedProblem {
  /** The problem, as the module names it (`too-long`, `lookahead`, `too-many-tags`…). */
  code: string;
  /** What the sentence says of it: numbers, the construct's text, names. */
  values: Record<string, string | number>;
}

/** `regex/*`: why a pattern cannot run (`PatternProblem` in src/text/pattern.ts lists the codes). */
export interface PatternProblemData extends CodedProblem {
  kind: 'pattern-problem';
}

/**
 * `schedule/duration`, `schedule/hours`, `schedule/calendar`, `schedule/calendar-year`,
 * `schedule/calendar-file`, `schedule/calendar-coverage`, `schedule/calendar-provisional`: what the
 * duration, hours and calendar parsers of src/deadline say, by code (`DurationError`,
 * `HoursProblem`, `CalendarProblem`… list them); `schedule/duration` adds `input`, the text as written.
 */
export interface ScheduleProblemData extends CodedProblem {
  kind: 'schedule-problem';
}

/**
 * `load/unreadable`, `load/outside-project`, `load/too-large`: a file or folder the project's door
 * (src/node/project-fs.ts) refuses — `code` its reason (`RefusalWhy`), `values` the reason's values
 * with `verb` (`read`, `list`…), `what` (`file`, `folder`, `configuration file`…) and `note`
 * (`link`, `outside`, `read` for the note a refusal outside the project has; empty otherwise).
 */
export interface FileRefusalData extends CodedProblem {
  kind: 'file-refusal';
}

/**
 * `yaml/alias-limit`, `yaml/non-string-key`: what the loader refuses while converting YAML to data
 * (src/load/to-data.ts): `alias-nodes` (`limit` values aliases may expand to), `alias-count`
 * (`limit` alias references), `alias-cycle` (`alias` the anchor name of an alias inside what it
 * refers to), `non-string-key`.
 */
export interface YamlProblemData extends CodedProblem {
  kind: 'yaml-problem';
}

/**
 * `schema/format`, `schema/value`: a value the schema refuses, by the check it fails
 * (src/validate/schema-errors.ts): `format` (`value` as described, `format` the schema's format
 * name, `what` the schema's description as the English message adds it), `min-items` and
 * `min-properties` (`limit`), `min-length`, `range` (`value`, `comparison` such as `>=`, `limit`).
 */
export interface SchemaProblemData extends CodedProblem {
  kind: 'schema-problem';
}

/**
 * `template/too-*`, `template/dynamic-partial`, `template/inline-partial`,
 * `template/prototype-access`, `template/helper-argument`: what the template analysers refuse,
 * with `of` (`template` or `partial`) and `id` the text it is in. The codes: `nesting`,
 * `subexpressions`, `tags` (src/template/prescan.ts; `limit`), `playbook-tags` (`limit`),
 * `expansion` (src/validate/checks/template-bounds.ts; `size`, `recursive`, `limit` and the
 * reason's values), and those of `TemplateProblem` (src/template/analyse.ts).
 */
export interface TemplateProblemData extends CodedProblem {
  kind: 'template-problem';
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
  | TemplateSyntaxData
  | FileProblemData
  | PlaybookKeyData
  | SubjectData
  | UnusedDirectiveData
  | InternalErrorData
  | PatternProblemData
  | ScheduleProblemData
  | FileRefusalData
  | YamlProblemData
  | SchemaProblemData
  | TemplateProblemData;

/** The `kind`s of {@link DiagnosticData}. */
export type DiagnosticDataKind = DiagnosticData['kind'];
