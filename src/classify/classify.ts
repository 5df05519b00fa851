import type { TextSpan, TraceStep } from '../model/outcome.js';
import { typeWords, type Classifier } from './classifier.js';
import type { MentionFacts } from './facts.js';
import { explainFailure } from './condition.js';

/** The negativity type a mention got, why, and the text that decided it. */
export interface Classification {
  /** The type's id; `''` when nothing matched and the playbook has no fallback. */
  type: string;
  trace: TraceStep[];
  spans: TextSpan[];
}

export interface TraceOptions {
  /** Build the trace and spans (default true). Off, only `type` is computed: the bulk path. */
  trace?: boolean;
}

/**
 * Tries the playbook's negativity types in order; the first whose `match` holds wins, else the
 * fallback type. The trace has a step for every type tried: what matched, or why it did not.
 */
export function classify(c: Classifier, facts: MentionFacts, options: TraceOptions = {}): Classification {
  const explain = options.trace !== false;
  const trace: TraceStep[] = [];
  const meter = facts.meter;
  for (const { type, match, failed } of c.types) {
    meter?.spend(1);
    if (type.fallback) continue; // tried last, whatever its place
    if (match === null) {
      if (explain)
        trace.push({
          stage: 'classify',
          ok: false,
          source: type.source,
          message: `type \`${type.id}\`: has no \`match\``,
          say: { id: 'classify.noMatch', values: { type: type.id } },
        });
      continue;
    }
    if (!explain) {
      if (match.test(facts)) return { type: type.id, trace, spans: [] };
      continue;
    }
    // Evaluate fast first; explain only the decision.
    const ok = match.test(facts);
    if (!ok && failed !== undefined) {
      // The words of this failure were built at compile time (`FixedWords`).
      trace.push({ stage: 'classify', ok, source: type.source, spans: undefined, message: failed.message, say: failed.say });
      continue;
    }
    const e = ok ? match.explain(facts) : explainFailure(match, facts);
    const words = typeWords(type.id, e.message, e.say);
    trace.push({
      stage: 'classify',
      ok,
      source: type.source,
      spans: e.spans.length ? e.spans : undefined,
      message: words.message,
      say: words.say,
    });
    if (ok) return { type: type.id, trace, spans: e.spans };
  }
  const fallback = c.types.find((t) => t.type.fallback);
  if (fallback) {
    if (explain) {
      trace.push({
        stage: 'classify',
        ok: true,
        source: fallback.type.source,
        message: `type \`${fallback.type.id}\`: no other type matched (fallback)`,
        say: { id: 'classify.fallback', values: { type: fallback.type.id } },
      });
    }
    return { type: fallback.type.id, trace, spans: [] };
  }
  if (explain)
    trace.push({
      stage: 'classify',
      ok: false,
      message: 'no type matched and the playbook has no fallback type',
      say: { id: 'classify.none' },
    });
  return { type: '', trace, spans: [] };
}
