import type { Escalation } from '../model/playbook.js';
import type { TraceStep } from '../model/outcome.js';
import { notFiredWords, type Classifier, type FixedWords } from '../classify/classifier.js';
import type { TraceOptions } from '../classify/classify.js';
import type { MentionFacts } from '../classify/facts.js';
import { explainFailure } from '../classify/condition.js';

/** An escalation rule that fired, with why. */
export interface FiredRule {
  escalation: Escalation;
  trace: TraceStep;
}

/** The rules that fired, in playbook order, and a trace step for every rule. */
export interface EscalationResult {
  fired: FiredRule[];
  trace: TraceStep[];
}

/**
 * Fires every escalation rule whose `when` holds for the mention and its type, in playbook order.
 * With the trace off, fired rules still get a short step (the engine reports them).
 */
export function escalate(c: Classifier, facts: MentionFacts, typeId: string, options: TraceOptions = {}): EscalationResult {
  const explain = options.trace !== false;
  const fired: FiredRule[] = [];
  const trace: TraceStep[] = [];
  const meter = facts.meter;
  for (const { escalation, when, notFired } of c.escalations) {
    meter?.spend(1);
    const ok = when.test(facts, typeId);
    if (!ok && !explain) continue;
    if (!explain) {
      // A plain literal: one with a getter (to build the message only when read) is made by a runtime
      // call, and cost more than the whole message (the concatenation is flattened only if read).
      const step: TraceStep = {
        stage: 'escalate',
        ok: true,
        source: escalation.source,
        message: `escalation \`${escalation.id}\` → \`${escalation.to}\``,
      };
      fired.push({ escalation, trace: step });
      continue;
    }
    if (!ok && notFired !== undefined) {
      // The words of this failure were built at compile time (`FixedWords`).
      trace.push({ stage: 'escalate', ok, source: escalation.source, spans: undefined, message: notFired.message, say: notFired.say });
      continue;
    }
    const e = ok ? when.explain(facts, typeId) : explainFailure(when, facts, typeId);
    const words: FixedWords = ok
      ? {
          message: `escalation \`${escalation.id}\` → \`${escalation.to}\` (${escalation.priority}): ${e.message}`,
          say: { id: 'escalate.fired', values: { id: escalation.id, team: escalation.to, priority: escalation.priority, why: e.say } },
        }
      : notFiredWords(escalation.id, e.message, e.say);
    const step: TraceStep = {
      stage: 'escalate',
      ok,
      source: escalation.source,
      spans: e.spans.length ? e.spans : undefined,
      message: words.message,
      say: words.say,
    };
    trace.push(step);
    if (ok) fired.push({ escalation, trace: step });
  }
  return { fired, trace };
}
