/**
 * A diagnostic in the reader's language: its message (and note, related messages) rendered from
 * the diagnostics catalogue by rule id, from what the diagnostic carries for tools — `data`,
 * `expected`, `actual`, `path` — never from its English message (ESLint's messageId + data). In
 * English, and for a rule the catalogue has no entry for, the diagnostic is returned as it is: a
 * check's own English message is the English output. Machine formats never call this.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { translate, type Lang, type Translate } from '../i18n/index.js';
import { diagnosticMessages, type DiagnosticMessageId } from '../i18n/catalogs/diagnostics.js';
import { syntaxProblemSentence, type TemplateSyntaxProblem } from '../template/syntax-error.js';
import { SIZE_CAP } from '../template/expansion.js';

type T = Translate<DiagnosticMessageId>;

/** What a rule's message is made of, or null when the diagnostic does not carry enough to say it. */
type Local = Pick<Diagnostic, 'message'> & Partial<Pick<Diagnostic, 'note' | 'related'>>;

/** The diagnostic in `lang`: the same object in English or when its rule has no translation. */
export function localDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  if (lang === 'en') return d;
  return renderDiagnostic(d, lang);
}

/**
 * The diagnostic rendered from the catalogue in `lang`, English included (where a test compares the
 * English catalogue with the check's own message); the diagnostic itself when its rule has no entry.
 */
export function renderDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  const local = localize(d, translate(diagnosticMessages, lang));
  if (!local) return d;
  const out: Diagnostic = { ...d, message: local.message };
  if ('note' in local) {
    if (local.note === undefined) delete out.note;
    else out.note = local.note;
  }
  if (local.related) out.related = local.related;
  return out;
}

/** Every diagnostic of a list in `lang` (the list itself in English). */
export function localDiagnostics(list: ReadonlyArray<Diagnostic>, lang: Lang): Diagnostic[] {
  return lang === 'en' ? [...list] : list.map((d) => localDiagnostic(d, lang));
}

/** The ids of the rules that have a message of their own in every language (docs/i18n.md). */
export const TRANSLATED_RULES: readonly string[] = [
  'schema/unknown-property',
  'schema/required',
  'schema/type',
  'schema/enum',
  'schema/pattern',
  'schema/format',
  'schema/value (a list, text or mapping too short, a number out of range)',
  'ref/unknown-*',
  'ref/duplicate-id',
  'template/unknown-partial',
  'template/unknown-helper',
  'template/unknown-variable',
  'template/syntax',
  'template/unreachable',
  'template/missing-for-channel',
  'type/unreachable',
  'tone/avoid',
  'tone/address',
  'tone/capitalize-vy',
  'tone/emoji',
  'tone/exclamations',
  'channel/too-long',
  'yaml/tab-indent',
  'yaml/duplicate-key',
  'yaml/syntax (a second document)',
  'yaml/alias-limit',
  'yaml/non-string-key',
  'load/too-large',
  'load/too-deep',
  'load/binary',
  'load/empty',
  'load/forbidden-key',
  'load/orphan-file',
  'load/unreadable',
  'load/outside-project',
  'load/missing',
  'load/no-playbook',
  'playbook/*',
  'schedule/timezone',
  'schedule/no-hours',
  'schedule/conflict',
  'schedule/duration',
  'schedule/hours',
  'schedule/calendar',
  'schedule/calendar-year',
  'schedule/calendar-file',
  'schedule/calendar-coverage',
  'schedule/calendar-provisional',
  'complaint/*',
  'type/no-match',
  'type/fallback-not-last',
  'type/multiple-fallbacks',
  'voice/multiple-default',
  'template/missing-holding',
  'template/partial-recursion',
  'template/too-deep',
  'template/too-many-tags',
  'template/too-large',
  'template/dynamic-partial',
  'template/inline-partial',
  'template/prototype-access',
  'template/helper-argument',
  'config/*',
  'internal/check-failed',
  'test/*',
  'regex/*',
];

/** The template or partial a diagnostic is about, from its path (`templates.<id>.text`). */
function templateOf(d: Diagnostic): { kind: 'template' | 'partial'; template: string } | undefined {
  const [root, id] = d.path ?? [];
  if ((root === 'templates' || root === 'partials') && typeof id === 'string') {
    return { kind: root === 'templates' ? 'template' : 'partial', template: id };
  }
  return undefined;
}

