/**
 * The handbook's words in the playbook's locale: headings, labels, and durations, priorities and
 * rules said in words ("reply within 1 hour", «ответить в течение 1 часа»).
 */
import type { Address, Duration, Interval, Locale, Priority, RequiredElement, Schedule } from '../model/playbook.js';
import { pluralForm } from '../template/index.js';

export interface Words {
  title: (brand: string) => string;
  intro: (brand: string, timezone: string) => string;
  contents: string;
  types: string;
  typesIntro: string;
  noReply: string;
  fallback: string;
  actions: Record<string, string>;
  examples: string;
  noExamples: string;
  tone: string;
  address: Record<Address, string>;
  capitalizeVy: string;
  emojiNone: string;
  emojiAllowed: (max: number | undefined) => string;
  maxExclamations: (n: number) => string;
  required: string;
  elements: Record<RequiredElement, string>;
  countsAs: string;
  avoid: string;
  insteadSay: string;
  why: string;
  voices: string;
  defaultVoice: string;
  signature: string;
  channels: string;
  limit: (n: number, unit: string) => string;
  units: Record<string, string>;
  kinds: Record<string, string>;
  templates: string;
  templatesIntro: string;
  when: string;
  always: string;
  source: string;
  exampleOn: string;
  renderError: string;
  whenKeys: {
    type: string;
    channel: string;
    voice: string;
    locale: string;
    signals: string;
    missing: string;
    escalation: string;
    holding: string;
  };
  escalations: string;
  escalationsIntro: string;
  noEscalations: string;
  priority: Record<Priority, string>;
  replyWithin: (d: string) => string;
  needsApproval: string;
  holdingReply: string;
  noReplyEscalation: string;
  hideMention: string;
  deadlines: string;
  firstResponse: (d: string) => string;
  byPriority: (p: string, d: string) => string;
  typeWithin: (type: string, d: string) => string;
  deadlineRule: string;
  schedule: string;
  days: string[];
  dayOff: string;
  calendar: (ids: string) => string;
  holidays: (dates: string) => string;
  workingDays: (dates: string) => string;
  samples: string;
  samplesIntro: string;
  complaint: string;
  outcome: string;
  reply: string;
  noReplyForType: string;
  typeLabel: string;
  escalationsLabel: string;
  none: string;
  dueLabel: string;
  duration: (d: Duration) => string;
}

function countWord(locale: Locale, n: number, ru: [string, string, string], en: [string, string]): string {
  return `${n} ${locale === 'ru' ? pluralForm(n, ru, 'ru') : pluralForm(n, en, 'en')}`;
}

/** A duration in words, in the nominative (`1 час`, `2 рабочих часа`, `end of next business day`). */
function durationWords(locale: Locale, d: Duration): string {
  const ru = locale === 'ru';
  switch (d.kind) {
    case 'calendar': {
      const m = d.minutes;
      if (m % 1440 === 0) return countWord(locale, m / 1440, ['день', 'дня', 'дней'], ['day', 'days']);
      if (m % 60 === 0) return countWord(locale, m / 60, ['час', 'часа', 'часов'], ['hour', 'hours']);
      return countWord(locale, m, ['минута', 'минуты', 'минут'], ['minute', 'minutes']);
    }
    case 'business-minutes': {
      const m = d.minutes;
      if (m % 60 === 0)
        return countWord(locale, m / 60, ['рабочий час', 'рабочих часа', 'рабочих часов'], ['business hour', 'business hours']);
      return countWord(locale, m, ['рабочая минута', 'рабочие минуты', 'рабочих минут'], ['business minute', 'business minutes']);
    }
    case 'business-days':
      return countWord(locale, d.days, ['рабочий день', 'рабочих дня', 'рабочих дней'], ['business day', 'business days']);
    case 'end-of-business-day':
      if (ru) return d.offset === 0 ? 'до конца рабочего дня' : 'до конца следующего рабочего дня';
      return d.offset === 0 ? 'by the end of the business day' : 'by the end of the next business day';
  }
}

/** «ответить в течение X» / "reply within X", or the end-of-day phrase as is. */
function within(locale: Locale, text: string, endOfDay: boolean): string {
  if (endOfDay) return locale === 'ru' ? `ответить ${text}` : `reply ${text}`;
  return locale === 'ru' ? `срок ответа — ${text}` : `reply within ${text}`;
}

