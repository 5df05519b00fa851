/**
 * Diagnostics' messages by rule id, filled from a diagnostic's typed `data`, `expected`, `actual`
 * and `path` (src/diagnostics/data.ts) — ESLint's `messageId` + `data`. The English messages are
 * the wording the checks themselves write (the reporter prints a check's own English message
 * as it is); the Russian ones are what `--lang ru` shows. A rule with no entry here keeps its
 * English message in every language (docs/i18n.md lists which have one).
 *
 * Arguments: `{template}` / `{kind}` the template or partial the problem is in (from the
 * diagnostic's path), `{where}` the place in the file as a dotted path, `{list}` the known names
 * (a few, then "and N more"), `{suggestion}` a "did you mean" (empty when there is none).
 */
import { defineCatalog } from '../index.js';

export const diagnosticMessages = defineCatalog({
  area: 'diagnostics',
  en: {
    // The words for what an unknown name or a duplicate is (UnknownNameData.of, DuplicateData.of).
    'name.unknown':
      '{of, select, type {Unknown type} channel {Unknown channel} voice {Unknown voice} team {Unknown team} signal {Unknown signal} lexicon {Unknown lexicon} escalation {Unknown escalation} template {Unknown template} partial {Unknown partial} helper {Unknown helper} variable {Unknown variable} property {Unknown property} value {Unknown value} other {Unknown {of}}} `{name}`',
    'name.in': ' in {where}',
    'name.inTemplate': ' in the {kind, select, partial {partial} other {template}} `{template}`',
    'name.expected': ', expected one of {list}',
    'name.suggestion': ' — did you mean `{suggestion}`?',
    'name.more': '{shown} and {n} more',
    'name.none': '(none defined)',
    'name.and': '{a} and {b}',

    'schema/required': 'Missing required property `{name}` in {where}',
    'schema/type': 'Expected {expected} for {where}, found {actual}',
    'schema/enum.const': '{actual} is not allowed for {where}, expected `{expected}`',
    'schema.topLevel': 'the top level',
    'schema.or': ', or ',
    'value.string': 'a string',
    'value.list': 'a list',
    'value.mapping': 'a mapping',
    'value.wholeNumber': 'a whole number',
    'value.number': 'a number',
    'value.boolean': 'true or false',
    'value.null': 'nothing (null)',
    'value.theNumber': 'the number {n}',
    'value.trueFalse': '`{value}` (true/false)',

    'ref/duplicate-id': "The {of} `{id}` is already defined in {where}; ids must be unique across the playbook's files",
    'ref/duplicate-id.related': 'first defined here',

    'tone/avoid': 'Template `{template}` uses «{phrase}»{as}, which the tone of voice avoids{prefer}',
    'tone/avoid.as': ' (as «{found}»)',
    'tone/avoid.prefer': '; prefer «{prefer}»',
    'tone/address': 'Template `{template}` says «{found}», but the tone of voice is formal: address the customer with «вы»',
    'tone/capitalize-vy':
      'Template `{template}` writes «{found}»; the tone of voice capitalises «{replacement}» when addressing one person',
    'tone/emoji': 'Template `{template}` has {count} emoji; the tone of voice allows {limit, plural, =0 {none} other {at most {limit}}}',
    'tone/exclamations': 'Template `{template}` has {count} exclamation marks; the tone of voice allows at most {limit}',

    'channel/too-long':
      'Template `{template}` is at least {count} {unit} with the signature, over the limit of {limit} on channel `{channel}` by {over}, even with the shortest values',

    'template/unreachable': 'The template `{id}` can never be chosen: `{instead}` holds whenever it does',
    'template/unreachable.noReply': 'The template `{id}` can never be chosen: the types it is for get no reply (`reply: none`)',
    'template/unreachable.related': 'the template chosen instead',
    'type/unreachable': 'The type `{id}` can never match: the earlier type `{instead}` always matches first',
    'type/unreachable.never': 'The type `{id}` can never match: its condition never holds',
    'template/missing-for-channel':
      'The type `{type}` gets a reply but no template can be chosen for {n, plural, one {the channel} other {the channels}} {channels} (voice `{voice}`)',
    'template/missing-for-channel.note': "Add a template with `when: '{' type: {type} '}'`, or set `reply: none` on the type.",

    'template/syntax': 'Handlebars syntax error in the {kind, select, partial {partial} other {template}} `{template}`: {sentence}',
    'template/syntax.related': '`{block}` is opened here',

    'yaml/tab-indent': 'A tab is used for indentation; YAML indents with spaces only',
    'yaml/tab-indent.note': 'Replace the tab with spaces (VS Code: "Convert Indentation to Spaces").',

    'test.expectation': 'Sample complaint `{complaint}` ({field}) does not get what it expects',
    'test.expectation.note': 'expected: {expected}\nactual: {actual}',
  },
  ru: {
    'name.unknown':
      '{of, select, type {Неизвестный тип} channel {Неизвестный канал} voice {Неизвестный голос} team {Неизвестная команда} signal {Неизвестный сигнал} lexicon {Неизвестный словарь} escalation {Неизвестная эскалация} template {Неизвестный шаблон} partial {Неизвестный партиал} helper {Неизвестный хелпер} variable {Неизвестная переменная} property {Неизвестное свойство} value {Недопустимое значение} other {Неизвестное имя ({of})}} `{name}`',
    'name.in': ' в {where}',
    'name.inTemplate': ' в {kind, select, partial {партиале} other {шаблоне}} `{template}`',
    'name.expected': ', допустимы: {list}',
    'name.suggestion': ' — может быть, `{suggestion}`?',
    'name.more': '{shown} и ещё {n}',
    'name.none': '(ничего не определено)',
    'name.and': '{a} и {b}',

    'schema/required': 'Не хватает обязательного свойства `{name}` в {where}',
    'schema/type': 'Для {where} ожидается {expected}, а указано {actual}',
    'schema/enum.const': 'Для {where} нельзя указать {actual}, ожидается `{expected}`',
    'schema.topLevel': 'корне файла',
    'schema.or': ' или ',
    'value.string': 'строка',
    'value.list': 'список',
    'value.mapping': 'словарь (ключи и значения)',
    'value.wholeNumber': 'целое число',
    'value.number': 'число',
    'value.boolean': 'true или false',
    'value.null': 'пустое значение (null)',
    'value.theNumber': 'число {n}',
    'value.trueFalse': '`{value}` (true/false)',

    'ref/duplicate-id':
      '{of, select, type {Тип} template {Шаблон} voice {Голос} team {Команда} channel {Канал} signal {Сигнал} lexicon {Словарь} escalation {Эскалация} partial {Партиал} complaint {Пример жалобы} other {Id}} `{id}` уже определён в {where}; id должны быть уникальны во всех файлах playbook',
    'ref/duplicate-id.related': 'первое определение',

    'tone/avoid': 'В шаблоне `{template}` есть «{phrase}»{as} — тон голоса этого избегает{prefer}',
    'tone/avoid.as': ' (в форме «{found}»)',
    'tone/avoid.prefer': '; лучше «{prefer}»',
    'tone/address': 'В шаблоне `{template}` написано «{found}», а тон голоса формальный: обращайтесь к клиенту на «вы»',
    'tone/capitalize-vy':
      'В шаблоне `{template}` написано «{found}»; тон голоса пишет «{replacement}» с заглавной, обращаясь к одному человеку',
    'tone/emoji':
      'В шаблоне `{template}` эмодзи: {count}; тон голоса {limit, plural, =0 {не допускает эмодзи} other {допускает не больше #}}',
    'tone/exclamations':
      'В шаблоне `{template}` {count, plural, one {# восклицательный знак} few {# восклицательных знака} many {# восклицательных знаков} other {# восклицательного знака}}; тон голоса допускает не больше {limit}',

    'channel/too-long':
      'Шаблон `{template}` с подписью занимает не меньше {unit, select, characters {{count, plural, one {# символа} other {# символов}}} other {{count} ({unit})}} даже с самыми короткими значениями — больше лимита {limit} канала `{channel}` на {over}',

    'template/unreachable': 'Шаблон `{id}` никогда не будет выбран: `{instead}` подходит всегда, когда подходит он',
    'template/unreachable.noReply': 'Шаблон `{id}` никогда не будет выбран: его типы не получают ответа (`reply: none`)',
    'template/unreachable.related': 'шаблон, который выбирается вместо него',
    'type/unreachable': 'Тип `{id}` никогда не подойдёт: раньше него всегда подходит тип `{instead}`',
    'type/unreachable.never': 'Тип `{id}` никогда не подойдёт: его условие не выполняется никогда',
    'template/missing-for-channel':
      'Тип `{type}` получает ответ, но ни один шаблон не подходит для {n, plural, one {канала} other {каналов}} {channels} (голос `{voice}`)',
    'template/missing-for-channel.note': "Добавьте шаблон с `when: '{' type: {type} '}'` или укажите у типа `reply: none`.",

    'template/syntax': 'Ошибка Handlebars в {kind, select, partial {партиале} other {шаблоне}} `{template}`: {sentence}',
    'template/syntax.related': '`{block}` открыт здесь',

    'yaml/tab-indent': 'Для отступа использована табуляция; в YAML отступы делают только пробелами',
    'yaml/tab-indent.note': 'Замените табуляцию пробелами (VS Code: «Convert Indentation to Spaces»).',

    'test.expectation': 'Пример жалобы `{complaint}` ({field}) получает не то, что ожидает',
    'test.expectation.note': 'ожидалось: {expected}\nполучено: {actual}',
  },
});

export type DiagnosticMessageId = keyof typeof diagnosticMessages.en;