/** A JSON path as the schema messages write it: `channels.vk.limit`, `types[2]`, or "the top level". */
function where(path: ReadonlyArray<string | number>, t: T): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || t('schema.topLevel');
}

/** "`a`, `b`, `c`" — at most `max` items, then "and N more" (as src/validate/suggest.ts lists them). */
function list(ids: ReadonlyArray<string>, t: T, max = 12): string {
  if (!ids.length) return t('name.none');
  const shown = ids
    .slice(0, max)
    .map((s) => `\`${s}\``)
    .join(', ');
  return ids.length > max ? t('name.more', { shown, n: ids.length - max }) : shown;
}

/** The schema's English words for a kind of value, in the reader's language; anything else as it is. */
const VALUE_WORDS: Record<string, DiagnosticMessageId> = {
  'a string': 'value.string',
  'a list': 'value.list',
  'a mapping': 'value.mapping',
  'a whole number': 'value.wholeNumber',
  'a number': 'value.number',
  'true or false': 'value.boolean',
  'nothing (null)': 'value.null',
};

/** A value as the schema's `expected` / `actual` say it (src/validate/schema-errors.ts), in the reader's language. */
function valueWords(s: string, t: T): string {
  const id = VALUE_WORDS[s];
  if (id) return t(id);
  const n = /^the number (.+)$/.exec(s);
  if (n) return t('value.theNumber', { n: n[1] });
  const b = /^`(true|false)` \(true\/false\)$/.exec(s);
  if (b) return t('value.trueFalse', { value: b[1] });
  return s;
}

/** `schema/format`, `schema/pattern`, `schema/value`: a value the schema refuses, by the check it fails (src/validate/schema-errors.ts). */
function schemaProblem(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'schema-problem') return null;
  const { code, values } = d.data;
  const at = where(d.path ?? [], t);
  const value = typeof values.value === 'string' ? valueWords(values.value, t) : '';
  switch (`${d.ruleId} ${code}`) {
    case 'schema/format format':
      // A select option cannot be written with a `-`: the catalogue knows `date-time` as `datetime`.
      return {
        message: t('schema/format', { ...values, value, where: at, format: String(values.format).replace('date-time', 'datetime') }),
      };
    case 'schema/pattern pattern':
      return { message: t('schema/pattern', { ...values, value, where: at, shape: String(values.shape).replace('-', '') }) };
    case 'schema/value min-items':
    case 'schema/value min-length':
    case 'schema/value min-properties':
      return { message: t(`schema/value.${code}` as DiagnosticMessageId, { ...values, where: at }) };
    case 'schema/value range':
      return { message: t('schema/value.range', { ...values, value, where: at }) };
    default:
      return null;
  }
}

function unknownName(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'unknown-name') return null;
  const { of, name, suggestion } = d.data;
  let message = t('name.unknown', { of, name });
  const inTemplate = templateOf(d);
  if (d.ruleId.startsWith('schema/')) {
    // The path leads to the key itself for an unknown property or key, to the value for a value.
    const path = d.path ?? [];
    message += t('name.in', { where: where(of === 'value' ? path : path.slice(0, -1), t) });
  } else if (d.ruleId.startsWith('template/') && inTemplate) {
    message += t('name.inTemplate', inTemplate);
  }
  if (d.expected)
    message += t('name.expected', {
      list: list(d.expected, t, d.ruleId.startsWith('schema/') || d.ruleId === 'template/unknown-variable' ? 20 : 12),
    });
  if (suggestion !== undefined) message += t('name.suggestion', { suggestion });
  return { message };
}

