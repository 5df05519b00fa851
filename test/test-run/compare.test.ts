/**
 * `compareOutcome`: whether a sample complaint passes. Each expectation, met and broken, with the
 * failure it gives (field, expected, actual, message); engine errors and failed reply checks fail a
 * sample that expects nothing.
 */
import { describe, expect, it } from 'vitest';
import { compareOutcome } from '../../src/test-run/index.js';
import type { Complaint, Expectation, FiredEscalation, Outcome } from '../../src/model/outcome.js';
import type { ExpectationFailure } from '../../src/model/test-result.js';
import { failureText } from '../../src/i18n/trace-text.js';

const REPLY = 'Добрый день, Виктория! Спасибо за ваш отзыв.\nКоманда Acme';

const fired = (id: string, team: string, priority: FiredEscalation['priority'] = 'normal'): FiredEscalation => ({
  id,
  team,
  priority,
  approval: false,
  reply: 'normal',
  hide: false,
});

const OUTCOME: Outcome = {
  type: 'constructive',
  escalations: [fired('opinion-leader', 'pr', 'high')],
  actions: [],
  priority: 'high',
  due: '2026-03-03T10:15:00.000+03:00',
  template: 'constructive/default',
  voice: 'official',
  reply: REPLY,
  length: { count: 57, limit: 4096, unit: 'characters' },
  checks: [{ id: 'tone/address', ok: true, message: 'The reply keeps the formal «вы»' }],
  signals: {},
  spans: [],
  trace: [],
  errors: [],
};

const complaint = (expect: Expectation): Complaint => ({
  id: 'viktoria',
  file: 'pb/complaints.yaml',
  text: 'Заказала платье, до сих пор не пришло.',
  channel: 'vk',
  author: { name: 'Виктория' },
  at: '2026-03-02T10:15:00+03:00',
  source: {
    file: 'pb/complaints.yaml',
    range: { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 5, offset: 20 } },
    path: [],
  },
  expect,
});

/** Counts characters as the channel would (code points, so the test sees a measure, not `length`). */
const measure = (text: string) => [...text].length;

const compare = (x: Expectation, o: Partial<Outcome> = {}): ExpectationFailure[] =>
  compareOutcome(complaint(x), { ...OUTCOME, ...o }, measure);

/** A failure without what it says for a person (`say`, checked on its own below). */
const plain = ({ say: _s, expectedSay: _e, actualSay: _a, ...f }: ExpectationFailure): ExpectationFailure => f;

describe('compareOutcome: expectations that hold give no failure', () => {
  it.each<[string, Expectation, Partial<Outcome>?]>([
    ['no expectations', {}],
    ['the type', { type: 'constructive' }],
    ['the template', { template: 'constructive/default' }],
    ['no template (null) when there is no reply', { template: null, reply: null }, { template: null, reply: null }],
    ['an escalation by id', { escalations: ['opinion-leader'] }],
    ['an escalation by team', { escalations: [{ to: 'pr' }] }],
    ['an escalation by team and priority', { escalations: [{ to: 'pr', priority: 'high' }] }],
    ['no escalation ([])', { escalations: [] }, { escalations: [] }],
    ['two escalations in any order', { escalations: ['b', 'a'] }, { escalations: [fired('a', 'pr'), fired('b', 'legal')] }],
    ['the same instant at another offset', { due: '2026-03-03T07:15:00Z' }],
    ['hidden', { hidden: true }, { actions: ['hide'] }],
    ['not hidden', { hidden: false }],
    ['the exact reply, trailing white space aside', { reply: { equals: `${REPLY}\n\n` } }, { reply: `${REPLY}  ` }],
    ['what the reply contains', { reply: { contains: ['Виктория', 'Спасибо'] } }],
    ['what it does not contain', { reply: { not_contains: ['проблема', 'ты'] } }],
    ['a pattern it matches', { reply: { matches: '^Добрый день, \\p{Lu}' } }],
    ['its length in the channel’s unit', { reply: { max_length: 57 } }],
  ])('%s', (_name, x, o) => {
    expect(compare(x, o)).toEqual([]);
  });
});

