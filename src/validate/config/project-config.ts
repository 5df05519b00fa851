/**
 * The project configuration (`replybook.config.yaml`, `.yml` or `.json`): its text parsed and
 * validated against schema/config.schema.json, rule ids checked against the rule catalogue, into
 * a `ProjectConfig` and located diagnostics. Pure: the front end reads the file through the door.
 */
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import { parseText } from '../../load/index.js';
import type { ProjectConfigInput, RuleSeverity } from '../../model/input.generated.js';
import { schemaDiagnostics } from '../schema-errors.js';
import { configSchemaData, configValidator } from '../schema-validators.js';
import { didYouMean, unknownName } from '../suggest.js';

/** A rule's level as the configuration writes it. */
export type RuleLevel = RuleSeverity;

/** One rule's setting: its level, and options for a rule that takes them. */
export interface RuleSetting {
  level: RuleLevel;
  options?: Record<string, unknown>;
}

/** Rule settings by rule id. */
export type RuleSettingMap = Record<string, RuleSetting>;

/** The configuration, validated; what a project without a configuration file gets is {@link EMPTY_CONFIG}. */
export interface ProjectConfig {
  /** The configuration file as shown in diagnostics, or null when the project has none. */
  file: string | null;
  /** Globs of playbook folders (relative to the root); null: every folder with a playbook.yaml. */
  playbooks: string[] | null;
  /** Globs never searched, besides the defaults. */
  ignore: string[];
  rules: RuleSettingMap;
  overrides: Array<{ files: string[]; rules: RuleSettingMap }>;
  /** The language of what a person reads (src/i18n); undefined: the playbook's locale, then LANG. */
  lang?: 'ru' | 'en';
  /** How `backtest` reads exports: each field's column, and platform names as channels. */
  backtest?: { columns?: Record<string, string>; channels?: Record<string, string> };
}

export const EMPTY_CONFIG: ProjectConfig = { file: null, playbooks: null, ignore: [], rules: {}, overrides: [] };

/** A level of the configuration as a diagnostic's severity (`warn` → `warning`); null for `off`. */
export function severityOfLevel(level: RuleLevel): Severity | null {
  return level === 'off' ? null : level === 'warn' ? 'warning' : level;
}

/** What parsing a configuration gives: the configuration (defaults where it was unusable) and its diagnostics. */
export interface ParsedConfig {
  config: ProjectConfig;
  diagnostics: Diagnostic[];
}

/**
 * Parses and validates a configuration file's text. `file` is the path shown in diagnostics;
 * `ruleIds` the rules a setting may name (the rule catalogue); `ruleOptions` the rules that take
 * options. JSON is read as YAML, of which it is a subset, so both get the same located messages.
 */
export function parseConfig(
  file: string,
  text: string,
  ruleIds: readonly string[],
  ruleOptions: ReadonlySet<string> = new Set(),
): ParsedConfig {
  const parsed = parseText(file, text);
  // An empty configuration file is a configuration of defaults, not a problem.
  const diagnostics = parsed.diagnostics.filter((d) => d.ruleId !== 'load/empty');
  const empty = { ...EMPTY_CONFIG, file };
  if (parsed.fatal) return { config: empty, diagnostics };
  // An empty file is an empty configuration.
  const data = (parsed.data ?? {}) as unknown;
  const validate = configValidator();
  const valid = validate(data);
  if (!valid) diagnostics.push(...schemaDiagnostics(validate.errors, data as never, parsed.positions, configSchemaData()));
  const known = new Set(ruleIds);
  const isMap = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  // Rule ids are checked even when something else is wrong, so one run reports every typo.
  const settings = (rules: unknown, at: ReadonlyArray<string | number>): RuleSettingMap => {
    const out: RuleSettingMap = {};
    if (!isMap(rules)) return out;
    for (const [id, value] of Object.entries(rules)) {
      const where = [...at, id];
      if (!known.has(id)) {
        diagnostics.push({
          file,
          range: parsed.positions.keyRange(where),
          severity: 'error',
          ruleId: 'config/unknown-rule',
          message: `Unknown rule \`${id}\`, expected one of the rules \`replybook rules\` lists${didYouMean(id, ruleIds)}`,
          path: where,
          ...unknownName('rule', id, ruleIds),
        });
        continue;
      }
      if (!valid) continue;
      const entry = value as RuleSeverity | [RuleSeverity, Record<string, unknown>?];
      const [level, options] = typeof entry === 'string' ? [entry, undefined] : [entry[0], entry[1]];
      if (options !== undefined && Object.keys(options).length > 0 && !ruleOptions.has(id)) {
        diagnostics.push({
          file,
          range: parsed.positions.valueRange([...where, 1]),
          severity: 'error',
          ruleId: 'config/rule-options',
          message: `The rule \`${id}\` takes no options; give its severity alone (\`${id}: ${level}\`)`,
          path: [...where, 1],
          data: { kind: 'subject', of: 'rule', id, level },
        });
      }
      out[id] = options === undefined ? { level } : { level, options };
    }
    return out;
  };
  const raw = isMap(data) ? data : {};
  const rules = settings(raw.rules, ['rules']);
  const overrides = (Array.isArray(raw.overrides) ? raw.overrides : []).map((o: unknown, i) => ({
    files: isMap(o) && Array.isArray(o.files) ? (o.files as string[]) : [],
    rules: settings(isMap(o) ? o.rules : undefined, ['overrides', i, 'rules']),
  }));
  // A configuration with schema errors is not half-applied: the run goes on with the defaults and says why.
  if (!valid) return { config: empty, diagnostics };
  const input = data as ProjectConfigInput;
  const config: ProjectConfig = {
    file,
    playbooks: input.playbooks ?? null,
    ignore: input.ignore ?? [],
    rules,
    overrides,
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.backtest ? { backtest: input.backtest as NonNullable<ProjectConfig['backtest']> } : {}),
  };
  return { config, diagnostics };
}
