/**
 * The rules whose Russian message the catalogue gained in issue 16, each from a real diagnostic —
 * made by loading or checking a small broken playbook — rendered from its data: in English equal to
 * the check's own message, note and related messages (the English output does not change), and in
 * Russian as a support lead reads it.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FILE_START } from '../../src/diagnostics/diagnostic.js';
import { DEFAULT_LIMITS, parseSourceFile, parseText } from '../../src/load/index.js';
import { localDiagnostic, renderDiagnostic } from '../../src/report/diagnostic-message.js';
import { applyDirectives, findDirectives } from '../../src/validate/config/directives.js';
import { parseConfig } from '../../src/validate/config/project-config.js';
import { compilePattern } from '../../src/text/pattern.js';
import { checkCalendarYear, parseCalendarFile, parseDuration, parseHours } from '../../src/deadline/index.js';
import type { DiagnosticData } from '../../src/diagnostics/data.js';
import { checkPlaybook, checkProject, layoutProject, runChecks, type PlaybookCheck } from '../../src/validate/index.js';
import { filesOf, VALID_PLAYBOOK } from '../validate/helpers.js';

/** The diagnostics of the valid playbook with some files replaced or added. */
function checked(files: Record<string, string>): Diagnostic[] {
  return checkProject(filesOf({ ...VALID_PLAYBOOK, ...files })).diagnostics;
}

/** The valid playbook.yaml with `extra` appended (or `from` replaced by `to`). */
const main = (extra: string, from = '', to = ''): Record<string, string> => ({
  'playbook.yaml': VALID_PLAYBOOK['playbook.yaml'].replace(from, to) + extra,
});

/** The valid playbook with a template `extra` of text `text`, and partials `partials` (YAML lines) added. */
function withTemplate(text: string, partials = ''): Diagnostic[] {
  const replies = VALID_PLAYBOOK['templates/replies.yaml']
    .replace('templates:\n', `templates:\n  extra:\n    when: { type: constructive, voice: official }\n    text: ${JSON.stringify(text)}\n`)
    .replace('partials:\n', `partials:\n${partials}`);
  return checked({ 'templates/replies.yaml': replies });
}

/** Partials `p1`…`p<n>`: `p1` is 20 characters, each next one includes the one before twice. */
const doubling = (n: number): string =>
  Array.from({ length: n }, (_, i) => `  p${i + 1}: "${i === 0 ? 'x'.repeat(20) : `{{> p${i}}}{{> p${i}}}`}"\n`).join('');

const bytes = (n: number, fill = 0x20): Uint8Array => new Uint8Array(n).fill(fill);
const MB = 1024 * 1024;
const RULE_IDS = ['tone/avoid', 'tone/emoji', 'yaml/syntax'];

/** The valid playbook with one signal of pattern `pattern` (a YAML single-quoted scalar). */
const signal = (pattern: string): Diagnostic[] => checked(main(`signals:\n  s: { pattern: '${pattern}' }\n`));

/** Just enough signals of `a{300}` that the last takes the playbook's patterns past their total. */
function tooManyPatterns(): Diagnostic[] {
  const r = compilePattern('a{300}');
  const n = Math.floor(10_000 / (r.ok ? r.pattern.programSize : 1)) + 1;
  return checked(main(`signals:\n${Array.from({ length: n }, (_, i) => `  s${i}: { pattern: 'a{300}' }`).join('\n')}\n`));
}

const CALENDAR_NOTE =
  'Собственный календарь replybook — `ru` (с переносами выходных и сокращёнными днями); календари других стран задают кодами ISO строчными буквами: `us`, `gb`, `de`, `kz`, `by`, `de-by`.';

/** JSON.parse's own words for `text` (the engine's English, kept in Russian output). */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

const RU_DURATIONS =
  'ожидается число с единицей измерения (30m, 2h, 90 minutes, 3d, 2 часа), рабочее время (4 business hours, 1 business day, 2 business days, 4 рабочих часа, 1 рабочий день), `end of business day` или `end of next business day` (конец рабочего дня, конец следующего рабочего дня)';

/** A diagnostic as a check makes it, for what `check` cannot reach (the schema refuses it first). */
const diagnosticOf = (ruleId: string, message: string, data: DiagnosticData): Diagnostic => ({
  file: 'pb/playbook.yaml',
  range: FILE_START,
  severity: 'error',
  ruleId,
  message,
  data,
});

/** A check that throws, as a bug in replybook would. */
const crashing: PlaybookCheck = {
  id: 'boom',
  severity: 'error',
  description: 'Throws.',
  examples: [],
  run() {
    throw new Error('kaboom');
  },
};

interface Case {
  name: string;
  rule: string;
  /** The diagnostics to find the rule's among. */
  make: () => Diagnostic[];
  ru: string;
  ruNote?: string;
  ruRelated?: string[];
}

