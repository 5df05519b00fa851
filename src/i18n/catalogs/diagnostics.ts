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
    // `{format}` is the schema's format name, `date-time` passed as `datetime` (a select option has no `-`).
    'schema/format': '{value} is not a valid {format, select, datetime {date-time} other {{format}}} for {where}{what}',
    // `shape` says what kind of value it is: the English message has the schema's own words for that, in `what`.
    'schema/pattern': '{value} is not valid for {where}{what}{shape, select, other {}}',
    'schema/value.min-items': '{where} must list at least {limit} item(s)',
    'schema/value.min-length': '{where} must not be empty',
    'schema/value.min-properties': '{where} must have at least {limit} key(s)',
    'schema/value.range': '{value} is out of range for {where}: it must be {comparison} {limit}',

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

    // template/too-*: `{of}` `template` or `partial`, `{id}` its id; `{over}` / `{…Over}` `yes` for a size past what is counted.
    'template.refused': 'The {of, select, partial {partial} other {template}} `{id}` is refused before parsing: {sentence}',
    'template/too-deep.nesting': 'blocks nest more than {limit} levels deep here (the limit is {limit})',
    'template/too-deep.subexpressions': 'sub-expressions `(…)` nest more than {limit} levels deep in this tag (the limit is {limit})',
    'template/too-many-tags.tags': 'the text has more than {limit, number} tags (the limit is {limit, number}); split it into partials',
    'template/too-many-tags.playbook':
      "The playbook's templates and partials hold more than {limit, number} tags together (the limit is {limit, number}); the {of, select, partial {partial} other {template}} `{id}` and the texts after it are not parsed",
    'template/too-large':
      'The {of, select, partial {partial} other {template}} `{id}` expands to {recursive, plural, =1 {at least } other {}}{over, select, yes {more than } other {}}{size, number} characters in the worst case, over the limit of {limit, number}: {reason}',
    'template/too-large.partial':
      'the partial `{partial}`, {includes, plural, =1 {included here} other {included {includes} times (first here)}}{repeated}, makes {partialOver, select, yes {more than } other {}}{partialSize, number} of them',
    'template/too-large.repeated':
      ", repeated up to {repeatOver, select, yes {more than } other {}}{repeat, number} times by the `'{{#each}}'` blocks around it",
    'template/too-large.loops':
      "each `'{{#each}}'` repeats its body up to {loops} times (the most entries a value of the reply context has), and loops nest {depth} deep",
    'template/too-large.own': 'its own text and the partials it includes add up to that',
    'template.in': 'In the {of, select, partial {partial} other {template}} `{id}`: {sentence}',
    // template/helper-argument: `{usage}` the example calls, `{styles}` the styles, joined with `helper.or`.
    'helper.or': '{a} or {b}',
    'helper.nothing': 'nothing',
    'template/helper-argument.too-many-arguments':
      '`{helper}` takes {max, plural, =0 {no arguments} =1 {one argument} other {at most {max} arguments}}, got {got}: {usage}',
    'template/helper-argument.unknown-option': '`{helper}` has no option `{key}=`{count, plural, =0 {} other {; it takes {allowed}}}',
    'template/helper-argument.bad-style': '`{helper}` got the style {style}, expected {styles} (or no style)',
    'template/helper-argument.needs-time': '`formatDate` needs the time to format: {usage}',
    'template/helper-argument.not-a-time':
      '`formatDate` got {value}, which is not a time; expected an ISO 8601 time such as `2026-03-03T10:15:00+03:00` (or the variable `due` or `at`)',
    'template/helper-argument.bad-date-style': '`formatDate` got the style {style}, expected {styles}',
    'template/helper-argument.needs-number': '`plural` needs a number and its word forms: {usage}',
    'template/helper-argument.not-a-number': '`plural` got {value}, which is not a number: {usage}',
    'template/helper-argument.needs-forms': '`plural` needs the word forms after the number: {usage}',
    'template/helper-argument.form-not-text': '`plural` word forms are text, got {value}: {usage}',
    'template/helper-argument.too-many-forms':
      '`plural` takes at most four word forms (ru: one, few, many, fractions; en: one, other), got {got}',
    'template/dynamic-partial.subexpression':
      "A partial named by a sub-expression (`'{{> (…)}}'`) is chosen only when the reply is rendered; include a playbook partial by its id: `'{{> sign-off}}'`",
    'template/dynamic-partial.not-id':
      '`{written}` is not a partial id (a partial id is lowercase letters, digits, `-`, `_` and `.`, in parts separated by `/`); partials come from the playbook, never from files',
    'template/dynamic-partial.literal-not-id':
      '`{written}` is not a partial id (a partial id is lowercase letters, digits, `-`, `_` and `.`, in parts separated by `/`)',
    'template/dynamic-partial.data-name':
      "`{written}` is not a partial id: include a playbook partial by its id (`'{{> sign-off}}'`); `@partial-block` and other `@` names are not supported",
    'template/dynamic-partial.escaped': "`{written}` writes the partial's id with escapes; write it as it is: `'{{> '{partial}'}}'`",
    'template/inline-partial.inline':
      "Inline partials and decorators (`'{{#*inline …}}'`, `'{{* …}}'`) are not supported: define the partial under `partials:` in the playbook",
    'template/prototype-access.prototype':
      "{same, select, yes {`{name}` is} other {`{path}` names `{name}`,}} a property every JavaScript object inherits, not reply data (Handlebars renders nothing for it); use the reply's variables: `author.name`, `brand`, `signals.<id>`, …",

    'yaml/tab-indent': 'A tab is used for indentation; YAML indents with spaces only',
    'yaml/tab-indent.note': 'Replace the tab with spaces (VS Code: "Convert Indentation to Spaces").',

    'test.expectation': 'Sample complaint `{complaint}` ({field}) does not get what it expects',
    'test.expectation.note': 'expected: {expected}\nactual: {actual}',

    'yaml/duplicate-key': 'The key `{key}` appears twice in the same mapping; only the first is used',
    'yaml/duplicate-key.note': 'Remove or rename one of them.',
    'yaml/syntax.multiple-documents': 'The file holds several YAML documents (`---`); a playbook file holds one',
    'yaml/syntax.multiple-documents.note': 'Move the second document into a file of its own.',
    'yaml/alias-limit.nodes': 'Aliases expand to more than {limit} values; this looks like an alias bomb ("billion laughs")',
    'yaml/alias-limit.count':
      'More than {limit} alias references to resolve (aliases inside aliases count each time they expand); this looks like an alias bomb ("billion laughs")',
    'yaml/alias-limit.cycle': 'The alias *{alias} refers to a collection that contains it',
    'yaml/non-string-key': 'A key must be a plain name, not a mapping or a list',

    // Sizes as the loader writes them (`2.0 MB`, `512 bytes`); `{n}` already has the decimal separator.
    'size.mb': '{n} MB',
    'size.kb': '{n} KB',
    'size.bytes': '{n} bytes',
    'size.decimal': '.',
    'load/too-large': 'The file is larger than {limit} ({has}); a playbook file is expected to be a few kilobytes',
    'load/too-large.has': 'it has {size}',
    'load/too-large.more': 'it has more',
    'load/too-large.note': 'Split the playbook into several files, or check that this is the file you meant.',
    'load/too-large.text': 'The text is longer than {limit} characters',
    'load/too-deep.refused': 'Nesting deeper than {limit} levels; replybook refuses the file rather than risk running out of stack',
    'load/too-deep.nesting': 'Nesting deeper than {limit} levels',
    'load/too-deep.parser': 'The file nests too deeply to be parsed',
    'load/binary.nul': 'The file is binary, not YAML text (a NUL byte at byte {offset})',
    'load/binary.utf8': 'The file is not valid UTF-8 text; playbooks must be saved as UTF-8',
    'load/binary.utf8.note': 'Re-save the file as UTF-8 (without converting it from another code page this may be a binary file).',
    'load/empty': 'The file is empty (no YAML content)',
    'load/forbidden-key': 'The key `{name}` is not allowed (it could alter how objects behave); it was ignored',
    'load/orphan-file': 'This YAML file belongs to no playbook (there is no playbook.yaml in its folder or above) and is not checked',
    'load/orphan-file.misnamed': '`{name}` is not read: a playbook is found by a file named exactly `playbook.yaml`',
    'load/unreadable.no-playbook-file': 'The playbook has no {name}',
    // What the project's door (src/node/project-fs.ts) says of a path it refuses (FileRefusalData).
    'load.refused': 'Cannot {verb} the {what}: {reason}',
    'load.what.file': 'file',
    'load.what.folder': 'folder',
    'load.what.path': 'path given',
    'load.what.config': 'configuration file',
    'load.what.snapshot': 'reply snapshot',
    'load.what.snapshot-folder': 'reply snapshot folder',
    'load.reason.not-found': 'it does not exist',
    'load.reason.broken-link': 'it is a symbolic link to something that does not exist',
    'load.reason.not-created': 'it could not be created (ENOENT)',
    'load.reason.link-loop': 'it is a loop of symbolic links (ELOOP)',
    'load.reason.became-link': 'it became a symbolic link while it was being read (ELOOP)',
    'load.reason.path-through-file': 'a part of its path is a file, not a folder (ENOTDIR)',
    'load.reason.folder-eisdir': 'it is a folder, not a file (EISDIR)',
    'load.reason.folder': 'it is a folder, not a file',
    'load.reason.folder-name': 'it is a folder; give a file name',
    'load.reason.not-regular': 'it is not a regular file',
    'load.reason.permission': 'permission denied ({errno})',
    'load.reason.read-only': 'the file system is read-only (EROFS)',
    'load.reason.no-space': 'no space is left on the device (ENOSPC)',
    'load.reason.name-too-long': 'its name is too long (ENAMETOOLONG)',
    'load.reason.failed': 'it could not be {action} ({errno})',
    'load.reason.links-outside': 'it links outside the project (to {to})',
    'load.reason.outside': 'it is outside the project ({root})',
    'load.reason.too-large': 'it is larger than the limit of {limit} bytes',
    'load.reason.file': 'it is a file, not a folder',
    'load.reason.not-folder': 'it exists and is not a folder',
    'load.reason.part-is-file': '{part} is a file, not a folder',
    'load.refused.note.link':
      'replybook reads and writes only inside the project (the folder of replybook.config.yaml, else the git repository, else the folder given); remove the link or make it point inside.',
    'load.refused.note.outside':
      'replybook reads and writes only inside the project (the folder of replybook.config.yaml, else the git repository, else the folder given); a playbook may not reach outside it.',
    'load.refused.note.read':
      'replybook reads only inside the project (the git repository, or the working folder outside git); remove the link or make it point inside.',
    // What the simulator (src/tui) says of the folder it is given.
    'load/missing': 'No such folder: {dir}',
    'load/empty.no-files': 'No playbook files (.yaml) in {dir}',
    'load/no-playbook': 'No playbook (a folder with playbook.yaml) in {dir}',

    'playbook/missing-key': 'playbook.yaml has no `{key}`; it must hold {list}',
    'playbook/root-key-elsewhere': '`{key}` belongs in playbook.yaml; here it is ignored',
    'playbook/duplicate-section': '`{key}` is defined in more than one file; it must be defined once',

    'schedule/timezone': 'Unknown time zone `{zone}`, expected an IANA time zone such as `Europe/Moscow` or `Asia/Vladivostok`',
    'schedule/no-hours': 'The schedule has no working hours on any day; business-time deadlines would never arrive',
    'schedule/conflict': '{date} is listed both as a holiday and as a working day; it is treated as a working day',
    'schedule/calendar-year.twice': "{year} is supplied twice; a year's calendar is given once (in calendar_years or in one file)",
    'schedule/calendar-year.related': 'first supplied here',
    // schedule/duration and schedule/hours: the parsers' problems (ScheduleProblemData, src/deadline/duration.ts and hours.ts).
    'schedule/duration': '`{input}` is not a valid duration: {error}',
    'schedule/duration.note':
      'Durations: `30m`, `2h`, `3d`, `4 business hours`, `1 business day`, `end of business day`, `end of next business day`.',
    'schedule.duration.expected':
      'expected a number with a unit (30m, 2h, 90 minutes, 3d, 2 часа), working time (4 business hours, 1 business day, 2 business days, 4 рабочих часа, 1 рабочий день), `end of business day` or `end of next business day` (конец рабочего дня, конец следующего рабочего дня)',
    'schedule.duration.empty': 'Empty duration: {expected}',
    'schedule.duration.unknown': 'Unknown duration «{text}»: {expected}',
    'schedule.duration.unknown-business':
      'Unknown working-time duration «{text}»: expected «N business hours», «N business minutes» or «N business days» (4 рабочих часа, 1 рабочий день)',
    'schedule.duration.business-days': 'Bad duration «{text}»: expected a whole number of business days from 1 to {max}',
    'schedule.duration.whole-minutes': 'Bad duration «{text}»: expected a whole number of minutes (1.5h is fine, 0.01h is not)',
    'schedule.duration.not-positive': 'Bad duration «{text}»: expected a time greater than zero',
    'schedule.duration.too-long': 'Bad duration «{text}»: expected at most 366 days',
    'schedule.hours.expectedKey': 'expected mon, tue, wed, thu, fri, sat, sun, a range (mon-fri), a list (mon,wed) or daily',
    'schedule.hours.expectedValue': 'expected HH:MM-HH:MM (09:00-18:00), several separated by commas (09:00-13:00, 14:00-18:00), or off',
    'schedule.hours.unknown-day-in': 'Unknown day in `{key}`: {expected}',
    'schedule.hours.unknown-day': 'Unknown day `{day}`: {expected}',
    'schedule.hours.day-twice': 'Day named twice in `{key}`',
    'schedule.hours.not-text': 'Hours of `{key}` are not text: {expected}',
    'schedule.hours.empty': 'Empty hours: {expected}',
    'schedule.hours.bad-time': 'Bad time `{part}`: {expected}',
    'schedule.hours.empty-interval': 'Empty interval `{part}`: start and end are the same (a whole day is 00:00-24:00)',
    'schedule.hours.overnight':
      'End before start in `{part}`: an interval crossing midnight may last at most 12 hours (this one would last {hours} h); write the start first ({swapped})',
    'schedule.hours.already-set': '`{day}` is already set by `{key}`',
    'schedule.hours.overlap': 'Overlapping hours on `{day}`: {interval} overlaps {other} (from `{key}`)',
    // schedule/calendar, schedule/calendar-year, schedule/calendar-file: src/deadline/calendars.ts and calendar-file.ts.
    'schedule/calendar.note':
      'replybook’s own calendar is `ru` (with transfers and shortened days); other countries are lower-case ISO codes: `us`, `gb`, `de`, `kz`, `by`, `de-by`.',
    'schedule.calendar.no-library': 'Country calendars are not available: the holiday library was not loaded (a bug in replybook)',
    'schedule.calendar.unknown-calendar': 'Unknown calendar `{id}`: expected `ru` or a country code that date-holidays knows',
    'schedule.calendar.unknown-region':
      'Unknown region `{id}` of {country}: {states, select, none {date-holidays knows no states of it; use the country code alone} other {expected one of the states date-holidays knows}}',
    'schedule.calendar-year.not-a-date': '`{date}` is not a date: expected YYYY-MM-DD',
    'schedule.calendar-year.other-year': '{date} is not in {year}: a calendar year lists only its own dates',
    'schedule.calendar-year.off-and-working':
      '{date} is both a day off and a {list, select, working {working} other {shortened working}} day: list it once',
    'schedule.calendar-file.not-read': 'The calendar file `{ref}` ({path}) was not read: check the path, relative to the playbook folder',
    'schedule.calendar-file.unreadable': 'The calendar file `{ref}` cannot be read: {error}',
    'schedule.calendar-file.too-large': 'The calendar file is larger than {kib} KiB and is not read',
    'schedule.calendar-file.xml': 'The calendar file is not well-formed XML: {error}',
    'schedule.calendar-file.json': 'The calendar file is not valid JSON: {error}',
    'schedule.calendar-file.no-calendar':
      'The calendar file has no calendar: {reason, select, days {expected `days` to be a list of days} other {expected a <calendar year="…"> element (or a JSON object with `year` and `days`)}}',
    'schedule.calendar-file.bad-year': "The calendar's year `{year}` is not a year from 1970 to 2999",
    'schedule.calendar-file.bad-day': 'Day `{day}` of {year} is not a date: expected MM.DD (01.07 is 7 January)',
    'schedule.calendar-file.bad-kind':
      'Day {day} of {year} has kind t="{kind}": expected 1 (a day off), 2 (a shortened day) or 3 (a working weekend)',
    'schedule.calendar-file.no-year': 'The calendar file holds no year',
    'schedule/calendar-file.related': 'referenced here',
    // schedule/calendar-coverage, schedule/calendar-provisional: src/deadline/coverage.ts, for a sample complaint or now (`sim`).
    'schedule.coverage.complaint': "The complaint's time {at}: {sentence}",
    'schedule.coverage.now': 'Now ({at}): {sentence}',
    'schedule.coverage.uncovered':
      '{year} lies outside the years the production calendar covers ({covered}): deadlines in {year} are computed without its holidays, as plain weeks',
    'schedule.coverage.ru': 'ru covers {years}',
    'schedule.coverage.ruProvisional': ' ({years} provisional)',
    'schedule.coverage.library': '{id} covers every year (public holidays from date-holidays)',
    'schedule.coverage.supplied': 'the playbook supplies {years}',
    'schedule.coverage.none': 'no production calendar',
    'schedule.coverage.provisional':
      "{year} is provisional in calendar {calendars}: its public holidays and shortened days come from the Labour Code alone, without the Government decree's transfers of days off",
    'schedule.coverage.hint':
      'Supply the year in `schedule.calendar_years` or a calendar file (`schedule.calendar_files`); docs/deadlines.md says how.',
    'schedule.coverage.hint.provisional':
      'Once the decree for {year} is published, supply its transfers: supply the year in `schedule.calendar_years` or a calendar file (`schedule.calendar_files`); docs/deadlines.md says how.',

    'complaint.too-long':
      "The complaint's `{field}` is {count, plural, other {# characters}}, longer than the {limit, plural, other {#}} replybook matches ({limitName}); the engine would not match it",
    'complaint/text-too-long.note': 'A real review is a few thousand characters: shorten the sample to the part that matters.',
    'complaint/field-too-long.note': 'Shorten it: no platform shows a name or an id this long.',

    'type/no-match': 'The type `{id}` has no `match`; give it a condition, or mark it `fallback: true`',
    'type/fallback-not-last': 'The fallback type `{id}` must be the last type; {count} type(s) follow it and can never match',
    'type/multiple-fallbacks': '`{id}` is a second fallback type; `{first}` already is one, and there can be only one',
    'type/multiple-fallbacks.related': 'the first fallback',
    'voice/multiple-default': 'The voice `{id}` is marked default, but `{first}` already is; exactly one voice may be the default',
    'voice/multiple-default.related': 'the first default voice',

    'template/missing-holding': "The escalation `{id}` asks for a holding reply, but no template has `when: '{' holding: true '}'`",
    'template/partial-recursion': 'The partial `{id}` includes itself; a partial cannot include itself, directly or through others',
    'template/partial-recursion.through':
      'The partial `{id}` includes itself through {path}; a partial cannot include itself, directly or through others',

    'config/unknown-rule': 'Unknown rule `{name}`, expected one of the rules `replybook rules` lists{suggestion}',
    'config/rule-options': 'The rule `{id}` takes no options; give its severity alone (`{id}: {level}`)',
    'config/unused-directive':
      'Unused `replybook-{directive}` directive: no {what} {place, select, next {on the next line} other {after it}} to silence',
    'config/unused-directive.any': 'problem',
    'config/unused-directive.rules': '{rules} problem',
    'config/unused-directive.note': 'Remove the directive, or the rule ids it no longer needs.',

    'internal/check-failed':
      'The check `{check}` failed: {error}. This is a bug in replybook; please report it with the playbook that triggers it.',
    'internal/check-failed.schema':
      'Validating the file against the {schema} schema failed: {error}. This is a bug in replybook; please report it.',

    // regex/*: a pattern's problem (PatternProblemData); `{pattern}` is the pattern as shown (60 characters at most).
    'regex.too-long':
      'The regular expression is {length, number} characters long; the limit is {limit, number} (for a list of words, use `words` or a lexicon)',
    'regex.unknown-flags': 'Unknown regular expression flag{count, plural, =1 {} other {s}} {flags}; expected `i`, `m`, `s` or `u`',
    'regex.invalid': 'Invalid regular expression `{pattern}` (read as JavaScript with the `u` flag): {error}',
    'regex.nests-too-deeply': 'The regular expression nests groups too deeply for the linear-time engine (at most 1,000 levels)',
    'regex.re2-too-large': 'The regular expression is too large for the linear-time engine: {error}',
    'regex.re2-unsupported': 'The linear-time engine cannot run this regular expression: {error}',
    'regex.program-too-large':
      'The regular expression `{pattern}` compiles to {size, number} instructions; the limit is {limit, number} (for a list of words, use `words` or a lexicon)',
    'regex.playbook-too-large':
      "The playbook's regular expressions compile to more than {limit, number} instructions together with `{pattern}` ({before, number} before it, {size, number} for it); for lists of words, use `words` or a lexicon",
    'regex.in': 'In `{pattern}`, {sentence}',
    'regex.script-extensions': "`{text}` (script extensions) is not supported by the linear-time engine; use `\\p'{'Script={value}'}'`",
    'regex.unknown-property':
      "the Unicode property `{text}` is not known to the linear-time engine; it knows general categories (`\\p'{'L'}'`, `\\p'{'Lu'}'`, `\\p'{'N'}'`…), scripts by their full name (`\\p'{'Script=Cyrillic'}'`) and binary properties such as `\\p'{'White_Space'}'`",
    'regex.lone-surrogate':
      "`{text}` is half of a surrogate pair: the linear-time engine matches whole characters; write the character itself or `\\u'{'…'}'` with its code point",
    'regex.backreference':
      'the backreference `{text}` is not supported: no linear-time engine can match a repeat of captured text; match the text itself (or use two conditions)',
    'regex.capture-in-lookbehind':
      'a capture group inside a lookbehind is not supported: the linear-time engine runs lookbehinds without captures; write `(?:…)`',
    'regex.lookahead':
      'the lookahead `{text}` is not supported: the linear-time engine (RE2) cannot look ahead; {form, select, trailing {it ends the pattern, so `{replacement}` in its place holds for the same texts (the match then also covers what it looked at)} single {it ends the pattern, so `{replacement}` in its place holds for the same texts (the match then also covers the next character){hint}} other {match what must follow as part of the pattern instead{hint}}}',
    'regex.lookahead.word':
      '; for a whole word in any script (not next to a letter, digit or `_`), drop the lookarounds and set `word: true` (docs/playbook-format.md#regular-expressions)',
    'regex.repeat-too-large':
      'the repetition `{text}` counts past {max}, the most the linear-time engine allows; repeat a group instead or match fewer',
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
    'schema/format':
      'В {where} указано {value} — это {format, select, date {недопустимая дата (ожидается ГГГГ-ММ-ДД)} datetime {недопустимое время (ожидается время ISO 8601 со смещением, например 2026-03-02T10:15:00+03:00)} other {недопустимое значение формата {format}{what}}}',
    'schema/pattern':
      'В {where} указано {value} — {shape, select, duration {это не срок: пишут 30m, 2h, 2 часа, 4 рабочих часа, 1 рабочий день, конец рабочего дня или конец следующего рабочего дня (по-английски: 4 business hours, 1 business day, end of business day), строчными буквами} date {это не дата: пишут ГГГГ-ММ-ДД} datetime {это не время: пишут время ISO 8601 со смещением, например 2026-03-02T10:15:00+03:00} id {это не id: в id только строчные латинские буквы, цифры, - и _} hours {это не рабочие часы: пишут "09:00-18:00" или несколько интервалов "09:00-13:00, 14:00-18:00"} calendar {это не производственный календарь: `ru` (календарь replybook с переносами и сокращёнными днями) или код страны строчными буквами (us, gb, de, kz, by; de-by — для земли)} calendarfile {это не файл календаря: путь от папки playbook, оканчивающийся на .xml или .json} flags {это не флаги: допустимы i, m, s, u} timezone {это не часовой пояс IANA, например Europe/Moscow} other {значение не подходит{what}}}',
    'schema/value.min-items': 'В {where} должно быть не меньше {limit, plural, one {# элемента} other {# элементов}}',
    'schema/value.min-length': 'Значение в {where} не должно быть пустым',
    'schema/value.min-properties': 'В {where} должно быть не меньше {limit, plural, one {# ключа} other {# ключей}}',
    'schema/value.range': 'В {where} указано {value} — значение вне допустимого диапазона: оно должно быть {comparison} {limit}',

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

    'template.refused': '{of, select, partial {Партиал} other {Шаблон}} `{id}` отклонён ещё до разбора: {sentence}',
    'template/too-deep.nesting':
      'блоки здесь вложены глубже {limit, plural, one {# уровня} other {# уровней}} (допустимо не больше {limit})',
    'template/too-deep.subexpressions':
      'подвыражения `(…)` в этом теге вложены глубже {limit, plural, one {# уровня} other {# уровней}} (допустимо не больше {limit})',
    'template/too-many-tags.tags':
      'в тексте больше {limit, plural, one {# тега} other {# тегов}} (допустимо не больше {limit, number}); разделите его на партиалы',
    'template/too-many-tags.playbook':
      'В шаблонах и партиалах playbook вместе больше {limit, plural, one {# тега} other {# тегов}} (допустимо не больше {limit, number}); {of, select, partial {партиал} other {шаблон}} `{id}` и тексты после него не разбираются',
    'template/too-large':
      '{of, select, partial {Партиал} other {Шаблон}} `{id}` в худшем случае разворачивается {over, select, yes {больше чем } other {{recursive, plural, =1 {не меньше чем } other {}}}}в {size, plural, one {# символ} few {# символа} many {# символов} other {# символа}} — больше лимита {limit, number}: {reason}',
    'template/too-large.partial':
      '{partialOver, select, yes {больше } other {}}{partialSize, number} из них даёт партиал `{partial}`, {includes, plural, =1 {включённый здесь} other {включённый {includes, plural, one {# раз} few {# раза} many {# раз} other {# раза}} (впервые здесь)}}{repeated}',
    'template/too-large.repeated':
      ", который блоки `'{{#each}}'` вокруг него повторяют до {repeatOver, select, yes {более чем } other {}}{repeat, plural, one {# раза} other {# раз}}",
    'template/too-large.loops':
      "каждый `'{{#each}}'` повторяет своё содержимое до {loops, plural, one {# раза} other {# раз}} (наибольшее число записей у значения контекста ответа), а циклы вложены на глубину {depth}",
    'template/too-large.own': 'столько дают его собственный текст и партиалы, которые он включает',
    'template.in': 'В {of, select, partial {партиале} other {шаблоне}} `{id}`: {sentence}',
    'helper.or': '{a} или {b}',
    'helper.nothing': 'пустое значение',
    'template/helper-argument.too-many-arguments':
      '`{helper}` {max, plural, =0 {не принимает аргументов} =1 {принимает один аргумент} other {принимает не больше {max} аргументов}}, а передано {got}: {usage}',
    'template/helper-argument.unknown-option': 'у `{helper}` нет параметра `{key}=`{count, plural, =0 {} other {; он принимает {allowed}}}',
    'template/helper-argument.bad-style': 'для `{helper}` указан стиль {style}, а допустимы только {styles}; стиль можно и не указывать',
    'template/helper-argument.needs-time': 'для `formatDate` нужно указать время: {usage}',
    'template/helper-argument.not-a-time':
      'в `formatDate` передано {value} — это не время; ожидается время ISO 8601, например `2026-03-03T10:15:00+03:00` (или переменная `due` либо `at`)',
    'template/helper-argument.bad-date-style': 'для `formatDate` указан стиль {style}, а допустимы только {styles}',
    'template/helper-argument.needs-number': 'для `plural` нужно указать число и формы слова: {usage}',
    'template/helper-argument.not-a-number': 'в `plural` передано {value} — это не число: {usage}',
    'template/helper-argument.needs-forms': 'для `plural` нужно указать формы слова после числа: {usage}',
    'template/helper-argument.form-not-text': 'формы слова в `plural` должны быть текстом, а передано {value}: {usage}',
    'template/helper-argument.too-many-forms':
      '`plural` принимает не больше четырёх форм слова (ru: one, few, many, дробные; en: one, other), а передано {got}',
    'template/dynamic-partial.subexpression':
      "партиал, заданный подвыражением (`'{{> (…)}}'`), выбирается только при формировании ответа; включайте партиал playbook по его id: `'{{> sign-off}}'`",
    'template/dynamic-partial.not-id':
      '`{written}` — не id партиала (id партиала состоит из строчных латинских букв, цифр, `-`, `_` и `.`, части разделяются `/`); партиалы берутся из playbook, а не из файлов',
    'template/dynamic-partial.literal-not-id':
      '`{written}` — не id партиала (id партиала состоит из строчных латинских букв, цифр, `-`, `_` и `.`, части разделяются `/`)',
    'template/dynamic-partial.data-name':
      "`{written}` — не id партиала: включайте партиал playbook по его id (`'{{> sign-off}}'`); `@partial-block` и другие имена с `@` не поддерживаются",
    'template/dynamic-partial.escaped': "id партиала в `{written}` записан с экранированием; напишите его как есть: `'{{> '{partial}'}}'`",
    'template/inline-partial.inline':
      "встроенные партиалы и декораторы (`'{{#*inline …}}'`, `'{{* …}}'`) не поддерживаются: определите партиал в разделе `partials:` playbook",
    'template/prototype-access.prototype':
      '{same, select, yes {`{name}` — свойство, которое наследует любой объект JavaScript, а не данные ответа} other {`{path}` обращается к `{name}` — свойству, которое наследует любой объект JavaScript, а не к данным ответа}} (Handlebars выводит для него пустую строку); используйте переменные ответа: `author.name`, `brand`, `signals.<id>`, …',

    'yaml/tab-indent': 'Для отступа использована табуляция; в YAML отступы делают только пробелами',
    'yaml/tab-indent.note': 'Замените табуляцию пробелами (VS Code: «Convert Indentation to Spaces»).',

    'test.expectation': 'Пример жалобы `{complaint}` ({field}) получает не то, что ожидает',
    'test.expectation.note': 'ожидалось: {expected}\nполучено: {actual}',

    'yaml/duplicate-key': 'Ключ `{key}` встречается в одном словаре дважды; используется только первый',
    'yaml/duplicate-key.note': 'Удалите один из них или переименуйте.',
    'yaml/syntax.multiple-documents': 'В файле несколько документов YAML (`---`); в файле playbook должен быть один',
    'yaml/syntax.multiple-documents.note': 'Перенесите второй документ в отдельный файл.',
    'yaml/alias-limit.nodes':
      'Алиасы разворачиваются больше чем в {limit, plural, one {# значение} few {# значения} many {# значений} other {# значения}}; похоже на алиасную бомбу («billion laughs»)',
    'yaml/alias-limit.count':
      'Нужно разрешить больше {limit, plural, one {# алиаса} other {# алиасов}} (алиас внутри алиаса считается при каждом развёртывании); похоже на алиасную бомбу («billion laughs»)',
    'yaml/alias-limit.cycle': 'Алиас *{alias} ссылается на коллекцию, в которой находится сам',
    'yaml/non-string-key': 'Ключ должен быть простым именем, а не словарём или списком',

    'size.mb': '{n} МБ',
    'size.kb': '{n} КБ',
    'size.bytes': '{n, plural, one {# байт} few {# байта} many {# байт} other {# байта}}',
    'size.decimal': ',',
    'load/too-large': 'Файл больше {limit} ({has}); файл playbook обычно занимает несколько килобайт',
    'load/too-large.has': 'в нём {size}',
    'load/too-large.more': 'в нём больше',
    'load/too-large.note': 'Разделите playbook на несколько файлов или проверьте, тот ли это файл.',
    'load/too-large.text': 'Текст длиннее {limit, plural, one {# символа} other {# символов}}',
    'load/too-deep.refused':
      'Вложенность глубже {limit, plural, one {# уровня} other {# уровней}}; replybook не читает такой файл, чтобы не переполнить стек',
    'load/too-deep.nesting': 'Вложенность глубже {limit, plural, one {# уровня} other {# уровней}}',
    'load/too-deep.parser': 'Вложенность в файле слишком глубокая, его невозможно разобрать',
    'load/binary.nul': 'Файл двоичный, а не текст YAML (нулевой байт на позиции {offset})',
    'load/binary.utf8': 'Файл не является текстом в UTF-8; файлы playbook сохраняют в UTF-8',
    'load/binary.utf8.note':
      'Сохраните файл заново в кодировке UTF-8 (если он не переводится ни из одной другой кодировки, возможно, это двоичный файл).',
    'load/empty': 'Файл пуст (в нём нет содержимого YAML)',
    'load/forbidden-key': 'Ключ `{name}` недопустим (он может изменить поведение объектов); он пропущен',
    'load/orphan-file': 'Этот файл YAML не относится ни к одному playbook (ни в его папке, ни выше нет playbook.yaml) и не проверяется',
    'load/orphan-file.misnamed': 'Файл `{name}` не читается: playbook находят по файлу с именем ровно `playbook.yaml`',
    'load/unreadable.no-playbook-file': 'В playbook нет файла {name}',
    'load.refused': 'Не удаётся {verb, select, write {записать} remove {удалить} list {просмотреть} other {прочитать}} {what}: {reason}',
    'load.what.file': 'файл',
    'load.what.folder': 'папку',
    'load.what.path': 'указанный путь',
    'load.what.config': 'файл конфигурации',
    'load.what.snapshot': 'снимок ответа',
    'load.what.snapshot-folder': 'папку снимков ответов',
    'load.reason.not-found': 'такого пути нет',
    'load.reason.broken-link': 'это символическая ссылка на несуществующий путь',
    'load.reason.not-created': 'не удалось создать (ENOENT)',
    'load.reason.link-loop': 'символические ссылки образуют цикл (ELOOP)',
    'load.reason.became-link': 'пока файл читали, на его месте появилась символическая ссылка (ELOOP)',
    'load.reason.path-through-file': 'часть пути — файл, а не папка (ENOTDIR)',
    'load.reason.folder-eisdir': 'это папка, а не файл (EISDIR)',
    'load.reason.folder': 'это папка, а не файл',
    'load.reason.folder-name': 'это папка; укажите имя файла',
    'load.reason.not-regular': 'это не обычный файл',
    'load.reason.permission': 'нет доступа ({errno})',
    'load.reason.read-only': 'файловая система доступна только для чтения (EROFS)',
    'load.reason.no-space': 'на устройстве не осталось места (ENOSPC)',
    'load.reason.name-too-long': 'слишком длинное имя (ENAMETOOLONG)',
    'load.reason.failed': '{action, select, written {записать} other {прочитать}} не удалось ({errno})',
    'load.reason.links-outside': 'это ссылка за пределы проекта (на {to})',
    'load.reason.outside': 'путь вне проекта ({root})',
    'load.reason.too-large': 'размер больше предела в {limit, plural, one {# байт} few {# байта} many {# байт} other {# байта}}',
    'load.reason.file': 'это файл, а не папка',
    'load.reason.not-folder': 'путь существует, но это не папка',
    'load.reason.part-is-file': '{part} — файл, а не папка',
    'load.refused.note.link':
      'replybook читает и записывает файлы только внутри проекта (в папке replybook.config.yaml, иначе в репозитории git, иначе в указанной папке); удалите ссылку или направьте её внутрь проекта.',
    'load.refused.note.outside':
      'replybook читает и записывает файлы только внутри проекта (в папке replybook.config.yaml, иначе в репозитории git, иначе в указанной папке); playbook не может обращаться к файлам за его пределами.',
    'load.refused.note.read':
      'replybook читает файлы только внутри проекта (в репозитории git, а вне git — в рабочей папке); удалите ссылку или направьте её внутрь проекта.',
    'load/missing': 'Папка не найдена: {dir}',
    'load/empty.no-files': 'В {dir} нет файлов playbook (.yaml)',
    'load/no-playbook': 'В {dir} нет playbook (папки с playbook.yaml)',

    'playbook/missing-key': 'В playbook.yaml нет `{key}`; в нём должны быть {list}',
    'playbook/root-key-elsewhere': '`{key}` указывают в playbook.yaml; здесь он не учитывается',
    'playbook/duplicate-section': 'Раздел `{key}` определён в нескольких файлах; его определяют один раз',

    'schedule/timezone': 'Неизвестный часовой пояс `{zone}`; ожидается часовой пояс IANA, например `Europe/Moscow` или `Asia/Vladivostok`',
    'schedule/no-hours': 'В расписании нет рабочих часов ни в один день; сроки в рабочем времени никогда не наступят',
    'schedule/conflict': 'Дата {date} указана и среди выходных, и среди рабочих дней; она считается рабочим днём',
    'schedule/calendar-year.twice':
      'Календарь на {year} год указан дважды; календарь года задают один раз (в calendar_years или в одном файле)',
    'schedule/calendar-year.related': 'впервые указан здесь',
    'schedule/duration': 'Недопустимый срок `{input}`: {error}',
    'schedule/duration.note':
      'Примеры сроков: `30m`, `2h`, `3d`, `4 рабочих часа`, `1 рабочий день`, `конец рабочего дня`, `конец следующего рабочего дня` (или по-английски: `4 business hours`, `1 business day`, `end of business day`).',
    'schedule.duration.expected':
      'ожидается число с единицей измерения (30m, 2h, 90 minutes, 3d, 2 часа), рабочее время (4 business hours, 1 business day, 2 business days, 4 рабочих часа, 1 рабочий день), `end of business day` или `end of next business day` (конец рабочего дня, конец следующего рабочего дня)',
    'schedule.duration.empty': 'срок не указан; {expected}',
    'schedule.duration.unknown': 'запись «{text}» не распознана; {expected}',
    'schedule.duration.unknown-business':
      'срок в рабочем времени «{text}» не распознан; ожидается «N business hours», «N business minutes» или «N business days» (4 рабочих часа, 1 рабочий день)',
    'schedule.duration.business-days': 'в «{text}» число рабочих дней должно быть целым, от 1 до {max}',
    'schedule.duration.whole-minutes': 'в «{text}» должно получаться целое число минут (1.5h допустимо, 0.01h — нет)',
    'schedule.duration.not-positive': 'срок «{text}» должен быть больше нуля',
    'schedule.duration.too-long': 'срок «{text}» должен быть не больше 366 дней',
    'schedule.hours.expectedKey': 'допустимы mon, tue, wed, thu, fri, sat, sun, диапазон (mon-fri), список (mon,wed) или daily',
    'schedule.hours.expectedValue':
      'ожидается ЧЧ:ММ-ЧЧ:ММ (09:00-18:00), несколько интервалов через запятую (09:00-13:00, 14:00-18:00) или off',
    'schedule.hours.unknown-day-in': 'Неизвестный день в `{key}`: {expected}',
    'schedule.hours.unknown-day': 'Неизвестный день `{day}`: {expected}',
    'schedule.hours.day-twice': 'В `{key}` один и тот же день назван дважды',
    'schedule.hours.not-text': 'Рабочие часы для `{key}` указаны не текстом: {expected}',
    'schedule.hours.empty': 'Рабочие часы не указаны: {expected}',
    'schedule.hours.bad-time': 'Неверное время `{part}`: {expected}',
    'schedule.hours.empty-interval': 'Пустой интервал `{part}`: начало и конец совпадают (весь день — 00:00-24:00)',
    'schedule.hours.overnight':
      'Конец раньше начала в `{part}`: интервал через полночь может длиться не больше 12 часов (этот длился бы {hours, number} ч); укажите сначала начало ({swapped})',
    'schedule.hours.already-set': 'День `{day}` уже задан ключом `{key}`',
    'schedule.hours.overlap': 'Рабочие часы дня `{day}` пересекаются: {interval} накладывается на {other} (задано в `{key}`)',
    'schedule/calendar.note':
      'Собственный календарь replybook — `ru` (с переносами выходных и сокращёнными днями); календари других стран задают кодами ISO строчными буквами: `us`, `gb`, `de`, `kz`, `by`, `de-by`.',
    'schedule.calendar.no-library': 'Календари стран недоступны: библиотека праздников не загружена (это ошибка в replybook)',
    'schedule.calendar.unknown-calendar': 'Неизвестный календарь `{id}`: допустимы `ru` и коды стран, которые знает date-holidays',
    'schedule.calendar.unknown-region':
      'Неизвестный регион `{id}` (страна: {country}): {states, select, none {date-holidays не знает регионов этой страны; укажите только код страны} other {допустимы регионы, которые знает date-holidays}}',
    'schedule.calendar-year.not-a-date': '`{date}` — не дата: ожидается формат YYYY-MM-DD',
    'schedule.calendar-year.other-year': 'Дата {date} не относится к {year} году: в календаре года указывают только его собственные даты',
    'schedule.calendar-year.off-and-working':
      'Дата {date} указана и как выходной, и как {list, select, working {рабочий} other {сокращённый рабочий}} день: укажите её один раз',
    'schedule.calendar-file.not-read':
      'Файл календаря `{ref}` ({path}) не прочитан: проверьте путь (он указывается относительно папки playbook)',
    'schedule.calendar-file.unreadable': 'Файл календаря `{ref}` не удаётся прочитать: {error}',
    'schedule.calendar-file.too-large': 'Файл календаря больше {kib} КБ и не читается',
    'schedule.calendar-file.xml': 'Файл календаря не является корректным XML: {error}',
    'schedule.calendar-file.json': 'Файл календаря не является корректным JSON: {error}',
    'schedule.calendar-file.no-calendar':
      'В файле календаря нет календаря: {reason, select, days {`days` должен быть списком дней} other {ожидается элемент <calendar year="…"> (или объект JSON с `year` и `days`)}}',
    'schedule.calendar-file.bad-year': 'Год календаря `{year}` должен быть числом от 1970 до 2999',
    'schedule.calendar-file.bad-day': 'День `{day}` {year} года не является датой: ожидается ММ.ДД (01.07 — 7 января)',
    'schedule.calendar-file.bad-kind':
      'У дня {day} {year} года тип t="{kind}": ожидается 1 (выходной), 2 (сокращённый день) или 3 (рабочий выходной)',
    'schedule.calendar-file.no-year': 'В файле календаря нет ни одного года',
    'schedule/calendar-file.related': 'файл указан здесь',
    'schedule.coverage.complaint': 'Время примера жалобы ({at}): {sentence}',
    'schedule.coverage.now': 'Сейчас ({at}): {sentence}',
    'schedule.coverage.uncovered':
      '{year} год вне лет, которые знает производственный календарь ({covered}): сроки в {year} году считаются без его праздников, как обычные недели',
    'schedule.coverage.ru': 'ru: {years}',
    'schedule.coverage.ruProvisional': ', {years} — предварительно',
    'schedule.coverage.library': '{id}: все годы, государственные праздники из date-holidays',
    'schedule.coverage.supplied': 'заданные в playbook: {years}',
    'schedule.coverage.none': 'производственный календарь не задан',
    'schedule.coverage.provisional':
      '{year} год в календаре {calendars} предварительный: праздники и сокращённые дни взяты только из Трудового кодекса, без переносов выходных по постановлению Правительства',
    'schedule.coverage.hint':
      'Задайте этот год в `schedule.calendar_years` или в файле календаря (`schedule.calendar_files`); как это сделать, описано в docs/deadlines.md.',
    'schedule.coverage.hint.provisional':
      'Когда выйдет постановление на {year} год, внесите его переносы: задайте год в `schedule.calendar_years` или в файле календаря (`schedule.calendar_files`); как это сделать, описано в docs/deadlines.md.',

    'complaint.too-long':
      'Поле `{field}` примера жалобы длиной {count, plural, one {# символ} few {# символа} many {# символов} other {# символа}} — больше {limit, plural, one {# символа} other {# символов}}, которые сопоставляет replybook ({limitName}); движок не станет его сопоставлять',
    'complaint/text-too-long.note': 'Настоящий отзыв занимает несколько тысяч символов: сократите пример до той части, которая важна.',
    'complaint/field-too-long.note': 'Сократите его: ни одна площадка не показывает такие длинные имена и id.',

    'type/no-match': 'У типа `{id}` нет `match`; задайте ему условие или отметьте его `fallback: true`',
    'type/fallback-not-last':
      'Запасной тип `{id}` должен быть последним; после него {count, plural, one {идёт # тип, который никогда не подойдёт} few {идут # типа, которые никогда не подойдут} many {идут # типов, которые никогда не подойдут} other {идут # типа, которые никогда не подойдут}}',
    'type/multiple-fallbacks': '`{id}` — второй запасной тип: запасной тип уже есть (`{first}`), а он может быть только один',
    'type/multiple-fallbacks.related': 'первый запасной тип',
    'voice/multiple-default':
      'Голос `{id}` отмечен как голос по умолчанию, но им уже отмечен `{first}`; голос по умолчанию может быть только один',
    'voice/multiple-default.related': 'первый голос по умолчанию',

    'template/missing-holding': "Эскалация `{id}` требует промежуточного ответа, но ни у одного шаблона нет `when: '{' holding: true '}'`",
    'template/partial-recursion': 'Партиал `{id}` включает сам себя; партиал не может включать себя ни напрямую, ни через другие',
    'template/partial-recursion.through':
      'Партиал `{id}` включает сам себя через {path}; партиал не может включать себя ни напрямую, ни через другие',

    'config/unknown-rule': 'Неизвестное правило `{name}`; допустимы правила, которые перечисляет `replybook rules`{suggestion}',
    'config/rule-options': 'Правило `{id}` не принимает параметров; укажите только его уровень (`{id}: {level}`)',
    'config/unused-directive':
      'Директива `replybook-{directive}` ничего не заглушает: {place, select, next {на следующей строке} other {после неё}} нет {what}',
    'config/unused-directive.any': 'проблем',
    'config/unused-directive.rules': 'проблем {rules}',
    'config/unused-directive.note': 'Удалите директиву или id правил, которые ей больше не нужны.',

    'internal/check-failed':
      'Проверка `{check}` завершилась с ошибкой: {error}. Это ошибка в replybook; сообщите о ней, приложив playbook, на котором она возникает.',
    'internal/check-failed.schema':
      'Проверка файла по схеме {schema} завершилась с ошибкой: {error}. Это ошибка в replybook; сообщите о ней.',

    'regex.too-long':
      'Регулярное выражение длиной {length, plural, one {# символ} few {# символа} many {# символов} other {# символа}}; допустимо не больше {limit, number} (для списка слов используйте `words` или словарь)',
    'regex.unknown-flags':
      '{count, plural, =1 {Неизвестный флаг} other {Неизвестные флаги}} регулярного выражения: {flags}; допустимы `i`, `m`, `s` и `u`',
    'regex.invalid': 'Недопустимое регулярное выражение `{pattern}` (читается как JavaScript с флагом `u`): {error}',
    'regex.nests-too-deeply':
      'В регулярном выражении группы вложены слишком глубоко для движка с линейным временем (допустимо не больше 1\u00a0000 уровней)',
    'regex.re2-too-large': 'Регулярное выражение слишком велико для движка с линейным временем: {error}',
    'regex.re2-unsupported': 'Движок с линейным временем не может выполнить это регулярное выражение: {error}',
    'regex.program-too-large':
      'Регулярное выражение `{pattern}` компилируется в {size, plural, one {# инструкцию} few {# инструкции} many {# инструкций} other {# инструкции}}; допустимо не больше {limit, number} (для списка слов используйте `words` или словарь)',
    'regex.playbook-too-large':
      'Вместе с `{pattern}` регулярные выражения playbook компилируются больше чем в {limit, plural, one {# инструкцию} few {# инструкции} many {# инструкций} other {# инструкции}} ({before, number} до него, {size, number} в нём самом); для списков слов используйте `words` или словарь',
    'regex.in': 'В выражении `{pattern}` {sentence}',
    'regex.script-extensions':
      "`{text}` (расширения письменностей) не поддерживается движком с линейным временем; используйте `\\p'{'Script={value}'}'`",
    'regex.unknown-property':
      "свойство Юникода `{text}` неизвестно движку с линейным временем; он знает общие категории (`\\p'{'L'}'`, `\\p'{'Lu'}'`, `\\p'{'N'}'`…), письменности по полному названию (`\\p'{'Script=Cyrillic'}'`) и двоичные свойства, например `\\p'{'White_Space'}'`",
    'regex.lone-surrogate':
      "`{text}` — половина суррогатной пары, а движок с линейным временем сопоставляет целые символы; напишите сам символ или `\\u'{'…'}'` с его кодом",
    'regex.backreference':
      'обратная ссылка `{text}` не поддерживается: ни один движок с линейным временем не может сопоставить повтор захваченного текста; сопоставляйте сам текст (или используйте два условия)',
    'regex.capture-in-lookbehind':
      'захватывающая группа внутри ретроспективной проверки (lookbehind) не поддерживается: движок с линейным временем выполняет их без захвата; пишите `(?:…)`',
    'regex.lookahead':
      'опережающая проверка `{text}` не поддерживается: движок с линейным временем (RE2) не умеет заглядывать вперёд; {form, select, trailing {она стоит в конце выражения, поэтому `{replacement}` на её месте подходит к тем же текстам (только совпадение захватит и то, что она проверяла)} single {она стоит в конце выражения, поэтому `{replacement}` на её месте подходит к тем же текстам (только совпадение захватит и следующий символ){hint}} other {сделайте то, что должно идти следом, частью самого выражения{hint}}}',
    'regex.lookahead.word':
      '; чтобы найти целое слово в любой письменности (не рядом с буквой, цифрой или `_`), уберите проверки и укажите `word: true` (docs/playbook-format.md#regular-expressions)',
    'regex.repeat-too-large':
      'повторение `{text}` больше {max} — наибольшего числа повторов, которое допускает движок с линейным временем; повторите группу или сопоставляйте меньше',
  },
});

export type DiagnosticMessageId = keyof typeof diagnosticMessages.en;
