/**
 * The flow a mention goes through (domain.md, «Схема размещения»), as one pure function:
 * normalise → classify → escalate → deadline → choose template → render → check reply.
 * `compileRuntime` does every per-playbook preparation once; `respond` is the hot path.
 */
import type { Duration, Playbook, Priority, Voice } from '../model/playbook.js';
import { PRIORITIES } from '../model/playbook.js';
import type { FiredEscalation, Mention, Outcome, TextSpan, TraceStep } from '../model/outcome.js';
import { analyseMention, classify, compileClassifier, type Classifier } from '../classify/index.js';
import { escalate } from '../escalate/index.js';
import { compileSchedule, dueAt, earliest, type DueCandidate, type ScheduleRuntime } from '../deadline/index.js';
import { chooseTemplate, compileTemplates, finishReply, renderReply, type ReplyContext, type TemplateRuntime } from '../template/index.js';
import { checkReply } from '../check-reply/index.js';

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
}

/** Prepares a validated playbook for `respond`: compiles matchers, templates and the schedule once. */
export function compileRuntime(playbook: Playbook): Runtime {
  return {
    playbook,
    classifier: compileClassifier(playbook),
    schedule: compileSchedule(playbook.schedule),
    templates: compileTemplates(playbook),
    typeById: new Map(playbook.types.map((t) => [t.id, t])),
  };
}

const rank = (p: Priority): number => PRIORITIES.indexOf(p);

/** The deadline: the earliest of the SLA, the type's target and every fired escalation's target. */
function deadline(rt: Runtime, at: string, typeTarget: Duration | undefined, fired: FiredEscalation[], targets: Array<Duration | undefined>, explain: boolean) {
  const { sla } = rt.playbook;
  const opts = { explain };
  const candidates: DueCandidate[] = [{ reason: `sla.first_response (${sla.firstResponse.text})`, result: dueAt(at, sla.firstResponse, rt.schedule, opts) }];
  if (typeTarget) candidates.push({ reason: `type respond_within (${typeTarget.text})`, result: dueAt(at, typeTarget, rt.schedule, opts) });
  fired.forEach((f, i) => {
    const target = targets[i];
    if (!target) return;
    const result = dueAt(at, target, rt.schedule, opts);
    if (!('error' in result)) f.due = result.due;
    candidates.push({ reason: `escalation \`${f.id}\` (${target.text})`, result });
  });
  return { best: earliest(candidates), candidates };
}

