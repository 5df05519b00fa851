/** Every rule id replybook's loading and validation can report, with one sentence each (SARIF `rules[]`, docs, hover). */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { PlaybookCheck } from './check.js';
import { CHECKS } from './checks/index.js';
import { COMPLAINT_RULES } from './complaint-checks.js';
import { ruleIdOf } from './run-checks.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  description: string;
  /** True when its diagnostics carry the data a fix is made from (the language server's quick fixes). */
  fixable?: boolean;
}

/**
 * The rules whose diagnostics carry a fix in their `data` (src/diagnostics/data.ts): an avoided
 * phrase with its preferred wording, a «ты»-form or a lower-case «вы» with its replacement, an
 * unknown name with a did-you-mean. src/lsp/code-actions.ts turns that data into edits; the
 * catalogue test checks every id here is a rule.
 */
export const FIXABLE_RULES: ReadonlySet<string> = new Set([
  'tone/avoid',
  'tone/address',
  'tone/capitalize-vy',
  'schema/unknown-property',
  'schema/enum',
  'ref/unknown-channel',
  'ref/unknown-escalation',
  'ref/unknown-lexicon',
  'ref/unknown-signal',
  'ref/unknown-team',
  'ref/unknown-template',
  'ref/unknown-type',
  'ref/unknown-voice',
  'template/unknown-helper',
  'template/unknown-partial',
  'template/unknown-variable',
  'config/unknown-rule',
]);

const LOAD_RULES: ReadonlyArray<RuleInfo> = [
  { id: 'load/unreadable', severity: 'error', description: 'The file or folder could not be read (or the playbook has no playbook.yaml).' },
  { id: 'load/missing', severity: 'error', description: 'The simulator was given a folder that does not exist.' },
  {
    id: 'load/no-playbook',
    severity: 'error',
    description: 'The simulator was given a folder with no playbook (no playbook.yaml in it or below).',
  },
  {
    id: 'load/outside-project',
    severity: 'error',
    description:
      'A file, folder or reply snapshot is a symbolic link whose real path is outside the project; it is neither read nor written.',
  },
  { id: 'load/too-large', severity: 'error', description: 'The file is larger than the limit (2 MB) and is refused without parsing.' },
  { id: 'load/binary', severity: 'error', description: 'The file is not UTF-8 text (invalid UTF-8 or NUL bytes).' },
  { id: 'load/empty', severity: 'warning', description: 'The file holds no YAML content.' },
  { id: 'load/too-deep', severity: 'error', description: 'Mappings and lists nest deeper than the limit (64 levels).' },
  { id: 'load/forbidden-key', severity: 'error', description: 'A key `__proto__`, `constructor` or `prototype` is used; it is ignored.' },
  {
    id: 'load/orphan-file',
    severity: 'info',
    description: 'A YAML file belongs to no playbook (no playbook.yaml in its folder or above), or a playbook file is misnamed.',
  },
  {
    id: 'yaml/syntax',
    severity: 'error',
    description: 'The YAML is malformed (or, as a warning, uses something replybook ignores, such as an unknown tag).',
  },
  { id: 'yaml/duplicate-key', severity: 'error', description: 'A mapping has the same key twice.' },
  { id: 'yaml/tab-indent', severity: 'error', description: 'A tab is used for indentation; YAML indents with spaces.' },
  {
    id: 'yaml/alias-limit',
    severity: 'error',
    description: 'Aliases expand beyond the limit (an alias bomb) or refer to the collection that contains them.',
  },
  { id: 'yaml/non-string-key', severity: 'error', description: 'A key is a mapping or a list instead of a name.' },
  { id: 'schema/unknown-property', severity: 'error', description: 'A key the format does not define (usually a typo).' },
  { id: 'schema/required', severity: 'error', description: 'A required key is missing.' },
  { id: 'schema/type', severity: 'error', description: 'A value has the wrong type (a list where a string is expected, …).' },
  { id: 'schema/enum', severity: 'error', description: 'A value is not one of the allowed values.' },
  {
    id: 'schema/pattern',
    severity: 'error',
    description: 'A value or an id does not have the expected form (ids, durations, times, dates).',
  },
  { id: 'schema/format', severity: 'error', description: 'A date or a time is not valid.' },
  { id: 'schema/value', severity: 'error', description: 'A value is out of range, empty, or repeated.' },
  { id: 'playbook/missing-key', severity: 'error', description: 'playbook.yaml lacks `replybook`, `brand`, `locale` or `timezone`.' },
  {
    id: 'playbook/root-key-elsewhere',
    severity: 'warning',
    description: '`replybook`, `brand`, `locale` or `timezone` appear in a file other than playbook.yaml and are ignored.',
  },
  { id: 'playbook/duplicate-section', severity: 'error', description: '`schedule`, `sla` or `tone` is defined in more than one file.' },
  { id: 'schedule/duration', severity: 'error', description: 'A response-time target is not a valid duration.' },
  { id: 'schedule/hours', severity: 'error', description: 'Working hours are malformed or overlap.' },
  { id: 'schedule/conflict', severity: 'warning', description: 'A date is both a holiday and a working day.' },
  {
    id: 'schedule/calendar',
    severity: 'error',
    description: 'A production calendar is unknown: neither `ru` nor a country (or state) code that date-holidays knows.',
  },
  {
    id: 'schedule/calendar-year',
    severity: 'error',
    description: 'A year in `calendar_years` lists a date outside the year, a date both off and working, or a year supplied twice.',
  },
  {
    id: 'schedule/calendar-file',
    severity: 'error',
    description: 'A calendar file of `calendar_files` is missing, unreadable, or not a valid production calendar (XML or JSON).',
  },
  {
    id: 'schedule/calendar-coverage',
    severity: 'warning',
    description:
      "A sample complaint's time lies in a year the production calendar does not cover: its deadline ignores that year's holidays.",
  },
  {
    id: 'schedule/calendar-provisional',
    severity: 'info',
    description: "A sample complaint's time lies in a provisional year (from the statute, without the decree's transfers of days off).",
  },
  { id: 'internal/check-failed', severity: 'error', description: 'A check crashed: a bug in replybook.' },
  {
    id: 'config/unknown-rule',
    severity: 'error',
    description: 'The project configuration (replybook.config.yaml) sets a rule id replybook does not have (usually a typo).',
  },
  { id: 'config/rule-options', severity: 'error', description: 'The project configuration gives options to a rule that takes none.' },
  {
    id: 'config/unused-directive',
    severity: 'error',
    description: 'An inline `# replybook-disable…` directive silences nothing (reported with `--report-unused-disable-directives`).',
  },
];

function checkRules(check: PlaybookCheck): RuleInfo[] {
  if (!check.rules) return [{ id: check.id, severity: check.severity, description: check.description }];
  return Object.entries(check.rules).map(([sub, description]) => ({ id: ruleIdOf(check, sub), severity: check.severity, description }));
}

/** The rule catalogue for a set of checks (default: all), sorted by id, each id once. */
export function ruleCatalogue(checks: readonly PlaybookCheck[] = CHECKS): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  for (const r of [...LOAD_RULES, ...checks.flatMap(checkRules)]) if (!byId.has(r.id)) byId.set(r.id, r);
  for (const [id, description] of Object.entries(COMPLAINT_RULES)) if (!byId.has(id)) byId.set(id, { id, severity: 'error', description });
  return [...byId.values()]
    .map((r) => (FIXABLE_RULES.has(r.id) ? { ...r, fixable: true } : r))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every rule id replybook's loading and validation can report. */
export const RULES: ReadonlyArray<RuleInfo> = ruleCatalogue();