function templateSyntax(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'template-syntax') return null;
  const at = templateOf(d);
  if (!at) return null;
  const { problem, block, close } = d.data;
  // The problems the data says whole; the others (a tag's text, the braces) keep their English message.
  const opened = d.related?.[0];
  const p = ((): TemplateSyntaxProblem | null => {
    switch (problem) {
      case 'unclosed-block':
        // Only the line it was opened on is said, and that comes from the related location.
        return block === undefined ? null : ({ problem, block } as TemplateSyntaxProblem);
      case 'mismatched-close':
        return block === undefined || close === undefined ? null : { problem, block, close };
      case 'close-without-open':
      case 'close-with-arguments':
        return close === undefined ? null : { problem, close };
      case 'second-else':
        return block === undefined ? null : { problem, block };
      case 'else-outside-block':
      case 'unclosed-comment':
      case 'unclosed-string':
      case 'unclosed-parenthesis':
      case 'stray-parenthesis':
      case 'stray-close':
        return { problem } as TemplateSyntaxProblem;
      default:
        return null;
    }
  })();
  if (!p) return null;
  const sentence = syntaxProblemSentence(p, 'ru', opened?.range.start.line);
  const related =
    opened && block !== undefined ? [{ ...opened, message: t('template/syntax.related', { block: `{{#${block}}}` }) }] : undefined;
  // A Russian playbook's diagnostic carries this sentence as its note already: not said twice.
  return { message: t('template/syntax', { ...at, sentence }), note: undefined, ...(related ? { related } : {}) };
}

/**
 * `template/too-*` (a text the pre-scan refused, too many tags together, a worst-case expansion
 * over the limit) and what the template analysers refuse in a text (`template/dynamic-partial`,
 * `template/inline-partial`, `template/prototype-access`, `template/helper-argument`).
 */
function templateProblem(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'template-problem') return null;
  const { code, values } = d.data;
  const over = (n: string | number | undefined): string => (Number(n) >= SIZE_CAP ? 'yes' : 'no');
  switch (`${d.ruleId} ${code}`) {
    case 'template/too-deep nesting':
    case 'template/too-deep subexpressions':
    case 'template/too-many-tags tags': {
      const sentence = t(`${d.ruleId}.${code}` as DiagnosticMessageId, values);
      return { message: t('template.refused', { ...values, sentence }) };
    }
    case 'template/too-many-tags playbook-tags':
      return { message: t('template/too-many-tags.playbook', values) };
    case 'template/dynamic-partial subexpression':
    case 'template/dynamic-partial not-id':
    case 'template/dynamic-partial literal-not-id':
    case 'template/dynamic-partial data-name':
    case 'template/dynamic-partial escaped':
    case 'template/inline-partial inline':
    case 'template/prototype-access prototype': {
      const same = values.path === values.name ? 'yes' : 'no';
      const sentence = t(`${d.ruleId}.${code}` as DiagnosticMessageId, { ...values, same });
      return { message: t('template.in', { ...values, sentence }) };
    }
    case 'template/helper-argument too-many-arguments':
    case 'template/helper-argument unknown-option':
    case 'template/helper-argument bad-style':
    case 'template/helper-argument needs-time':
    case 'template/helper-argument not-a-time':
    case 'template/helper-argument bad-date-style':
    case 'template/helper-argument needs-number':
    case 'template/helper-argument not-a-number':
    case 'template/helper-argument needs-forms':
    case 'template/helper-argument form-not-text':
    case 'template/helper-argument too-many-forms': {
      // A value as `show` (src/template/helpers/arguments.ts) writes it; the examples and styles one a line.
      const shown = (v: string | number | undefined): string | undefined =>
        v === undefined ? undefined : v === 'nothing' ? t('helper.nothing') : valueWords(String(v), t);
      const or = (lines: string | number | undefined, head: string): string | undefined => {
        if (lines === undefined) return undefined;
        const items = String(lines).split('\n');
        const last = items.pop()!;
        return items.length ? t('helper.or', { a: items.join(head), b: last }) : last;
      };
      const args = {
        ...values,
        value: shown(values.value),
        style: shown(values.style),
        usage: or(values.usage, ', '),
        styles: code === 'bad-style' ? or(values.styles, t('helper.or', { a: '', b: '' })) : values.styles,
      };
      const sentence = t(`${d.ruleId}.${code}` as DiagnosticMessageId, args);
      return { message: t('template.in', { ...values, sentence }) };
    }
    case 'template/too-large expansion': {
      let reason: string;
      if (values.reason === 'partial') {
        const repeated = Number(values.repeat) > 0 ? t('template/too-large.repeated', { ...values, repeatOver: over(values.repeat) }) : '';
        reason = t('template/too-large.partial', { ...values, repeated, partialOver: over(values.partialSize) });
      } else if (values.reason === 'loops') reason = t('template/too-large.loops', values);
      else if (values.reason === 'own') reason = t('template/too-large.own');
      else return null;
      return { message: t('template/too-large', { ...values, over: over(values.size), reason }) };
    }
    default:
      return null;
  }
}

