/**
 * The trace in a person's language: every trace step and reply check of every sample complaint of
 * the example playbooks and the simulator's fixture, run with the trace on, has its message as data
 * (`say`), and the English of that data is the step's `message` byte for byte — so the catalogue
 * (src/i18n/catalogs/trace.ts) and the engine's messages cannot drift apart. The Russian is checked
 * to be something else than the English for the words a support lead reads.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/node/files.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { checkProject } from '../../src/validate/index.js';
import { compileRuntime, respond } from '../../src/engine/index.js';
import { analyseMention, compileClassifier } from '../../src/classify/index.js';
import type { Complaint, Mention, Outcome, TraceSay } from '../../src/model/outcome.js';
import type { Playbook } from '../../src/model/playbook.js';
import { sayText, stepText } from '../../src/i18n/trace-text.js';
import { traceMessages } from '../../src/i18n/catalogs/trace.js';
import { outcomeForMachines } from '../../src/report/outcome-json.js';
import { filesOf } from '../validate/helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIRS = ['playbooks/acme-market', 'playbooks/brightbean', 'test/tui/fixtures/tiny', 'edges'];

interface Run {
  dir: string;
  playbook: Playbook;
  complaints: Complaint[];
  outcomes: Array<{ id: string; outcome: Outcome }>;
}

/**
 * A playbook that reaches the paths the samples do not: every kind of condition holding and not,
 * a regex, a reply with no template, a render error, a voice with avoided phrases and «ты», a
 * lunch break, an end-of-day target, a year the calendar does not cover, a budget that runs out.
 */
const EDGES = `# replybook-disable tone/avoid, tone/address, tone/capitalize-vy, tone/emoji, tone/exclamations, channel/too-long, template/leftover, template/missing-for-channel, template/missing-for-type -- the checks and the choice are to fail
replybook: 1
brand: Край
locale: ru
timezone: Europe/Moscow
schedule:
  calendar: ru
  hours:
    mon-fri: "09:00-13:00, 14:00-18:00"
  working_days: [2026-03-07]
sla:
  first_response: 2 business days
  by_priority:
    high: 4 business hours
    urgent: end of business day
channels:
  vk: { name: ВКонтакте, limit: 60 }
  x: { name: X, limit: 280, unit: twitter }
  b: { name: Bytes, limit: 400, unit: bytes }
  u: { name: Units, limit: 400, unit: utf16 }
voices:
  official: { name: Официально, default: true }
  loud: { name: Громко, tone: { emoji: allowed, max_emoji: 1, capitalize_vy: true, require: [name, regret, help] } }
  shy: { name: Тихо, tone: { emoji: allowed } }
teams:
  care: { name: Забота }
  pr: { name: PR }
tone:
  address: formal
  emoji: none
  max_exclamations: 1
  require: [greeting, thanks]
  avoid:
    - { phrase: проблема, prefer: ситуация, why: "пугает" }
    - { phrase: увы }
    - { phrase: к сожалению, why: "штамп" }
signals:
  hash: { pattern: '#\\d+' }
types:
  rx:
    match: { regex: { pattern: 'код\\s*\\d{3}', word: true } }
  bad:
    match: { any: [ { lexicon: profanity }, { lexicon: insults } ] }
    reply: none
    actions: [hide]
  mute:
    match: { words: [мьют] }
    reply: none
  star:
    match: { all: [ { author.verified: true }, { author.followers: { gte: 5 } }, { not: { words: [спасибо] } } ] }
  quiet:
    match: { all: [ { author.verified: false }, { author.followers: { lt: 3 } }, { words: [тихо] } ] }
  chan:
    match: { all: [ { channel: [x] }, { words: [птица] } ] }
  orphan:
    match: { words: [сирота] }
  stray:
    match: { words: [бродяга] }
  bare:
    match: { words: [голый] }
  many:
    match: { words: [много] }
    respond_within: 3h
  order:
    match: { signal: order-number }
  broken:
    match: { words: [сломано] }
  other:
    fallback: true
escalations:
  - id: leader
    when: { author.followers: { gte: 1000 } }
    to: pr
    priority: high
  - id: typed
    when: { all: [ { type: [order, star] }, { not: { author.verified: true } } ] }
    to: care
    priority: urgent
    reply: holding
  - id: silent
    when: { words: [молчите] }
    to: care
    priority: low
    reply: none
templates:
  any:
    when: { type: [other, chan, quiet, rx, star, order] }
    text: "Добрый день! Спасибо, что написали, Вам ответит {{brand}}."
  rx:
    when: { type: rx, channel: [vk, x] }
    text: "Добрый день, ты прав! Спасибо!! Проблемы, увы, {{brand}} 😀 к сожалению вы \\\\{{name}}"
  star:
    when: { type: star }
    text: "Здравствуйте, вы {{brand}}. Спасибо 😀😀"
  star/loud:
    when: { type: star, voice: loud }
    text: "Здравствуйте, Вы. Спасибо, {{name author.name}}, жаль, поможем 😀😀"
  order:
    when: { type: order, signals: [order-number] }
    text: "Добрый день! Спасибо, заказ {{signals.order-number}} у нас."
  order/x:
    when: { type: order, channel: x }
    text: "Добрый день! Спасибо, заказ у нас."
  hold:
    when: { holding: true }
    text: "Добрый день! Спасибо, {{team.name}} уже занимается."
  orphan/c:
    when: { type: orphan, channel: [x] }
    text: "Hi"
  orphan/v:
    when: { type: orphan, voice: [shy] }
    text: "Hi"
  orphan/s:
    when: { type: orphan, signals: [order-number] }
    text: "Hi"
  orphan/m:
    when: { type: orphan, missing: [hash] }
    text: "Hi"
  orphan/c2:
    when: { type: orphan, channel: [b] }
    text: "Hi"
  orphan/v2:
    when: { type: orphan, voice: [loud] }
    text: "Hi"
  stray:
    when: { type: stray, channel: [x] }
    text: "Hi"
  stray/l:
    when: { type: stray, locale: [en] }
    text: "Hi"
  stray/e:
    when: { type: stray, escalation: [leader] }
    text: "Hi"
  many/1: { when: { type: many }, text: "Добрый день! Спасибо." }
  many/2: { when: { type: many }, text: "Добрый день! Спасибо." }
  many/3: { when: { type: many }, text: "Добрый день! Спасибо." }
  many/4: { when: { type: many }, text: "Добрый день! Спасибо." }
  many/5: { when: { type: many }, text: "Добрый день! Спасибо." }
  many/6: { when: { type: many }, text: "Добрый день! Спасибо." }
  many/7: { when: { type: many, channel: [vk] }, text: "Добрый день! Спасибо." }
  broken:
    when: { type: broken }
    text: "Добрый день! Спасибо, {{author.handle}}"
`;