describe('compareOutcome: each broken expectation is one failure that says what differs', () => {
  it.each<[string, Expectation, Partial<Outcome>, ExpectationFailure[]]>([
    [
      'the type',
      { type: 'profanity' },
      {},
      [{ field: 'type', expected: 'profanity', actual: 'constructive', message: 'Expected type `profanity`, got `constructive`' }],
    ],
    [
      'the template',
      { template: 'general' },
      {},
      [
        {
          field: 'template',
          expected: 'general',
          actual: 'constructive/default',
          message: 'Expected template `general`, got `constructive/default`',
        },
      ],
    ],
    [
      'a template where there is none',
      { template: 'general' },
      { template: null },
      [{ field: 'template', expected: 'general', actual: 'null', message: 'Expected template `general`, got `null`' }],
    ],
    [
      'an escalation that did not fire',
      { escalations: ['opinion-leader', 'lawyers'] },
      {},
      [
        {
          field: 'escalations',
          expected: 'opinion-leader, lawyers',
          actual: 'opinion-leader → pr (high)',
          message: 'Escalations differ — did not fire: lawyers',
        },
      ],
    ],
    [
      'an escalation that fired unexpectedly',
      { escalations: [] },
      {},
      [
        {
          field: 'escalations',
          expected: 'none',
          actual: 'opinion-leader → pr (high)',
          message: 'Escalations differ — fired unexpectedly: opinion-leader',
        },
      ],
    ],
    [
      'the right team at the wrong priority',
      { escalations: [{ to: 'pr', priority: 'urgent' }] },
      {},
      [
        {
          field: 'escalations',
          expected: 'pr (urgent)',
          actual: 'opinion-leader → pr (high)',
          message: 'Escalations differ — did not fire: pr (urgent); fired unexpectedly: opinion-leader',
        },
      ],
    ],
    [
      'the same escalation expected twice, fired once',
      { escalations: ['opinion-leader', 'opinion-leader'] },
      {},
      [
        {
          field: 'escalations',
          expected: 'opinion-leader, opinion-leader',
          actual: 'opinion-leader → pr (high)',
          message: 'Escalations differ — did not fire: opinion-leader',
        },
      ],
    ],
    [
      'an escalation expected, none fired',
      { escalations: [{ to: 'legal' }] },
      { escalations: [] },
      [{ field: 'escalations', expected: 'legal', actual: 'none', message: 'Escalations differ — did not fire: legal' }],
    ],
    [
      'the deadline',
      { due: '2026-03-02T18:00:00+03:00' },
      {},
      [
        {
          field: 'due',
          expected: '2026-03-02T18:00:00+03:00',
          actual: '2026-03-03T10:15:00.000+03:00',
          message: 'Expected the reply due at 2026-03-02T18:00:00+03:00, got 2026-03-03T10:15:00.000+03:00',
        },
      ],
    ],
    [
      'a deadline where none could be computed',
      { due: '2026-03-02T18:00:00+03:00' },
      { due: null },
      [
        {
          field: 'due',
          expected: '2026-03-02T18:00:00+03:00',
          actual: 'null',
          message: 'Expected the reply due at 2026-03-02T18:00:00+03:00, got null',
        },
      ],
    ],
    [
      'hidden, but not',
      { hidden: true },
      {},
      [{ field: 'hidden', expected: 'true', actual: 'false', message: 'Expected the mention to be hidden' }],
    ],
    [
      'not hidden, but hidden',
      { hidden: false },
      { actions: ['hide'] },
      [{ field: 'hidden', expected: 'false', actual: 'true', message: 'Expected the mention not to be hidden' }],
    ],
    ['no reply, but one', { reply: null }, {}, [{ field: 'reply', expected: 'null', actual: REPLY, message: 'Expected no reply' }]],
    [
      'a reply, but none',
      { reply: { contains: ['Виктория'] } },
      { reply: null },
      [{ field: 'reply', expected: 'a reply', actual: 'null', message: 'Expected a reply, got none' }],
    ],
    [
      'the exact reply',
      { reply: { equals: 'Добрый день!' } },
      {},
      [{ field: 'reply.equals', expected: 'Добрый день!', actual: REPLY, message: 'The reply differs from the expected text' }],
    ],
    [
      'each phrase it lacks',
      { reply: { contains: ['Виктория', 'номер заказа', 'жаль'] } },
      {},
      [
        { field: 'reply.contains', expected: 'номер заказа', actual: REPLY, message: 'The reply does not contain «номер заказа»' },
        { field: 'reply.contains', expected: 'жаль', actual: REPLY, message: 'The reply does not contain «жаль»' },
      ],
    ],
    [
      'a phrase it must not contain',
      { reply: { not_contains: ['Спасибо'] } },
      {},
      [{ field: 'reply.not_contains', expected: 'no «Спасибо»', actual: REPLY, message: 'The reply contains «Спасибо»' }],
    ],
    [
      'a pattern it does not match',
      { reply: { matches: '^Здравствуйте' } },
      {},
      [{ field: 'reply.matches', expected: '^Здравствуйте', actual: REPLY, message: 'The reply does not match /^Здравствуйте/' }],
    ],
    [
      'longer than allowed, measured in the channel’s unit',
      { reply: { max_length: 56 } },
      {},
      [{ field: 'reply.max_length', expected: '≤ 56', actual: '57', message: 'The reply is 57 long, expected at most 56' }],
    ],
    [
      'an engine error fails a sample that expects nothing',
      {},
      { errors: ['Unknown channel `tg`, expected one of `vk`'] },
      [
        {
          field: 'engine',
          expected: 'a complete outcome',
          actual: 'Unknown channel `tg`, expected one of `vk`',
          message: 'Unknown channel `tg`, expected one of `vk`',
        },
      ],
    ],
    [
      'a failed reply check fails it too (a reply that breaks the tone must not pass)',
      {},
      { checks: [{ id: 'tone/emoji', ok: false, message: 'The reply has 2 emoji; the tone of voice allows none' }] },
      [{ field: 'check:tone/emoji', expected: 'passes', actual: 'fails', message: 'The reply has 2 emoji; the tone of voice allows none' }],
    ],
  ])('%s', (_name, x, o, failures) => {
    const got = compare(x, o);
    expect(got.map(plain)).toEqual(failures);
    // The words a person reads, in English, are the failure exactly as the machine formats have it.
    for (const f of got) expect(failureText(f, 'en')).toEqual({ message: f.message, expected: f.expected, actual: f.actual });
  });

  it('lists every broken expectation, engine errors first, reply checks last', () => {
    const failures = compare(
      { type: 'profanity', template: null, hidden: true, reply: null },
      { errors: ['No deadline could be computed: …'], checks: [{ id: 'channel/limit', ok: false, message: 'Too long' }] },
    );
    expect(failures.map((f) => f.field)).toEqual(['engine', 'type', 'template', 'hidden', 'reply', 'check:channel/limit']);
  });

  it('measures max_length with the channel’s measure, not the string length', () => {
    const emoji = '👍🏽'.repeat(10); // 40 UTF-16 units, 20 code points
    expect(compareOutcome(complaint({ reply: { max_length: 20 } }), { ...OUTCOME, reply: emoji }, measure)).toEqual([]);
    expect(compareOutcome(complaint({ reply: { max_length: 20 } }), { ...OUTCOME, reply: emoji }, (t) => t.length)).toHaveLength(1);
  });
});

