/**
 * A small playbook built as the model (what the validator produces), with sample complaints and
 * their results, so the pure build can be tested without the loader or the engine.
 */
import type { Channel, Escalation, NegativityType, Playbook, Source, Template, Voice, Team, Locale } from '../../../src/model/playbook.js';
import type { Complaint, Outcome } from '../../../src/model/outcome.js';
import type { ComplaintResult } from '../../../src/model/test-result.js';

const R = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const src = (file: string, ...path: Array<string | number>): Source => ({ file, range: R, path });

export function miniPlaybook(opts: { locale?: Locale; dir?: string; description?: string } = {}): Playbook {
  const locale = opts.locale ?? 'ru';
  const dir = opts.dir ?? 'playbooks/mini';
  const f = `${dir}/playbook.yaml`;
  const tf = `${dir}/templates.yaml`;
  const ru = locale === 'ru';
  const channels: Channel[] = [
    { id: 'vk', name: 'ВКонтакте', limit: 4096, unit: 'graphemes', kind: 'social', source: src(f, 'channels', 'vk') },
    { id: 'x', name: 'X', limit: 280, unit: 'twitter', kind: 'social', source: src(f, 'channels', 'x') },
    { id: 'otzovik', name: 'Отзовик', limit: 2000, unit: 'graphemes', kind: 'review-site', source: src(f, 'channels', 'otzovik') },
  ];
  const voices: Voice[] = [
    {
      id: 'official',
      name: ru ? 'Официальный аккаунт' : 'Official account',
      signature: ru ? 'Команда Мини Маркет' : 'The Mini Market team',
      isDefault: true,
      source: src(f, 'voices', 'official'),
    },
  ];
  const teams: Team[] = [
    { id: 'support', name: ru ? 'Служба поддержки' : 'Support', contact: '#support', source: src(f, 'teams', 'support') },
    { id: 'legal', name: ru ? 'Юридический отдел' : 'Legal', source: src(f, 'teams', 'legal') },
  ];
  const types: NegativityType[] = [
    {
      id: 'profanity',
      description: ru ? 'Мат и оскорбления. Не вступаем в диалог, скрываем.' : 'Swearing and insults. Do not engage; hide.',
      fallback: false,
      reply: 'none',
      actions: ['hide'],
      match: { kind: 'lexicon', names: ['profanity'], source: src(f) },
      source: src(f, 'types', 'profanity'),
    },
    {
      id: 'constructive',
      description: opts.description ?? (ru ? 'Конкретная проблема с деталями.' : 'A concrete problem with details.'),
      fallback: false,
      reply: 'template',
      actions: [],
      respondWithin: { kind: 'business-minutes', minutes: 240, text: '4 business hours' },
      match: { kind: 'words', words: ['заказ'], source: src(f) },
      source: src(f, 'types', 'constructive'),
    },
    {
      id: 'non-constructive',
      description: ru ? 'Нет деталей, мнение уже сложилось.' : 'No details; the opinion is formed.',
      fallback: true,
      reply: 'template',
      actions: [],
      source: src(f, 'types', 'non-constructive'),
    },
  ];
  const escalations: Escalation[] = [
    {
      id: 'legal',
      description: ru ? 'Юридические угрозы' : 'Legal threats',
      when: { kind: 'words', words: ['суд'], source: src(f) },
      to: 'legal',
      priority: 'urgent',
      approval: true,
      reply: 'holding',
      hide: false,
      respondWithin: { kind: 'calendar', minutes: 60, text: '1h' },
      source: src(f, 'escalations', 0),
    },
    {
      id: 'opinion-leader',
      description: ru ? 'Автор с большой аудиторией' : 'An author with a large audience',
      when: { kind: 'followers', op: 'gte', value: 10000, source: src(f) },
      to: 'support',
      priority: 'high',
      approval: false,
      reply: 'normal',
      hide: false,
      source: src(f, 'escalations', 1),
    },
  ];
  const tpl = (id: string, when: Template['when'], text: string, description?: string): Template => ({
    id,
    when,
    text,
    description,
    source: src(tf, 'templates', id),
    textSource: { ...src(tf, 'templates', id, 'text'), style: 'block' },
  });
  const templates: Template[] = ru
    ? [
        tpl(
          'constructive/default',
          { type: ['constructive'] },
          '{{greeting}}, {{name author.name}}! Спасибо, что написали. Нам жаль, что заказ {{signals.order-number}} задержался. Уже разбираемся.',
          'Конструктивный отзыв с номером заказа',
        ),
        tpl(
          'constructive/unidentified',
          { type: ['constructive'], missing: ['order-number'] },
          '{{greeting}}, {{name author.name}}! Спасибо за ваш отзыв. Уточните, пожалуйста, номер вашего заказа.',
          'Клиента не нашли в системе',
        ),
        tpl(
          'non-constructive/default',
          { type: ['non-constructive'] },
          '{{greeting}}! Спасибо за отзыв, нам жаль, что впечатление испортилось.',
        ),
        tpl('short/x', { channel: ['x'] }, 'Спасибо, {{name author.name}}! Ответили в личных сообщениях.', 'Коротко для X'),
        tpl(
          'holding/legal',
          { holding: true, escalation: ['legal'] },
          '{{greeting}}! Спасибо, мы передали ваше обращение: {{team.name}} ответит до {{formatDate due}}.',
        ),
      ]
    : [
        tpl(
          'constructive/default',
          { type: ['constructive'] },
          '{{greeting}}, {{name author.name}}! Thanks for writing. We are sorry order {{signals.order-number}} is late.',
          'A constructive review with an order number',
        ),
        tpl('non-constructive/default', { type: ['non-constructive'] }, '{{greeting}}! Thanks for the feedback, we are sorry.'),
        tpl('short/x', { channel: ['x'] }, 'Thanks, {{name author.name}}! We replied in DMs.', 'Short, for X'),
      ];
  return {
    id: dir.split('/').pop() as string,
    dir,
    files: [f, tf],
    brand: ru ? 'Мини Маркет' : 'Mini Market',
    locale,
    timezone: 'Europe/Moscow',
    schedule: {
      timezone: 'Europe/Moscow',
      weekly: [
        [{ start: 540, end: 1080 }],
        [{ start: 540, end: 1080 }],
        [{ start: 540, end: 1080 }],
        [{ start: 540, end: 1080 }],
        [{ start: 540, end: 1080 }],
        [{ start: 600, end: 960 }],
        [],
      ],
      holidays: new Set(['2026-12-31', '2026-12-30']),
      workingDays: new Map(),
      calendars: ['ru'],
    },
    sla: {
      firstResponse: { kind: 'business-days', days: 1, text: '1 business day' },
      byPriority: {
        urgent: { kind: 'calendar', minutes: 60, text: '1h' },
        high: { kind: 'business-minutes', minutes: 120, text: '2 business hours' },
      },
    },
    channels: new Map(channels.map((c) => [c.id, c])),
    voices: new Map(voices.map((v) => [v.id, v])),
    defaultVoice: 'official',
    teams: new Map(teams.map((t) => [t.id, t])),
    tone: {
      address: 'formal',
      capitalizeVy: false,
      emoji: 'none',
      maxExclamations: 1,
      require: ['greeting', 'thanks', 'regret'],
      elements: { regret: ru ? ['сожалеем', 'нам жаль'] : ['sorry'] },
      avoid: [
        { phrase: ru ? 'проблема' : 'problem', prefer: ru ? 'ситуация' : 'situation' },
        { phrase: ru ? 'вы сами виноваты' : 'your fault', why: 'never blame or argue with a customer' },
      ],
    },
    signals: new Map(),
    lexicons: new Map(),
    types,
    escalations,
    templates: new Map(templates.map((t) => [t.id, t])),
    partials: new Map(),
  };
}

