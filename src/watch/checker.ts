/**
 * The one place watch calls the validator. It prefers a reusable checker (`createChecker()`, whose
 * `check(files)` re-parses only texts that changed) and falls back to `checkProject` per call.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/index.js';
import type { Playbook } from '../model/playbook.js';
import type { Complaint } from '../model/outcome.js';
import * as validate from '../validate/index.js';

/** What checking a set of files gives (the shape of `checkProject`'s result). */
export interface ProjectCheckResult {
  playbooks: Array<{ dir: string; playbook: Playbook | null; complaints: Complaint[]; complaintFiles: string[] }>;
  diagnostics: Diagnostic[];
}

export interface ProjectChecker {
  check(files: SourceFile[]): ProjectCheckResult;
  /** Drops a deleted file from the checker's cache, when it keeps one. */
  forget?(path: string): void;
}

type ValidateModule = {
  createChecker?: () => ProjectChecker;
  checkProject?: (files: SourceFile[]) => ProjectCheckResult;
};

/** A checker for one group of files: incremental when the validator offers it. */
export function createProjectChecker(): ProjectChecker {
  const v = validate as unknown as ValidateModule;
  if (typeof v.createChecker === 'function') return v.createChecker();
  const checkProject = v.checkProject;
  if (typeof checkProject !== 'function') throw new Error('the validator (src/validate) exports neither createChecker nor checkProject');
  return { check: (files) => checkProject(files) };
}
