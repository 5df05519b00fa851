/**
 * An outcome as the machine formats print it (`sim --json`, `test --format json`): exactly as
 * before the trace had messages as data — each step's and check's `say` is for a person's language
 * (src/i18n/trace-text.ts), not part of the JSON a script reads.
 */
import type { Outcome } from '../model/outcome.js';

/** The outcome without the `say` of its trace steps and checks (the same object when none has one). */
export function outcomeForMachines(outcome: Outcome): Outcome {
  if (!outcome.trace.some((s) => s.say) && !outcome.checks.some((c) => c.say)) return outcome;
  return {
    ...outcome,
    checks: outcome.checks.map(({ say: _say, ...c }) => c),
    trace: outcome.trace.map(({ say: _say, ...s }) => s),
  };
}
