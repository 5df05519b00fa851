/**
 * `respond()` — the function whose outcome a customer reads — case by case: the voice and its own
 * tone, unknown voices and channels, no type matched, `reply: none` and holding replies, a render
 * error, a deadline that cannot be computed, a mention without an author, and mentions with missing
 * or wrong fields (an outcome with errors, never an exception).
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/index.js';
import { compileRuntime, mentionProblems, respond, type Runtime } from '../../src/engine/index.js';
import type { Mention, Outcome } from '../../src/model/outcome.js';
import { filesOf } from '../validate/helpers.js';

const AT = '2026-03-02T10:00:00Z'; // a Monday, 10:00 in London

/** A small English playbook with every path of the engine in reach, and no fallback type. */
const PLAYBOOK = `replybook: 1
brand: Acme
locale: en
timezone: Europe/London
SCHEDULE
channels:
  x: { name: X, limit: 280, unit: twitter }
  forum: { name: Forum, limit: 4096 }
voices:
  official: { name: Official, signature: "Acme team", default: true }
  anna: { name: Anna, signature: "Anna, community manager", tone: { emoji: allowed } }
teams:
  care: { name: Care team }
  legal: { name: Legal }
sla:
  first_response: 1 business day
  by_priority:
    high: 4 business hours
tone:
  emoji: none
  max_exclamations: 1
types:
  troll:
    match: { words: [idiots] }
    reply: none
    actions: [hide]
  delay:
    match: { words: [late] }
    respond_within: 8 business hours
escalations:
  - id: lawyers
    when: { words: [lawyer] }
    to: legal
    priority: urgent
    respond_within: 1h
    reply: none
  - id: angry
    when: { words: [furious] }
    to: care
    priority: high
    reply: holding
    approval: true
templates:
  delay:
    when: { type: delay, channel: x }
    text: "Hello {{name author.name}}, sorry it is late. Thank you for writing."
  delay/forum:
    when: { type: delay, channel: forum }
    text: "Hello @{{author.handle}}, sorry it is late. Thank you for writing."
  hold:
    when: { holding: true }
    text: "Hello, {{team.name}} is on it. Thank you for your patience."
`;

/** Every Monday of the next three years is a holiday and Monday is the only working day. */
function neverWorking(): string {
  const mondays: string[] = [];
  for (let t = Date.UTC(2026, 2, 2); t < Date.UTC(2029, 6, 1); t += 7 * 86_400_000) mondays.push(new Date(t).toISOString().slice(0, 10));
  return `schedule:\n  hours: { mon: "09:00-18:00" }\n  holidays: [${mondays.join(', ')}]`;
}