function tone(d: Diagnostic, t: T): Local | null {
  const at = templateOf(d);
  if (!at) return null;
  const data = d.data;
  if (d.ruleId === 'tone/avoid' && data?.kind === 'avoided-phrase') {
    const as = data.inflected ? t('tone/avoid.as', { found: data.found }) : '';
    const prefer = data.prefer !== undefined ? t('tone/avoid.prefer', { prefer: data.prefer }) : '';
    return { message: t('tone/avoid', { template: at.template, phrase: data.phrase, as, prefer }) };
  }
  if (d.ruleId === 'tone/address' && data?.kind === 'address-form') {
    return { message: t('tone/address', { template: at.template, found: data.found }) };
  }
  if (d.ruleId === 'tone/capitalize-vy' && data?.kind === 'address-form' && data.replacement !== undefined) {
    return { message: t('tone/capitalize-vy', { template: at.template, found: data.found, replacement: data.replacement }) };
  }
  if ((d.ruleId === 'tone/emoji' || d.ruleId === 'tone/exclamations') && data?.kind === 'over-limit') {
    return { message: t(d.ruleId, { template: at.template, count: data.count, limit: data.limit }) };
  }
  return null;
}

/** A size as src/load/decode.ts writes it: `2.0 MB`, `1.5 KB`, `512 bytes`. */
function size(n: number, t: T): string {
  const tenths = (x: number): string => x.toFixed(1).replace('.', t('size.decimal'));
  if (n >= 1024 * 1024) return t('size.mb', { n: tenths(n / (1024 * 1024)) });
  if (n >= 1024) return t('size.kb', { n: tenths(n / 1024) });
  return t('size.bytes', { n });
}

/** `load/*` and a second YAML document: what is wrong with a file, from its data. */
function fileProblem(d: Diagnostic, t: T): Local | null {
  const data = d.data;
  if (d.ruleId === 'load/too-large' && data?.kind === 'over-limit') {
    const { count, limit, unit } = data;
    if (unit === 'characters') return { message: t('load/too-large.text', { limit }) };
    if (unit !== 'bytes') return null;
    // A read capped one byte over the limit knows only that the file is larger.
    const has = count > limit + 1 ? t('load/too-large.has', { size: size(count, t) }) : t('load/too-large.more');
    return { message: t('load/too-large', { limit: size(limit, t), has }), note: t('load/too-large.note') };
  }
  if (data?.kind !== 'file-problem') return null;
  const { problem, name, offset, limit } = data;
  switch (`${d.ruleId} ${problem}`) {
    case 'yaml/syntax multiple-documents':
      return { message: t('yaml/syntax.multiple-documents'), note: t('yaml/syntax.multiple-documents.note') };
    case 'load/too-deep nesting-refused':
    case 'load/too-deep nesting':
      if (limit === undefined) return null;
      return { message: t(problem === 'nesting' ? 'load/too-deep.nesting' : 'load/too-deep.refused', { limit }) };
    case 'load/too-deep nesting-parser':
      return { message: t('load/too-deep.parser') };
    case 'load/binary nul-byte':
      return offset === undefined ? null : { message: t('load/binary.nul', { offset }) };
    case 'load/binary not-utf8':
      return { message: t('load/binary.utf8'), note: t('load/binary.utf8.note') };
    case 'load/empty empty':
      return { message: t('load/empty') };
    case 'load/forbidden-key forbidden-key':
      return name === undefined ? null : { message: t('load/forbidden-key', { name }) };
    case 'load/orphan-file orphan':
      return { message: t('load/orphan-file') };
    case 'load/orphan-file misnamed':
      return name === undefined ? null : { message: t('load/orphan-file.misnamed', { name }) };
    case 'load/missing no-such-folder':
      return name === undefined ? null : { message: t('load/missing', { dir: name }) };
    case 'load/empty no-files':
      return name === undefined ? null : { message: t('load/empty.no-files', { dir: name }) };
    case 'load/no-playbook no-playbook':
      return name === undefined ? null : { message: t('load/no-playbook', { dir: name }) };
    case 'load/unreadable no-playbook-file':
      return name === undefined ? null : { message: t('load/unreadable.no-playbook-file', { name }) };
    default:
      return null;
  }
}

