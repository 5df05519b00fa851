/**
 * Test runs as problems: each broken expectation of a sample complaint becomes a Diagnostic (rule
 * `test/…`) so the machine formats (SARIF, GitHub, GitLab, JUnit) treat playbook problems and
 * failing samples alike. Each problem carries its identity for fingerprints.
 */
import { sortDiagnostics, type Diagnostic, type Position, type Severity } from '../diagnostics/diagnostic.js';
import type { ComplaintResult, ExpectationFailure, TestRunResult } from '../model/test-result.js';
import { withRuleUrl } from '../diagnostics/rule-url.js';
import { diagnosticIdentity } from './fingerprint.js';
import { translate, type Lang } from '../i18n/index.js';
import { cliMessages } from '../i18n/catalogs/cli.js';

/** A diagnostic with what identifies it across edits (see `fingerprint.ts`). */
export interface Problem {
  diagnostic: Diagnostic;
  identity: string;
}

/** Help for a rule id, as the rule catalogue provides it. */
export interface RuleHelp {
  description: string;
  helpUri?: string;
  /** The rule's default severity, when the catalogue states it (SARIF `defaultConfiguration`). */
  severity?: Severity;
}

/** Rule ids for failing sample complaints, with what each means. */
export const TEST_RULES: ReadonlyMap<string, RuleHelp> = new Map([
  [
    'test/engine-error',
    { description: 'The engine could not complete the outcome of a sample complaint (no template matched, a render error).' },
  ],
  [
    'test/time-budget',
    {
      description:
        'A sample complaint ran out of its time budget (1 s by default, `--timeout MS`) and was stopped; the next complaint ran.',
    },
  ],
  ['test/type-mismatch', { description: 'A sample complaint was classified as another negativity type than it expects.' }],
  ['test/template-mismatch', { description: 'A sample complaint got another reply template than it expects.' }],
  ['test/escalation-mismatch', { description: 'The escalations that fired for a sample complaint differ from the ones it expects.' }],
  ['test/due-mismatch', { description: 'The reply to a sample complaint is due at another time than it expects.' }],
  ['test/hidden-mismatch', { description: 'A sample complaint was hidden when it expects not to be, or the other way round.' }],
  [
    'test/reply-mismatch',
    {
      description:
        'The reply to a sample complaint breaks an expectation on its text (equals, contains, not_contains, matches, max_length) or a reply check.',
    },
  ],
  ['test/snapshot-mismatch', { description: 'The reply to a sample complaint differs from its stored snapshot.' }],
  ['test/expectation-mismatch', { description: 'A sample complaint breaks one of its expectations.' }],
]);

/** The rule id of a broken expectation, from the field it compared. */
export function testRuleId(field: string): string {
  if (field === 'engine') return 'test/engine-error';
  if (field === 'budget') return 'test/time-budget';
  if (field === 'reply' || field.startsWith('reply.')) return 'test/reply-mismatch';
  const id = `test/${field === 'escalations' ? 'escalation' : field}-mismatch`;
  return TEST_RULES.has(id) ? id : 'test/expectation-mismatch';
}

/** A failure as a Diagnostic at the sample complaint. */
export function failureDiagnostic(result: ComplaintResult, failure: ExpectationFailure): Diagnostic {
  return {
    file: result.file,
    range: result.range,
    severity: 'error',
    ruleId: testRuleId(failure.field),
    message: `Sample complaint \`${result.id}\` (${failure.field}): ${failure.message}`,
    note: `expected: ${failure.expected}\nactual: ${failure.actual}`,
    expected: [failure.expected],
    actual: failure.actual,
    data: { kind: 'expectation', complaint: result.id, playbook: result.playbook, field: failure.field },
  };
}

/** Every problem of a run: the playbooks' diagnostics first (sorted), then each broken expectation. */
export function testRunProblems(run: TestRunResult): Problem[] {
  const out: Problem[] = sortDiagnostics(run.diagnostics).map((d) => ({ diagnostic: withRuleUrl(d), identity: diagnosticIdentity(d) }));
  for (const r of run.results) {
    for (const f of r.failures) {
      const d = withRuleUrl(failureDiagnostic(r, f));
      out.push({ diagnostic: d, identity: JSON.stringify([d.ruleId, r.file, 'complaint', r.playbook, r.id, f.field]) });
    }
  }
  return out;
}

/** Diagnostics as problems, in the stable order every reporter prints, each with its rule's documentation link. */
export function diagnosticProblems(diagnostics: ReadonlyArray<Diagnostic>): Problem[] {
  return sortDiagnostics([...diagnostics]).map((d) => ({ diagnostic: withRuleUrl(d), identity: diagnosticIdentity(d) }));
}

/** `file:line:col`, the form VS Code's terminal and most editors turn into a link. */
export function formatLocation(file: string, at: Position): string {
  return `${file}:${at.line}:${at.column}`;
}

/** Looks up help for a rule id: exact id first, then its prefixes (`tone/avoid` → `tone`). */
export function lookupRule(rules: ReadonlyMap<string, RuleHelp> | undefined, ruleId: string): RuleHelp | undefined {
  const exact = rules?.get(ruleId) ?? TEST_RULES.get(ruleId);
  if (exact || !rules) return exact;
  for (let id = ruleId; id.includes('/');) {
    id = id.slice(0, id.lastIndexOf('/'));
    const help = rules.get(id);
    if (help) return help;
  }
  return undefined;
}

/** What `countWords` counts: the catalogue's `count.*` messages. */
export type CountWhat = 'error' | 'warning' | 'info' | 'problem' | 'file' | 'sampleComplaint' | 'playbook';

/** `1 warning`, `2 warnings`; «1 предупреждение», «2 предупреждения», «5 предупреждений», «21 предупреждение» (ICU plural rules). */
export function countWords(n: number, what: CountWhat, locale: Lang = 'en'): string {
  return translate(cliMessages, locale)(`count.${what}`, { n });
}

/** English plural: `1 error`, `2 errors`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