/** An outcome with what `o` does not say left empty. */
export function outcome(o: Partial<Outcome>): Outcome {
  return {
    type: '',
    escalations: [],
    actions: [],
    priority: 'normal',
    due: null,
    template: null,
    voice: 'official',
    reply: null,
    length: null,
    checks: [],
    signals: {},
    spans: [],
    trace: [],
    errors: [],
    ...o,
  };
}

/** Three sample complaints (one per type) and their results, as the engine would give them. */
export function miniSamples(pb: Playbook): { complaints: Complaint[]; results: ComplaintResult[] } {
  const file = `${pb.dir}/complaints.yaml`;
  const c = (id: string, text: string, channel: string, name: string, type: string): Complaint => ({
    id,
    text,
    channel,
    author: { name },
    at: '2026-03-02T10:15:00+03:00',
    file,
    source: src(file, 'complaints', id),
    expect: { type },
  });
  const complaints = [
    c('viktoria-late', 'Заказ 12345678 так и не пришёл. Буду писать в суд!', 'otzovik', 'Виктория', 'constructive'),
    c('anon-bad', 'Ужасный магазин, никогда больше.', 'vk', 'Иван', 'non-constructive'),
    c('rude', 'Вы все <script>alert(1)</script> криворукие', 'vk', 'Хам', 'profanity'),
  ];
  const results: ComplaintResult[] = [
    {
      playbook: pb.id,
      id: 'viktoria-late',
      channel: 'otzovik',
      file,
      range: R,
      passed: true,
      failures: [],
      outcome: outcome({
        type: 'constructive',
        template: 'holding/legal',
        priority: 'urgent',
        due: '2026-03-02T11:15:00+03:00',
        escalations: [{ id: 'legal', team: 'legal', priority: 'urgent', approval: true, reply: 'holding', hide: false }],
        reply: 'Доброе утро! Спасибо, мы передали ваше обращение: Юридический отдел ответит до 2 марта в 11:15.\nКоманда Мини Маркет',
      }),
    },
    {
      playbook: pb.id,
      id: 'anon-bad',
      channel: 'vk',
      file,
      range: R,
      passed: true,
      failures: [],
      outcome: outcome({
        type: 'non-constructive',
        template: 'non-constructive/default',
        due: '2026-03-03T10:15:00+03:00',
        reply: 'Доброе утро! Спасибо за отзыв, нам жаль, что впечатление испортилось.\nКоманда Мини Маркет',
      }),
    },
    {
      playbook: pb.id,
      id: 'rude',
      channel: 'vk',
      file,
      range: R,
      passed: true,
      failures: [],
      outcome: outcome({ type: 'profanity', actions: ['hide'] }),
    },
  ];
  return { complaints, results };
}