const RU: Words = {
  title: (b) => `Справочник агента: ${b}`,
  intro: (b, tz) =>
    `Всё, что нужно знать в первый день работы с упоминаниями бренда «${b}»: виды негатива, тон, шаблоны ответов, эскалации и сроки. Время указано в часовом поясе ${tz}.`,
  contents: 'Содержание',
  types: 'Виды негатива',
  typesIntro: 'Упоминание относится к первому подходящему виду, в этом порядке.',
  noReply: 'Не отвечаем.',
  fallback: 'Если не подошёл ни один другой вид.',
  actions: { hide: 'скрыть', block: 'заблокировать автора', monitor: 'наблюдать', approval: 'согласовать ответ' },
  examples: 'Примеры',
  noExamples: 'Примеров в тестовых жалобах нет.',
  tone: 'Тон общения',
  address: { formal: 'Обращаемся на «вы».', informal: 'Обращаемся на «ты».', any: 'Форма обращения («вы» или «ты») свободная.' },
  capitalizeVy: 'Обращаясь к одному человеку, пишем «Вы», «Вас», «Вам» с большой буквы.',
  emojiNone: 'Без эмодзи.',
  emojiAllowed: (max) => (max === undefined ? 'Эмодзи можно.' : `Эмодзи можно, не больше ${max}.`),
  maxExclamations: (n) =>
    n === 0
      ? 'Без восклицательных знаков.'
      : `Не больше ${countWord('ru', n, ['восклицательного знака', 'восклицательных знаков', 'восклицательных знаков'], ['', ''])} в ответе.`,
  required: 'В каждом ответе должно быть',
  elements: { greeting: 'приветствие', thanks: 'благодарность', regret: 'сожаление', help: 'предложение помощи', name: 'имя клиента' },
  countsAs: 'подходят',
  avoid: 'Чего не пишем',
  insteadSay: 'вместо этого',
  why: 'почему',
  voices: 'Кто отвечает',
  defaultVoice: 'по умолчанию',
  signature: 'подпись',
  channels: 'Каналы',
  limit: (n, unit) => `до ${n} ${unit}`,
  units: { graphemes: 'символов', twitter: 'символов по счёту X', bytes: 'байт', utf16: 'знаков UTF-16' },
  kinds: {
    social: 'соцсеть',
    messenger: 'мессенджер',
    'review-site': 'сайт отзывов',
    'app-store': 'магазин приложений',
    maps: 'карты',
    forum: 'форум',
    email: 'почта',
  },
  templates: 'Шаблоны ответов',
  templatesIntro:
    'Выбирается самый конкретный шаблон, условия которого выполнены. Примеры отрисованы для одного и того же тестового упоминания.',
  when: 'Когда',
  always: 'всегда',
  source: 'Текст шаблона',
  exampleOn: 'Пример',
  renderError: 'не удалось отрисовать',
  whenKeys: {
    type: 'вид',
    channel: 'канал',
    voice: 'голос',
    locale: 'язык',
    signals: 'есть',
    missing: 'нет',
    escalation: 'эскалация',
    holding: 'промежуточный ответ',
  },
  escalations: 'Эскалации и сроки',
  escalationsIntro: 'Срабатывают все правила, условия которых выполнены. Передавайте обращение прямо указанной команде.',
  noEscalations: 'Эскалаций нет.',
  priority: { low: 'низкий приоритет', normal: 'обычный приоритет', high: 'высокий приоритет', urgent: 'срочно' },
  replyWithin: (d) => d,
  needsApproval: 'ответ согласовать',
  holdingReply: 'сначала промежуточный ответ',
  noReplyEscalation: 'клиенту не отвечаем',
  hideMention: 'скрыть упоминание',
  deadlines: 'Сроки ответа',
  firstResponse: (d) => `Первый ответ: ${d}.`,
  byPriority: (p, d) => `${p[0].toUpperCase()}${p.slice(1)}: ${d}.`,
  typeWithin: (t, d) => `Вид «${t}»: ${d}.`,
  deadlineRule:
    'Срок — самый ранний из подходящих. Если решить вопрос в срок нельзя, сообщите клиенту, что обращение принято, и назовите дату решения.',
  schedule: 'Рабочее время',
  days: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
  dayOff: 'выходной',
  calendar: (ids) => `Праздники по производственному календарю: ${ids}.`,
  holidays: (d) => `Дополнительные выходные: ${d}.`,
  workingDays: (d) => `Рабочие выходные дни: ${d}.`,
  samples: 'Примеры ответов',
  samplesIntro: 'Тестовые жалобы плейбука и ответы, которые на них уходят.',
  complaint: 'Жалоба',
  outcome: 'Итог',
  reply: 'Ответ',
  noReplyForType: 'Без ответа.',
  typeLabel: 'вид',
  escalationsLabel: 'эскалации',
  none: 'нет',
  dueLabel: 'срок',
  duration: (d) => within('ru', durationWords('ru', d), d.kind === 'end-of-business-day'),
};

