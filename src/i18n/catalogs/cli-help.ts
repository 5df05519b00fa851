/**
 * What commander prints for replybook: `replybook --help` and `replybook <command> --help` (the
 * descriptions of the commands, their arguments and options, and commander's own words — the
 * headings, `(default: …)`, `(choices: …)`, the help and version options) and the usage errors of
 * the grammar (`unknown option`, `missing required argument`, an invalid choice…). cli/parse.ts
 * builds the grammar from these messages in either language; the English ones are commander's
 * output as replybook always printed it, byte for byte (an apostrophe around a value is written
 * `''` in ICU). Commander's own words are matched by cli/parse.ts to the ids below.
 */
import { defineCatalog } from '../index.js';

export const cliHelpMessages = defineCatalog({
  area: 'cli-help',
  en: {
    // Commander's words in a help screen.
    'heading.usage': 'Usage:',
    'heading.arguments': 'Arguments:',
    'heading.options': 'Options:',
    'heading.globalOptions': 'Global Options:',
    'heading.commands': 'Commands:',
    'usage.options': '[options]',
    'usage.command': '[command]',
    'usage.helpCommand': 'help [command]',
    'extra.choices': 'choices: {list}',
    'extra.default': 'default: {value}',
    'extra.preset': 'preset: {value}',
    'extra.env': 'env: {name}',
    'extra.separator': ', ',
    'option.help': 'display help for command',
    'option.version': 'output the version number',
    'command.help': 'display help for command',
    'usage.hint': '(run replybook --help for usage)',

    // Commander's usage errors.
    'error.unknownOption': "error: unknown option ''{flag}''",
    'error.unknownCommand': "error: unknown command ''{command}''",
    'error.didYouMean': '(Did you mean {suggestion}?)',
    'error.didYouMeanOneOf': '(Did you mean one of {suggestions}?)',
    'error.missingArgument': "error: missing required argument ''{name}''",
    'error.optionMissingArgument': "error: option ''{flags}'' argument missing",
    'error.missingMandatoryOption': "error: required option ''{flags}'' not specified",
    'error.invalidChoice': "error: option ''{flags}'' argument ''{value}'' is invalid. Allowed choices are {choices}.",
    'error.excessArguments':
      "error: too many arguments for ''{command}''. Expected {expected, plural, =1 {{expected} argument} other {{expected} arguments}} but got {got}.",

    // The program.
    'program.description': 'Write, test and ship response playbooks for answering negative mentions.',
    'program.lang': "the language of what a person reads (default: the config's lang, the playbook's locale, LANG)",

    // What several commands share.
    'arg.paths': 'playbook folders or files',
    'arg.folders': 'playbook folders',
    'arg.playbook': 'playbook folder',
    'option.output': 'write the report of the --format before it to a file',
    'option.reportUnused': 'report `# replybook-disable…` comments that silence nothing, as errors',
    'option.cache': 'answer from the cache when nothing the last identical run read has changed',
    'option.cacheLocation': 'the cache folder, inside the project (default: node_modules/.cache/replybook)',
    'option.noCi': 'write missing reply snapshots even when CI is set',

    // `check`.
    'check.description': 'Validate playbooks: YAML, schema, references, templates, tone of voice',
    'check.format': 'report format (stylish, json, sarif, github, junit, gitlab); repeatable with -o',
    'check.maxWarnings': 'fail when there are more warnings than this',
    'check.quiet': 'report errors only',
    'check.jobs': 'playbooks checked in parallel (default: the number of cores; 1 runs in process)',
    'check.fix': "apply the certain fixes (the language server's preferred quick fixes) to the files, then report what is left",
    'check.fixDryRun': 'list the fixes --fix would apply, writing nothing',

    // `test`.
    'test.description': 'Run every sample complaint through its playbook and compare with what it expects',
    'test.format': 'human, json, junit, sarif, github, gitlab; repeatable with -o (default: human)',
    'test.reporter': 'the same as --format (its older name)',
    'test.filter': 'only complaints whose id, file or playbook contains this',
    'test.bail': 'stop at the first failing complaint',
    'test.passWithNoTests': 'exit 0 when no sample complaint is found or matches --filter',
    'test.update': 'rewrite the reply snapshots (and remove obsolete ones)',
    'test.ci': 'a missing reply snapshot fails instead of being written (the default when CI is set)',
    'test.coverage': 'show which types, templates, escalations and channels the samples reach',
    'test.timeout': 'time budget of each complaint, in milliseconds (default 1000)',
    'test.quiet': 'report errors only (no warnings or infos)',
    'test.jobs': 'playbooks checked and run in parallel (default: the number of cores; 1 runs in process)',

    // `sim`.
    'sim.description': 'Try a playbook: the terminal simulator, or one complaint with --text',
    'sim.text': 'the complaint text (no interface: print the outcome)',
    'sim.channel': 'the channel it came from',
    'sim.author': "the author's name",
    'sim.followers': "the author's followers",
    'sim.verified': "the author's account is verified",
    'sim.at': 'when it was posted (ISO 8601 with an offset, 1970 to 2999; default: now)',
    'sim.voice': 'reply in this voice',
    'sim.format': 'with --text: text or json',
    'sim.json': 'the same as --format json',
    'sim.timeout': 'time budget of the complaint, in milliseconds (default 1000)',

    // `build`.
    'build.description': 'Build the reply library, the agent handbook and the approved replies, if everything passes',
    'build.out': 'output folder',
    'build.allowFailingTests': 'build even when sample complaints fail (recorded in the manifest)',
    'build.timeout': 'time budget of each sample complaint, in milliseconds (default 1000)',
    'build.ci': 'a missing reply snapshot fails instead of being written, as in `test --ci` (the default when CI is set)',

    // `watch`.
    'watch.description': 'Re-run check and the sample complaints on every change',
    'watch.build': 'rebuild the artifacts after each clean run',

    // `diff`.
    'diff.description': 'What a change does to customers: compare with a git revision',
    'diff.base': 'the git revision to compare with',
    'diff.format': 'terminal, markdown or json',
    'diff.failOnChange': 'exit 1 when any reply changes',
    'diff.mentions': 'an export of real mentions (as `backtest` reads it): the comment says how many the change handles differently',
    'diff.ci': 'count a missing reply snapshot as failing, as `test --ci` does (the default when CI is set)',
    'diff.noCi': 'count a missing reply snapshot as one `test` would write',

    // `lsp`.
    'lsp.description': 'Start the language server (for VS Code, Neovim and other LSP editors)',
    'lsp.stdio': 'talk over standard input and output (the default)',

    // `rules`.
    'rules.description': 'List every rule: its default severity, whether it is fixable, and its documentation',
    'rules.format': 'text or json',

    // `init`.
    'init.description': 'Start a playbook: a small complete one that passes check and test, with editor and CI settings',
    'init.dir': 'the repository folder to write into',
    'init.locale': 'ru or en (asked in a terminal when not given)',
    'init.brand': 'the brand the playbook answers for (asked in a terminal when not given)',
    'init.timezone': 'IANA time zone of the support team, such as Europe/Moscow (asked in a terminal)',
    'init.channels': "the seed's channels to keep, comma-separated (default: all; asked in a terminal)",
    'init.calendar': 'public holidays of a country (default: ru for --locale ru, none for en)',
    'init.force': 'overwrite files that exist',

    // `backtest`.
    'backtest.description': "Run a playbook over a monitoring service's export of real mentions and report what it would have done",
    'backtest.mentions': 'the export: CSV (any delimiter, UTF-8 or Windows-1251), XLSX (the first sheet) or JSON Lines',
    'backtest.map': 'the column of a field (text, channel, author, followers, at, url, id); repeatable',
    'backtest.channelMap': "a platform name of the export as one of the playbook's channels; repeatable",
    'backtest.label': 'compare with the type in this column (the team’s own tagging)',
    'backtest.labelMap': 'a label value as a type; repeatable',
    'backtest.base': 'also run the export through the playbook at this git revision and report what changes',
    'backtest.encoding': 'the export’s encoding (default: detected; utf-8, windows-1251, …)',
    'backtest.format': 'markdown, json, csv, html; repeatable (default: markdown, or all four with --out)',
    'backtest.out': 'write report.html, report.json, report.md and report.csv into this folder',
    'backtest.sample': 'mentions kept per type for the report; with --save-misses, the sample is saved instead of the disagreements',
    'backtest.saveMisses': 'write the disagreements (or --sample) as sample complaints to review',
    'backtest.maskAuthors': 'replace author names, handles and links in what --save-misses writes',
    'backtest.timeout': 'time budget of each mention, in milliseconds (default: none)',
    'backtest.jobs': 'worker threads running the engine (default: the number of cores; 1 runs in process)',
  },
  ru: {
    'heading.usage': 'Использование:',
    'heading.arguments': 'Аргументы:',
    'heading.options': 'Параметры:',
    'heading.globalOptions': 'Общие параметры:',
    'heading.commands': 'Команды:',
    'usage.options': '[параметры]',
    'usage.command': '[команда]',
    'usage.helpCommand': 'help [команда]',
    'extra.choices': 'варианты: {list}',
    'extra.default': 'по умолчанию: {value}',
    'extra.preset': 'если указан без значения: {value}',
    'extra.env': 'переменная окружения: {name}',
    'extra.separator': '; ',
    'option.help': 'показать справку по команде',
    'option.version': 'показать номер версии',
    'command.help': 'показать справку по команде',
    'usage.hint': '(справка: replybook --help)',

    'error.unknownOption': 'ошибка: неизвестный параметр `{flag}`',
    'error.unknownCommand': 'ошибка: неизвестная команда `{command}`',
    'error.didYouMean': '(Возможно, вы имели в виду {suggestion}?)',
    'error.didYouMeanOneOf': '(Возможно, вы имели в виду одно из: {suggestions}?)',
    'error.missingArgument': 'ошибка: не указан обязательный аргумент `{name}`',
    'error.optionMissingArgument': 'ошибка: не указано значение параметра `{flags}`',
    'error.missingMandatoryOption': 'ошибка: не указан обязательный параметр `{flags}`',
    'error.invalidChoice': 'ошибка: недопустимое значение `{value}` параметра `{flags}`. Допустимые значения: {choices}.',
    'error.excessArguments':
      '{expected, plural, =0 {ошибка: команда `{command}` не принимает аргументов (передано: {got}).} other {ошибка: команде `{command}` передано слишком много аргументов: {got}, а можно не больше #.}}',

    'program.description': 'Создание, проверка и выпуск playbook для ответов на негативные упоминания.',
    'program.lang': 'язык всего, что читает человек (по умолчанию: lang из конфигурации, locale playbook, LANG)',

    'arg.paths': 'папки или файлы playbook',
    'arg.folders': 'папки playbook',
    'arg.playbook': 'папка playbook',
    'option.output': 'записать в файл отчёт того --format, что указан перед этим параметром',
    'option.reportUnused': 'сообщать как об ошибках о комментариях `# replybook-disable…`, которые ничего не отключают',
    'option.cache': 'взять результат из кэша, если ничего из прочитанного последним таким же запуском не изменилось',
    'option.cacheLocation': 'папка кэша внутри проекта (по умолчанию: node_modules/.cache/replybook)',
    'option.noCi': 'записывать недостающие снимки ответов, даже если задана переменная CI',

    'check.description': 'Проверить playbook: YAML, схему, ссылки, шаблоны, тон голоса',
    'check.format': 'формат отчёта (stylish, json, sarif, github, junit, gitlab); можно повторять, каждый раз с -o',
    'check.maxWarnings': 'завершиться с ошибкой, если предупреждений больше этого числа',
    'check.quiet': 'сообщать только об ошибках',
    'check.jobs': 'сколько playbook проверять параллельно (по умолчанию: по числу ядер; 1 — в этом же процессе)',
    'check.fix':
      'внести в файлы надёжные исправления (те быстрые исправления, которые языковой сервер предлагает первыми) и сообщить о том, что осталось',
    'check.fixDryRun': 'перечислить исправления, которые внёс бы --fix, ничего не записывая',

    'test.description': 'Прогнать каждый пример жалобы через его playbook и сравнить с ожидаемым',
    'test.format': 'human, json, junit, sarif, github, gitlab; можно повторять, каждый раз с -o (по умолчанию: human)',
    'test.reporter': 'то же, что --format (его прежнее название)',
    'test.filter': 'только жалобы, в id, файле или playbook которых есть этот текст',
    'test.bail': 'остановиться на первой жалобе, которая не прошла',
    'test.passWithNoTests': 'код выхода 0, если примеры жалоб не найдены или ни один не подходит под --filter',
    'test.update': 'перезаписать снимки ответов (и удалить устаревшие)',
    'test.ci': 'недостающий снимок ответа — ошибка, а не повод его записать (по умолчанию, если задана переменная CI)',
    'test.coverage': 'показать, до каких типов, шаблонов, эскалаций и каналов доходят примеры жалоб',
    'test.timeout': 'лимит времени на каждую жалобу, в миллисекундах (по умолчанию 1000)',
    'test.quiet': 'сообщать только об ошибках (без предупреждений и замечаний)',
    'test.jobs': 'сколько playbook проверять и прогонять параллельно (по умолчанию: по числу ядер; 1 — в этом же процессе)',

    'sim.description': 'Опробовать playbook: симулятор в терминале или одна жалоба с --text',
    'sim.text': 'текст жалобы (без интерфейса: вывести результат)',
    'sim.channel': 'канал, из которого пришла жалоба',
    'sim.author': 'имя автора',
    'sim.followers': 'число подписчиков автора',
    'sim.verified': 'аккаунт автора подтверждён',
    'sim.at': 'когда жалоба опубликована (ISO 8601 со смещением, с 1970 по 2999 год; по умолчанию: сейчас)',
    'sim.voice': 'ответить этим голосом',
    'sim.format': 'с --text: text или json',
    'sim.json': 'то же, что --format json',
    'sim.timeout': 'лимит времени на жалобу, в миллисекундах (по умолчанию 1000)',

    'build.description': 'Собрать библиотеку ответов, справочник агента и одобренные ответы, если всё проходит',
    'build.out': 'папка для результатов сборки',
    'build.allowFailingTests': 'собрать, даже если примеры жалоб не проходят (это отмечается в манифесте)',
    'build.timeout': 'лимит времени на каждый пример жалобы, в миллисекундах (по умолчанию 1000)',
    'build.ci': 'недостающий снимок ответа — ошибка, а не повод его записать, как в `test --ci` (по умолчанию, если задана переменная CI)',

    'watch.description': 'Перезапускать проверку и примеры жалоб при каждом изменении',
    'watch.build': 'пересобирать артефакты после каждого прогона без ошибок',

    'diff.description': 'Что изменение меняет для клиентов: сравнение с ревизией git',
    'diff.base': 'ревизия git, с которой сравнивать',
    'diff.format': 'terminal, markdown или json',
    'diff.failOnChange': 'код выхода 1, если меняется хотя бы один ответ',
    'diff.mentions':
      'выгрузка реальных упоминаний (в том виде, в каком её читает `backtest`): комментарий скажет, сколько из них изменение обработает иначе',
    'diff.ci': 'считать недостающий снимок ответа ошибкой, как `test --ci` (по умолчанию, если задана переменная CI)',
    'diff.noCi': 'не считать недостающий снимок ответа ошибкой: `test` его запишет',

    'lsp.description': 'Запустить языковой сервер (для VS Code, Neovim и других редакторов с LSP)',
    'lsp.stdio': 'обмениваться данными через стандартный ввод и вывод (по умолчанию)',

    'rules.description': 'Перечислить все правила: уровень по умолчанию, исправимо ли правило, его документация',
    'rules.format': 'text или json',

    'init.description': 'Начать playbook: небольшой, но полный, который проходит check и test, с настройками редактора и CI',
    'init.dir': 'папка репозитория, в которую записать файлы',
    'init.locale': 'ru или en (если не указано, спрашивается в терминале)',
    'init.brand': 'бренд, от имени которого отвечает playbook (если не указан, спрашивается в терминале)',
    'init.timezone': 'часовой пояс службы поддержки (IANA), например Europe/Moscow (спрашивается в терминале)',
    'init.channels': 'какие каналы заготовки оставить, через запятую (по умолчанию: все; спрашивается в терминале)',
    'init.calendar': 'государственные праздники страны (по умолчанию: ru для --locale ru, без праздников для en)',
    'init.force': 'перезаписать существующие файлы',

    'backtest.description': 'Прогнать playbook по выгрузке реальных упоминаний из сервиса мониторинга и показать, что он сделал бы',
    'backtest.mentions': 'выгрузка: CSV (любой разделитель, UTF-8 или Windows-1251), XLSX (первый лист) или JSON Lines',
    'backtest.map': 'столбец для поля (text, channel, author, followers, at, url, id); можно повторять',
    'backtest.channelMap': 'название площадки в выгрузке как один из каналов playbook; можно повторять',
    'backtest.label': 'сравнить с типом из этого столбца (собственная разметка команды)',
    'backtest.labelMap': 'значение метки как тип; можно повторять',
    'backtest.base': 'также прогнать выгрузку через playbook из этой ревизии git и показать, что меняется',
    'backtest.encoding': 'кодировка выгрузки (по умолчанию определяется автоматически; utf-8, windows-1251, …)',
    'backtest.format': 'markdown, json, csv, html; можно повторять (по умолчанию: markdown, а с --out — все четыре)',
    'backtest.out': 'записать report.html, report.json, report.md и report.csv в эту папку',
    'backtest.sample': 'сколько упоминаний каждого типа оставить для отчёта; с --save-misses сохраняется эта выборка, а не расхождения',
    'backtest.saveMisses': 'записать расхождения (или выборку --sample) как примеры жалоб для разбора',
    'backtest.maskAuthors': 'заменить имена авторов, никнеймы и ссылки в том, что записывает --save-misses',
    'backtest.timeout': 'лимит времени на каждое упоминание, в миллисекундах (по умолчанию: без лимита)',
    'backtest.jobs': 'сколько рабочих потоков выполняют движок (по умолчанию: по числу ядер; 1 — в этом же процессе)',
  },
});

export type CliHelpMessageId = keyof typeof cliHelpMessages.en;
