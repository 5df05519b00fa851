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

type T = Translate<DiagnosticMessageId>;

/** What a rule's message is made of, or null when the diagnostic does not carry enough to say it. */
type Local = Pick<Diagnostic, 'message'> & Partial<Pick<Diagnostic, 'note' | 'related'>>;

/** The diagnostic in `lang`: the same object in English or when its rule has no translation. */
export function localDiagnostic(d: Diagnostic, lang: Lang): Diagnostic {
  if (lang === 'en') return d;
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
  'schema/pattern (unknown keys of a fixed vocabulary)',
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
  'test/*',
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

function localize(d: Diagnostic, t: T): Local | null {
  const data = d.data;
  if (d.ruleId.startsWith('test/') && data?.kind === 'expectation') {
    return {
      message: t('test.expectation', { complaint: data.complaint, field: data.field }),
      note: t('test.expectation.note', { expected: d.expected?.[0] ?? '', actual: d.actual ?? '' }),
    };
  }
  if (data?.kind === 'unknown-name') return unknownName(d, t);
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
    default:
      return null;
  }
}