/** The door's `what` (src/node: "file", "path given"…) as a catalogue key. */
const REFUSED_WHAT: Record<string, string> = {
  file: 'file',
  folder: 'folder',
  'path given': 'path',
  'configuration file': 'config',
  'reply snapshot': 'snapshot',
  'reply snapshot folder': 'snapshot-folder',
};

/** The door's reason for refusing a path, from its code and values, or null when it has no entry. */
function refusalReason(code: string, values: Record<string, string | number>, t: T): string | null {
  return coded('load.reason', code, values, t);
}

/** A refusal's reason in `lang`: from the door's `why`, else (and in English) its own `reason`. */
export function refusalText(r: { reason: string; why?: { code: string; values: Record<string, string | number> } }, lang: Lang): string {
  if (lang === 'en' || !r.why) return r.reason;
  return refusalReason(r.why.code, r.why.values, translate(diagnosticMessages, lang)) ?? r.reason;
}

/** `load/unreadable`, `load/outside-project`, `load/too-large`: a path the project's door refuses. */
function fileRefusal(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'file-refusal') return null;
  const { code, values } = d.data;
  const what = REFUSED_WHAT[String(values.what)];
  const reason = refusalReason(code, values, t);
  if (!what || reason === null || values.verb === undefined) return null;
  const message = t('load.refused', { verb: values.verb, what: t(`load.what.${what}` as DiagnosticMessageId), reason });
  const note = values.note ? coded('load.refused.note', String(values.note), {}, t) : null;
  return note === null ? { message } : { message, note };
}

/** `yaml/alias-limit`, `yaml/non-string-key`: what the loader refuses while converting YAML (src/load/to-data.ts). */
function yamlProblem(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'yaml-problem') return null;
  const { code, values } = d.data;
  switch (`${d.ruleId} ${code}`) {
    case 'yaml/alias-limit alias-nodes':
      return { message: t('yaml/alias-limit.nodes', values) };
    case 'yaml/alias-limit alias-count':
      return { message: t('yaml/alias-limit.count', values) };
    case 'yaml/alias-limit alias-cycle':
      return { message: t('yaml/alias-limit.cycle', values) };
    case 'yaml/non-string-key non-string-key':
      return { message: t('yaml/non-string-key') };
    default:
      return null;
  }
}

/** The related locations of a diagnostic, each with `message`. */
function relatedAs(d: Diagnostic, message: string): Pick<Local, 'related'> {
  return d.related?.length ? { related: d.related.map((r) => ({ ...r, message })) } : {};
}

/** A second definition of what may exist once, other than a duplicate id. */
function duplicate(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'duplicate') return null;
  const { id, first } = d.data;
  switch (`${d.ruleId} ${d.data.of}`) {
    case 'yaml/duplicate-key key':
      return { message: t('yaml/duplicate-key', { key: id }), note: t('yaml/duplicate-key.note') };
    case 'playbook/duplicate-section section':
      return { message: t('playbook/duplicate-section', { key: id }), ...relatedAs(d, t('ref/duplicate-id.related')) };
    case 'schedule/calendar-year calendar year':
      return { message: t('schedule/calendar-year.twice', { year: id }), ...relatedAs(d, t('schedule/calendar-year.related')) };
    case 'type/multiple-fallbacks fallback type':
      return { message: t('type/multiple-fallbacks', { id, first }), ...relatedAs(d, t('type/multiple-fallbacks.related')) };
    case 'voice/multiple-default default voice':
      return { message: t('voice/multiple-default', { id, first }), ...relatedAs(d, t('voice/multiple-default.related')) };
    default:
      return null;
  }
}