const EDGE_MENTIONS: Array<[string, Partial<Mention>]> = [
  ['код 123, всё', { channel: 'vk' }],
  ['код 123 снова', { channel: 'x', voice: 'loud', at: '2026-03-06T19:30:00+03:00' }],
  ['идиоты', {}],
  ['мьют', {}],
  ['ну и ну', { author: { name: 'Лев Толстой', followers: 7, verified: true } }],
  ['ну и ну', { author: { name: 'Лев', followers: 7, verified: true }, voice: 'loud' }],
  ['ну и ну', { author: { followers: 7, verified: true }, voice: 'loud' }],
  ['ну и ну спасибо', { author: { name: 'Лев', followers: 7, verified: true }, voice: 'loud' }],
  ['ну и ну', { author: { name: 'Лев', followers: 9, verified: true }, voice: 'shy', channel: 'b' }],
  ['тихо тут', { author: { followers: 1, verified: false }, channel: 'u' }],
  ['тихо тут', { author: { followers: 5 } }],
  ['птица', { channel: 'x' }],
  ['птица', { channel: 'vk' }],
  ['заказ 40817263 где', { at: '2026-03-06T19:30:00+03:00' }],
  ['заказ 40817263 где', { channel: 'x', author: { followers: 5000 } }],
  ['сирота #12', { channel: 'u' }],
  ['бродяга', {}],
  ['голый', {}],
  ['много', {}],
  ['сломано', {}],
  ['молчите', { author: { followers: 2000 } }],
  ['что-то', { at: '2031-06-10T12:00:00+03:00' }],
  ['что-то', { at: '2027-03-01T12:00:00+03:00' }],
  ['что-то', { at: '2026-03-07T08:00:00+03:00' }],
  ['что-то', { at: '2026-03-02T13:30:00+03:00' }],
  ['что-то', { at: '2026-04-29T17:00:00+03:00' }],
  ['что-то', { at: '2025-10-31T17:00:00+03:00' }],
  ['что-то', { at: '2026-03-08T23:00:00+03:00', author: { followers: 1000 } }],
];

