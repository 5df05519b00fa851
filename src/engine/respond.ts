/**
 * The flow a mention goes through (domain.md, «Схема размещения»), as one pure function:
 * normalise → classify → escalate → deadline → choose template → render → check reply.
 * `compileRuntime` does every per-playbook preparation once; `respond` is the hot path.
 */
import type { Duration, Playbook, Priority, Voice } from '../model/playbook.js';
import { PRIORITIES, toneOfVoice } from '../model/playbook.js';
import type { FiredEscalation, Mention, Outcome, TextSpan, TraceSay, TraceStep } from '../model/outcome.js';
import { analyseMention, classify, compileClassifier, type Classifier } from '../classify/index.js';
import { escalate } from '../escalate/index.js';
import { compileSchedule, earliest, type DueTarget, type ScheduleRuntime } from '../deadline/index.js';
import { chooseTemplate, compileTemplates, finishReply, renderReply, type ReplyContext, type TemplateRuntime } from '../template/index.js';
import { checkReply } from '../check-reply/index.js';
import type { TimeBudget } from '../model/budget.js';
import { BudgetMeter, BudgetSpent, formatMs } from './budget.js';
import { groupDigits, MAX_MENTION_FIELD, tooLongMessage } from '../model/mention-limits.js';
import { mentionProblems, prepareMentionCheck } from './mention-check.js';

export interface Runtime {
  playbook: Playbook;
  classifier: Classifier;
  schedule: ScheduleRuntime;
  templates: TemplateRuntime;
  typeById: Map<string, Playbook['types'][number]>;
}

export interface RespondOptions {
  /** Build the trace and highlight spans (default true). Bulk runs and the benchmark may turn it off. */
  trace?: boolean;
  /**
   * A time budget for this mention and the clock to measure it by (default: none). When it runs out
   * the engine stops at its next check point and the outcome says so (`stopped`, `errors`).
   */
  budget?: TimeBudget;
}

/** Prepares a validated playbook for `respond`: compiles matchers, templates and the schedule once. */
export function compileRuntime(playbook: Playbook): Runtime {
  prepareMentionCheck();
  return {
    playbook,
    classifier: compileClassifier(playbook),
    schedule: compileSchedule(playbook.schedule),
    templates: compileTemplates(playbook),
    typeById: new Map(playbook.types.map((t) => [t.id, t])),
  };
}

const rank = (p: Priority): number => PRIORITIES.indexOf(p);

const EXPLAIN = { explain: true } as const;
const NO_EXPLAIN = { explain: false } as const;

/**
 * The deadline: the earliest of the SLA, the type's target and every fired escalation's target
 * (`earliest` in src/deadline); sets each fired escalation's `due`, and adds the winner, every
 * candidate and the winner's explanation to the trace.
 */
function deadline(
  rt: Runtime,
  at: string,
  typeTarget: Duration | undefined,
  fired: FiredEscalation[],
  targets: Array<Duration | undefined>,
  trace: TraceStep[] | null,
  errors: string[],
): string | null {
  const sla = rt.playbook.sla.firstResponse;
  // The reasons are the trace's words: without a trace, none is built.
  const why = trace !== null;
  const list: DueTarget[] = [
    why
      ? { reason: `sla.first_response (${sla.text})`, target: sla, say: { id: 'deadline.reason.sla', values: { target: sla.text } } }
      : { reason: '', target: sla },
  ];
  if (typeTarget)
    list.push(
      why
        ? {
            reason: `type respond_within (${typeTarget.text})`,
            target: typeTarget,
            say: { id: 'deadline.reason.type', values: { target: typeTarget.text } },
          }
        : { reason: '', target: typeTarget },
    );
  const firstFired = list.length;
  for (let i = 0; i < fired.length; i++) {
    const target = targets[i];
    if (!target) continue;
    list.push(
      why
        ? {
            reason: `escalation \`${fired[i].id}\` (${target.text})`,
            target,
            say: { id: 'deadline.reason.escalation', values: { id: fired[i].id, target: target.text } },
          }
        : { reason: '', target },
    );
  }
  const { best, dueMs, error } = earliest(at, list, rt.schedule, trace ? EXPLAIN : NO_EXPLAIN);
  for (let i = 0, k = firstFired; i < fired.length; i++) {
    if (!targets[i]) continue;
    if (!Number.isNaN(dueMs[k])) fired[i].due = rt.schedule.clock!.iso(dueMs[k]);
    k++;
  }
  if (!best) {
    errors.push(`No deadline could be computed: ${error ?? 'no target applies'}`);
    return null;
  }
  if (trace) {
    const n = best.considered.length;
    const said = best.said!;
    trace.push({
      stage: 'deadline',
      message: `due ${best.due}: the earliest of ${n} target${n === 1 ? '' : 's'}, set by ${best.reason}`,
      say: { id: 'deadline.due', values: { due: { time: best.due, as: 'iso', zone: rt.schedule.zone }, n, reason: said.reason } },
    });
    best.considered.forEach((line, i) => trace.push({ stage: 'deadline', message: line, ok: i === best.index, say: said.considered[i] }));
    best.explanation.forEach((line, i) => trace.push({ stage: 'deadline', message: line, say: said.explanation[i] }));
  }
  return best.due;
}