const cases: Case[] = [
  {
    name: 'a key twice',
    rule: 'yaml/duplicate-key',
    make: () => parseText('pb/types.yaml', 'brand: 1\nb: 2\nbrand: 3\n').diagnostics,
    ru: 'Ключ `brand` встречается в одном словаре дважды; используется только первый',
    ruNote: 'Удалите один из них или переименуйте.',
  },
  {
    name: 'a second document',
    rule: 'yaml/syntax',
    make: () => parseText('pb/types.yaml', 'a: 1\n---\nb: 2\n').diagnostics,
    ru: 'В файле несколько документов YAML (`---`); в файле playbook должен быть один',
    ruNote: 'Перенесите второй документ в отдельный файл.',
  },
  {
    name: 'aliases that expand to too many values',
    rule: 'yaml/alias-limit',
    make: () =>
      parseText('pb/x.yaml', 'a: &a [1, 2, 3, 4]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n', { ...DEFAULT_LIMITS, maxAliasNodes: 21 }).diagnostics,
    ru: 'Алиасы разворачиваются больше чем в 21 значение; похоже на алиасную бомбу («billion laughs»)',
  },
  {
    name: 'too many alias references',
    rule: 'yaml/alias-limit',
    make: () => parseText('pb/x.yaml', 'a: &a 1\nb: [*a, *a, *a, *a, *a, *a]\n', { ...DEFAULT_LIMITS, maxAliasCount: 5 }).diagnostics,
    ru: 'Нужно разрешить больше 5 алиасов (алиас внутри алиаса считается при каждом развёртывании); похоже на алиасную бомбу («billion laughs»)',
  },
  {
    name: 'an alias inside what it refers to',
    rule: 'yaml/alias-limit',
    make: () => parseText('pb/x.yaml', 'a: &loop\n  b: *loop\n').diagnostics,
    ru: 'Алиас *loop ссылается на коллекцию, в которой находится сам',
  },
  {
    name: 'a mapping as a key',
    rule: 'yaml/non-string-key',
    make: () => parseText('pb/x.yaml', '? { a: 1 }\n: 2\n').diagnostics,
    ru: 'Ключ должен быть простым именем, а не словарём или списком',
  },
  {
    name: 'a date that does not exist',
    rule: 'schema/format',
    make: () => checked(main("schedule:\n  holidays: ['2026-02-30']\n")),
    ru: 'В schedule.holidays[0] указано `2026-02-30` — это недопустимая дата (ожидается ГГГГ-ММ-ДД)',
  },
  {
    name: "a complaint's time that does not exist",
    rule: 'schema/format',
    make: () => checked({ 'complaints.yaml': VALID_PLAYBOOK['complaints.yaml'].replace('T10:15', 'T25:15') }),
    ru: 'В complaints[0].at указано `2026-03-02T25:15:00+03:00` — это недопустимое время (ожидается время ISO 8601 со смещением, например 2026-03-02T10:15:00+03:00)',
  },
  {
    name: 'working hours that do not parse',
    rule: 'schema/pattern',
    make: () => checked(main('schedule:\n  hours:\n    mon-fri: "25:00-26:00"\n')),
    ru: 'В schedule.hours.mon-fri указано `25:00-26:00` — это не рабочие часы: пишут "09:00-18:00" или несколько интервалов "09:00-13:00, 14:00-18:00"',
  },
  {
    name: 'a duration that is not one',
    rule: 'schema/pattern',
    make: () => checked(main('sla:\n  first_response: soon\n')),
    ru: 'В sla.first_response указано `soon` — это не срок: пишут 30m, 2h, 2 часа, 4 рабочих часа, 1 рабочий день, конец рабочего дня или конец следующего рабочего дня (по-английски: 4 business hours, 1 business day, end of business day), строчными буквами',
  },
  {
    name: 'a time zone that is not an IANA name',
    rule: 'schema/pattern',
    make: () => checked(main('', 'timezone: Europe/Moscow', 'timezone: Moscow time')),
    ru: 'В timezone указано `Moscow time` — это не часовой пояс IANA, например Europe/Moscow',
  },
  {
    name: 'an empty list of words',
    rule: 'schema/value',
    make: () => checked({ 'types.yaml': VALID_PLAYBOOK['types.yaml'].replace('{ words: [заказ, доставка, курьер] }', '{ words: [] }') }),
    ru: 'В types.constructive.match.any[1].words должно быть не меньше 1 элемента',
  },
  {
    name: 'an empty brand',
    rule: 'schema/value',
    make: () => checked(main('', 'brand: Acme Market', 'brand: ""')),
    ru: 'Значение в brand не должно быть пустым',
  },
  {
    name: 'a comparison with no operator',
    rule: 'schema/value',
    make: () => checked({ 'types.yaml': VALID_PLAYBOOK['types.yaml'].replace('{ gte: 10000 }', '{}') }),
    ru: 'В escalations[0].when.author.followers должно быть не меньше 1 ключа',
  },
  {
    name: 'a channel limit out of range',
    rule: 'schema/value',
    make: () => checked(main('', 'limit: 4096', 'limit: 0')),
    ru: 'В channels.vk.limit указано число 0 — значение вне допустимого диапазона: оно должно быть >= 1',
  },
  {
    name: 'a file over the byte limit',
    rule: 'load/too-large',
    make: () => parseSourceFile({ path: 'pb/big.yaml', bytes: bytes(3.5 * MB) }, { ...DEFAULT_LIMITS, maxBytes: 2 * MB }).diagnostics,
    ru: 'Файл больше 2,0 МБ (в нём 3,5 МБ); файл playbook обычно занимает несколько килобайт',
    ruNote: 'Разделите playbook на несколько файлов или проверьте, тот ли это файл.',
  },
  {
    name: 'a file read one byte over the limit, in bytes',
    rule: 'load/too-large',
    make: () => parseSourceFile({ path: 'pb/big.yaml', bytes: bytes(1001) }, { ...DEFAULT_LIMITS, maxBytes: 1000 }).diagnostics,
    ru: 'Файл больше 1\u00a0000 байт (в нём больше); файл playbook обычно занимает несколько килобайт',
    ruNote: 'Разделите playbook на несколько файлов или проверьте, тот ли это файл.',
  },
  {
    name: 'a text over the limit',
    rule: 'load/too-large',
    make: () => parseText('pb/big.yaml', 'a: 123456789\n', { ...DEFAULT_LIMITS, maxBytes: 11 }).diagnostics,
    ru: 'Текст длиннее 11 символов',
  },
  {
    name: 'nesting refused by the pre-scan',
    rule: 'load/too-deep',
    make: () => parseText('pb/deep.yaml', 'a: [[[[1]]]]\n', { ...DEFAULT_LIMITS, maxDepth: 3 }).diagnostics,
    ru: 'Вложенность глубже 3 уровней; replybook не читает такой файл, чтобы не переполнить стек',
  },
  {
    name: 'nesting that aliases make deeper',
    rule: 'load/too-deep',
    make: () => parseText('pb/deep.yaml', 'a: &x [1]\nb: &y [*x]\nc: [*y]\n', { ...DEFAULT_LIMITS, maxDepth: 3 }).diagnostics,
    ru: 'Вложенность глубже 3 уровней',
  },
  {
    name: 'a NUL byte',
    rule: 'load/binary',
    make: () => parseSourceFile({ path: 'pb/x.yaml', bytes: new Uint8Array([0x61, 0x3a, 0x00]) }).diagnostics,
    ru: 'Файл двоичный, а не текст YAML (нулевой байт на позиции 2)',
  },
  {
    name: 'invalid UTF-8',
    rule: 'load/binary',
    make: () => parseSourceFile({ path: 'pb/x.yaml', bytes: new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe]) }).diagnostics,
    ru: 'Файл не является текстом в UTF-8; файлы playbook сохраняют в UTF-8',
    ruNote: 'Сохраните файл заново в кодировке UTF-8 (если он не переводится ни из одной другой кодировки, возможно, это двоичный файл).',
  },
  {
    name: 'an empty file',
    rule: 'load/empty',
    make: () => parseText('pb/x.yaml', '# nothing yet\n').diagnostics,
    ru: 'Файл пуст (в нём нет содержимого YAML)',
  },
  {
    name: 'a forbidden key',
    rule: 'load/forbidden-key',
    make: () => parseText('pb/x.yaml', 'a:\n  __proto__: 1\n').diagnostics,
    ru: 'Ключ `__proto__` недопустим (он может изменить поведение объектов); он пропущен',
  },
  {
    name: 'a YAML file of no playbook',
    rule: 'load/orphan-file',
    make: () => layoutProject(['notes/x.yaml']).diagnostics,
    ru: 'Этот файл YAML не относится ни к одному playbook (ни в его папке, ни выше нет playbook.yaml) и не проверяется',
  },
  {
    name: 'a misnamed playbook file',
    rule: 'load/orphan-file',
    make: () => layoutProject(['pb/playbook.yml']).diagnostics,
    ru: 'Файл `playbook.yml` не читается: playbook находят по файлу с именем ровно `playbook.yaml`',
  },
  {
    name: 'no playbook.yaml',
    rule: 'load/unreadable',
    make: () => checkPlaybook('pb', filesOf({ 'types.yaml': VALID_PLAYBOOK['types.yaml'] })).diagnostics,
    ru: 'В playbook нет файла pb/playbook.yaml',
  },
  {
    name: 'a root key missing',
    rule: 'playbook/missing-key',
    make: () => checked(main('', 'brand: Acme Market\n')),
    ru: 'В playbook.yaml нет `brand`; в нём должны быть `replybook`, `brand`, `locale`, `timezone`',
  },
  {
    name: 'a root key in another file',
    rule: 'playbook/root-key-elsewhere',
    make: () => checked({ 'types.yaml': `brand: Other\n${VALID_PLAYBOOK['types.yaml']}` }),
    ru: '`brand` указывают в playbook.yaml; здесь он не учитывается',
    ruRelated: ['playbook.yaml'],
  },
  {
    name: 'a section in two files',
    rule: 'playbook/duplicate-section',
    make: () => checked({ 'types.yaml': `tone: { address: formal }\n${VALID_PLAYBOOK['types.yaml']}` }),
    ru: 'Раздел `tone` определён в нескольких файлах; его определяют один раз',
    ruRelated: ['первое определение'],
  },
  {
    name: 'an unknown time zone',
    rule: 'schedule/timezone',
    make: () => checked(main('', 'Europe/Moscow', 'Europe/Moskow')),
    ru: 'Неизвестный часовой пояс `Europe/Moskow`; ожидается часовой пояс IANA, например `Europe/Moscow` или `Asia/Vladivostok`',
  },
  {
    name: 'no working hours',
    rule: 'schedule/no-hours',
    make: () => checked(main('schedule:\n  hours: {}\n')),
    ru: 'В расписании нет рабочих часов ни в один день; сроки в рабочем времени никогда не наступят',
  },
  {
    name: 'a holiday that is a working day',
    rule: 'schedule/conflict',
    make: () => checked(main('schedule:\n  holidays: [2026-03-07]\n  working_days: [2026-03-07]\n')),
    ru: 'Дата 2026-03-07 указана и среди выходных, и среди рабочих дней; она считается рабочим днём',
  },
  {
    name: 'a calendar year supplied twice',
    rule: 'schedule/calendar-year',
    make: () => checked(main('schedule:\n  calendar_years:\n    - year: 2027\n      holidays: []\n    - year: 2027\n      holidays: []\n')),
    ru: 'Календарь на 2027 год указан дважды; календарь года задают один раз (в calendar_years или в одном файле)',
    ruRelated: ['впервые указан здесь'],
  },

  {
    name: 'too many business days',
    rule: 'schedule/duration',
    make: () => checked(main('sla:\n  by_priority: { urgent: 400 business days }\n')),
    ru: 'Недопустимый срок `400 business days`: в «400 business days» число рабочих дней должно быть целым, от 1 до 365',
    ruNote:
      'Примеры сроков: `30m`, `2h`, `3d`, `4 рабочих часа`, `1 рабочий день`, `конец рабочего дня`, `конец следующего рабочего дня` (или по-английски: `4 business hours`, `1 business day`, `end of business day`).',
  },
  {
    name: 'a duration of zero',
    rule: 'schedule/duration',
    make: () => checked(main('sla:\n  first_response: 0m\n')),
    ru: 'Недопустимый срок `0m`: срок «0m» должен быть больше нуля',
    ruNote:
      'Примеры сроков: `30m`, `2h`, `3d`, `4 рабочих часа`, `1 рабочий день`, `конец рабочего дня`, `конец следующего рабочего дня` (или по-английски: `4 business hours`, `1 business day`, `end of business day`).',
  },
  {
    name: 'a duration over a year',
    rule: 'schedule/duration',
    make: () => checked(main('sla:\n  first_response: 400d\n')),
    ru: 'Недопустимый срок `400d`: срок «400d» должен быть не больше 366 дней',
    ruNote:
      'Примеры сроков: `30m`, `2h`, `3d`, `4 рабочих часа`, `1 рабочий день`, `конец рабочего дня`, `конец следующего рабочего дня` (или по-английски: `4 business hours`, `1 business day`, `end of business day`).',
  },

  {
    name: 'a swapped range',
    rule: 'schedule/hours',
    make: () => checked(main("schedule:\n  hours: { mon: '19:30-09:00' }\n")),
    ru: 'Конец раньше начала в `19:30-09:00`: интервал через полночь может длиться не больше 12 часов (этот длился бы 13,5 ч); укажите сначала начало (09:00-19:30)',
  },
  {
    name: 'overlapping hours',
    rule: 'schedule/hours',
    make: () => checked(main("schedule:\n  hours: { mon: '22:00-10:00', tue: '09:00-18:00' }\n")),
    ru: 'Рабочие часы дня `tue` пересекаются: 09:00-18:00 накладывается на 00:00-10:00 (задано в `mon`)',
  },
  {
    name: 'a day set by two keys',
    rule: 'schedule/hours',
    make: () =>
      checked(main("schedule:\n  hours: { mon-fri: '09:00-18:00', fri-tue: '10:00-12:00' }\n")).filter((d) =>
        d.message.startsWith('`fri`'),
      ),
    ru: 'День `fri` уже задан ключом `mon-fri`',
  },

  {
    name: 'an empty interval',
    rule: 'schedule/hours',
    make: () => checked(main("schedule:\n  hours: { tue: '09:00-09:00' }\n")),
    ru: 'Пустой интервал `09:00-09:00`: начало и конец совпадают (весь день — 00:00-24:00)',
  },
  {
    name: 'an unknown calendar',
    rule: 'schedule/calendar',
    make: () => checked(main('schedule:\n  calendar: [us, ry]\n')),
    ru: 'Неизвестный календарь `ry`: допустимы `ru` и коды стран, которые знает date-holidays — может быть, `ru`?',
    ruNote: CALENDAR_NOTE,
  },
  {
    name: 'an unknown region',
    rule: 'schedule/calendar',
    make: () => checked(main('schedule:\n  calendar: de-zz\n')),
    ru: 'Неизвестный регион `de-zz` (страна: Germany): допустимы регионы, которые знает date-holidays',
    ruNote: CALENDAR_NOTE,
  },
  {
    name: 'a date of another year',
    rule: 'schedule/calendar-year',
    make: () => checked(main('schedule:\n  calendar_years:\n    - year: 2027\n      holidays: [2026-01-01]\n')),
    ru: 'Дата 2026-01-01 не относится к 2027 году: в календаре года указывают только его собственные даты',
  },
  {
    name: 'a day both off and shortened',
    rule: 'schedule/calendar-year',
    make: () =>
      checked(main('schedule:\n  calendar_years:\n    - year: 2027\n      holidays: [2027-03-08]\n      shortened_days: [2027-03-08]\n')),
    ru: 'Дата 2027-03-08 указана и как выходной, и как сокращённый рабочий день: укажите её один раз',
  },
  {
    name: 'a calendar file not there',
    rule: 'schedule/calendar-file',
    make: () => checked(main('schedule:\n  calendar_files: calendars/2027.json\n')),
    ru: 'Файл календаря `calendars/2027.json` (pb/calendars/2027.json) не прочитан: проверьте путь (он указывается относительно папки playbook)',
  },
  {
    name: 'a day of a calendar file that is not a date',
    rule: 'schedule/calendar-file',
    make: () =>
      checked({ ...main('schedule:\n  calendar_files: 2027.json\n'), '2027.json': '{"year": 2027, "days": [{"d": "1.1", "t": 1}]}' }),
    ru: 'День `1.1` 2027 года не является датой: ожидается ММ.ДД (01.07 — 7 января)',
    ruRelated: ['файл указан здесь'],
  },
  {
    name: 'a day of a calendar file of an unknown kind',
    rule: 'schedule/calendar-file',
    make: () =>
      checked({ ...main('schedule:\n  calendar_files: 2027.json\n'), '2027.json': '{"year": 2027, "days": [{"d": "05.02", "t": 9}]}' }),
    ru: 'У дня 05.02 2027 года тип t="9": ожидается 1 (выходной), 2 (сокращённый день) или 3 (рабочий выходной)',
    ruRelated: ['файл указан здесь'],
  },
  {
    name: 'a calendar file both off and working',
    rule: 'schedule/calendar-file',
    make: () =>
      checked({
        ...main('schedule:\n  calendar_files: 2027.json\n'),
        '2027.json': '{"year": 2027, "days": [{"d": "01.09", "t": 1}, {"d": "01.09", "t": 3}]}',
      }),
    ru: 'Дата 2027-01-09 указана и как выходной, и как рабочий день: укажите её один раз',
    ruRelated: ['файл указан здесь'],
  },
  {
    name: 'a calendar file with no calendar',
    rule: 'schedule/calendar-file',
    make: () => checked({ ...main('schedule:\n  calendar_files: 2027.json\n'), '2027.json': '{"year": 2027, "days": {"d": "01.01"}}' }),
    ru: 'В файле календаря нет календаря: `days` должен быть списком дней',
    ruRelated: ['файл указан здесь'],
  },
  {
    name: 'a calendar file with no year',
    rule: 'schedule/calendar-file',
    make: () => checked({ ...main('schedule:\n  calendar_files: 2027.json\n'), '2027.json': '[]' }),
    ru: 'В файле календаря нет ни одного года',
    ruRelated: ['файл указан здесь'],
  },
  {
    name: 'a calendar file of bad JSON',
    rule: 'schedule/calendar-file',
    make: () => checked({ ...main('schedule:\n  calendar_files: 2027.json\n'), '2027.json': '{"year": 2027, ' }),
    ru: `Файл календаря не является корректным JSON: ${jsonError('{"year": 2027, ')}`,
    ruRelated: ['файл указан здесь'],
  },
  {
    name: 'a calendar file of a year out of range',
    rule: 'schedule/calendar-file',
    make: () => checked({ ...main('schedule:\n  calendar_files: 2027.xml\n'), '2027.xml': '<calendar year="27"><days/></calendar>' }),
    ru: 'Год календаря `27` должен быть числом от 1970 до 2999',
    ruRelated: ['файл указан здесь'],
  },
  {
    name: "a sample complaint's time in a year the calendar does not cover",
    rule: 'schedule/calendar-coverage',
    make: () =>
      checked({
        ...main('schedule:\n  calendar: ru\n'),
        'complaints.yaml': VALID_PLAYBOOK['complaints.yaml'].replace('at: 2026-03-02', 'at: 2040-03-02'),
      }),
    ru: 'Время примера жалобы (2040-03-02T10:15:00+03:00): 2040 год вне лет, которые знает производственный календарь (ru: 2025–2027, 2027 — предварительно): сроки в 2040 году считаются без его праздников, как обычные недели',
    ruNote:
      'Задайте этот год в `schedule.calendar_years` или в файле календаря (`schedule.calendar_files`); как это сделать, описано в docs/deadlines.md.',
  },
  {
    name: 'a year outside every calendar, with a country calendar and a year supplied',
    rule: 'schedule/calendar-coverage',
    make: () =>
      checked({
        ...main('schedule:\n  calendar: [ru, de]\n  calendar_years:\n    - year: 2030\n      holidays: [2030-01-01]\n'),
        'complaints.yaml': VALID_PLAYBOOK['complaints.yaml'].replace('at: 2026-03-02', 'at: 2040-03-02'),
      }),
    ru: 'Время примера жалобы (2040-03-02T10:15:00+03:00): 2040 год вне лет, которые знает производственный календарь (ru: 2025–2027, 2027 — предварительно; de: все годы, государственные праздники из date-holidays; заданные в playbook: 2030): сроки в 2040 году считаются без его праздников, как обычные недели',
    ruNote:
      'Задайте этот год в `schedule.calendar_years` или в файле календаря (`schedule.calendar_files`); как это сделать, описано в docs/deadlines.md.',
  },
  {
    name: "a sample complaint's time in a provisional year",
    rule: 'schedule/calendar-provisional',
    make: () =>
      checked({
        ...main('schedule:\n  calendar: ru\n'),
        'complaints.yaml': VALID_PLAYBOOK['complaints.yaml'].replace('at: 2026-03-02', 'at: 2027-03-02'),
      }),
    ru: 'Время примера жалобы (2027-03-02T10:15:00+03:00): 2027 год в календаре ru предварительный: праздники и сокращённые дни взяты только из Трудового кодекса, без переносов выходных по постановлению Правительства',
    ruNote:
      'Когда выйдет постановление на 2027 год, внесите его переносы: задайте год в `schedule.calendar_years` или в файле календаря (`schedule.calendar_files`); как это сделать, описано в docs/deadlines.md.',
  },
  {
    name: "a complaint's text too long",
    rule: 'complaint/text-too-long',
    make: () => checked({ 'complaints.yaml': VALID_PLAYBOOK['complaints.yaml'].replace(/text: .*/, `text: ${'а'.repeat(20_001)}`) }),
    ru: 'Поле `text` примера жалобы длиной 20\u00a0001 символ — больше 20\u00a0000 символов, которые сопоставляет replybook (MAX_MENTION_TEXT); движок не станет его сопоставлять',
    ruNote: 'Настоящий отзыв занимает несколько тысяч символов: сократите пример до той части, которая важна.',
  },
  {
    name: "a complaint's author name too long",
    rule: 'complaint/field-too-long',
    make: () => checked({ 'complaints.yaml': VALID_PLAYBOOK['complaints.yaml'].replace('name: Виктория', `name: ${'В'.repeat(1_003)}`) }),
    ru: 'Поле `author.name` примера жалобы длиной 1\u00a0003 символа — больше 1\u00a0000 символов, которые сопоставляет replybook (MAX_MENTION_FIELD); движок не станет его сопоставлять',
    ruNote: 'Сократите его: ни одна площадка не показывает такие длинные имена и id.',
  },
  {
    name: 'a type without match',
    rule: 'type/no-match',
    make: () =>
      checked({
        'types.yaml': VALID_PLAYBOOK['types.yaml'].replace('  non-constructive:', '  vague: { reply: none }\n  non-constructive:'),
      }),
    ru: 'У типа `vague` нет `match`; задайте ему условие или отметьте его `fallback: true`',
  },
  {
    name: 'the fallback before other types',
    rule: 'type/fallback-not-last',
    make: () =>
      checked({
        'types.yaml': VALID_PLAYBOOK['types.yaml'].replace(
          'escalations:',
          '  late: { match: { words: [а] } }\n  later: { match: { words: [б] } }\nescalations:',
        ),
      }),
    ru: 'Запасной тип `non-constructive` должен быть последним; после него идут 2 типа, которые никогда не подойдут',
  },
  {
    name: 'two fallbacks',
    rule: 'type/multiple-fallbacks',
    make: () =>
      checked({ 'types.yaml': VALID_PLAYBOOK['types.yaml'].replace('escalations:', '  other:\n    fallback: true\nescalations:') }),
    ru: '`other` — второй запасной тип: запасной тип уже есть (`non-constructive`), а он может быть только один',
    ruRelated: ['первый запасной тип'],
  },
  {
    name: 'two default voices',
    rule: 'voice/multiple-default',
    make: () => checked(main('', 'teams:', '  anna: { name: Анна, default: true }\nteams:')),
    ru: 'Голос `anna` отмечен как голос по умолчанию, но им уже отмечен `official`; голос по умолчанию может быть только один',
    ruRelated: ['первый голос по умолчанию'],
  },
  {
    name: 'a holding reply with no holding template',
    rule: 'template/missing-holding',
    make: () =>
      checked({ 'types.yaml': VALID_PLAYBOOK['types.yaml'].replace('    priority: high', '    priority: high\n    reply: holding') }),
    ru: 'Эскалация `opinion-leader` требует промежуточного ответа, но ни у одного шаблона нет `when: { holding: true }`',
  },
  {
    name: 'a partial that includes itself',
    rule: 'template/partial-recursion',
    make: () =>
      checked({
        'templates/replies.yaml': VALID_PLAYBOOK['templates/replies.yaml'].replace(
          '"С уважением, {{voice.signature}}"',
          '"{{> sign-off}}"',
        ),
      }),
    ru: 'Партиал `sign-off` включает сам себя; партиал не может включать себя ни напрямую, ни через другие',
  },
  {
    name: 'partials that include each other',
    rule: 'template/partial-recursion',
    make: () =>
      checked({
        'templates/replies.yaml': VALID_PLAYBOOK['templates/replies.yaml'].replace(
          '"С уважением, {{voice.signature}}"',
          '"{{> thanks}}"\n  thanks: "Спасибо. {{> sign-off}}"',
        ),
      }),
    ru: 'Партиал `sign-off` включает сам себя через `sign-off` → `thanks` → `sign-off`; партиал не может включать себя ни напрямую, ни через другие',
  },
  {
    name: 'blocks nested too deeply',
    rule: 'template/too-deep',
    make: () => withTemplate(`${'{{#if brand}}'.repeat(33)}x${'{{/if}}'.repeat(33)}`),
    ru: 'Шаблон `extra` отклонён ещё до разбора: блоки здесь вложены глубже 32 уровней (допустимо не больше 32)',
  },
  {
    name: 'sub-expressions nested too deeply',
    rule: 'template/too-deep',
    make: () => withTemplate(`{{name ${'(name '.repeat(17)}brand${')'.repeat(17)}}}`),
    ru: 'Шаблон `extra` отклонён ещё до разбора: подвыражения `(…)` в этом теге вложены глубже 16 уровней (допустимо не больше 16)',
  },
  {
    name: 'a partial with too many tags',
    rule: 'template/too-many-tags',
    make: () => withTemplate('{{> many}}', `  many: "${'{{brand}}'.repeat(1_001)}"\n`),
    ru: 'Партиал `many` отклонён ещё до разбора: в тексте больше 1\u00a0000 тегов (допустимо не больше 1\u00a0000); разделите его на партиалы',
  },
  {
    name: "the playbook's templates with too many tags together",
    rule: 'template/too-many-tags',
    make: () => withTemplate('{{brand}}', Array.from({ length: 21 }, (_, i) => `  t${i}: "${'{{brand}}'.repeat(1_000)}"\n`).join('')),
    ru: 'В шаблонах и партиалах playbook вместе больше 20\u00a0000 тегов (допустимо не больше 20\u00a0000); партиал `t19` и тексты после него не разбираются',
  },
  {
    name: 'a template that includes a large partial twice',
    rule: 'template/too-large',
    make: () => withTemplate('{{> p13}} {{> p13}}', doubling(13)),
    ru: 'Шаблон `extra` в худшем случае разворачивается в 180\u00a0223 символа — больше лимита 100\u00a0000: 180\u00a0220 из них даёт партиал `p13`, включённый 2 раза (впервые здесь)',
  },
  {
    name: 'a partial repeated by a loop',
    rule: 'template/too-large',
    make: () => withTemplate('{{#each signals}}{{> p10}}{{/each}}', doubling(10)),
    ru: 'Шаблон `extra` в худшем случае разворачивается в 135\u00a0157 символов — больше лимита 100\u00a0000: 135\u00a0144 из них даёт партиал `p10`, включённый здесь, который блоки `{{#each}}` вокруг него повторяют до 12 раз',
  },
  {
    name: 'nested loops',
    rule: 'template/too-large',
    make: () => withTemplate(`${'{{#each signals}}'.repeat(4)}${'x'.repeat(30)}${'{{/each}}'.repeat(4)}`),
    ru: 'Шаблон `extra` в худшем случае разворачивается в 623\u00a0965 символов — больше лимита 100\u00a0000: каждый `{{#each}}` повторяет своё содержимое до 12 раз (наибольшее число записей у значения контекста ответа), а циклы вложены на глубину 4',
  },
  {
    name: 'a text and its partials together',
    rule: 'template/too-large',
    make: () => withTemplate('{{> a}}{{> b}}{{> c}}', ['a', 'b', 'c'].map((id) => `  ${id}: "${'x'.repeat(40_000)}"\n`).join('')),
    ru: 'Шаблон `extra` в худшем случае разворачивается в 120\u00a0003 символа — больше лимита 100\u00a0000: столько дают его собственный текст и партиалы, которые он включает',
  },
  {
    name: 'a partial named by a sub-expression',
    rule: 'template/dynamic-partial',
    make: () => withTemplate('{{> (greeting)}}'),
    ru: 'В шаблоне `extra`: партиал, заданный подвыражением (`{{> (…)}}`), выбирается только при формировании ответа; включайте партиал playbook по его id: `{{> sign-off}}`',
  },
  {
    name: 'a partial named by a path to a file',
    rule: 'template/dynamic-partial',
    make: () => withTemplate('{{> "../x"}}'),
    ru: 'В шаблоне `extra`: `"../x"` — не id партиала (id партиала состоит из строчных латинских букв, цифр, `-`, `_` и `.`, части разделяются `/`); партиалы берутся из playbook, а не из файлов',
  },
  {
    name: 'a partial named by a number',
    rule: 'template/dynamic-partial',
    make: () => withTemplate('{{> 42}}'),
    ru: 'В шаблоне `extra`: `42` — не id партиала (id партиала состоит из строчных латинских букв, цифр, `-`, `_` и `.`, части разделяются `/`)',
  },
  {
    name: '@partial-block',
    rule: 'template/dynamic-partial',
    make: () => withTemplate('{{> @partial-block}}'),
    ru: 'В шаблоне `extra`: `@partial-block` — не id партиала: включайте партиал playbook по его id (`{{> sign-off}}`); `@partial-block` и другие имена с `@` не поддерживаются',
  },
  {
    name: "a partial's id with escapes",
    rule: 'template/dynamic-partial',
    make: () => withTemplate('{{> [sign-off]}}'),
    ru: 'В шаблоне `extra`: id партиала в `[sign-off]` записан с экранированием; напишите его как есть: `{{> sign-off}}`',
  },
  {
    name: 'an inline partial',
    rule: 'template/inline-partial',
    make: () => withTemplate('{{#*inline "y"}}y{{/inline}}'),
    ru: 'В шаблоне `extra`: встроенные партиалы и декораторы (`{{#*inline …}}`, `{{* …}}`) не поддерживаются: определите партиал в разделе `partials:` playbook',
  },
  {
    name: 'a path through a prototype property',
    rule: 'template/prototype-access',
    make: () => withTemplate('{{this.constructor}}'),
    ru: 'В шаблоне `extra`: `this.constructor` обращается к `constructor` — свойству, которое наследует любой объект JavaScript, а не к данным ответа (Handlebars выводит для него пустую строку); используйте переменные ответа: `author.name`, `brand`, `signals.<id>`, …',
  },
  {
    name: 'a prototype property in a partial',
    rule: 'template/prototype-access',
    make: () => withTemplate('{{> sign-off}}', '  other: "{{__proto__}}"\n'),
    ru: 'В партиале `other`: `__proto__` — свойство, которое наследует любой объект JavaScript, а не данные ответа (Handlebars выводит для него пустую строку); используйте переменные ответа: `author.name`, `brand`, `signals.<id>`, …',
  },
  {
    name: 'a helper given one argument too many',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{salutation author.name brand}}'),
    ru: 'В шаблоне `extra`: `salutation` принимает один аргумент, а передано 2: {{salutation author.name}}',
  },
  {
    name: 'formatDate given three arguments',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{formatDate due "date" 1}}'),
    ru: 'В шаблоне `extra`: `formatDate` принимает не больше 2 аргументов, а передано 3: {{formatDate due}}, {{formatDate due "date"}} или {{formatDate due "time"}}',
  },
  {
    name: 'an option a helper does not take',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{name author.name foo="x"}}'),
    ru: 'В шаблоне `extra`: у `name` нет параметра `foo=`; он принимает `fallback=`',
  },
  {
    name: 'an option of a helper that takes none',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{dear author.name foo=1}}'),
    ru: 'В шаблоне `extra`: у `dear` нет параметра `foo=`',
  },
  {
    name: 'a style a helper does not know',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{greeting style="loud"}}'),
    ru: 'В шаблоне `extra`: для `greeting` указан стиль `"loud"`, а допустимы только `"casual"`; стиль можно и не указывать',
  },
  {
    name: 'formatDate without a time',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{formatDate}}'),
    ru: 'В шаблоне `extra`: для `formatDate` нужно указать время: {{formatDate due}}, {{formatDate due "date"}} или {{formatDate due "time"}}',
  },
  {
    name: 'formatDate given text that is not a time',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{formatDate "not a date"}}'),
    ru: 'В шаблоне `extra`: в `formatDate` передано `"not a date"` — это не время; ожидается время ISO 8601, например `2026-03-03T10:15:00+03:00` (или переменная `due` либо `at`)',
  },
  {
    name: 'formatDate given undefined',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{formatDate undefined}}'),
    ru: 'В шаблоне `extra`: в `formatDate` передано пустое значение — это не время; ожидается время ISO 8601, например `2026-03-03T10:15:00+03:00` (или переменная `due` либо `at`)',
  },
  {
    name: 'formatDate given a style it does not know',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{formatDate due "YYYY"}}'),
    ru: 'В шаблоне `extra`: для `formatDate` указан стиль `"YYYY"`, а допустимы только `"datetime"`, `"date"`, `"time"`',
  },
  {
    name: 'plural without a number',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{plural}}'),
    ru: 'В шаблоне `extra`: для `plural` нужно указать число и формы слова: {{plural n "день" "дня" "дней"}} или {{plural n "day" "days"}}',
  },
  {
    name: 'plural given text that is not a number',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{plural "many" "день"}}'),
    ru: 'В шаблоне `extra`: в `plural` передано `"many"` — это не число: {{plural n "день" "дня" "дней"}} или {{plural n "day" "days"}}',
  },
  {
    name: 'plural without word forms',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{plural 2}}'),
    ru: 'В шаблоне `extra`: для `plural` нужно указать формы слова после числа: {{plural n "день" "дня" "дней"}} или {{plural n "day" "days"}}',
  },
  {
    name: 'plural given a number as a word form',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{plural 2 3}}'),
    ru: 'В шаблоне `extra`: формы слова в `plural` должны быть текстом, а передано `3`: {{plural n "день" "дня" "дней"}} или {{plural n "day" "days"}}',
  },
  {
    name: 'plural given five word forms',
    rule: 'template/helper-argument',
    make: () => withTemplate('{{plural 2 "a" "b" "c" "d" "e"}}'),
    ru: 'В шаблоне `extra`: `plural` принимает не больше четырёх форм слова (ru: one, few, many, дробные; en: one, other), а передано 5',
  },
  {
    name: 'an unknown rule in the configuration',
    rule: 'config/unknown-rule',
    make: () => parseConfig('replybook.config.yaml', 'rules:\n  tone/avod: off\n', RULE_IDS).diagnostics,
    ru: 'Неизвестное правило `tone/avod`; допустимы правила, которые перечисляет `replybook rules` — может быть, `tone/avoid`?',
  },
  {
    name: 'options for a rule without any',
    rule: 'config/rule-options',
    make: () => parseConfig('replybook.config.yaml', 'rules:\n  tone/emoji: [warn, { max: 2 }]\n', RULE_IDS).diagnostics,
    ru: 'Правило `tone/emoji` не принимает параметров; укажите только его уровень (`tone/emoji: warn`)',
  },
  {
    name: 'an unused directive naming a rule',
    rule: 'config/unused-directive',
    make: () => applyDirectives('pb/playbook.yaml', findDirectives('# replybook-disable-next-line tone/emoji\na: 1\n'), [], true).unused,
    ru: 'Директива `replybook-disable-next-line` ничего не заглушает: на следующей строке нет проблем `tone/emoji`',
    ruNote: 'Удалите директиву или id правил, которые ей больше не нужны.',
  },
  {
    name: 'an unused block directive for every rule',
    rule: 'config/unused-directive',
    make: () => applyDirectives('pb/playbook.yaml', findDirectives('# replybook-disable\na: 1\n'), [], true).unused,
    ru: 'Директива `replybook-disable` ничего не заглушает: после неё нет проблем',
    ruNote: 'Удалите директиву или id правил, которые ей больше не нужны.',
  },
  {
    name: 'a check that crashed',
    rule: 'internal/check-failed',
    make: () => {
      const playbook = checkPlaybook('pb', filesOf(VALID_PLAYBOOK)).playbook!;
      const locate = (file: string, path: ReadonlyArray<string | number>) => ({ file, range: FILE_START, path: [...path] });
      return runChecks({ playbook, definitions: [], sourceText: () => undefined, locate }, [crashing]);
    },
    ru: 'Проверка `boom` завершилась с ошибкой: kaboom. Это ошибка в replybook; сообщите о ней, приложив playbook, на котором она возникает.',
  },
  {
    name: 'an invalid pattern',
    rule: 'regex/invalid',
    make: () => signal('(T-'),
    ru: 'Недопустимое регулярное выражение `(T-` (читается как JavaScript с флагом `u`): Unterminated group',
  },
  {
    name: 'a trailing negative lookahead for a whole word',
    rule: 'regex/unsupported',
    make: () => signal('суд(?!\\p{L})'),
    ru: 'В выражении `суд(?!\\p{L})` опережающая проверка `(?!\\p{L})` не поддерживается: движок с линейным временем (RE2) не умеет заглядывать вперёд; она стоит в конце выражения, поэтому `(?:\\P{L}|$)` на её месте подходит к тем же текстам (только совпадение захватит и следующий символ); чтобы найти целое слово в любой письменности (не рядом с буквой, цифрой или `_`), уберите проверки и укажите `word: true` (docs/playbook-format.md#regular-expressions)',
  },
  {
    name: 'a trailing positive lookahead',
    rule: 'regex/unsupported',
    make: () => signal('a(?=b)'),
    ru: 'В выражении `a(?=b)` опережающая проверка `(?=b)` не поддерживается: движок с линейным временем (RE2) не умеет заглядывать вперёд; она стоит в конце выражения, поэтому `(?:b)` на её месте подходит к тем же текстам (только совпадение захватит и то, что она проверяла)',
  },
  {
    name: 'a lookahead inside the pattern',
    rule: 'regex/unsupported',
    make: () => signal('a(?!b)c'),
    ru: 'В выражении `a(?!b)c` опережающая проверка `(?!b)` не поддерживается: движок с линейным временем (RE2) не умеет заглядывать вперёд; сделайте то, что должно идти следом, частью самого выражения',
  },
  {
    name: 'a backreference',
    rule: 'regex/unsupported',
    make: () => signal('(\\w)\\1'),
    ru: 'В выражении `(\\w)\\1` обратная ссылка `\\1` не поддерживается: ни один движок с линейным временем не может сопоставить повтор захваченного текста; сопоставляйте сам текст (или используйте два условия)',
  },
  {
    name: 'a repetition count too large',
    rule: 'regex/unsupported',
    make: () => signal('a{1001}'),
    ru: 'В выражении `a{1001}` повторение `{1001}` больше 1000 — наибольшего числа повторов, которое допускает движок с линейным временем; повторите группу или сопоставляйте меньше',
  },
  {
    name: 'a capture inside a lookbehind',
    rule: 'regex/unsupported',
    make: () => signal('(?<=(a))b'),
    ru: 'В выражении `(?<=(a))b` захватывающая группа внутри ретроспективной проверки (lookbehind) не поддерживается: движок с линейным временем выполняет их без захвата; пишите `(?:…)`',
  },
  {
    name: 'script extensions',
    rule: 'regex/unsupported',
    make: () => signal('\\p{scx=Cyrillic}'),
    ru: 'В выражении `\\p{scx=Cyrillic}` `\\p{scx=Cyrillic}` (расширения письменностей) не поддерживается движком с линейным временем; используйте `\\p{Script=Cyrillic}`',
  },
  {
    name: 'a pattern that compiles too large',
    rule: 'regex/too-large',
    make: () => signal('a{1000}b{1000}'),
    ru: 'Регулярное выражение `a{1000}b{1000}` компилируется в 2\u00a0002 инструкции; допустимо не больше 1\u00a0000 (для списка слов используйте `words` или словарь)',
  },
  {
    name: 'a pattern too long',
    rule: 'regex/too-large',
    make: () => signal('x'.repeat(2_001)),
    ru: 'Регулярное выражение длиной 2\u00a0001 символ; допустимо не больше 2\u00a0000 (для списка слов используйте `words` или словарь)',
  },
  {
    name: "the playbook's patterns too large together",
    rule: 'regex/too-large',
    make: tooManyPatterns,
    ru: 'Вместе с `a{300}` регулярные выражения playbook компилируются больше чем в 10\u00a0000 инструкций (9\u00a0966 до него, 302 в нём самом); для списков слов используйте `words` или словарь',
  },
  {
    name: "a complaint's reply pattern",
    rule: 'regex/unsupported',
    make: () =>
      checked({
        'complaints.yaml': VALID_PLAYBOOK['complaints.yaml'].replace(
          '      escalations: []',
          "      escalations: []\n      reply: { matches: '(\\w)\\1' }",
        ),
      }),
    ru: 'В выражении `(\\w)\\1` обратная ссылка `\\1` не поддерживается: ни один движок с линейным временем не может сопоставить повтор захваченного текста; сопоставляйте сам текст (или используйте два условия)',
  },
];

