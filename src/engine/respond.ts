/**
 * The flow a mention goes through (domain.md, «Схема размещения»), as one pure function:
 * normalise → classify → escalate → deadline → choose template → render → check reply.
 * `compileRuntime` does every per-playbook preparation once; `respond` is the hot path.
 */
import type { Playbook } from '../model/playbook.js';
import type { Mention, Outcome } from '../model/outcome.js';

export interface Runtime {
  playbook: Playbook;
}

export interface RespondOptions {
  /** Build the trace (default true). The benchmark and bulk runs may turn it off. */
  trace?: boolean;
}

/** Prepares a validated playbook for `respond`: compiles matchers, templates and the schedule once. */
export function compileRuntime(playbook: Playbook): Runtime {
  return { playbook }; // STUB until the stages land
}

/** Runs one mention through the playbook and explains the outcome. Never throws for bad input. */
export function respond(rt: Runtime, mention: Mention, options: RespondOptions = {}): Outcome {
  void options;
  return {
    type: '', escalations: [], actions: [], priority: 'normal', due: null, template: null,
    voice: mention.voice ?? rt.playbook.defaultVoice, reply: null, length: null, checks: [],
    signals: {}, spans: [], trace: [], errors: ['engine not assembled yet'],
  };
}