const TRACE_ON = { trace: true } as const;
const TRACE_OFF = { trace: false } as const;

/** An outcome with nothing matched and no reply: what a limit, an invalid mention or a failure leaves (the reasons in `errors`). */
export function emptyOutcome(voice: string, errors: string[], trace: TraceStep[] = []): Outcome {
  return {
    type: '',
    escalations: [],
    actions: [],
    priority: 'normal',
    due: null,
    template: null,
    voice,
    reply: null,
    length: null,
    checks: [],
    signals: {},
    spans: [],
    trace,
    errors,
  };
}

/**
 * An outcome with nothing matched: what a limit or an invalid mention leaves (the reasons in
 * `errors`; which limit, in `stopped`). `mention` may be anything a caller passed.
 */
function stoppedOutcome(
  rt: Runtime,
  mention: unknown,
  errors: string[],
  stopped?: NonNullable<Outcome['stopped']>,
  says?: TraceSay[],
): Outcome {
  const voice = mention !== null && typeof mention === 'object' ? (mention as { voice?: unknown }).voice : undefined;
  const trace = errors.map((message, i): TraceStep => ({
    stage: stopped?.limit === 'time-budget' ? (stopped.at as TraceStep['stage']) : 'normalise',
    ok: false,
    message,
    ...(says ? { say: says[i] } : {}),
  }));
  const outcome = emptyOutcome(
    typeof voice === 'string' && voice.length <= MAX_MENTION_FIELD ? voice : rt.playbook.defaultVoice,
    errors,
    trace,
  );
  return stopped ? { ...outcome, stopped } : outcome;
}

/** `tooLongMessage` of each string over its limit, joined as the error joins them, as data. */
function tooLongSay(tooLong: ReturnType<typeof mentionProblems>['tooLong']): TraceSay {
  const items = tooLong.map((p): TraceSay => ({
    id: 'mention.tooLong',
    values: { field: p.path.join('.'), length: groupDigits(p.length), limit: groupDigits(p.limit), limitName: p.limitName },
  }));
  return { id: 'cond.all', values: { parts: { join: 'semicolon', items } } };
}

/**
 * Runs one mention through the playbook and explains the outcome. Never throws for bad input: a
 * mention with a missing field or one of the wrong kind (by the complaints schema) is not run, one
 * with a string over its limit (MAX_MENTION_TEXT, MAX_MENTION_FIELD) is not matched, and one whose
 * time budget runs out is stopped; each outcome says why in `errors` (and `stopped` for a limit).
 */