/** A schedule with no working time for three years (every working Monday a holiday), and a calendar target that still holds. */
function neverWorking(): string {
  const mondays: string[] = [];
  for (let t = Date.UTC(2026, 2, 2); t < Date.UTC(2029, 6, 1); t += 7 * 86_400_000) mondays.push(new Date(t).toISOString().slice(0, 10));
  return `replybook: 1
brand: Never
locale: en
timezone: Europe/London
schedule:
  hours: { mon: "09:00-18:00" }
  holidays: [${mondays.join(', ')}]
sla:
  first_response: 1 business day
channels:
  x: { name: X, limit: 280 }
teams:
  care: { name: Care }
types:
  other:
    match: { words: [fast] }
escalations:
  - id: fast
    when: { words: [fast] }
    to: care
    priority: high
    respond_within: 1h
templates:
  any:
    when: {}
    text: "Hello, thank you."
`;
}

/** Mentions the engine stops on: too long, not a mention, out of time. */
function stoppedOutcomes(rt: ReturnType<typeof compileRuntime>): Array<{ id: string; outcome: Outcome }> {
  const good: Mention = { text: 'ну', channel: 'vk', author: {}, at: '2026-03-02T10:00:00+03:00' };
  let t = 0;
  return [
    { id: 'too long', outcome: respond(rt, { ...good, text: 'а'.repeat(200_000), channel: 'x'.repeat(300) }) },
    { id: 'not a mention', outcome: respond(rt, { ...good, at: 'вчера', channel: 42 } as unknown as Mention) },
    { id: 'out of time', outcome: respond(rt, good, { budget: { ms: 1, now: () => (t += 5) } }) },
  ];
}

const runs: Run[] = [];
const seen = new Set<string>();

function collectIds(say: TraceSay): void {
  seen.add(say.id);
  for (const v of Object.values(say.values ?? {})) {
    if (typeof v !== 'object') continue;
    if ('id' in v) collectIds(v);
    else if ('items' in v) for (const x of v.items) if (typeof x === 'object' && 'id' in x) collectIds(x);
  }
}

/** The samples, and each sample on every channel and in every voice of its playbook: more of the engine's paths. */
function mentionsOf(playbook: Playbook, complaints: Complaint[]): Array<{ id: string; mention: Mention }> {
  const out: Array<{ id: string; mention: Mention }> = complaints.map((c) => ({ id: c.id, mention: c }));
  for (const c of complaints) {
    for (const channel of playbook.channels.keys())
      if (channel !== c.channel) out.push({ id: `${c.id}@${channel}`, mention: { ...c, channel } });
    for (const voice of playbook.voices.keys()) if (voice !== c.voice) out.push({ id: `${c.id}~${voice}`, mention: { ...c, voice } });
  }
  return out;
}

