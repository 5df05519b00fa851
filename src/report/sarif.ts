/**
 * SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers. One run, one `rules[]`
 * entry per rule id used, results with `level`, `region`, related locations and
 * `partialFingerprints` that do not depend on line numbers (see `fingerprint.ts`). Paths are
 * relative to `%SRCROOT%`, the working directory, which `originalUriBaseIds` resolves when the
 * caller passes `cwd`. Columns are UTF-16 code units, as in the Diagnostic type.
 */
import type { Diagnostic, Range, Severity } from '../diagnostics/diagnostic.js';
import type { TestRunResult } from '../model/test-result.js';
import { absoluteRuleUrl, ruleUrl } from '../diagnostics/rule-url.js';
import { FINGERPRINT_KEY, fingerprints } from './fingerprint.js';
import { encodePath, fileUri, isAbsolutePath } from './file-uri.js';
import { diagnosticProblems, lookupRule, testRunProblems, type Problem, type RuleHelp } from './problems.js';

export interface SarifOptions {
  /** replybook's version, for `tool.driver.version`. */
  version?: string;
  /** Where replybook is documented, for `tool.driver.informationUri`. */
  informationUri?: string;
  /** Absolute working directory the file paths are relative to; resolves `%SRCROOT%`. */
  cwd?: string;
  /** Rule help texts by rule id (the rule catalogue). */
  rules?: ReadonlyMap<string, RuleHelp>;
  /**
   * The absolute URL of replybook's package root (ending in `/`), against which each rule's
   * documentation link (`docs/rules.md#<rule id>`) becomes the rule's `helpUri`. SARIF wants an
   * absolute URI there; without a base the link is only in the help text.
   */
  docsBase?: string;
}

/** The URI of the official SARIF 2.1.0 schema, written as the log's `$schema`. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The base id that relative artifact URIs are resolved against. */
export const SRCROOT = '%SRCROOT%';

type Json = { [key: string]: unknown };

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function artifactLocation(file: string): Json {
  const normal = file.replace(/\\/g, '/');
  if (isAbsolutePath(file)) return { uri: fileUri(file) };
  return { uri: encodePath(normal.replace(/^\.\//, '')), uriBaseId: SRCROOT };
}

/** A SARIF region; clamped so a malformed range cannot make the log invalid. */
function region(r: Range): Json {
  const startLine = Math.max(1, r.start.line);
  const startColumn = Math.max(1, r.start.column);
  const endLine = Math.max(startLine, r.end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, r.end.column) : Math.max(1, r.end.column);
  return { startLine, startColumn, endLine, endColumn };
}

function physicalLocation(file: string, r: Range): Json {
  return { artifactLocation: artifactLocation(file), region: region(r) };
}

/** The first sentence of a description, for `shortDescription`. */
function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/s.exec(text);
  return m ? m[1] : text;
}

function ruleDescriptor(id: string, firstSeverity: Severity, opts: SarifOptions): Json {
  const help = lookupRule(opts.rules, id);
  const rule: Json = { id };
  const url = ruleUrl(id);
  const helpUri = help?.helpUri ?? absoluteRuleUrl(url, opts.docsBase);
  rule.shortDescription = { text: help ? firstSentence(help.description) : id };
  if (help) rule.fullDescription = { text: help.description };
  rule.help = { text: `${help ? `${help.description}\n\n` : ''}Documentation: ${helpUri ?? url}` };
  if (helpUri) rule.helpUri = helpUri;
  rule.defaultConfiguration = { level: LEVEL[help?.severity ?? firstSeverity] };
  return rule;
}

function messageText(d: Diagnostic): string {
  return d.note ? `${d.message}\n\n${d.note}` : d.message;
}

function sarifLog(problems: Problem[], opts: SarifOptions): Json {
  const ruleIds: string[] = [];
  const firstSeverity = new Map<string, Severity>();
  for (const { diagnostic: d } of problems) {
    if (!firstSeverity.has(d.ruleId)) firstSeverity.set(d.ruleId, d.severity);
  }
  ruleIds.push(...[...firstSeverity.keys()].sort());
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const prints = fingerprints(problems.map((p) => p.identity));

  const results = problems.map(({ diagnostic: d }, i) => {
    const result: Json = {
      ruleId: d.ruleId,
      ruleIndex: ruleIndex.get(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: messageText(d) },
      locations: [{ physicalLocation: physicalLocation(d.file, d.range) }],
    };
    if (d.related && d.related.length > 0) {
      result.relatedLocations = d.related.map((r, id) => ({
        id,
        physicalLocation: physicalLocation(r.file, r.range),
        message: { text: r.message },
      }));
    }
    result.partialFingerprints = { [FINGERPRINT_KEY]: prints[i] };
    const properties: Json = {};
    if (d.path) properties.path = [...d.path];
    if (d.expected) properties.expected = [...d.expected];
    if (d.actual !== undefined) properties.actual = d.actual;
    if (d.data) properties.data = d.data;
    if (Object.keys(properties).length) result.properties = properties;
    return result;
  });

  const driver: Json = { name: 'replybook' };
  if (opts.version) driver.version = opts.version;
  if (opts.informationUri) driver.informationUri = opts.informationUri;
  driver.rules = ruleIds.map((id) => ruleDescriptor(id, firstSeverity.get(id)!, opts));

  const run: Json = {
    tool: { driver },
    originalUriBaseIds: {
      [SRCROOT]: opts.cwd
        ? { uri: fileUri(opts.cwd, true) }
        : { description: { text: 'The directory replybook ran in; file paths are relative to it.' } },
    },
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/** Diagnostics as a SARIF 2.1.0 log (pretty-printed JSON). */
export function formatSarif(diagnostics: Diagnostic[], opts: SarifOptions = {}): string {
  return `${JSON.stringify(sarifLog(diagnosticProblems(diagnostics), opts), null, 2)}\n`;
}

/** A test run as a SARIF 2.1.0 log: playbook diagnostics plus one result per broken expectation (`test/…`). */
export function formatSarifTestRun(run: TestRunResult, opts: SarifOptions = {}): string {
  return `${JSON.stringify(sarifLog(testRunProblems(run), opts), null, 2)}\n`;
}