describe('rules translated from their data (issue 16)', () => {
  it.each(cases)('$rule: $name', ({ rule, make, ru, ruNote, ruRelated }) => {
    const found = make().filter((d) => d.ruleId === rule);
    expect(found, `one ${rule} diagnostic`).toHaveLength(1);
    const d = found[0];
    // English from the catalogue is the check's own diagnostic, word for word.
    const en = renderDiagnostic(d, 'en');
    expect(en).not.toBe(d);
    expect({ message: en.message, note: en.note, related: en.related }).toEqual({ message: d.message, note: d.note, related: d.related });
    expect(localDiagnostic(d, 'en')).toBe(d);
    const local = localDiagnostic(d, 'ru');
    expect(local.message).toBe(ru);
    expect(local.note).toBe(ruNote);
    expect(local.related?.map((r) => r.message)).toEqual(ruRelated);
  });

  // What the schema already refuses never reaches the parsers in `check`; their sentences are still catalogued.
  it.each([
    ['soon', `запись «soon» не распознана; ${RU_DURATIONS}`],
    ['', `срок не указан; ${RU_DURATIONS}`],
    [
      '4 business weeks',
      'срок в рабочем времени «4 business weeks» не распознан; ожидается «N business hours», «N business minutes» или «N business days» (4 рабочих часа, 1 рабочий день)',
    ],
    ['0.01h', 'в «0.01h» должно получаться целое число минут (1.5h допустимо, 0.01h — нет)'],
  ])('schedule/duration from the parser: %j', (text, ru) => {
    const p = parseDuration(text);
    if (!('error' in p)) throw new Error('a valid duration');
    const d = diagnosticOf('schedule/duration', `\`${text}\` is not a valid duration: ${p.error}`, {
      kind: 'schedule-problem',
      code: p.code,
      values: { ...p.values, input: text },
    });
    expect(renderDiagnostic(d, 'en').message).toBe(d.message);
    expect(localDiagnostic(d, 'ru').message).toBe(`Недопустимый срок \`${text}\`: ${ru}`);
  });

  it.each([
    [
      { monday: '09:00-18:00' },
      'Неизвестный день `monday`: допустимы mon, tue, wed, thu, fri, sat, sun, диапазон (mon-fri), список (mon,wed) или daily',
    ],
    [
      { 'mon-fry': '09:00-18:00' },
      'Неизвестный день в `mon-fry`: допустимы mon, tue, wed, thu, fri, sat, sun, диапазон (mon-fri), список (mon,wed) или daily',
    ],
    [{ 'mon,mon': '09:00-18:00' }, 'В `mon,mon` один и тот же день назван дважды'],
    [
      { mon: '9-18' },
      'Неверное время `9-18`: ожидается ЧЧ:ММ-ЧЧ:ММ (09:00-18:00), несколько интервалов через запятую (09:00-13:00, 14:00-18:00) или off',
    ],
    [
      { mon: '' },
      'Рабочие часы не указаны: ожидается ЧЧ:ММ-ЧЧ:ММ (09:00-18:00), несколько интервалов через запятую (09:00-13:00, 14:00-18:00) или off',
    ],
    [
      { mon: 9 as unknown as string },
      'Рабочие часы для `mon` указаны не текстом: ожидается ЧЧ:ММ-ЧЧ:ММ (09:00-18:00), несколько интервалов через запятую (09:00-13:00, 14:00-18:00) или off',
    ],
  ])('schedule/hours from the parser: %j', (spec, ru) => {
    const [p] = parseHours(spec).problems;
    const d = diagnosticOf('schedule/hours', p.message, { kind: 'schedule-problem', code: p.code, values: p.values });
    expect(renderDiagnostic(d, 'en').message).toBe(d.message);
    expect(localDiagnostic(d, 'ru').message).toBe(ru);
  });

  it.each([
    [`<calendar year="2027">${' '.repeat(300 * 1024)}</calendar>`, 'xml', 'Файл календаря больше 256 КБ и не читается'],
    ['"2027"', 'json', 'В файле календаря нет календаря: ожидается элемент <calendar year="…"> (или объект JSON с `year` и `days`)'],
  ] as const)('schedule/calendar-file from the parser: %#', (text, kind, ru) => {
    const [p] = parseCalendarFile(text, kind).problems;
    const d = diagnosticOf('schedule/calendar-file', p.message, { kind: 'schedule-problem', code: p.code, values: p.values });
    expect(renderDiagnostic(d, 'en').message).toBe(d.message);
    expect(localDiagnostic(d, 'ru').message).toBe(ru);
  });

  it('schedule/calendar-year from the parser: not a date', () => {
    const [p] = checkCalendarYear({ year: 2027, holidays: ['2027-02-30'], workingDays: [], shortenedDays: [] });
    const d = diagnosticOf('schedule/calendar-year', p.message, { kind: 'schedule-problem', code: p.code, values: p.values });
    expect(renderDiagnostic(d, 'en').message).toBe(d.message);
    expect(localDiagnostic(d, 'ru').message).toBe('`2027-02-30` — не дата: ожидается формат YYYY-MM-DD');
  });

  it('keeps English where the diagnostic does not carry what the message needs', () => {
    const d: Diagnostic = { file: 'pb/x.yaml', range: FILE_START, severity: 'error', ruleId: 'type/no-match', message: 'ENGLISH' };
    expect(localDiagnostic(d, 'ru')).toBe(d);
    const other = { ...d, ruleId: 'load/binary', data: { kind: 'file-problem' as const, problem: 'something-new' } };
    expect(localDiagnostic(other, 'ru').message).toBe('ENGLISH');
  });
});
