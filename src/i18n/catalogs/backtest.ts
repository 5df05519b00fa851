/**
 * `replybook backtest`: every word of its reports for a person (the HTML page, its charts' axes and
 * the Markdown summary), why a row was not run, and the run's lines on the terminal (the progress
 * bar, the summary). The reports are in the playbook's language unless `--lang` or the
 * configuration's `lang` say otherwise; the terminal lines in the CLI's language. Numbers in the
 * messages are `{n}`, never `#`, so that they are written as before (no grouping: `2985`, not
 * `2,985`). The JSON report, the CSV's column names and the English `reason` of a row (in JSON and
 * CSV) are machine formats and stay as they are.
 */
import { defineCatalog } from '../index.js';
import { PRIORITY_CELL_RU, PRIORITY_RU } from './shared-words.js';

export const backtestMessages = defineCatalog({
  area: 'backtest',
  en: {
    title: 'Backtest',
    partial: 'Partial report: the run was stopped before the end of the export.',

    // The figures (cards, the Markdown summary table) and the tables' columns.
    mentions: 'Mentions run',
    rows: 'Rows read',
    malformed: 'Rows not run',
    escalated: 'Escalated',
    noReply: 'No reply',
    hidden: 'Hidden',
    arrivedOutside: 'Arrived outside working hours',
    dueOutside: 'Due outside working hours',
    templateFailures: 'No template applied or a template failed (playbook bugs)',
    'card.templateFailures': 'No template applied or a template failed',
    checkFailures: 'Replies failing a check',
    type: 'Type',
    channel: 'Channel',
    day: 'Day',
    count: 'Count',
    // The label of the box that filters a table's rows (for screen readers), and what it shows while empty.
    filterLabel: 'filter',
    filterPlaceholder: 'Filter rows…',
    share: 'Share',
    percent: '{share, number, ::percent .0}',
    team: 'Team',
    priority: 'Priority',
    'priority.cell': '{priority}',
    'priority.words': '{priority}',
    rule: 'Rule',
    check: 'Check',
    file: 'File',
    line: 'Line',
    reason: 'Reason',
    text: 'Text',
    error: 'Error',
    platform: 'Platform',

    // Sections.
    byType: 'Mentions by type',
    byChannel: 'Mentions by channel',
    byDay: 'Mentions by day',
    escalations: 'Escalations by team and priority',
    sla: 'SLA load',
    dueHeatmap: 'Replies due, by weekday and hour',
    arrivedHeatmap: 'Mentions arriving, by weekday and hour',
    replyChecks: 'Replies that break a channel limit or a tone rule',
    samples: 'Sample mentions by type',
    unknownPlatforms: 'Platforms with no channel in the playbook',
    more: '…and {n} more (the counts above are complete)',

    // The heatmaps' axes.
    weekday: 'Weekday',
    hour: 'Hour',
    'weekday.mon': 'Mon',
    'weekday.tue': 'Tue',
    'weekday.wed': 'Wed',
    'weekday.thu': 'Thu',
    'weekday.fri': 'Fri',
    'weekday.sat': 'Sat',
    'weekday.sun': 'Sun',

    // `--label COLUMN`.
    labels: 'Against the labels',
    accuracy: 'Accuracy',
    precision: 'Precision',
    recall: 'Recall',
    f1: 'F1',
    support: 'Labelled',
    'labels.labelled': '{n} labelled',
    expected: 'Expected',
    got: 'Got',
    disagreements: 'Disagreements',
    unmappedLabels: 'Label values that map to no type',

    // A listed mention.
    author: 'Author',
    due: 'Due',
    template: 'Template',
    'fact.escalations': 'Escalations',
    reply: 'Reply',
    trace: 'Trace',
    source: 'the post',

    // Why a row was not run (in English, the same sentence as the row's `reason` in JSON and CSV).
    'row.too-few-columns': 'the row has {found, plural, one {{found} column} other {{found} columns}}, the header {limit} or more',
    'row.empty-text': 'the text is empty',
    'row.too-long': 'the text is {found} characters; replybook matches at most {limit}',
    'row.no-channel': 'the platform (channel) is empty',
    'row.unknown-channel': "the platform «{value}» is none of the playbook's channels",
    'row.bad-date': 'the date «{value}» is not a date replybook reads (e.g. 2026-03-01 14:10, 01.03.2026 14:10, or ISO 8601)',

    // `--base REF`.
    'base.title': 'Against {ref} ({commit})',
    'base.summary':
      '**{changed}** of {compared, plural, one {{compared} mention} other {{compared} mentions}} would be handled differently than at that revision.',
    'base.change': 'Change',
    'base.typeChanges': 'Type changes',
    'base.before': 'Before',
    'base.after': 'After',
    'base.examplesOf': 'Examples: {kind}',
    'change.type': 'Type',
    'change.escalations': 'Escalations',
    'change.due': 'Deadline',
    'change.actions': 'Actions (hide, approval…)',
    'change.template': 'Template',
    'change.reply': 'Reply text',

    // The terminal (stderr): the progress bar's line — its `{…}` are filled by the bar as it runs —
    // and the summary at the end.
    'progress.line': '{label} {bar} {percentage}% · {rows} rows · {rate} rows/s · {eta} left',
    'summary.run': '{n, plural, one {{n} mention} other {{n} mentions}} run',
    'summary.malformed': '{n, plural, one {{n} row} other {{n} rows}} not run (listed in the report)',
    'summary.templateFailures': '{n} with no template or a failed one',
    'summary.accuracy': 'accuracy {accuracy} on {n} labelled',
    'summary.base': '{n} handled differently than at {ref} ({commit})',
    'summary.out': '{summary}; report in {out}',
  },
  ru: {
    title: 'Прогон по выгрузке',
    partial: 'Неполный отчёт: прогон остановлен до конца выгрузки.',

    mentions: 'Упоминаний прогнано',
    rows: 'Строк прочитано',
    malformed: 'Строк не прогнано',
    escalated: 'С эскалацией',
    noReply: 'Без ответа',
    hidden: 'Скрыто',
    arrivedOutside: 'Пришло в нерабочее время',
    dueOutside: 'Срок ответа в нерабочее время',
    templateFailures: 'Шаблон не подошёл или не сработал (ошибки в playbook)',
    'card.templateFailures': 'Шаблон не подошёл или не сработал',
    checkFailures: 'Ответы, не прошедшие проверку',
    type: 'Вид',
    channel: 'Площадка',
    day: 'День',
    count: 'Число',
    filterLabel: 'Фильтр строк таблицы',
    filterPlaceholder: 'Фильтр строк…',
    share: 'Доля',
    percent: '{share, number, ::percent .0}',
    team: 'Команда',
    priority: 'Приоритет',
    'priority.cell': PRIORITY_CELL_RU,
    'priority.words': PRIORITY_RU,
    rule: 'Правило',
    check: 'Проверка',
    file: 'Файл',
    line: 'Строка',
    reason: 'Причина',
    text: 'Текст',
    error: 'Ошибка',
    platform: 'Площадка в выгрузке',

    byType: 'Упоминания по видам',
    byChannel: 'Упоминания по площадкам',
    byDay: 'Упоминания по дням',
    escalations: 'Эскалации по командам и приоритетам',
    sla: 'Нагрузка по срокам',
    dueHeatmap: 'Сроки ответов по дням недели и часам',
    arrivedHeatmap: 'Поступление упоминаний по дням недели и часам',
    replyChecks: 'Ответы, нарушающие лимит площадки или правило тона',
    samples: 'Примеры упоминаний по видам',
    unknownPlatforms: 'Площадки, которых нет в playbook',
    more: '…и ещё {n} (счётчики выше — полные)',

    weekday: 'День недели',
    hour: 'Час',
    'weekday.mon': 'Пн',
    'weekday.tue': 'Вт',
    'weekday.wed': 'Ср',
    'weekday.thu': 'Чт',
    'weekday.fri': 'Пт',
    'weekday.sat': 'Сб',
    'weekday.sun': 'Вс',

    labels: 'Сравнение с разметкой',
    accuracy: 'Точность (accuracy)',
    precision: 'Precision',
    recall: 'Recall',
    f1: 'F1',
    support: 'Размечено',
    'labels.labelled': '{n} размечено',
    expected: 'Ожидалось',
    got: 'Получено',
    disagreements: 'Расхождения',
    unmappedLabels: 'Значения разметки без вида',

    author: 'Автор',
    due: 'Срок',
    template: 'Шаблон',
    'fact.escalations': 'Эскалации',
    reply: 'Ответ',
    trace: 'Трассировка',
    source: 'публикация',

    'row.too-few-columns': 'в строке столбцов: {found}, а по заголовку нужно не меньше {limit}',
    'row.empty-text': 'текст пустой',
    'row.too-long':
      'текст длиной {found, plural, one {{found} символ} few {{found} символа} many {{found} символов} other {{found} символа}}, replybook сопоставляет не больше {limit}',
    'row.no-channel': 'площадка не указана',
    'row.unknown-channel': 'площадки «{value}» нет среди площадок playbook (добавьте её: --channel-map «{value}»=id)',
    'row.bad-date': 'дату «{value}» replybook не читает (так читает: 01.03.2026 14:10, 2026-03-01 14:10, ISO 8601)',

    'base.title': 'Сравнение с {ref} ({commit})',
    // «из 1 упоминания, из 21 упоминания, из 2 (5, 11) упоминаний»; «1 (21) обработалось, 2 (5) обработались».
    'base.summary':
      '**{changed}** из {compared, plural, one {{compared} упоминания} few {{compared} упоминаний} many {{compared} упоминаний} other {{compared} упоминания}} {changed, plural, one {обработалось} few {обработались} many {обработались} other {обработались}} бы иначе, чем в этой ревизии.',
    'base.change': 'Изменение',
    'base.typeChanges': 'Смена вида',
    'base.before': 'Было',
    'base.after': 'Стало',
    'base.examplesOf': 'Примеры: {kind}',
    'change.type': 'Вид',
    'change.escalations': 'Эскалации',
    'change.due': 'Срок ответа',
    'change.actions': 'Действия (скрыть, согласование…)',
    'change.template': 'Шаблон',
    'change.reply': 'Текст ответа',

    'progress.line': '{label} {bar} {percentage}% · строк: {rows} · {rate} строк/с · осталось {eta}',
    'summary.run':
      '{n, plural, one {{n} упоминание прогнано} few {{n} упоминания прогнано} many {{n} упоминаний прогнано} other {{n} упоминания прогнано}}',
    'summary.malformed':
      '{n, plural, one {{n} строка не прогнана} few {{n} строки не прогнано} many {{n} строк не прогнано} other {{n} строки не прогнано}} (они перечислены в отчёте)',
    'summary.templateFailures':
      '{n, plural, one {у {n} упоминания} few {у {n} упоминаний} many {у {n} упоминаний} other {у {n} упоминания}} шаблон не подошёл или не сработал',
    'summary.accuracy': 'точность {accuracy} на {n} размеченных',
    'summary.base':
      '{n, plural, one {{n} обработалось} few {{n} обработались} many {{n} обработались} other {{n} обработались}} бы иначе, чем в {ref} ({commit})',
    'summary.out': '{summary}; отчёт в {out}',
  },
});
