/**
 * The project a command runs in, with its configuration: the door to the project a path belongs to
 * (project-fs.ts's `findProjectPlace`), the configuration file read through that door and checked
 * by the core (src/validate/config), and the rule settings every checker of the run applies.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import {
  CONFIG_FILES,
  EMPTY_CONFIG,
  parseConfig,
  RULES,
  ruleSettingsOf,
  type ProjectConfig,
  type RuleSettings,
} from '../validate/index.js';
import { openProjectAt, refusalDiagnostic, type ProjectFs, type RawFs } from './project-fs.js';

/** The largest configuration file read; a bigger one is refused as too large. */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** A project opened for a command. */
export interface ConfiguredProject {
  door: ProjectFs;
  config: ProjectConfig;
  /** The configuration's own problems (unknown key, unknown rule id…), located in its file. */
  diagnostics: Diagnostic[];
  /** The rule settings for the checkers, or undefined when the configuration sets none. */
  ruleSettings: RuleSettings | undefined;
}

/** Every rule id a configuration may name. */
let ruleIds: string[] | undefined;

/** Opens the project `target` (default: the working folder) belongs to and reads its configuration. */
export async function openConfiguredProject(cwd: string, opts: { fs?: RawFs; target?: string } = {}): Promise<ConfiguredProject> {
  const { door, configFile } = await openProjectAt(cwd, opts);
  let config = EMPTY_CONFIG;
  const diagnostics: Diagnostic[] = [];
  if (configFile) {
    const text = await door.readText(configFile, MAX_CONFIG_BYTES);
    if (!text.ok) diagnostics.push(refusalDiagnostic(text.refusal, 'configuration file'));
    else {
      ruleIds ??= RULES.map((r) => r.id);
      const parsed = parseConfig(door.show(configFile), text.value, ruleIds);
      config = parsed.config;
      diagnostics.push(...parsed.diagnostics);
    }
  }
  let realCwd = path.resolve(cwd);
  try {
    realCwd = await door.raw.realpath(realCwd);
  } catch {
    /* a working folder that vanished: shown paths are relative to it as given */
  }
  return { door, config, diagnostics, ruleSettings: ruleSettingsOf(config, door.root, realCwd) };
}

/**
 * The rule settings of the configuration file in the folder `door` is rooted at, read synchronously
 * (the language server makes its roots so); undefined without a usable configuration. The
 * configuration's own problems are `check`'s to report.
 */
export function rootRuleSettingsSync(door: ProjectFs): RuleSettings | undefined {
  for (const name of CONFIG_FILES) {
    const file = path.join(door.root, name);
    if (door.kindSync(file) !== 'file') continue;
    const text = door.readTextSync(file, MAX_CONFIG_BYTES);
    if (!text.ok) return undefined;
    ruleIds ??= RULES.map((r) => r.id);
    return ruleSettingsOf(parseConfig(door.show(file), text.value, ruleIds).config, door.root, door.cwd);
  }
  return undefined;
}