function runtime(schedule = ''): Runtime {
  const check = checkProject(filesOf({ 'playbook.yaml': PLAYBOOK.replace('SCHEDULE', schedule) }));
  expect(check.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
  return compileRuntime(check.playbooks[0].playbook!);
}

const RT = runtime();
const NEVER = runtime(neverWorking());

const mention = (text: string, extra: Partial<Mention> = {}): Mention => ({
  text,
  channel: 'x',
  author: { name: 'Ann Lee', handle: 'ann' },
  at: AT,
  ...extra,
});

const checkOf = (o: Outcome, id: string) => o.checks.find((c) => c.id === id);

describe('respond: what the customer gets', () => {
  it.each<[string, Runtime, Mention, Partial<Outcome>, (o: Outcome) => void]>([
    [
      'the default voice: its signature, the playbook tone (no emoji)',
      RT,
      mention('My parcel is late'),
      {
        type: 'delay',
        template: 'delay',
        voice: 'official',
        reply: 'Hello Ann Lee, sorry it is late. Thank you for writing.\nAcme team',
        due: '2026-03-02T18:00:00.000+00:00', // the type's 8 business hours beat the SLA's 1 business day
        escalations: [],
        priority: 'normal',
        errors: [],
      },
      (o) => expect(checkOf(o, 'tone/emoji')).toMatchObject({ id: 'tone/emoji', ok: true, message: '0 emoji, at most 0 allowed' }),
    ],
    [
      'a voice with its own tone: its signature, and its tone overrides the playbook’s',
      RT,
      mention('My parcel is late', { voice: 'anna' }),
      {
        type: 'delay',
        template: 'delay',
        voice: 'anna',
        reply: 'Hello Ann Lee, sorry it is late. Thank you for writing.\nAnna, community manager',
        errors: [],
      },
      (o) => {
        expect(checkOf(o, 'tone/emoji')).toMatchObject({ id: 'tone/emoji', ok: true, message: '0 emoji (allowed)' });
        // What the voice does not override is the playbook's.
        expect(checkOf(o, 'tone/exclamations')?.message).toBe('0 exclamation marks, at most 1 allowed');
      },
    ],
    [
      'an unknown voice: classified and routed, but no reply',
      RT,
      mention('My parcel is late', { voice: 'bob' }),
      {
        type: 'delay',
        voice: 'bob',
        template: null,
        reply: null,
        due: '2026-03-02T18:00:00.000+00:00',
        errors: ['Unknown voice `bob`, expected one of `official`, `anna`'],
      },
      (o) => expect(o.checks).toEqual([]),
    ],
    [
      'an unknown channel: classified and routed, but no reply',
      RT,
      mention('My parcel is late', { channel: 'telegram' }),
      { type: 'delay', template: null, reply: null, errors: ['Unknown channel `telegram`, expected one of `x`, `forum`'] },
      (o) => expect(o.length).toBeNull(),
    ],
    [
      'no type matched and the playbook has no fallback',
      RT,
      mention('Just saying hello'),
      { type: '', template: null, reply: null, actions: [], errors: ['No negativity type matched and the playbook has no fallback type'] },
      (o) => expect(o.due).toBe('2026-03-03T10:00:00.000+00:00'), // the SLA still applies
    ],
    [
      'a type with reply: none: no reply, its actions',
      RT,
      mention('You are idiots'),
      { type: 'troll', template: null, reply: null, actions: ['hide'], errors: [] },
      (o) =>
        expect(o.trace).toContainEqual(
          expect.objectContaining({ stage: 'template', message: 'type `troll` gets no reply (reply: none); actions: hide' }),
        ),
    ],
    [
      'an escalation with reply: none: the team answers itself, its own deadline wins',
      RT,
      mention('My parcel is late, I will call my lawyer'),
      {
        type: 'delay',
        template: null,
        reply: null,
        priority: 'urgent',
        due: '2026-03-02T11:00:00.000+00:00',
        escalations: [
          {
            id: 'lawyers',
            team: 'legal',
            priority: 'urgent',
            approval: false,
            reply: 'none',
            hide: false,
            due: '2026-03-02T11:00:00.000+00:00',
          },
        ],
        errors: [],
      },
      (o) =>
        expect(o.trace).toContainEqual({
          stage: 'template',
          message: 'escalation `lawyers` says reply: none — the team legal answers itself',
          say: { id: 'template.escalationNoReply', values: { id: 'lawyers', team: 'legal' } },
        }),
    ],
    [
      'an escalation with reply: holding: the holding template, the team named, the priority’s target',
      RT,
      mention('My parcel is late and I am furious'),
      {
        type: 'delay',
        template: 'hold',
        reply: 'Hello, Care team is on it. Thank you for your patience.\nAcme team',
        priority: 'high',
        actions: ['approval'],
        due: '2026-03-02T14:00:00.000+00:00', // by_priority.high: 4 business hours
        escalations: [
          {
            id: 'angry',
            team: 'care',
            priority: 'high',
            approval: true,
            reply: 'holding',
            hide: false,
            due: '2026-03-02T14:00:00.000+00:00',
          },
        ],
        errors: [],
      },
      () => {},
    ],
    [
      'a render error: the template names a field the mention does not have',
      RT,
      mention('My parcel is late', { channel: 'forum', author: { name: 'Ann' } }),
      { type: 'delay', template: 'delay/forum', reply: null, length: null, checks: [] },
      (o) => {
        expect(o.errors).toEqual([
          expect.stringMatching(
            /^Template `delay\/forum` did not render: .*`handle` is not defined \(line 1, column 10 of the template\)$/,
          ),
        ]);
        expect(o.trace).toContainEqual(expect.objectContaining({ stage: 'render', ok: false }));
      },
    ],
    [
      'a deadline that cannot be computed: said why, and the reply is still written',
      NEVER,
      mention('My parcel is late'),
      { type: 'delay', template: 'delay', due: null, reply: 'Hello Ann Lee, sorry it is late. Thank you for writing.\nAcme team' },
      (o) =>
        expect(o.errors).toEqual([
          'No deadline could be computed: No working time on the schedule within 3 years after Mon 2026-03-02 10:00: check schedule.hours, holidays and working_days',
        ]),
    ],
    [
      'a mention without an author (an anonymous review): greeted without a name',
      RT,
      { text: 'My parcel is late', channel: 'x', at: AT } as Mention,
      { type: 'delay', template: 'delay', reply: 'Hello there, sorry it is late. Thank you for writing.\nAcme team', errors: [] },
      () => {},
    ],
  ])('%s', (_name, rt, m, want, more) => {
    const o = respond(rt, m);
    expect(o).toMatchObject(want);
    expect(o.stopped).toBeUndefined();
    more(o);
  });

  it('without the trace: the same outcome, no trace, no spans and no messages as data', () => {
    const m = mention('My parcel is late and I am furious');
    const full = respond(RT, m);
    expect(full.trace.length).toBeGreaterThan(3);
    expect(full.spans.length).toBeGreaterThan(0);
    expect(full.checks.every((c) => c.say)).toBe(true);
    const checks = full.checks.map(({ say: _say, ...c }) => c);
    expect(respond(RT, m, { trace: false })).toEqual({ ...full, checks, trace: [], spans: [] });
  });

  it('does not change the mention it is given', () => {
    const m = { text: 'My parcel is late', channel: 'x', at: AT } as Mention;
    const copy = structuredClone(m);
    respond(RT, m);
    expect(m).toEqual(copy);
  });
});

describe('respond: a mention with missing or wrong fields is an outcome with errors, never an exception', () => {
  const good = { text: 'My parcel is late', channel: 'x', author: { name: 'Ann' }, at: AT };
  it.each<[string, unknown, string[]]>([
    ['nothing at all', undefined, ['Expected a mention (a mapping with `text`, `channel` and `at`), found nothing (null)']],
    ['null', null, ['Expected a mention (a mapping with `text`, `channel` and `at`), found nothing (null)']],
    ['a string', 'My parcel is late', ['Expected a mention (a mapping with `text`, `channel` and `at`), found `My parcel is late`']],
    ['a list', [good], ['Expected a mention (a mapping with `text`, `channel` and `at`), found a list']],
    ['no text', { ...good, text: undefined }, ['Missing required property `text` in the top level']],
    [
      'no channel and no time',
      { text: 'late' },
      ['Missing required property `channel` in the top level', 'Missing required property `at` in the top level'],
    ],
    ['a number for text', { ...good, text: 42 }, ['Expected a string for text, found the number 42']],
    ['a string for author', { ...good, author: 'Ann' }, ['Expected a mapping for author, found `Ann`']],
    ['null for author', { ...good, author: null }, ['Expected a mapping for author, found nothing (null)']],
    ['a number for the author name', { ...good, author: { name: 7 } }, ['Expected a string for author.name, found the number 7']],
    ['negative followers', { ...good, author: { followers: -1 } }, ['the number -1 is out of range for author.followers: it must be >= 0']],
    ['followers as text', { ...good, author: { followers: '10k' } }, ['Expected a whole number for author.followers, found `10k`']],
    [
      'a time without an offset',
      { ...good, at: '2026-03-02T10:00:00' },
      ['`2026-03-02T10:00:00` is not valid for at: expected an ISO 8601 time with an offset: 2026-03-02T10:15:00+03:00'],
    ],
    [
      'a time that is no date',
      { ...good, at: '2026-02-30T10:00:00Z' },
      ['`2026-02-30T10:00:00Z` is not a valid date-time for at (An ISO 8601 time with an offset: 2026-03-02T10:15:00+03:00)'],
    ],
    ['a locale replybook does not speak', { ...good, locale: 'de' }, ['`de` is not allowed for locale, expected one of `ru`, `en`']],
    [
      'a channel that is no id',
      { ...good, channel: 'My Forum' },
      ['`My Forum` is not valid for channel: expected an id: lowercase letters, digits, - and _'],
    ],
  ])('%s', (_name, m, errors) => {
    let o: Outcome | undefined;
    expect(() => (o = respond(RT, m as Mention))).not.toThrow();
    expect(o).toMatchObject({ type: '', template: null, reply: null, due: null, escalations: [], voice: 'official', errors });
    expect(o!.stopped).toBeUndefined();
    expect(o!.trace).toEqual(
      errors.map((message) => ({ stage: 'normalise', ok: false, message, say: { id: 'mention.invalid', values: { problem: message } } })),
    );
    expect(respond(RT, m as Mention, { trace: false }).trace).toEqual(
      errors.map((message) => ({ stage: 'normalise', ok: false, message })),
    );
    expect(mentionProblems(m).invalid).toEqual(errors);
  });

  it('a sample complaint’s own fields (id, expect, source) are not the mention’s problem', () => {
    const complaint = { ...good, id: 'c1', file: 'complaints.yaml', expect: { type: 'delay' }, source: { file: 'complaints.yaml' } };
    expect(mentionProblems(complaint)).toEqual({ tooLong: [], invalid: [] });
    expect(respond(RT, complaint).errors).toEqual([]);
  });

  it('fields replybook does not read are allowed, in the mention and its author', () => {
    const m = { ...good, url: 'https://example.com/r/1', author: { name: 'Ann', avatar: 'a.png' } };
    expect(respond(RT, m as Mention)).toMatchObject({ type: 'delay', errors: [] });
  });

  it('a string over its limit is reported as that, before the schema looks at it', () => {
    const o = respond(RT, { ...good, at: `${AT}${' '.repeat(5000)}`, author: { name: 7 } } as unknown as Mention);
    expect(o.stopped).toMatchObject({ limit: 'mention-length', at: 'at' });
    expect(o.errors).toHaveLength(1);
  });
});