/** Runs one mention through the playbook and explains the outcome. Never throws for bad input. */
export function respond(rt: Runtime, mention: Mention, options: RespondOptions = {}): Outcome {
  const explain = options.trace !== false;
  const pb = rt.playbook;
  const errors: string[] = [];
  const trace: TraceStep[] = [];
  const spans: TextSpan[] = [];

  const voiceId = mention.voice ?? pb.defaultVoice;
  const voice: Voice | undefined = pb.voices.get(voiceId);
  if (!voice) errors.push(`Unknown voice \`${voiceId}\`, expected one of ${[...pb.voices.keys()].map((v) => `\`${v}\``).join(', ')}`);
  const channel = pb.channels.get(mention.channel);
  if (!channel) errors.push(`Unknown channel \`${mention.channel}\`, expected one of ${[...pb.channels.keys()].map((c) => `\`${c}\``).join(', ')}`);

  // normalise + classify
  const facts = analyseMention(rt.classifier, mention);
  const cls = classify(rt.classifier, facts, { trace: explain });
  if (explain) trace.push(...facts.trace, ...cls.trace);
  spans.push(...cls.spans);
  const type = rt.typeById.get(cls.type);
  if (!type) errors.push('No negativity type matched and the playbook has no fallback type');

  // escalate
  const esc = escalate(rt.classifier, facts, cls.type, { trace: explain });
  if (explain) trace.push(...esc.trace);
  const fired: FiredEscalation[] = [];
  const targets: Array<Duration | undefined> = [];
  const actions = new Set<string>(type?.actions ?? []);
  let priority: Priority = 'normal';
  for (const { escalation: e, trace: step } of esc.fired) {
    fired.push({ id: e.id, team: e.to, priority: e.priority, approval: e.approval, reply: e.reply, hide: e.hide });
    targets.push(e.respondWithin ?? pb.sla.byPriority[e.priority]);
    if (rank(e.priority) > rank(priority)) priority = e.priority;
    if (e.hide) actions.add('hide');
    if (e.approval) actions.add('approval');
    if (step.spans) spans.push(...step.spans);
  }

  // deadline
  const { best, candidates } = deadline(rt, mention.at, type?.respondWithin, fired, targets, explain);
  if (best) {
    if (explain) {
      trace.push({ stage: 'deadline', message: `due ${best.due}: the earliest of ${candidates.length} target${candidates.length === 1 ? '' : 's'}, set by ${best.reason}` });
      for (const line of best.considered) trace.push({ stage: 'deadline', message: line, ok: line.startsWith(best.reason) });
      for (const line of best.explanation) trace.push({ stage: 'deadline', message: line });
    }
  } else {
    const why = candidates.map((c) => ('error' in c.result ? c.result.error : '')).filter(Boolean)[0] ?? 'no target applies';
    errors.push(`No deadline could be computed: ${why}`);
  }

  const signals: Record<string, string> = {};
  for (const [id, hit] of facts.signals) {
    signals[id] = hit.value;
    if (explain) spans.push(...hit.spans);
  }

  // choose template → render → check reply
  let template: string | null = null;
  let reply: string | null = null;
  let length: Outcome['length'] = null;
  let checks: Outcome['checks'] = [];
  const noReplyRule = fired.find((f) => f.reply === 'none');
  if (type && type.reply === 'none') {
    if (explain) trace.push({ stage: 'template', message: `type \`${type.id}\` gets no reply (reply: none)${type.actions.length ? `; actions: ${type.actions.join(', ')}` : ''}`, source: type.source });
  } else if (noReplyRule) {
    if (explain) trace.push({ stage: 'template', message: `escalation \`${noReplyRule.id}\` says reply: none — the team ${noReplyRule.team} answers itself` });
  } else if (type && voice && channel) {
    const holding = fired.some((f) => f.reply === 'holding');
    const choice = chooseTemplate(pb, {
      type: type.id,
      channel: channel.id,
      voice: voice.id,
      locale: mention.locale ?? pb.locale,
      signals: new Set(facts.signals.keys()),
      escalations: new Set(fired.map((f) => f.id)),
      holding,
    });
    if (explain) trace.push(...choice.trace);
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
        due: best?.due ?? null,
        at: mention.at,
        text: mention.text,
        signals,
        locale: mention.locale ?? pb.locale,
        timezone: pb.timezone,
      };
      const rendered = renderReply(rt.templates, template, ctx);
      if ('error' in rendered) {
        errors.push(`Template \`${template}\` did not render: ${rendered.error}`);
        if (explain) trace.push({ stage: 'render', message: rendered.error, ok: false, source: choice.template.textSource });
      } else {
        reply = finishReply(rendered.text, voice);
        const tone = voice.tone ? { ...pb.tone, ...voice.tone } : pb.tone;
        const result = checkReply(reply, { tone, locale: ctx.locale, channel, authorName: mention.author.name });
        checks = result.checks;
        length = result.length;
        if (explain) {
          trace.push({ stage: 'render', message: `rendered \`${template}\` in voice \`${voice.id}\`: ${length.count} of ${length.limit} ${length.unit}` });
          for (const c of checks) trace.push({ stage: 'check-reply', message: c.message, ok: c.ok });
        }
      }
    }
  }

  return {
    type: cls.type,
    escalations: fired,
    actions: [...actions],
    priority,
    due: best?.due ?? null,
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