/** What a rule says about the one thing it names (`SubjectData`). */
function subject(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'subject') return null;
  const { of, id, count, cycle, level } = d.data;
  switch (`${d.ruleId} ${of}`) {
    case 'type/no-match type':
      return { message: t('type/no-match', { id }) };
    case 'type/fallback-not-last type':
      return count === undefined ? null : { message: t('type/fallback-not-last', { id, count }) };
    case 'template/missing-holding escalation':
      return { message: t('template/missing-holding', { id }) };
    case 'template/partial-recursion partial':
      if (!cycle) return { message: t('template/partial-recursion', { id }) };
      return { message: t('template/partial-recursion.through', { id, path: cycle.map((p) => `\`${p}\``).join(' → ') }) };
    case 'config/rule-options rule':
      return level === undefined ? null : { message: t('config/rule-options', { id, level }) };
    case 'schedule/conflict date':
      return { message: t('schedule/conflict', { date: id }) };
    default:
      return null;
  }
}

/** A catalogue entry `prefix.code` with the values, or null when there is none or a value is missing. */
function coded(prefix: string, code: string, values: Record<string, string | number>, t: T): string | null {
  const id = `${prefix}.${code}`;
  if (!Object.hasOwn(diagnosticMessages.en, id)) return null;
  try {
    return t(id as DiagnosticMessageId, values);
  } catch {
    return null; // a value the message needs is not in the data
  }
}

/** `schedule/*`: what the duration, hours and calendar parsers say, from their codes and values (src/deadline). */
function scheduleProblem(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'schedule-problem') return null;
  const { code, values } = d.data;
  switch (d.ruleId) {
    case 'schedule/duration': {
      const error = coded('schedule.duration', code, { ...values, expected: t('schedule.duration.expected') }, t);
      if (error === null || values.input === undefined) return null;
      return { message: t('schedule/duration', { input: values.input, error }), note: t('schedule/duration.note') };
    }
    case 'schedule/hours': {
      const expected = t(code.startsWith('unknown-day') ? 'schedule.hours.expectedKey' : 'schedule.hours.expectedValue');
      const message = coded('schedule.hours', code, { ...values, expected }, t);
      return message === null ? null : { message };
    }
    case 'schedule/calendar': {
      const message = coded('schedule.calendar', code, values, t);
      if (message === null) return null;
      const suggestion = values.suggestion ? t('name.suggestion', { suggestion: values.suggestion }) : '';
      return { message: message + suggestion, note: t('schedule/calendar.note') };
    }
    case 'schedule/calendar-year': {
      const message = coded('schedule.calendar-year', code, values, t);
      return message === null ? null : { message };
    }
    case 'schedule/calendar-file':
    case 'load/outside-project': {
      // A calendar file's own problems point back at where the playbook names it.
      // The door's reason, when it says one, in the reader's language too.
      const why = code === 'unreadable' && values.why !== undefined ? refusalReason(String(values.why), values, t) : null;
      const message =
        coded('schedule.calendar-file', code, why === null ? values : { ...values, error: why }, t) ??
        coded('schedule.calendar-year', code, values, t);
      return message === null ? null : { message, ...relatedAs(d, t('schedule/calendar-file.related')) };
    }
    case 'schedule/calendar-coverage':
    case 'schedule/calendar-provisional':
      return coverage(code, values, t);
    default:
      return null;
  }
}

/** A year the production calendar does not know (well), for a sample complaint's time or now. */
function coverage(code: string, values: Record<string, string | number>, t: T): Local | null {
  const m = /^(complaint|now)-(uncovered|provisional)$/.exec(code);
  const { at, year } = values;
  if (!m || at === undefined || year === undefined) return null;
  let sentence: string;
  if (m[2] === 'provisional') {
    if (values.calendars === undefined) return null;
    sentence = t('schedule.coverage.provisional', { year, calendars: values.calendars });
  } else {
    const { ids, ruYears, ruProvisional, supplied } = values;
    if (ids === undefined || ruYears === undefined) return null;
    const parts = String(ids)
      .split(',')
      .filter(Boolean)
      .map((id) =>
        id === 'ru'
          ? t('schedule.coverage.ru', { years: ruYears }) +
            (ruProvisional ? t('schedule.coverage.ruProvisional', { years: ruProvisional }) : '')
          : t('schedule.coverage.library', { id }),
      );
    if (supplied) parts.push(t('schedule.coverage.supplied', { years: supplied }));
    sentence = t('schedule.coverage.uncovered', { year, covered: parts.join('; ') || t('schedule.coverage.none') });
  }
  return {
    message: t(m[1] === 'now' ? 'schedule.coverage.now' : 'schedule.coverage.complaint', { at, sentence }),
    note: m[2] === 'provisional' ? t('schedule.coverage.hint.provisional', { year }) : t('schedule.coverage.hint'),
  };
}

