/** Reading a project for a command: files from disk through the project's door, checked by the core. */
import { sortDiagnostics, type Diagnostic } from '../src/diagnostics/diagnostic.js';
import type { SourceFile } from '../src/load/source-file.js';
import { collectFiles } from '../src/node/files.js';
import type { ProjectFs } from '../src/node/project-fs.js';
import { openConfiguredProject, type ConfiguredProject } from '../src/node/project-config.js';
import { walkScope } from '../src/validate/index.js';
import type { WorkerCheckerOptions } from '../src/node/pool-task.js';
import { playbookGroups, runInWorkers } from '../src/node/pool.js';
import type { ProjectCheck } from '../src/model/checked-playbook.js';
import { checkProject, RULES } from '../src/validate/index.js';
import type { RuleHelp } from '../src/report/index.js';
import { usage, type CliIO } from '../src/node/io.js';
import { translate, type Lang } from '../src/i18n/index.js';
import { cliMessages } from '../src/i18n/catalogs/cli.js';
import { commandLang } from './lang.js';

import { DOCS_BASE, VERSION } from './version.js';

export { VERSION };

/**
 * The project the command runs in, with its configuration: the one the first path given belongs to
 * (the folder of its nearest replybook.config.yaml, else its git repository, else its own folder),
 * or the working folder's when no path is given.
 */
export function openCommandProject(io: CliIO, paths: readonly string[] = []): Promise<ConfiguredProject> {
  return openConfiguredProject(io.cwd, { ...(io.fs ? { fs: io.fs } : {}), ...(paths.length ? { target: paths[0] } : {}) });
}

/**
 * Reads and checks the project; a usage problem (a path that does not exist) is reported and
 * returned as an exit code. Folders that could not be searched and paths that lead outside the
 * project are diagnostics among the check's.
 */
export async function readAndCheckProject(
  paths: string[],
  io: CliIO,
  command: string,
  opened?: ConfiguredProject,
): Promise<{ check: ProjectCheck; root: string; project: ProjectFs } | number> {
  const read = await readProjectFiles(paths, io, command, opened);
  if (typeof read === 'number') return read;
  const check = checkProject(read.files, checkerOptions(read.configured));
  if (read.problems.length) check.diagnostics = sortDiagnostics([...check.diagnostics, ...read.problems]);
  return { check, root: read.project.root, project: read.project };
}

/**
 * `check`: reads the project and gives its diagnostics, checking groups of playbooks on `jobs`
 * cores (src/node/pool.ts) when there are several — the same diagnostics in the same order as one core.
 */
export async function readAndCheckDiagnostics(
  paths: string[],
  io: CliIO,
  command: string,
  opened: ConfiguredProject,
  jobs: number,
  reportUnusedDirectives?: boolean,
  lang?: Lang,
): Promise<{ diagnostics: Diagnostic[] } | number> {
  const read = await readProjectFiles(paths, io, command, opened, lang);
  if (typeof read === 'number') return read;
  const groups = read.problems.length ? [read.files] : playbookGroups(read.files, jobs);
  if (groups.length < 2) {
    const check = checkProject(read.files, checkerOptions(opened, reportUnusedDirectives));
    return { diagnostics: read.problems.length ? sortDiagnostics([...check.diagnostics, ...read.problems]) : check.diagnostics };
  }
  const checker = checkerOptions(opened, reportUnusedDirectives);
  const answers = await runInWorkers<Diagnostic[]>(groups.map((files) => ({ kind: 'check', files, checker })));
  return { diagnostics: sortDiagnostics(answers.flat()) };
}

/**
 * Reads the project's files for a command that checks them itself; with `later` (`test`, which
 * streams its complaint files), the complaint files are found and left to read one at a time.
 */
export async function readProjectFiles(
  paths: string[],
  io: CliIO,
  command: string,
  opened?: ConfiguredProject,
  lang?: Lang,
  { later = false }: { later?: boolean } = {},
): Promise<{ files: SourceFile[]; later: string[]; problems: Diagnostic[]; project: ProjectFs; configured: ConfiguredProject } | number> {
  const configured = opened ?? (await openCommandProject(io, paths));
  const project = configured.door;
  const found = await collectFiles(project, paths, walkScope(configured.config), { later });
  const { files, missing, problems } = found;
  const t = () => translate(cliMessages, lang ?? commandLang({}, io, configured));
  if (missing.length) return usage(io, command, t()('project.missing', { paths: missing.join(', ') }));
  // The configuration's own problems are the run's: an unknown rule id fails `check` like a playbook's error.
  if (configured.diagnostics.length) problems.push(...configured.diagnostics);
  if (files.length === 0 && found.later.length === 0 && problems.length === 0)
    return usage(io, command, t()('project.noFiles', { paths: paths.join(', ') || '.' }));
  return { files, later: found.later, problems, project, configured };
}

/** What the checkers of a run are given: the project configuration's rule settings, and `--report-unused-disable-directives`. */
export function checkerOptions(project: ConfiguredProject, reportUnusedDirectives?: boolean): WorkerCheckerOptions {
  return {
    ...(project.ruleSettings ? { ruleSettings: project.ruleSettings } : {}),
    ...(reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
  };
}

/** `--quiet`: only the errors. */
export function onlyErrors(list: Diagnostic[], quiet: boolean | undefined): Diagnostic[] {
  return quiet ? list.filter((d) => d.severity === 'error') : list;
}

/** Rule help for SARIF `rules[]` and the like, built once from the rule catalogue. */
let ruleHelp: ReadonlyMap<string, RuleHelp> | undefined;

/** What every reporter needs to know about the run's surroundings, and the language a person reads it in (default English). */
export function reportContext(io: CliIO, lang: Lang = 'en') {
  ruleHelp ??= new Map(RULES.map((r) => [r.id, { description: r.description, severity: r.severity }]));
  return { cwd: io.cwd, version: VERSION, rules: ruleHelp, lang, ...(DOCS_BASE ? { docsBase: DOCS_BASE } : {}) };
}