const EN: Words = {
  title: (b) => `Agent handbook: ${b}`,
  intro: (b, tz) =>
    `What you need on your first day answering mentions of ${b}: the kinds of negativity, the tone of voice, the reply templates, escalations and deadlines. Times are in the ${tz} time zone.`,
  contents: 'Contents',
  types: 'Kinds of negativity',
  typesIntro: 'A mention gets the first kind that matches, in this order.',
  noReply: 'We do not reply.',
  fallback: 'When no other kind matches.',
  actions: { hide: 'hide it', block: 'block the author', monitor: 'monitor', approval: 'get the reply approved' },
  examples: 'Examples',
  noExamples: 'No sample complaint of this kind.',
  tone: 'Tone of voice',
  address: {
    formal: 'We address people formally.',
    informal: 'We address people informally.',
    any: 'Formal or informal address are both fine.',
  },
  capitalizeVy: 'The formal «Вы» is capitalised when addressing one person.',
  emojiNone: 'No emoji.',
  emojiAllowed: (max) => (max === undefined ? 'Emoji are fine.' : `Emoji are fine, at most ${max}.`),
  maxExclamations: (n) =>
    n === 0 ? 'No exclamation marks.' : `At most ${countWord('en', n, ['', '', ''], ['exclamation mark', 'exclamation marks'])} per reply.`,
  required: 'Every reply contains',
  elements: { greeting: 'a greeting', thanks: 'thanks', regret: 'regret', help: 'an offer to help', name: "the customer's name" },
  countsAs: 'counts',
  avoid: 'What we never write',
  insteadSay: 'say instead',
  why: 'why',
  voices: 'Who replies',
  defaultVoice: 'default',
  signature: 'signature',
  channels: 'Channels',
  limit: (n, unit) => `up to ${n} ${unit}`,
  units: { graphemes: 'characters', twitter: 'characters as X counts them', bytes: 'bytes', utf16: 'UTF-16 units' },
  kinds: {
    social: 'social network',
    messenger: 'messenger',
    'review-site': 'review site',
    'app-store': 'app store',
    maps: 'maps',
    forum: 'forum',
    email: 'email',
  },
  templates: 'Reply templates',
  templatesIntro:
    'The most specific template whose conditions hold is chosen. The examples are rendered for one and the same sample mention.',
  when: 'When',
  always: 'always',
  source: 'Template text',
  exampleOn: 'Example',
  renderError: 'could not be rendered',
  whenKeys: {
    type: 'kind',
    channel: 'channel',
    voice: 'voice',
    locale: 'language',
    signals: 'has',
    missing: 'lacks',
    escalation: 'escalation',
    holding: 'holding reply',
  },
  escalations: 'Escalations and deadlines',
  escalationsIntro: 'Every rule whose conditions hold fires. Route the case straight to the team named.',
  noEscalations: 'No escalations.',
  priority: { low: 'low priority', normal: 'normal priority', high: 'high priority', urgent: 'urgent' },
  replyWithin: (d) => d,
  needsApproval: 'needs approval',
  holdingReply: 'a holding reply first',
  noReplyEscalation: 'no reply to the customer',
  hideMention: 'hide the mention',
  deadlines: 'Response times',
  firstResponse: (d) => `First response: ${d}.`,
  byPriority: (p, d) => `${p[0].toUpperCase()}${p.slice(1)}: ${d}.`,
  typeWithin: (t, d) => `Kind “${t}”: ${d}.`,
  deadlineRule:
    'The deadline is the earliest that applies. When the question cannot be solved in time, tell the customer it was received and by when it will be solved.',
  schedule: 'Working hours',
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  dayOff: 'day off',
  calendar: (ids) => `Public holidays follow the calendar: ${ids}.`,
  holidays: (d) => `Extra days off: ${d}.`,
  workingDays: (d) => `Working weekend days: ${d}.`,
  samples: 'Sample replies',
  samplesIntro: "The playbook's sample complaints and the replies they get.",
  complaint: 'Complaint',
  outcome: 'Outcome',
  reply: 'Reply',
  noReplyForType: 'No reply.',
  typeLabel: 'kind',
  escalationsLabel: 'escalations',
  none: 'none',
  dueLabel: 'due',
  duration: (d) => within('en', durationWords('en', d), d.kind === 'end-of-business-day'),
};

/** The handbook's words for a locale. */
export function wordsFor(locale: Locale): Words {
  return locale === 'ru' ? RU : EN;
}

function hhmm(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

/** Weekly hours as lines: consecutive days with the same hours are joined («Пн–Пт: 09:00–18:00»). */
export function scheduleLines(schedule: Schedule, w: Words): string[] {
  const text = schedule.weekly.map((day) =>
    day.length ? day.map((i: Interval) => `${hhmm(i.start)}–${hhmm(i.end)}`).join(', ') : w.dayOff,
  );
  const lines: string[] = [];
  for (let i = 0; i < 7;) {
    let j = i;
    while (j + 1 < 7 && text[j + 1] === text[i]) j++;
    lines.push(`${i === j ? w.days[i] : `${w.days[i]}–${w.days[j]}`}: ${text[i]}`);
    i = j + 1;
  }
  return lines;
}
