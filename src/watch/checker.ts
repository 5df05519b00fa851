/**
 * The one place watch calls the validator: a reusable checker (`createChecker()`, whose
 * `check(files)` re-parses only texts that changed).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/index.js';
import type { Playbook } from '../model/playbook.js';
import type { Complaint } from '../model/outcome.js';
import { createChecker } from '../validate/index.js';

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

/** A checker for one group of files, incremental. */
export function createProjectChecker(): ProjectChecker {
  return createChecker();
}
