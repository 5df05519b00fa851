/**
 * The programmatic entry for integrations: read one playbook folder, check it, compile it.
 * `respond(await loadPlaybook('playbooks/acme-market'), mention)` gives the same outcome as
 * `replybook sim --json`.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isUsable, type CheckedPlaybook } from '../model/checked-playbook.js';
import { compileRuntime, type Runtime } from '../engine/index.js';
import { checkProject } from '../validate/index.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { collectFiles } from './files.js';
import { ProjectFs } from './project-fs.js';

/** A checked, compiled playbook: pass it to `respond`. */
export interface LoadedPlaybook extends Runtime, Pick<CheckedPlaybook, 'complaints'> {
  /** Warnings and notes (a playbook with errors is not loaded). */
  diagnostics: Diagnostic[];
}

/** Thrown by `loadPlaybook` when the playbook has errors; `diagnostics` says where. */
export class PlaybookError extends Error {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(message);
    this.name = 'PlaybookError';
  }
}

/** Reads, checks and compiles the playbook in `dir` (a folder with playbook.yaml). */
export async function loadPlaybook(dir: string, options: { cwd?: string } = {}): Promise<LoadedPlaybook> {
  const cwd = options.cwd ?? process.cwd();
  const abs = path.resolve(cwd, dir);
  // The playbook folder is the project: nothing whose real path is outside it is read.
  const project = await ProjectFs.at(abs, { cwd });
  const { files, missing, problems } = await collectFiles(project, [abs]);
  if (missing.length) throw new PlaybookError(`No such folder: ${dir}`, []);
  const check = checkProject(files);
  if (problems.length) check.diagnostics = sortDiagnostics([...check.diagnostics, ...problems]);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    const first = errors[0];
    throw new PlaybookError(
      `The playbook in ${dir} has ${errors.length} error${errors.length === 1 ? '' : 's'}; the first: ${first.file}:${first.range.start.line}:${first.range.start.column} ${first.message}`,
      check.diagnostics,
    );
  }
  const found = check.playbooks.filter(isUsable);
  if (found.length !== 1)
    throw new PlaybookError(`Expected one playbook (a folder with playbook.yaml) in ${dir}, found ${found.length}`, check.diagnostics);
  const entry = found[0];
  return { ...compileRuntime(entry.playbook), complaints: entry.complaints, diagnostics: check.diagnostics };
}
