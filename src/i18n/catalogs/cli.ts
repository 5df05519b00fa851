/**
 * What the command line says to a person: the terminal reports of `check` and `test` (stylish,
 * human), their summaries and counts, and the commands' usage errors and notices. The English
 * messages are the output the tests guard byte for byte; numbers in them are `{n}` (not `#`), so
 * `1000 problems` stays unformatted as before, while the Russian ones use `#` («1 000 проблем»).
 */
import { defineCatalog } from '../index.js';

export const cliMessages = defineCatalog({
  area: 'cli',
  en: {
    // Counts (countWords and the summaries).
    'count.error': '{n, plural, one {{n} error} other {{n} errors}}',
    'count.warning': '{n, plural, one {{n} warning} other {{n} warnings}}',
    'count.info': '{n, plural, one {{n} info} other {{n} infos}}',
    'count.problem': '{n, plural, one {{n} problem} other {{n} problems}}',
    'count.file': '{n, plural, one {{n} file} other {{n} files}}',
    'count.sampleComplaint': '{n, plural, one {{n} sample complaint} other {{n} sample complaints}}',
    'count.playbook': '{n, plural, one {{n} playbook} other {{n} playbooks}}',

    // The stylish format.
    'severity.error': 'error',
    'severity.warning': 'warning',
    'severity.info': 'info',
    'summary.clean': 'No problems found',
    'summary.cleanIn': 'No problems found in {files}',
    'summary.problems': '{problems} ({counts})',

    // The human test report.
    'test.noReply': 'no reply',
    'test.at': 'at {location}',
    'test.replyDiff': 'reply diff',
    'test.minusExpected': '- expected',
    'test.plusActual': '+ actual',
    'test.expected': 'expected:',
    'test.actual': 'actual:',
    'test.trace': 'trace:',
    'test.noneRan': 'No sample complaint ran: the playbooks have {errors}.',
    'test.complaints': 'Complaints',
    'test.failed': '{n} failed',
    'test.passed': '{n} passed',
    'test.totals': '({complaints} in {playbooks})',

    // `replybook test`'s notices.
    'test.blocked': 'the playbook has errors (above), so no complaint was run.',
    'test.snapshotsUpdated': '{written, plural, one {# reply snapshot} other {# reply snapshots}} written, {removed, number} removed',
    'test.snapshotsNew':
      '{n, plural, one {# new reply snapshot written (commit it)} other {# new reply snapshots written (commit them)}}: {files}',
    'test.snapshotsObsolete':
      '{n, plural, one {# obsolete reply snapshot (no sample complaint with a reply has it; --update removes it)} other {# obsolete reply snapshots (no sample complaint with a reply has them; --update removes them)}}: {files}',
    'test.filesMore': '{shown} and {n, number} more',
    'test.noMatch': 'no sample complaint matches --filter {filter}',
    'test.noneFound': 'no sample complaints found (complaints.yaml beside playbook.yaml)',
    'test.noneExit': '{why}; exiting with code 1 (--pass-with-no-tests to allow it)',
    'test.unknownReporter': 'unknown reporter `{format}`, expected one of {list}',

    // `replybook check`'s notices.
    'check.unknownFormat': 'unknown format `{format}`, expected one of {list}',
    'check.fixed': '{problems} fixed',
    'check.fixable': '{problems} can be fixed (nothing written)',
    'check.maxWarnings': '{warnings}, more than --max-warnings {max}',
    'check.cannotFix': 'cannot fix {path}: {reason}',

    // `replybook backtest`'s usage errors and notices (stderr).
    'backtest.noMentions': 'give the export to run with --mentions FILE (CSV or JSON Lines)',
    'backtest.oneStdout': 'only one --format can go to standard output; give --out DIR for several',
    'backtest.htmlIsFile': 'the HTML report is a file: give --out DIR',
    'backtest.channelMap': '--channel-map `{pair}` is not NAME=CHANNEL (e.g. Дзен=dzen)',
    'backtest.encoding': 'unknown encoding `{encoding}` (e.g. utf-8, windows-1251, utf-16le)',
    'backtest.noPlaybook': 'no playbook (a folder with playbook.yaml) in {dir}',
    'backtest.severalPlaybooks': '{dir} holds {n} playbooks ({list}); name one',
    'backtest.blocked': 'the playbook has errors (above), so no mention was run.',
    'backtest.cannotWriteOut': 'cannot write the report to {file}: {reason}',
    'backtest.cannotWriteMisses': 'cannot write the sample complaints to {file}: {reason}',
    'backtest.cannotRead': 'cannot read {file}: {reason}',
    'backtest.baseErrors': '--base {ref}: the playbook at {commit} has errors (above), so it cannot be compared',
    'backtest.baseNone': '--base {ref}: there is no playbook in {dir} at {commit}',
    'backtest.interrupted': 'interrupted: the report covers the rows read so far and says it is partial',

    // Reading the project, writing the reports.
    'project.missing': 'no such file or folder: {paths}',
    'project.noFiles': 'no playbook files (.yaml) found in {paths}',
    'output.needsValue': '{flag} needs a value',
    'output.needsFile': '{flag} needs a file name',
    'output.formatFirst': '{flag} {file}: give a --format before each output file',
    'output.oneStdout': 'only one report can go to standard output; give the others -o FILE',
    'output.empty': 'an output file name is empty',
    'output.cannotWrite': 'cannot write the {format} report to {file}: {reason}',
    'stepSummary.cannotWrite': 'could not write the step summary to {file}',

    // Option values.
    'option.timeout': '--timeout takes a whole number of milliseconds from 1 to {max}, got `{value}`',
    'option.wholeNumber': '{flag} takes a whole number from 0 to {max}, not `{value}`',
    'option.jobs': '--jobs takes a whole number from 1 to {max}, not `{value}`',
    'option.atInvalid':
      '--at `{value}` is not an ISO 8601 time with an offset, e.g. 2026-03-02T14:10:00+03:00 (accepted: {earliest} to {latest})',
    'option.atRange': '--at `{value}` is out of range: replybook accepts times from {earliest} to {latest}',

    // `replybook rules`.
    'rules.fixable': 'fixable',
    'rules.footer': "{n} rules. Set a rule's severity (off, info, warn, error) under `rules:` in replybook.config.yaml.",

    // `replybook init`.
    'init.cancelled': 'cancelled: nothing written',
    'init.exists': 'nothing written: these files exist already (run with --force to overwrite them): {files}',
    'init.partly': 'Wrote {written} of {total} files before stopping:',
    'init.cannotWrite': 'cannot write {path}: {reason}',
    'init.wrote': 'Wrote {n} files:',
    'init.andSnapshots': 'and {snapshots}',
    'init.next': 'Next: {cd}npx replybook check && npx replybook test',
    'init.hook': 'The pre-commit hook runs them before each commit once turned on: {cd}{setup}',
    'init.snapshots': '{n} reply snapshots in {dir}/complaints/__replies__/',

    // `replybook diff`.
    'diff.unknownFormat': 'unknown format `{format}`, expected one of {list}',
    'diff.needsBase': '--base REF is required (the git revision to compare with, e.g. origin/main)',
    'diff.missing': 'no such file or folder: {paths} (neither in the working tree nor at {ref})',
    'diff.noFiles': 'no playbook files (.yaml) found in {paths}, neither in the working tree nor at {ref}',
  },
  ru: {
    'count.error': '{n, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}',
    'count.warning': '{n, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}',
    'count.info': '{n, plural, one {# замечание} few {# замечания} many {# замечаний} other {# замечания}}',
    'count.problem': '{n, plural, one {# проблема} few {# проблемы} many {# проблем} other {# проблемы}}',
    'count.file': '{n, plural, one {# файле} other {# файлах}}',
    'count.sampleComplaint': '{n, plural, one {# пример жалобы} few {# примера жалоб} many {# примеров жалоб} other {# примера жалоб}}',
    'count.playbook': '{n, plural, other {# playbook}}',

    'severity.error': 'ошибка',
    'severity.warning': 'предупреждение',
    'severity.info': 'замечание',
    'summary.clean': 'Проблем не найдено',
    'summary.cleanIn': 'Проблем не найдено в {files}',
    'summary.problems': '{problems} ({counts})',

    'test.noReply': 'без ответа',
    'test.at': 'в {location}',
    'test.replyDiff': 'разница в ответе',
    'test.minusExpected': '- ожидалось',
    'test.plusActual': '+ получено',
    'test.expected': 'ожидалось:',
    'test.actual': 'получено:',
    'test.trace': 'ход обработки:',
    'test.noneRan': 'Ни один пример жалобы не запущен: в playbook {errors}.',
    'test.complaints': 'Жалобы',
    'test.failed': '{n, plural, one {# не прошёл} few {# не прошли} many {# не прошли} other {# не прошли}}',
    'test.passed': '{n, plural, one {# прошёл} few {# прошли} many {# прошли} other {# прошли}}',
    'test.totals': '({complaints}, {playbooks})',

    'test.blocked': 'в playbook есть ошибки (выше), поэтому ни одна жалоба не запущена.',
    'test.snapshotsUpdated':
      '{written, plural, one {записан # снимок ответа} few {записано # снимка ответов} many {записано # снимков ответов} other {записано # снимка ответов}}, удалено: {removed}',
    'test.snapshotsNew':
      '{n, plural, one {записан # новый снимок ответа (добавьте его в коммит)} few {записано # новых снимка ответов (добавьте их в коммит)} many {записано # новых снимков ответов (добавьте их в коммит)} other {записано # новых снимка ответов (добавьте их в коммит)}}: {files}',
    'test.snapshotsObsolete':
      '{n, plural, one {# устаревший снимок ответа (ни у одного примера жалобы с ответом его нет; --update удалит его)} few {# устаревших снимка ответов (ни у одного примера жалобы с ответом их нет; --update удалит их)} many {# устаревших снимков ответов (ни у одного примера жалобы с ответом их нет; --update удалит их)} other {# устаревших снимка ответов (ни у одного примера жалобы с ответом их нет; --update удалит их)}}: {files}',
    'test.filesMore': '{shown} и ещё {n, number}',
    'test.noMatch': 'ни один пример жалобы не подходит под --filter {filter}',
    'test.noneFound': 'примеры жалоб не найдены (complaints.yaml рядом с playbook.yaml)',
    'test.noneExit': '{why}; код выхода 1 (--pass-with-no-tests разрешает это)',
    'test.unknownReporter': 'неизвестный формат отчёта `{format}`, допустимы: {list}',

    'check.unknownFormat': 'неизвестный формат `{format}`, допустимы: {list}',
    'check.fixed': 'исправлено: {problems}',
    'check.fixable': 'можно исправить: {problems} (ничего не записано)',
    'check.maxWarnings': '{warnings} — больше, чем --max-warnings {max}',
    'check.cannotFix': 'не удалось исправить {path}: {reason}',
    'backtest.noMentions': 'укажите выгрузку для прогона: --mentions ФАЙЛ (CSV или JSON Lines)',
    'backtest.oneStdout': 'в стандартный вывод можно направить только один --format; для нескольких укажите --out ПАПКА',
    'backtest.htmlIsFile': 'HTML-отчёт записывается в файл: укажите --out ПАПКА',
    'backtest.channelMap': '--channel-map `{pair}` не в виде ИМЯ=КАНАЛ (например, Дзен=dzen)',
    'backtest.encoding': 'неизвестная кодировка `{encoding}` (например, utf-8, windows-1251, utf-16le)',
    'backtest.noPlaybook': 'в {dir} нет playbook (папки с playbook.yaml)',
    'backtest.severalPlaybooks': 'в {dir} несколько playbook ({n}: {list}); укажите один',
    'backtest.blocked': 'в playbook есть ошибки (выше), поэтому ни одно упоминание не обработано.',
    'backtest.cannotWriteOut': 'не удалось записать отчёт в {file}: {reason}',
    'backtest.cannotWriteMisses': 'не удалось записать примеры жалоб в {file}: {reason}',
    'backtest.cannotRead': 'не удалось прочитать {file}: {reason}',
    'backtest.baseErrors': '--base {ref}: в playbook на коммите {commit} есть ошибки (выше), сравнить с ним нельзя',
    'backtest.baseNone': '--base {ref}: на коммите {commit} в {dir} нет playbook',
    'backtest.interrupted': 'прогон прерван: отчёт охватывает строки, прочитанные до остановки, и помечен как неполный',

    'project.missing': 'нет такого файла или папки: {paths}',
    'project.noFiles': 'в {paths} не найдено файлов playbook (.yaml)',
    'output.needsValue': '{flag}: нужно значение',
    'output.needsFile': '{flag}: нужно имя файла',
    'output.formatFirst': '{flag} {file}: укажите --format перед каждым файлом отчёта',
    'output.oneStdout': 'в стандартный вывод можно направить только один отчёт; остальным укажите -o ФАЙЛ',
    'output.empty': 'имя файла отчёта пустое',
    'output.cannotWrite': 'не удалось записать отчёт {format} в {file}: {reason}',
    'stepSummary.cannotWrite': 'не удалось записать сводку шага в {file}',

    'option.timeout': '--timeout принимает целое число миллисекунд от 1 до {max}, а не `{value}`',
    'option.wholeNumber': '{flag} принимает целое число от 0 до {max}, а не `{value}`',
    'option.jobs': '--jobs принимает целое число от 1 до {max}, а не `{value}`',
    'option.atInvalid':
      '--at `{value}` — не время ISO 8601 со смещением, например 2026-03-02T14:10:00+03:00 (допустимо: от {earliest} до {latest})',
    'option.atRange': '--at `{value}` вне диапазона: replybook принимает время от {earliest} до {latest}',

    'rules.fixable': 'исправимо',
    'rules.footer':
      '{n, plural, one {# правило} few {# правила} many {# правил} other {# правила}}. Уровень правила (off, info, warn, error) задаётся в разделе `rules:` файла replybook.config.yaml.',

    'init.cancelled': 'отменено: ничего не записано',
    'init.exists': 'ничего не записано: эти файлы уже есть (запустите с --force, чтобы перезаписать их): {files}',
    'init.partly': 'Записано файлов до остановки: {written} из {total}:',
    'init.cannotWrite': 'не удалось записать {path}: {reason}',
    'init.wrote': '{n, plural, one {Записан # файл} few {Записано # файла} many {Записано # файлов} other {Записано # файла}}:',
    'init.andSnapshots': 'и {snapshots}',
    'init.next': 'Дальше: {cd}npx replybook check && npx replybook test',
    'init.hook': 'Хук pre-commit запускает их перед каждым коммитом, если его включить: {cd}{setup}',
    'init.snapshots':
      '{n, plural, one {# снимок ответа} few {# снимка ответов} many {# снимков ответов} other {# снимка ответов}} в {dir}/complaints/__replies__/',

    'diff.unknownFormat': 'неизвестный формат `{format}`, допустимы: {list}',
    'diff.needsBase': 'нужен --base REF (ревизия git, с которой сравнивать, например origin/main)',
    'diff.missing': 'нет такого файла или папки: {paths} (ни в рабочей копии, ни в {ref})',
    'diff.noFiles': 'в {paths} не найдено файлов playbook (.yaml) ни в рабочей копии, ни в {ref}',
  },
});

export type CliMessageId = keyof typeof cliMessages.en;
