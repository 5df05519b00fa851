/** Reading a project for a command: files from disk, checked by the core. */
import { execFileSync } from 'node:child_process';
import { collectFiles } from '../src/node/files.js';
import { checkProject, RULES } from '../src/validate/index.js';
import type { RuleHelp } from '../src/report/index.js';
import { usage, type CliIO } from './io.js';

import { VERSION } from './version.js';

export { VERSION };

export type ProjectCheck = ReturnType<typeof checkProject>;

/** Reads and checks the project; a usage problem (a path that does not exist) is reported and returned as an exit code. */
export async function loadProject(paths: string[], io: CliIO, command: string): Promise<{ check: ProjectCheck; root: string } | number> {
  const root = gitRoot(io.cwd) ?? io.cwd;
  const { files, missing } = await collectFiles(paths, io.cwd, root);
  if (missing.length) return usage(io, command, `no such file or folder: ${missing.join(', ')}`);
  if (files.length === 0) return usage(io, command, `no playbook files (.yaml) found in ${paths.join(', ') || '.'}`);
  return { check: checkProject(files), root };
}

/** The repository's top folder, or null outside git (SARIF and reports use repository-relative paths). */
export function gitRoot(cwd: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/** Rule help for SARIF `rules[]` and the like, built once from the rule catalogue. */
let ruleHelp: ReadonlyMap<string, RuleHelp> | undefined;

/** What every reporter needs to know about the run's surroundings. */
export function reportContext(io: CliIO) {
  ruleHelp ??= new Map(RULES.map((r) => [r.id, { description: r.description, severity: r.severity }]));
  return { cwd: io.cwd, version: VERSION, rules: ruleHelp };
}
