/** Picking the deadline that binds: the earliest of several targets, with the reason it came from. */
import type { Due, DueError } from './due-at.js';

/** One target's deadline and why it applies (`sla.first_response`, `escalation legal`). */
export interface DueCandidate {
  reason: string;
  result: Due | DueError;
}

/** The earliest deadline, its reason, and every candidate's line for the trace. */
export interface EarliestDue extends Due {
  reason: string;
  /** One line per candidate, in the order given: `sla.first_response: 2026-03-03T10:15:00.000+03:00`. */
  considered: string[];
}

/** The earliest of several deadlines (the first given wins a tie); null when none could be computed. */
export function earliest(candidates: readonly DueCandidate[]): EarliestDue | null {
  let best: DueCandidate | undefined;
  let bestDue: Due | undefined;
  const considered: string[] = [];
  for (const c of candidates) {
    if ('error' in c.result) {
      considered.push(`${c.reason}: ${c.result.error}`);
      continue;
    }
    considered.push(`${c.reason}: ${c.result.due}`);
    if (!bestDue || c.result.dueMs < bestDue.dueMs) {
      best = c;
      bestDue = c.result;
    }
  }
  if (!best || !bestDue) return null;
  return { ...bestDue, reason: best.reason, considered };
}
