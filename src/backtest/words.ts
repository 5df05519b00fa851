/** The report's words in the playbook's language (ru for a `ru` playbook). */
import type { Locale } from '../model/playbook.js';
import type { MalformedRow } from './tally.js';
import type { ChangeKind } from '../diff/types.js';

export interface ReportWords {
  title: string;
  partial: string;
  mentions: string;
  rows: string;
  malformed: string;
  byType: string;
  byChannel: string;
  byDay: string;
  type: string;
  channel: string;
  day: string;
  count: string;
  share: string;
  escalations: string;
  escalated: string;
  team: string;
  priority: string;
  rule: string;
  noReply: string;
  hidden: string;
  sla: string;
  arrivedOutside: string;
  dueOutside: string;
  dueHeatmap: string;
  arrivedHeatmap: string;
  weekday: string;
  hour: string;
  weekdays: readonly string[];
  replyChecks: string;
  check: string;
  templateFailures: string;
  checkFailures: string;
  labels: string;
  accuracy: string;
  precision: string;
  recall: string;
  f1: string;
  support: string;
  expected: string;
  got: string;
  disagreements: string;
  reason: string;
  text: string;
  reply: string;
  due: string;
  template: string;
  line: string;
  samples: string;
  trace: string;
  unknownPlatforms: string;
  platform: string;
  unmappedLabels: string;
  filter: string;
  more: (n: number) => string;
  none: string;
  file: string;
  author: string;
  error: string;
  source: string;
  /** Why a row was not run, from its data (the English `reason` when the kind has no wording here). */
  rowReason: (m: MalformedRow) => string;
  /** `--base REF`: the section's title, its one-line summary, and its tables' words. */
  baseTitle: (ref: string, commit: string) => string;
  baseSummary: (changed: number, compared: number) => string;
  change: string;
  changeKinds: Record<ChangeKind, string>;
  typeChanges: string;
  before: string;
  after: string;
  examplesOf: (kind: string) => string;
}

const EN: ReportWords = {
  title: 'Backtest',
  partial: 'Partial report: the run was stopped before the end of the export.',
  mentions: 'Mentions run',
  rows: 'Rows read',
  malformed: 'Rows not run',
  byType: 'Mentions by type',
  byChannel: 'Mentions by channel',
  byDay: 'Mentions by day',
  type: 'Type',
  channel: 'Channel',
  day: 'Day',
  count: 'Count',
  share: 'Share',
  escalations: 'Escalations by team and priority',
  escalated: 'Escalated',
  team: 'Team',
  priority: 'Priority',
  rule: 'Rule',
  noReply: 'No reply',
  hidden: 'Hidden',
  sla: 'SLA load',
  arrivedOutside: 'Arrived outside working hours',
  dueOutside: 'Due outside working hours',
  dueHeatmap: 'Replies due, by weekday and hour',
  arrivedHeatmap: 'Mentions arriving, by weekday and hour',
  weekday: 'Weekday',
  hour: 'Hour',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  replyChecks: 'Replies that break a channel limit or a tone rule',
  check: 'Check',
  templateFailures: 'No template applied or a template failed (playbook bugs)',
  checkFailures: 'Replies failing a check',
  labels: 'Against the labels',
  accuracy: 'Accuracy',
  precision: 'Precision',
  recall: 'Recall',
  f1: 'F1',
  support: 'Labelled',
  expected: 'Expected',
  got: 'Got',
  disagreements: 'Disagreements',
  reason: 'Reason',
  text: 'Text',
  reply: 'Reply',
  due: 'Due',
  template: 'Template',
  line: 'Line',
  samples: 'Sample mentions by type',
  trace: 'Trace',
  unknownPlatforms: 'Platforms with no channel in the playbook',
  platform: 'Platform',
  unmappedLabels: 'Label values that map to no type',
  filter: 'Filter…',
  more: (n) => `…and ${n} more (the counts above are complete)`,
  none: 'none',
  file: 'File',
  author: 'Author',
  error: 'Error',
  source: 'the post',
  rowReason: (m) => m.reason,
  baseTitle: (ref, commit) => `Against ${ref} (${commit})`,
  baseSummary: (changed, compared) =>
    `**${changed}** of ${compared} mention${compared === 1 ? '' : 's'} would be handled differently than at that revision.`,
  change: 'Change',
  changeKinds: {
    type: 'Type',
    escalations: 'Escalations',
    due: 'Deadline',
    actions: 'Actions (hide, approval…)',
    template: 'Template',
    reply: 'Reply text',
  },
  typeChanges: 'Type changes',
  before: 'Before',
  after: 'After',
  examplesOf: (kind) => `Examples: ${kind.toLowerCase()}`,
};