export function respond(rt: Runtime, mention: Mention, options: RespondOptions = {}): Outcome {
  const problems = mentionProblems(mention);
  const explain = options.trace !== false;
  if (problems.tooLong.length) {
    const first = problems.tooLong[0];
    return stoppedOutcome(
      rt,
      mention,
      [problems.tooLong.map(tooLongMessage).join('; ')],
      { limit: 'mention-length', at: first.path.join('.'), max: first.limit, actual: first.length },
      explain ? [tooLongSay(problems.tooLong)] : undefined,
    );
  }
  if (problems.invalid.length)
    return stoppedOutcome(
      rt,
      mention,
      [...problems.invalid],
      undefined,
      explain ? problems.invalid.map((problem): TraceSay => ({ id: 'mention.invalid', values: { problem } })) : undefined,
    );
  // The schema lets a mention have no author (an anonymous review); the stages read it as nobody in particular.
  if (mention.author === undefined) mention = { ...mention, author: {} };
  if (options.budget === undefined) return run(rt, mention, options, null);
  const meter = new BudgetMeter(options.budget);
  try {
    return run(rt, mention, options, meter);
  } catch (e) {
    if (!(e instanceof BudgetSpent)) throw e;
    return stoppedOutcome(
      rt,
      mention,
      [
        `The time budget of ${groupDigits(e.budgetMs)} ms ran out in stage \`${e.stage}\` (after ${formatMs(e.elapsedMs)} ms), so the outcome is incomplete`,
      ],
      { limit: 'time-budget', at: e.stage, max: e.budgetMs, actual: e.elapsedMs },
      explain
        ? [{ id: 'budget.spent', values: { budget: groupDigits(e.budgetMs), stage: e.stage, elapsed: formatMs(e.elapsedMs) } }]
        : undefined,
    );
  }
}

