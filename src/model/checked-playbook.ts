/** What checking a project gives: each playbook as checked, and every diagnostic. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Complaint } from './outcome.js';
import type { Playbook } from './playbook.js';

/** One playbook as a project check gives it (`checkProject`). */
export interface CheckedPlaybook {
  /** The playbook's folder, relative to the working folder (forward slashes; `.` for the working folder itself). */
  dir: string;
  /** The playbook, or null when it has errors (front ends run nothing on it). */
  playbook: Playbook | null;
  /** Its sample complaints without errors of their own. */
  complaints: Complaint[];
  /** Its complaint files, by path. */
  complaintFiles: string[];
}

/** A checked playbook without errors: one that runs. */
export type UsablePlaybook = CheckedPlaybook & { playbook: Playbook };

/** Whether a checked playbook has no errors and so runs. */
export function isUsable(p: CheckedPlaybook): p is UsablePlaybook {
  return p.playbook !== null;
}

/** The result of checking a whole project. */
export interface ProjectCheck {
  playbooks: CheckedPlaybook[];
  diagnostics: Diagnostic[];
}