const RU: ReportWords = {
  title: 'Прогон по выгрузке',
  partial: 'Неполный отчет: прогон остановлен до конца выгрузки.',
  mentions: 'Упоминаний прогнано',
  rows: 'Строк прочитано',
  malformed: 'Строк не прогнано',
  byType: 'Упоминания по видам',
  byChannel: 'Упоминания по площадкам',
  byDay: 'Упоминания по дням',
  type: 'Вид',
  channel: 'Площадка',
  day: 'День',
  count: 'Число',
  share: 'Доля',
  escalations: 'Эскалации по командам и приоритетам',
  escalated: 'С эскалацией',
  team: 'Команда',
  priority: 'Приоритет',
  rule: 'Правило',
  noReply: 'Без ответа',
  hidden: 'Скрыто',
  sla: 'Нагрузка по срокам',
  arrivedOutside: 'Пришло в нерабочее время',
  dueOutside: 'Срок ответа в нерабочее время',
  dueHeatmap: 'Сроки ответов по дням недели и часам',
  arrivedHeatmap: 'Поступление упоминаний по дням недели и часам',
  weekday: 'День недели',
  hour: 'Час',
  weekdays: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
  replyChecks: 'Ответы, нарушающие лимит площадки или правило тона',
  check: 'Проверка',
  templateFailures: 'Шаблон не подошел или не сработал (ошибки плейбука)',
  checkFailures: 'Ответы, не прошедшие проверку',
  labels: 'Сравнение с разметкой',
  accuracy: 'Точность (accuracy)',
  precision: 'Precision',
  recall: 'Recall',
  f1: 'F1',
  support: 'Размечено',
  expected: 'Ожидалось',
  got: 'Получено',
  disagreements: 'Расхождения',
  reason: 'Причина',
  text: 'Текст',
  reply: 'Ответ',
  due: 'Срок',
  template: 'Шаблон',
  line: 'Строка',
  samples: 'Примеры упоминаний по видам',
  trace: 'Трассировка',
  unknownPlatforms: 'Площадки, которых нет в плейбуке',
  platform: 'Площадка в выгрузке',
  unmappedLabels: 'Значения разметки без вида',
  filter: 'Фильтр…',
  more: (n) => `…и еще ${n} (счетчики выше — полные)`,
  none: 'нет',
  file: 'Файл',
  author: 'Автор',
  error: 'Ошибка',
  source: 'публикация',
  rowReason: (m) => {
    switch (m.kind) {
      case 'empty-text':
        return 'текст пустой';
      case 'no-channel':
        return 'площадка не указана';
      case 'unknown-channel':
        return `площадки «${m.value ?? ''}» нет среди площадок плейбука (добавьте ее: --channel-map «${m.value ?? ''}»=id)`;
      case 'bad-date':
        return `дату «${m.value ?? ''}» replybook не читает (так читает: 01.03.2026 14:10, 2026-03-01 14:10, ISO 8601)`;
      case 'too-long':
        return `текст длиной ${m.found ?? '?'} символов, replybook сопоставляет не больше ${m.limit ?? '?'}`;
      case 'too-few-columns':
        return `в строке столбцов: ${m.found ?? '?'}, а по заголовку нужно не меньше ${m.limit ?? '?'}`;
      default:
        return m.reason;
    }
  },
  baseTitle: (ref, commit) => `Сравнение с ${ref} (${commit})`,
  baseSummary: (changed, compared) => `**${changed}** из ${compared} упоминаний обработались бы иначе, чем в этой ревизии.`,
  change: 'Изменение',
  changeKinds: {
    type: 'Вид',
    escalations: 'Эскалации',
    due: 'Срок ответа',
    actions: 'Действия (скрыть, согласование…)',
    template: 'Шаблон',
    reply: 'Текст ответа',
  },
  typeChanges: 'Смена вида',
  before: 'Было',
  after: 'Стало',
  examplesOf: (kind) => `Примеры: ${kind.toLowerCase()}`,
};

/** The words for a playbook's locale. */
export function reportWords(locale: Locale | string): ReportWords {
  return locale === 'ru' ? RU : EN;
}