beforeAll(async () => {
  for (const dir of DIRS.slice(0, -1)) {
    const { files } = await collectFiles(await ProjectFs.at(root), [path.join(root, dir)]);
    const entry = checkProject(files).playbooks.find((p) => p.playbook);
    if (!entry?.playbook) throw new Error(`${dir}: no playbook`);
    const rt = compileRuntime(entry.playbook);
    const outcomes = mentionsOf(entry.playbook, entry.complaints).map(({ id, mention }) => ({ id, outcome: respond(rt, mention) }));
    runs.push({ dir, playbook: entry.playbook, complaints: entry.complaints, outcomes });
  }
  const check = checkProject(filesOf({ 'playbook.yaml': EDGES }, 'edges'));
  // Its templates break the tone on purpose (the reply checks are to fail): only what stops the engine counts here.
  const errors = check.diagnostics.filter((d) => d.severity === 'error' && !/^(tone|channel)\//.test(d.ruleId));
  if (errors.length || !check.playbooks[0].playbook)
    throw new Error(`the edge playbook: ${errors.map((d) => `${d.ruleId} ${d.message}`).join('\n')}`);
  const playbook = check.playbooks[0].playbook;
  const rt = compileRuntime(playbook);
  const outcomes = EDGE_MENTIONS.map(([text, extra], i) => ({
    id: `edge ${i}: ${text}`,
    outcome: respond(rt, { text, channel: 'vk', author: { name: 'Анна' }, at: '2026-03-02T10:00:00+03:00', ...extra }),
  }));
  const never = checkProject(filesOf({ 'playbook.yaml': neverWorking() }, 'never')).playbooks[0].playbook!;
  const neverRt = compileRuntime(never);
  const late = respond(neverRt, { text: 'fast please', channel: 'x', author: {}, at: '2026-03-02T10:00:00Z' });
  const untyped = respond(neverRt, { text: 'slow', channel: 'x', author: {}, at: '2026-03-02T10:00:00Z' });
  // Text over what matching reads is cut (here at 5 characters, the classifier's own limit).
  const cut = analyseMention(compileClassifier(playbook, { maxChars: 5 }), {
    text: 'сирота сирота',
    channel: 'vk',
    author: {},
    at: '2026-03-02T10:00:00+03:00',
  });
  runs.push({
    dir: 'edges',
    playbook,
    complaints: [],
    outcomes: [
      ...outcomes,
      ...stoppedOutcomes(rt),
      { id: 'never working', outcome: late },
      { id: 'no type', outcome: untyped },
      { id: 'cut', outcome: { ...untyped, trace: cut.trace, checks: [] } },
    ],
  });
}, 60_000);

describe('the trace as data', () => {
  it.each(DIRS)('%s: every step and check has a say whose English is its message', (dir) => {
    const run = runs.find((r) => r.dir === dir)!;
    expect(run.outcomes.length).toBeGreaterThan(0);
    const drift: string[] = [];
    for (const { id, outcome } of run.outcomes) {
      expect(outcome.trace.length, id).toBeGreaterThan(0);
      for (const [i, item] of [...outcome.trace, ...outcome.checks].entries()) {
        if (!item.say) {
          drift.push(`${id} #${i}: no say for «${item.message}»`);
          continue;
        }
        collectIds(item.say);
        const en = sayText(item.say, 'en');
        if (en !== item.message) drift.push(`${id} #${i} (${item.say.id}):\n  message: ${item.message}\n  say (en): ${en}`);
      }
    }
    expect(drift).toEqual([]);
  });

  it('writes the Russian playbook’s trace in Russian', () => {
    const run = runs.find((r) => r.dir === 'playbooks/acme-market')!;
    const { outcome } = run.outcomes[0];
    const ru = outcome.trace.map((s) => stepText(s, 'ru'));
    expect(ru.join('\n')).not.toEqual(outcome.trace.map((s) => s.message).join('\n'));
    expect(ru.find((l) => l.startsWith('тип ') || l.startsWith('срок '))).toBeDefined();
    const checks = outcome.checks.map((c) => stepText(c, 'ru'));
    expect(checks.every((l) => /[а-яё]/i.test(l))).toBe(true);
  });

  it('shows a step without a say (an outcome computed with the trace off) by its message', () => {
    expect(stepText({ message: 'escalation `x` → `care`' }, 'ru')).toBe('escalation `x` → `care`');
  });

  it('builds no say with the trace off: the bulk path stays as it was', () => {
    for (const run of runs) {
      const rt = compileRuntime(run.playbook);
      for (const c of run.complaints) {
        const o = respond(rt, c, { trace: false });
        expect(o.trace).toEqual([]);
        expect(o.checks.filter((x) => x.say)).toEqual([]);
      }
    }
  });

  it('keeps say out of the machine formats', () => {
    const { outcome } = runs[0].outcomes[0];
    const json = JSON.stringify(outcomeForMachines(outcome));
    expect(json).not.toContain('"say"');
    expect(JSON.parse(json).trace.map((s: { message: string }) => s.message)).toEqual(outcome.trace.map((s) => s.message));
  });

  it('reaches every message of the catalogue (but the few only a broken schedule or calendar says)', () => {
    const unreachable = [
      // A bad time or zone never reaches the engine: the mention's schema and `check` reject them first.
      'deadline.badTime',
      'deadline.unknownZone',
      'deadline.unknownZoneExpected',
      // Candidates are indexed by type and by holding: a near miss never differs in those.
      'whyNot.type',
      'whyNot.holding',
      'whyNot.notHolding',
      // The built-in calendar has no working weekend that is not also shortened.
      'day.workingWeekend',
      // A playbook that `check` rejects: an empty \`any\`, a type matched by type, a type without \`match\`.
      'cond.anyEmpty',
      'cond.type.none',
      'classify.noMatch',
      'cond.regex.invalid',
      'cond.lexicon.noneUnknown',
      // Every signal found has a stretch of text.
      'cond.signal.found',
    ];
    // A failed expectation's words (`expect.*`, `value.*`) are said by the test run, not the trace:
    // test/test-run/compare.test.ts and budget.test.ts render each of them.
    const ids = Object.keys(traceMessages.en).filter(
      (id) => !id.startsWith('join.') && !id.startsWith('expect.') && !id.startsWith('value.') && !unreachable.includes(id),
    );
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
  });
});