/** The codes of pattern-syntax.ts, said as "In `…`, …"; the others are sentences of their own. */
const PATTERN_SYNTAX_CODES = new Set([
  'script-extensions',
  'unknown-property',
  'lone-surrogate',
  'backreference',
  'capture-in-lookbehind',
  'lookahead',
  'repeat-too-large',
]);
const PATTERN_CODES = new Set([
  'too-long',
  'unknown-flags',
  'invalid',
  'nests-too-deeply',
  're2-too-large',
  're2-unsupported',
  'program-too-large',
  'playbook-too-large',
]);

/** `regex/*`: why a pattern cannot run, from its code and values (src/text/pattern.ts). */
function patternProblem(d: Diagnostic, t: T): Local | null {
  if (d.data?.kind !== 'pattern-problem') return null;
  const { code, values } = d.data;
  if (code === 'unknown-flags') {
    const flags = [...String(values.flags ?? '')];
    return { message: t('regex.unknown-flags', { count: flags.length, flags: flags.map((f) => `\`${f}\``).join(', ') }) };
  }
  if (PATTERN_CODES.has(code)) return { message: t(`regex.${code}` as DiagnosticMessageId, values) };
  if (!PATTERN_SYNTAX_CODES.has(code) || values.pattern === undefined) return null;
  const hint = code === 'lookahead' && values.word === 1 ? t('regex.lookahead.word') : '';
  const sentence = t(`regex.${code}` as DiagnosticMessageId, { ...values, hint });
  return { message: t('regex.in', { pattern: values.pattern, sentence }) };
}

