/**
 * The engine's explanations: the trace steps of an outcome and the reply checks, as the simulator,
 * `sim --text` and the test reporter show them to a person. Each step and check carries its message
 * as data (`say`: an id of this catalogue and its values, src/model/outcome.ts); the English
 * messages reproduce the step's `message` exactly (test/i18n/trace-messages.test.ts), so the two
 * cannot drift. What comes from the playbook or the mention — quoted text, ids, numbers — is a value.
 */
import { defineCatalog } from '../index.js';

export const traceMessages = defineCatalog({
  area: 'trace',
  en: {
    // Lists inside a message: how their items are joined.
    'join.comma': ', ',
    'join.semicolon': '; ',
    'join.bar': ' | ',
    'join.or': ' or ',
    // A quoted stretch of the mention, and where it is.
    quote: '«{text}» at {start}–{end}',
    hit: '{quote} ({root})',
    'hm.m': '{m}m',
    'hm.h': '{h}h',
    'hm.hm': '{h}h {m}m',

    'normalise.truncated': 'text is {length} characters; only the first {cut} were analysed',
    'mention.tooLong':
      "The mention's `{field}` is {length} characters, longer than the {limit} replybook matches ({limitName}), so it was not matched",
    'mention.invalid': '{problem}',
    'budget.spent': 'The time budget of {budget} ms ran out in stage `{stage}` (after {elapsed} ms), so the outcome is incomplete',

    // Conditions (`match` of a type, `when` of an escalation).
    'cond.all': '{parts}',
    'cond.anyEmpty': 'empty `any`',
    'cond.none': 'none of: {fails}',
    'cond.not': 'not ({inner})',
    'cond.words.none': 'no word of [{words}]',
    'cond.words.matched': 'words matched {hits}',
    'cond.regex.invalid': 'regex /{pattern}/{word, select, yes { (whole word)} other {}} is invalid',
    'cond.regex.none': 'regex /{pattern}/{word, select, yes { (whole word)} other {}} did not match',
    'cond.regex.matched': 'regex /{pattern}/{word, select, yes { (whole word)} other {}} matched {quote}',
    'cond.lexicon.none': 'no word of lexicon {names}',
    'cond.lexicon.noneUnknown': 'no word of lexicon {names} (unknown: {unknown})',
    'cond.lexicon.matched': 'lexicon `{name}` matched {hits}',
    'cond.signal.missing': 'signal {names} not found',
    'cond.signal.found': 'signal {pairs}',
    'cond.signal.foundAt': 'signal {pairs} at {start}–{end}',
    'cond.signal.pair': '`{name}` = «{value}»',
    'cond.channel': 'channel `{channel}`',
    'cond.channel.not': 'channel `{channel}` is not {channels}',
    'cond.type': 'type `{type}`',
    'cond.type.none': 'no type yet',
    'cond.type.not': 'type `{type}` is not {types}',
    'cond.followers.unknown': 'author.followers unknown',
    'cond.followers': 'author.followers {n} {sign} {value}',
    'cond.followers.not': 'author.followers {n} is not {sign} {value}',
    'cond.verified': 'author.verified is {actual}',
    'cond.verified.not': 'author.verified is {actual}, not {expected}',

    // classify
    'classify.noMatch': 'type `{type}`: has no `match`',
    'classify.type': 'type `{type}`: {why}',
    'classify.fallback': 'type `{type}`: no other type matched (fallback)',
    'classify.none': 'no type matched and the playbook has no fallback type',

    // escalate
    'escalate.fired': 'escalation `{id}` → `{team}` ({priority}): {why}',
    'escalate.notFired': 'escalation `{id}` did not fire: {why}',

    // deadline
    'deadline.due': 'due {due}: the earliest of {n} {n, plural, one {target} other {targets}}, set by {reason}',
    'deadline.reason.sla': 'sla.first_response ({target})',
    'deadline.reason.type': 'type respond_within ({target})',
    'deadline.reason.escalation': 'escalation `{id}` ({target})',
    'deadline.considered': '{reason}: {due}',
    'deadline.posted': 'posted {at} {zone}; target {target} ({kind})',
    // A target's kind, as the engine's English names it.
    'kind.calendar': 'calendar',
    'kind.business-minutes': 'business-minutes',
    'kind.business-days': 'business-days',
    'kind.end-of-business-day': 'end-of-business-day',
    'deadline.calendarTime': 'calendar time: {hm} after posting, working hours ignored',
    'deadline.startsAt': 'outside working hours: counting starts {at}',
    'deadline.workingTime': '{hm} of working time:',
    'deadline.businessDay': '{days} business day(s) = {hm} of working time (the length of that working day):',
    'deadline.businessDays': '{days} business day(s) = {hm} of working time (the length of {days} working days from {date}):',
    'deadline.day': '  {hm} on {day}{note}',
    'deadline.resumes': '  used up at the start of a break: due when work resumes, {time}',
    'deadline.afterHours': 'after hours or a day off: the mention counts from {date}',
    'deadline.endOfDay': 'end of working day {date}{note}',
    'deadline.calendar': 'calendar: {note}',
    'deadline.dueAt': 'due {due}',
    'deadline.badTime': 'Bad time «{at}»: expected ISO 8601 with an offset, e.g. 2026-03-02T10:15:00+03:00',
    'deadline.unknownZone': 'Unknown time zone `{zone}`',
    'deadline.unknownZoneExpected': 'Unknown time zone `{zone}`: expected an IANA name such as Europe/Moscow',
    'deadline.noWorkingTime': 'No working time on the schedule within 3 years after {at}: check schedule.hours, holidays and working_days',
    'day.workingWeekend': ' (working weekend)',
    'day.workingWeekendShortened': ' (working weekend, shortened pre-holiday day)',
    'day.extra': ' (extra working day)',
    'day.shortened': ' (shortened pre-holiday day)',
    'calendar.uncovered':
      '{year} lies outside the years the production calendar covers ({covered}): deadlines in {year} are computed without its holidays, as plain weeks',
    'calendar.provisional':
      "{year} is provisional in calendar {calendars}: its public holidays and shortened days come from the Labour Code alone, without the Government decree's transfers of days off",

    // template
    'template.noReply': 'type `{type}` gets no reply (reply: none)',
    'template.noReplyActions': 'type `{type}` gets no reply (reply: none); actions: {actions}',
    'template.escalationNoReply': 'escalation `{id}` says reply: none — the team {team} answers itself',
    'template.everyMention': 'no conditions: it applies to every mention',
    'template.keys': '{n, plural, one {1 key} other {{n} keys}}',
    'template.runnerUp': '`{id}` ({keys})',
    'template.runnerUpLater': '`{id}` ({keys}, defined later)',
    'template.chosen': 'template `{id}`: its `when` holds ({why}); no other template holds',
    'template.chosenOver': 'template `{id}`: its `when` holds ({why}); runners-up: {others}',
    'template.chosenOverMore': 'template `{id}`: its `when` holds ({why}); runners-up: {others}, and {more} more',
    'template.none':
      "No {holding, select, yes {holding template (`when: '{' holding: true '}'`)} other {template}} for {facts}; considered {near}",
    'template.noneMore':
      "No {holding, select, yes {holding template (`when: '{' holding: true '}'`)} other {template}} for {facts}; considered {near}, and {more} more",
    'template.noneForType':
      "No {holding, select, yes {holding template (`when: '{' holding: true '}'`)} other {template}} for {facts}; the playbook has no {holding, select, yes {holding } other {}}template that applies to type `{type}`",
    'template.facts':
      'type `{type}`, channel `{channel}`, voice `{voice}`, locale `{locale}`, signals {signals}, escalations {escalations}, {holding, select, yes {holding} other {normal}} reply',
    'template.factsNone': 'none',
    'template.near': '`{id}` ({why})',
    'whyNot.type': 'type {ids}, not `{actual}`',
    'whyNot.channel': 'channel {ids}, not `{actual}`',
    'whyNot.voice': 'voice {ids}, not `{actual}`',
    'whyNot.locale': 'locale {ids}, not `{actual}`',
    'whyNot.signalMissing': 'signal `{signal}` is missing',
    'whyNot.signalPresent': 'signal `{signal}` is present',
    'whyNot.escalation': 'escalation {ids} did not fire',
    'whyNot.holding': 'a holding template, the reply is a normal one',
    'whyNot.notHolding': 'not a holding template',

    // render
    'render.error': '{error}',
    'render.ok': 'rendered `{template}` in voice `{voice}`: {count} of {limit} {unit}',

    // The reply checks (src/check-reply).
    'check.name.none': 'The author has no usable name, so the reply need not contain one',
    'check.name.found': 'The reply addresses the author by name: {found}',
    'check.name.missing': "The reply does not contain the author's name {name}; expected it, e.g. with '{{'salutation author.name'}}'",
    'check.element.found':
      "The reply has {element, select, greeting {a greeting} thanks {thanks} regret {an expression of regret} help {an offer to help} other {the author's name}}: {found}",
    'check.element.missing':
      "The reply lacks {element, select, greeting {a greeting} thanks {thanks} regret {an expression of regret} help {an offer to help} other {the author's name}}; expected a phrase such as {phrases}",
    'check.avoid.used': 'The reply uses {phrase}, which the tone of voice avoids',
    'check.avoid.usedAs': 'The reply uses {phrase} (as {found}), which the tone of voice avoids',
    'check.avoid.prefer': '{used}; prefer {prefer}',
    'check.avoid.why': '{used} — {why}',
    'check.avoid.none': 'None of the {n} avoided phrases is used',
    'check.leftover': 'The reply still contains template syntax: {found}',
    'check.leftover.none': 'No template syntax is left in the reply',
    'check.limit.ok':
      '{count} of {limit} {unit, select, graphemes {characters} twitter {X-weighted characters} bytes {bytes (UTF-8)} utf16 {UTF-16 units} other {{unit}}} allowed on {channel}',
    'check.limit.over':
      "The reply is {count} {unit, select, graphemes {characters} twitter {X-weighted characters} bytes {bytes (UTF-8)} utf16 {UTF-16 units} other {{unit}}}, over {channel}'s limit of {limit} by {over}",
    'check.address.ty': 'The tone of voice is formal («вы»), but the reply says {found}',
    'check.address.ok': 'The reply keeps the formal «вы»',
    'check.vy.lower': 'The tone of voice capitalises «Вы» when addressing one person, but the reply has {found}',
    'check.vy.ok': 'Every «Вы» is capitalised',
    'check.emoji.allowed': '{n} emoji (allowed)',
    'check.emoji.ok': '{n} emoji, at most {max} allowed',
    'check.emoji.none': 'The reply has {n} emoji; the tone of voice allows none',
    'check.emoji.over': 'The reply has {n} emoji; the tone of voice allows at most {max}',
    'check.bangs.ok': '{n} {n, plural, one {exclamation mark} other {exclamation marks}}, at most {max} allowed',
    'check.bangs.over': 'The reply has {n} exclamation marks; the tone of voice allows at most {max}',
  },
  ru: {
    'join.comma': ', ',
    'join.semicolon': '; ',
    'join.bar': ' | ',
    'join.or': ' или ',
    quote: '«{text}» ({start}–{end})',
    hit: '{quote} ({root})',
    'hm.m': '{m} мин',
    'hm.h': '{h} ч',
    'hm.hm': '{h} ч {m} мин',

    'normalise.truncated': 'в тексте {length} {length, plural, one {символ} few {символа} other {символов}}; разобраны только первые {cut}',
    'mention.tooLong':
      'Поле `{field}` упоминания — {length} символов, больше {limit}, которые разбирает replybook ({limitName}), поэтому оно не разобрано',
    'mention.invalid': 'Упоминание не годится: {problem}',
    'budget.spent': 'Бюджет времени {budget} мс исчерпан на этапе `{stage}` (через {elapsed} мс), поэтому результат неполный',

    'cond.all': '{parts}',
    'cond.anyEmpty': 'пустое `any`',
    'cond.none': 'ничего из: {fails}',
    'cond.not': 'не ({inner})',
    'cond.words.none': 'нет ни одного слова из [{words}]',
    'cond.words.matched': 'найдены слова {hits}',
    'cond.regex.invalid': 'регулярное выражение /{pattern}/{word, select, yes { (целым словом)} other {}} некорректно',
    'cond.regex.none': 'регулярное выражение /{pattern}/{word, select, yes { (целым словом)} other {}} не совпало',
    'cond.regex.matched': 'регулярное выражение /{pattern}/{word, select, yes { (целым словом)} other {}} совпало: {quote}',
    'cond.lexicon.none': 'нет ни одного слова из словаря {names}',
    'cond.lexicon.noneUnknown': 'нет ни одного слова из словаря {names} (неизвестны: {unknown})',
    'cond.lexicon.matched': 'словарь `{name}`: найдено {hits}',
    'cond.signal.missing': 'сигнал {names} не найден',
    'cond.signal.found': 'сигнал {pairs}',
    'cond.signal.foundAt': 'сигнал {pairs} ({start}–{end})',
    'cond.signal.pair': '`{name}` = «{value}»',
    'cond.channel': 'канал `{channel}`',
    'cond.channel.not': 'канал `{channel}` — не {channels}',
    'cond.type': 'тип `{type}`',
    'cond.type.none': 'тип ещё не определён',
    'cond.type.not': 'тип `{type}` — не {types}',
    'cond.followers.unknown': 'число подписчиков автора неизвестно',
    'cond.followers': 'подписчиков у автора {n}: {sign} {value}',
    'cond.followers.not': 'подписчиков у автора {n}: не {sign} {value}',
    'cond.verified': '{actual, select, true {автор подтверждён} other {автор не подтверждён}} (author.verified = {actual})',
    'cond.verified.not':
      '{actual, select, true {автор подтверждён} other {автор не подтверждён}} (author.verified = {actual}, а нужно {expected})',

    'classify.noMatch': 'тип `{type}`: нет `match`',
    'classify.type': 'тип `{type}`: {why}',
    'classify.fallback': 'тип `{type}`: другие типы не подошли (тип по умолчанию)',
    'classify.none': 'ни один тип не подошёл, а типа по умолчанию в плейбуке нет',

    'escalate.fired':
      'эскалация `{id}` → `{team}` ({priority, select, low {низкий приоритет} normal {обычный приоритет} high {высокий приоритет} urgent {срочно} other {{priority}}}): {why}',
    'escalate.notFired': 'эскалация `{id}` не сработала: {why}',

    'deadline.due':
      'срок {due}: {n, plural, =1 {единственный срок} one {самый ранний из {n} срока} other {самый ранний из {n} сроков}}, его задаёт {reason}',
    'deadline.reason.sla': 'sla.first_response ({target})',
    'deadline.reason.type': 'respond_within типа ({target})',
    'deadline.reason.escalation': 'эскалация `{id}` ({target})',
    'deadline.considered': '{reason}: {due}',
    'deadline.posted': 'опубликовано {at} ({zone}); срок ответа {target} ({kind})',
    'kind.calendar': 'календарное время',
    'kind.business-minutes': 'рабочее время',
    'kind.business-days': 'рабочие дни',
    'kind.end-of-business-day': 'конец рабочего дня',
    'deadline.calendarTime': 'календарное время: {hm} после публикации, рабочие часы не учитываются',
    'deadline.startsAt': 'вне рабочего времени: отсчёт начинается {at}',
    'deadline.workingTime': '{hm} рабочего времени:',
    'deadline.businessDay':
      '{days} {days, plural, one {рабочий день} few {рабочих дня} other {рабочих дней}} = {hm} рабочего времени (длина этого рабочего дня):',
    'deadline.businessDays':
      '{days} {days, plural, one {рабочий день} few {рабочих дня} other {рабочих дней}} = {hm} рабочего времени (длина {days} рабочих дней начиная с {date}):',
    'deadline.day': '  {hm} — {day}{note}',
    'deadline.resumes': '  исчерпано к началу перерыва: срок — когда работа возобновится, в {time}',
    'deadline.afterHours': 'после работы или в выходной: упоминание считается с {date}',
    'deadline.endOfDay': 'конец рабочего дня {date}{note}',
    'deadline.calendar': 'календарь: {note}',
    'deadline.dueAt': 'срок {due}',
    'deadline.badTime': 'Неверное время «{at}»: нужно ISO 8601 со смещением, например 2026-03-02T10:15:00+03:00',
    'deadline.unknownZone': 'Неизвестный часовой пояс `{zone}`',
    'deadline.unknownZoneExpected': 'Неизвестный часовой пояс `{zone}`: нужно имя IANA, например Europe/Moscow',
    'deadline.noWorkingTime':
      'В расписании нет рабочего времени в течение 3 лет после {at}: проверьте schedule.hours, holidays и working_days',
    'day.workingWeekend': ' (рабочий выходной)',
    'day.workingWeekendShortened': ' (рабочий выходной, сокращённый предпраздничный день)',
    'day.extra': ' (дополнительный рабочий день)',
    'day.shortened': ' (сокращённый предпраздничный день)',
    'calendar.uncovered':
      '{year} год вне лет, которые знает производственный календарь ({covered}): сроки в {year} году считаются без его праздников, как обычные недели',
    'calendar.provisional':
      '{year} год в календаре {calendars} предварительный: праздники и сокращённые дни взяты только из Трудового кодекса, без переносов выходных по постановлению Правительства',

    'template.noReply': 'тип `{type}` остаётся без ответа (reply: none)',
    'template.noReplyActions': 'тип `{type}` остаётся без ответа (reply: none); действия: {actions}',
    'template.escalationNoReply': 'эскалация `{id}` задаёт reply: none — команда {team} отвечает сама',
    'template.everyMention': 'условий нет: подходит к любому упоминанию',
    'template.keys': '{n} {n, plural, one {ключ} few {ключа} other {ключей}}',
    'template.runnerUp': '`{id}` ({keys})',
    'template.runnerUpLater': '`{id}` ({keys}, объявлен позже)',
    'template.chosen': 'шаблон `{id}`: его `when` выполняется ({why}); другие шаблоны не подходят',
    'template.chosenOver': 'шаблон `{id}`: его `when` выполняется ({why}); следующие за ним: {others}',
    'template.chosenOverMore': 'шаблон `{id}`: его `when` выполняется ({why}); следующие за ним: {others} и ещё {more}',
    'template.none':
      "Нет {holding, select, yes {промежуточного шаблона (`when: '{' holding: true '}'`)} other {шаблона}} для: {facts}; рассмотрены {near}",
    'template.noneMore':
      "Нет {holding, select, yes {промежуточного шаблона (`when: '{' holding: true '}'`)} other {шаблона}} для: {facts}; рассмотрены {near} и ещё {more}",
    'template.noneForType':
      "Нет {holding, select, yes {промежуточного шаблона (`when: '{' holding: true '}'`)} other {шаблона}} для: {facts}; в плейбуке нет {holding, select, yes {промежуточного } other {}}шаблона для типа `{type}`",
    'template.facts':
      'тип `{type}`, канал `{channel}`, голос `{voice}`, язык `{locale}`, сигналы {signals}, эскалации {escalations}, {holding, select, yes {промежуточный} other {обычный}} ответ',
    'template.factsNone': 'нет',
    'template.near': '`{id}` ({why})',
    'whyNot.type': 'тип {ids}, а не `{actual}`',
    'whyNot.channel': 'канал {ids}, а не `{actual}`',
    'whyNot.voice': 'голос {ids}, а не `{actual}`',
    'whyNot.locale': 'язык {ids}, а не `{actual}`',
    'whyNot.signalMissing': 'нет сигнала `{signal}`',
    'whyNot.signalPresent': 'есть сигнал `{signal}`',
    'whyNot.escalation': 'эскалация {ids} не сработала',
    'whyNot.holding': 'промежуточный шаблон, а ответ обычный',
    'whyNot.notHolding': 'не промежуточный шаблон',

    'render.error': 'Шаблон не отрисован: {error}',
    'render.ok':
      'шаблон `{template}` отрисован голосом `{voice}`: {count} из {limit} ({unit, select, graphemes {символы} twitter {символы по счёту X} bytes {байты UTF-8} utf16 {единицы UTF-16} other {{unit}}})',

    'check.name.none': 'У автора нет имени, к которому можно обратиться, поэтому в ответе оно не обязательно',
    'check.name.found': 'Ответ обращается к автору по имени: {found}',
    'check.name.missing': "В ответе нет имени автора {name}; оно нужно — например, через '{{'salutation author.name'}}'",
    'check.element.found':
      'В ответе есть {element, select, greeting {приветствие} thanks {благодарность} regret {сожаление} help {предложение помощи} other {имя автора}}: {found}',
    'check.element.missing':
      'В ответе нет {element, select, greeting {приветствия} thanks {благодарности} regret {сожаления} help {предложения помощи} other {имени автора}}; нужна фраза вроде {phrases}',
    'check.avoid.used': 'В ответе есть {phrase} — тон голоса этого избегает',
    'check.avoid.usedAs': 'В ответе есть {phrase} (как {found}) — тон голоса этого избегает',
    'check.avoid.prefer': '{used}; лучше {prefer}',
    'check.avoid.why': '{used} — {why}',
    'check.avoid.none': '{n, plural, one {Нежелательная фраза не используется} other {Ни одна из {n} нежелательных фраз не используется}}',
    'check.leftover': 'В ответе остался синтаксис шаблона: {found}',
    'check.leftover.none': 'Синтаксиса шаблона в ответе не осталось',
    'check.limit.ok':
      '{count} из {limit} ({unit, select, graphemes {символы} twitter {символы по счёту X} bytes {байты UTF-8} utf16 {единицы UTF-16} other {{unit}}}) — в пределах лимита канала {channel}',
    'check.limit.over':
      'Ответ длиннее лимита канала {channel}: {count} при лимите {limit} ({unit, select, graphemes {символы} twitter {символы по счёту X} bytes {байты UTF-8} utf16 {единицы UTF-16} other {{unit}}}), превышение на {over}',
    'check.address.ty': 'Тон голоса требует обращения на «вы», а в ответе {found}',
    'check.address.ok': 'Ответ сохраняет обращение на «вы»',
    'check.vy.lower': 'Тон голоса требует «Вы» с прописной при обращении к одному человеку, а в ответе {found}',
    'check.vy.ok': 'Каждое «Вы» написано с прописной',
    'check.emoji.allowed': 'Эмодзи: {n} (разрешены)',
    'check.emoji.ok': 'Эмодзи: {n}, можно не больше {max}',
    'check.emoji.none': 'Эмодзи в ответе: {n}; тон голоса их не допускает',
    'check.emoji.over': 'Эмодзи в ответе: {n}; тон голоса допускает не больше {max}',
    'check.bangs.ok': 'Восклицательных знаков: {n}, можно не больше {max}',
    'check.bangs.over': 'Восклицательных знаков в ответе: {n}; тон голоса допускает не больше {max}',
  },
});

/** An id of the trace catalogue. */
export type TraceMessageId = keyof typeof traceMessages.en & string;