describe('a failed expectation in Russian', () => {
  it.each<[string, Expectation, Partial<Outcome>, { message: string; expected: string; actual: string }]>([
    [
      'the template',
      { template: 'general' },
      {},
      { message: 'Ожидался шаблон `general`, получен `constructive/default`', expected: 'general', actual: 'constructive/default' },
    ],
    [
      'an escalation expected, none fired',
      { escalations: ['legal'] },
      { escalations: [] },
      { message: 'Эскалации не совпадают — не сработали: legal', expected: 'legal', actual: 'нет' },
    ],
    [
      'escalations both missing and unexpected',
      { escalations: ['legal'] },
      {},
      {
        message: 'Эскалации не совпадают — не сработали: legal; сработали, хотя не ожидались: opinion-leader',
        expected: 'legal',
        actual: 'opinion-leader → pr (high)',
      },
    ],
    [
      'the deadline, with the month and the zone by name',
      { due: '2026-03-04T10:15:00+03:00' },
      {},
      {
        message: 'Ожидался срок ответа 4 марта 2026, 10:15 UTC+03:00, получен 3 марта 2026, 10:15 UTC+03:00',
        expected: '2026-03-04T10:15:00+03:00',
        actual: '2026-03-03T10:15:00.000+03:00',
      },
    ],
    [
      'a reply, but none',
      { reply: { contains: ['Спасибо'] } },
      { reply: null },
      { message: 'Ожидался ответ, но его нет', expected: 'ответ', actual: 'null' },
    ],
    [
      'a phrase it must not contain',
      { reply: { not_contains: ['Спасибо'] } },
      {},
      { message: 'В ответе есть «Спасибо»', expected: 'без «Спасибо»', actual: REPLY },
    ],
    [
      'longer than allowed',
      { reply: { max_length: 56 } },
      {},
      { message: 'Длина ответа — 57, а можно не больше 56', expected: '≤ 56', actual: '57' },
    ],
    [
      'a failed reply check, in the words of the check',
      {},
      {
        checks: [
          {
            id: 'tone/emoji',
            ok: false,
            message: 'The reply has 2 emoji; the tone of voice allows none',
            say: { id: 'check.emoji.none', values: { n: 2 } },
          },
        ],
      },
      { message: 'Эмодзи в ответе: 2; тон голоса их не допускает', expected: 'проходит', actual: 'не проходит' },
    ],
  ])('%s', (_name, x, o, said) => {
    const [f] = compare(x, o);
    expect(failureText(f, 'ru')).toEqual(said);
  });
});
