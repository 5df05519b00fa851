/**
 * The one place watch calls the validator: a reusable checker per group of files
 * (`createChecker()`, whose `check(files)` re-parses only texts that changed).
 */
import type { SourceFile } from '../load/index.js';
import type { ProjectCheck } from '../model/checked-playbook.js';
import { createChecker, type CheckerOptions, type Directive } from '../validate/index.js';

/** The part of the validator's checker that a watch session uses (tests pass their own). */
export interface ProjectChecker {
  check(files: SourceFile[]): ProjectCheck;
  /** Drops a deleted file from the checker's cache, when it keeps one. */
  forget?(path: string): void;
  /** The inline directives of a file it has read (a reply check silenced at its template does not fail a complaint). */
  directivesOf?(path: string): readonly Directive[];
}

/** A checker for one group of files, incremental; `options` carry the project configuration's rule settings. */
export function createProjectChecker(options: Pick<CheckerOptions, 'ruleSettings'> = {}): ProjectChecker {
  return createChecker(options);
}