function localize(d: Diagnostic, t: T): Local | null {
  const data = d.data;
  if (data?.kind === 'pattern-problem') return patternProblem(d, t);
  if (data?.kind === 'schedule-problem') return scheduleProblem(d, t);
  if (d.ruleId.startsWith('test/') && data?.kind === 'expectation') {
    return {
      message: t('test.expectation', { complaint: data.complaint, field: data.field }),
      note: t('test.expectation.note', { expected: d.expected?.[0] ?? '', actual: d.actual ?? '' }),
    };
  }
  if (d.ruleId === 'config/unknown-rule' && data?.kind === 'unknown-name') {
    const suggestion = data.suggestion !== undefined ? t('name.suggestion', { suggestion: data.suggestion }) : '';
    return { message: t('config/unknown-rule', { name: data.name, suggestion }) };
  }
  if (data?.kind === 'unknown-name') return unknownName(d, t);
  if (data?.kind === 'file-refusal') return fileRefusal(d, t);
  if (data?.kind === 'schema-problem') return schemaProblem(d, t);
  if (data?.kind === 'file-problem' || d.ruleId === 'load/too-large') return fileProblem(d, t);
  if (data?.kind === 'yaml-problem') return yamlProblem(d, t);
  if (data?.kind === 'duplicate' && d.ruleId !== 'ref/duplicate-id') return duplicate(d, t);
  if (data?.kind === 'subject') return subject(d, t);
  if (data?.kind === 'template-problem') return templateProblem(d, t);
  if (d.ruleId.startsWith('tone/')) return tone(d, t);
  switch (d.ruleId) {
    case 'schema/required':
      return d.expected?.length === 1 ? { message: t('schema/required', { name: d.expected[0], where: where(d.path ?? [], t) }) } : null;
    case 'schema/type':
      if (!d.expected || d.actual === undefined) return null;
      return {
        message: t('schema/type', {
          where: where(d.path ?? [], t),
          expected: d.expected.map((e) => valueWords(e, t)).join(t('schema.or')),
          actual: valueWords(d.actual, t),
        }),
      };
    case 'schema/enum':
      if (d.expected?.length !== 1 || d.actual === undefined) return null;
      return {
        message: t('schema/enum.const', { where: where(d.path ?? [], t), expected: d.expected[0], actual: valueWords(d.actual, t) }),
      };
    case 'ref/duplicate-id': {
      const first = d.related?.[0];
      if (data?.kind !== 'duplicate' || !first) return null;
      return {
        message: t('ref/duplicate-id', { of: data.of, id: data.id, where: `${first.file}:${first.range.start.line}` }),
        related: [{ ...first, message: t('ref/duplicate-id.related') }],
      };
    }
    case 'template/unreachable':
    case 'type/unreachable': {
      if (data?.kind !== 'unreachable') return null;
      const related = d.related?.length ? { related: d.related.map((r) => ({ ...r, message: t('template/unreachable.related') })) } : {};
      if (data.instead !== undefined) return { message: t(d.ruleId, { id: data.id, instead: data.instead }), ...related };
      return { message: t(d.ruleId === 'type/unreachable' ? 'type/unreachable.never' : 'template/unreachable.noReply', { id: data.id }) };
    }
    case 'template/missing-for-channel':
      if (data?.kind !== 'missing-template') return null;
      return {
        message: t('template/missing-for-channel', {
          type: data.type,
          n: data.channels.length,
          channels: data.channels.map((c) => `\`${c}\``).join(', '),
          voice: data.voice,
        }),
        note: t('template/missing-for-channel.note', { type: data.type }),
      };
    case 'template/syntax':
      return templateSyntax(d, t);
    case 'channel/too-long': {
      const at = templateOf(d);
      if (data?.kind !== 'over-limit' || data.channel === undefined || !at) return null;
      const { count, limit, unit, channel } = data;
      return { message: t('channel/too-long', { template: at.template, count, unit, limit, channel, over: count - limit }) };
    }
    case 'yaml/tab-indent':
      return { message: t('yaml/tab-indent'), note: t('yaml/tab-indent.note') };
    case 'playbook/missing-key':
    case 'playbook/root-key-elsewhere':
      if (data?.kind !== 'playbook-key') return null;
      if (data.problem === 'elsewhere') return { message: t('playbook/root-key-elsewhere', { key: data.key }) };
      if (data.problem !== 'missing' || !data.required) return null;
      return { message: t('playbook/missing-key', { key: data.key, list: data.required.map((k) => `\`${k}\``).join(', ') }) };
    case 'schedule/timezone':
      return d.actual === undefined ? null : { message: t('schedule/timezone', { zone: d.actual }) };
    case 'schedule/no-hours':
      return { message: t('schedule/no-hours') };
    case 'complaint/text-too-long':
    case 'complaint/field-too-long': {
      if (data?.kind !== 'over-limit' || data.field === undefined) return null;
      const limitName = d.ruleId === 'complaint/text-too-long' ? 'MAX_MENTION_TEXT' : 'MAX_MENTION_FIELD';
      return {
        message: t('complaint.too-long', { field: data.field, count: data.count, limit: data.limit, limitName }),
        note: t(d.ruleId === 'complaint/text-too-long' ? 'complaint/text-too-long.note' : 'complaint/field-too-long.note'),
      };
    }
    case 'config/unused-directive': {
      if (data?.kind !== 'unused-directive') return null;
      const rules = data.rules.map((r) => `\`${r}\``).join(', ');
      return {
        message: t('config/unused-directive', {
          directive: data.directive,
          what: data.rules.length ? t('config/unused-directive.rules', { rules }) : t('config/unused-directive.any'),
          place: data.directive === 'disable-next-line' ? 'next' : 'after',
        }),
        note: t('config/unused-directive.note'),
      };
    }
    case 'internal/check-failed':
      if (data?.kind !== 'internal-error') return null;
      if (data.check !== undefined) return { message: t('internal/check-failed', { check: data.check, error: data.error }) };
      if (data.schema !== undefined) return { message: t('internal/check-failed.schema', { schema: data.schema, error: data.error }) };
      return null;
    default:
      return null;
  }
}