/** The stages, with the budget's meter (null: no budget). */
function run(rt: Runtime, mention: Mention, options: RespondOptions, meter: BudgetMeter | null): Outcome {
  const explain = options.trace !== false;
  const pb = rt.playbook;
  const errors: string[] = [];
  const trace: TraceStep[] = [];
  const spans: TextSpan[] = [];

  const voiceId = mention.voice ?? pb.defaultVoice;
  const voice: Voice | undefined = pb.voices.get(voiceId);
  if (!voice) errors.push(`Unknown voice \`${voiceId}\`, expected one of ${[...pb.voices.keys()].map((v) => `\`${v}\``).join(', ')}`);
  const channel = pb.channels.get(mention.channel);
  if (!channel)
    errors.push(`Unknown channel \`${mention.channel}\`, expected one of ${[...pb.channels.keys()].map((c) => `\`${c}\``).join(', ')}`);

  // normalise + classify
  const facts = analyseMention(rt.classifier, mention, meter, explain);
  const traceOpt = explain ? TRACE_ON : TRACE_OFF;
  meter?.enter('classify');
  const cls = classify(rt.classifier, facts, traceOpt);
  if (explain) {
    for (const s of facts.trace) trace.push(s);
    for (const s of cls.trace) trace.push(s);
    for (const s of cls.spans) spans.push(s);
  }
  const type = rt.typeById.get(cls.type);
  if (!type) errors.push('No negativity type matched and the playbook has no fallback type');

  // escalate
  meter?.enter('escalate');
  const esc = escalate(rt.classifier, facts, cls.type, traceOpt);
  if (explain) for (const s of esc.trace) trace.push(s);
  const fired: FiredEscalation[] = [];
  const targets: Array<Duration | undefined> = [];
  const actions: string[] = [];
  if (type) for (const a of type.actions) if (!actions.includes(a)) actions.push(a);
  let priority: Priority = 'normal';
  for (const { escalation: e, trace: step } of esc.fired) {
    fired.push({ id: e.id, team: e.to, priority: e.priority, approval: e.approval, reply: e.reply, hide: e.hide });
    targets.push(e.respondWithin ?? pb.sla.byPriority[e.priority]);
    if (rank(e.priority) > rank(priority)) priority = e.priority;
    if (e.hide && !actions.includes('hide')) actions.push('hide');
    if (e.approval && !actions.includes('approval')) actions.push('approval');
    if (explain && step.spans) for (const s of step.spans) spans.push(s);
  }

  // deadline
  meter?.enter('deadline');
  meter?.spend(fired.length + 1);
  const due = deadline(rt, mention.at, type?.respondWithin, fired, targets, explain ? trace : null, errors);

  const signals: Record<string, string> = {};
  for (const [id, hit] of facts.signals) {
    signals[id] = hit.value;
    if (explain) for (const s of hit.spans) spans.push(s);
  }

  // choose template → render → check reply
  let template: string | null = null;
  let reply: string | null = null;
  let length: Outcome['length'] = null;
  let checks: Outcome['checks'] = [];
  const noReplyRule = fired.find((f) => f.reply === 'none');
  if (type && type.reply === 'none') {
    if (explain)
      trace.push({
        stage: 'template',
        message: `type \`${type.id}\` gets no reply (reply: none)${type.actions.length ? `; actions: ${type.actions.join(', ')}` : ''}`,
        source: type.source,
        say: type.actions.length
          ? { id: 'template.noReplyActions', values: { type: type.id, actions: type.actions.join(', ') } }
          : { id: 'template.noReply', values: { type: type.id } },
      });
  } else if (noReplyRule) {
    if (explain)
      trace.push({
        stage: 'template',
        message: `escalation \`${noReplyRule.id}\` says reply: none — the team ${noReplyRule.team} answers itself`,
        say: { id: 'template.escalationNoReply', values: { id: noReplyRule.id, team: noReplyRule.team } },
      });
  } else if (type && voice && channel) {
    const holding = fired.some((f) => f.reply === 'holding');
    meter?.enter('template');
    meter?.spend(pb.templates.size);
    const choice = chooseTemplate(
      pb,
      {
        type: type.id,
        channel: channel.id,
        voice: voice.id,
        locale: mention.locale ?? pb.locale,
        signals: new Set(facts.signals.keys()),
        escalations: new Set(fired.map((f) => f.id)),
        holding,
      },
      traceOpt,
    );
    if (explain) for (const s of choice.trace) trace.push(s);
    if (!choice.template) {
      errors.push(choice.error ?? 'No template applies');
    } else {
      template = choice.template.id;
      const firstTeam = fired.length ? pb.teams.get(fired[0].team) : undefined;
      const ctx: ReplyContext = {
        brand: pb.brand,
        author: { ...mention.author },
        channel: { id: channel.id, name: channel.name },
        voice: { id: voice.id, name: voice.name, signature: voice.signature },
        type: { id: type.id },
        team: firstTeam ? { id: firstTeam.id, name: firstTeam.name } : undefined,
        due,
        at: mention.at,
        text: mention.text,
        signals,
        locale: mention.locale ?? pb.locale,
        timezone: pb.timezone,
      };
      meter?.enter('render');
      const rendered = renderReply(rt.templates, template, ctx);
      // Rendering cannot be interrupted (its output is capped); look at the clock right after it.
      meter?.check();
      if ('error' in rendered) {
        errors.push(`Template \`${template}\` did not render: ${rendered.error}`);
        if (explain)
          trace.push({
            stage: 'render',
            message: rendered.error,
            ok: false,
            source: choice.template.textSource,
            say: { id: 'render.error', values: { error: rendered.error } },
          });
      } else {
        reply = finishReply(rendered.text, voice);
        const tone = toneOfVoice(pb, voice);
        meter?.enter('check-reply');
        const result = checkReply(reply, {
          tone,
          locale: ctx.locale,
          channel,
          authorName: mention.author.name,
          meter: meter ?? undefined,
          explain,
        });
        checks = result.checks;
        length = result.length;
        if (explain) {
          trace.push({
            stage: 'render',
            message: `rendered \`${template}\` in voice \`${voice.id}\`: ${length.count} of ${length.limit} ${length.unit}`,
            say: {
              id: 'render.ok',
              values: { template, voice: voice.id, count: length.count, limit: length.limit, unit: length.unit },
            },
          });
          for (const c of checks) trace.push({ stage: 'check-reply', message: c.message, ok: c.ok, say: c.say });
        }
      }
    }
  }

  return {
    type: cls.type,
    escalations: fired,
    actions,
    priority,
    due,
    template,
    voice: voiceId,
    reply,
    length,
    checks,
    signals,
    spans: explain ? spans : [],
    trace,
    errors,
  };
}
