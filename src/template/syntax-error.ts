/**
 * Handlebars syntax errors in words a template author understands. Handlebars' parser says what
 * its grammar expected (`Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'`);
 * this module reads that, together with the tags written before the error, as one of a few
 * problems — an unclosed `{{#if}}`, a `{{/each}}` that closes another block, a tag without its
 * `}}`, a stray `}}` — each with an English and a Russian sentence. The error's line and column are
 * the parser's, unchanged. Pure, and linear in the text.
 */
import type { Locale } from '../model/playbook.js';

/** A place in a template's text: Handlebars' 1-based line and 0-based column. */
export interface TextPlace {
  line: number;
  column: number;
}

/** What is wrong, as data (the diagnostic's `data.problem` and the sentences are made from it). */
export type TemplateSyntaxProblem =
  /** `{{#if a}}…` with no `{{/if}}`. */
  | { problem: 'unclosed-block'; block: string; opened: TextPlace }
  /** `{{#each xs}}…{{/if}}`. */
  | { problem: 'mismatched-close'; block: string; close: string; opened?: TextPlace }
  /** `{{/if}}` with no `{{#if}}` open. */
  | { problem: 'close-without-open'; close: string }
  /** `{{/if x}}`. */
  | { problem: 'close-with-arguments'; close: string }
  /** `{{else}}` outside `{{#if}}`/`{{#each}}`/`{{#unless}}`/`{{#with}}`. */
  | { problem: 'else-outside-block' }
  /** A second `{{else}}` in one block. */
  | { problem: 'second-else'; block: string }
  /** `{{author.name` with no `}}`. */
  | { problem: 'unclosed-tag'; tag: string }
  /** `{{!-- …` with no `--}}`. */
  | { problem: 'unclosed-comment' }
  /** `{{"text}}`. */
  | { problem: 'unclosed-string' }
  /** `{{a}}}` or `{{{a}}`. */
  | { problem: 'brace-mismatch'; open: string; close: string }
  /** `{{}}`, `{{#}}`, `{{> }}`: a tag with no name in it. */
  | { problem: 'missing-name'; tag: string }
  /** `{{helper style="x" name}}`: an argument after a named option. */
  | { problem: 'argument-after-option'; argument: string }
  /** `{{helper style=}}`. */
  | { problem: 'missing-value'; option: string }
  /** `{{a (b}}`: a `(` with no `)`. */
  | { problem: 'unclosed-parenthesis' }
  /** `{{a)}}`: a `)` with no `(`. */
  | { problem: 'stray-parenthesis' }
  /** `{{(a) b}}`: a tag cannot start with a sub-expression. */
  | { problem: 'subexpression-first' }
  /** `Thanks! }}` in the text: a `}}` with no `{{` — it would reach the customer as it is. */
  | { problem: 'stray-close' }
  /** Anything else: what was found and what would have been right, in words. */
  | { problem: 'unexpected'; found: string; expected: string[] };

export type TemplateSyntaxKind = TemplateSyntaxProblem['problem'];

/** A syntax error placed in the text. */
export interface TemplateSyntaxError extends TextPlace {
  problem: TemplateSyntaxProblem;
}

// ── the tags written before the error ────────────────────────────────────────────────────────

interface OpenBlock {
  name: string;
  at: number;
  elses: number;
}

interface TagScan {
  /** Blocks open at the end of the scanned text, innermost last. */
  open: OpenBlock[];
  /** Start of a `{{` not closed before the end of the scanned text, or -1. */
  unclosedTag: number;
  /** Offsets of `}}` written outside any tag. */
  strayCloses: number[];
  /** A `{{!--` whose `--}}` is missing. */
  unclosedComment: boolean;
}

/** The name after a tag's sigil: `{{#if a}}` → `if`, `{{#> layout}}` → `layout`. */
function nameAt(text: string, from: number): string {
  let i = from;
  while (text[i] === ' ' || text[i] === '~' || text[i] === '>' || text[i] === '*') i++;
  let j = i;
  while (j < text.length && j - i < 40 && !/[\s}~()]/.test(text[j])) j++;
  return text.slice(i, j);
}

/** One pass over `text[0, end)`: the block stack, an unclosed tag, stray `}}`. Linear. */
function scanTags(text: string, end = text.length): TagScan {
  const open: OpenBlock[] = [];
  const strayCloses: number[] = [];
  let i = 0;
  for (;;) {
    const a = text.indexOf('{{', i);
    const b = text.indexOf('}}', i);
    if (b !== -1 && b < end && (a === -1 || b < a)) {
      strayCloses.push(b);
      i = b + 2;
      continue;
    }
    if (a === -1 || a >= end) return { open, unclosedTag: -1, strayCloses, unclosedComment: false };
    // `\{{…}}` is text to Handlebars, `}}` included.
    const escaped = a > 0 && text[a - 1] === '\\';
    if (text.startsWith('{{!--', a)) {
      const close = text.indexOf('--}}', a + 5);
      if (close === -1 || close >= end) return { open, unclosedTag: -1, strayCloses, unclosedComment: true };
      i = close + 4;
      continue;
    }
    const close = text.indexOf('}}', a + 2);
    if (close === -1 || close >= end) return { open, unclosedTag: a, strayCloses, unclosedComment: false };
    i = close + 2;
    while (text[i] === '}') i++;
    if (escaped || text[a + 2] === '!') continue;
    let s = a + 2;
    while (text[s] === '{' || text[s] === '~' || text[s] === ' ') s++;
    const sigil = text[s];
    if (sigil === '#' || (sigil === '^' && nameAt(text, s + 1) !== '')) open.push({ name: nameAt(text, s + 1), at: a, elses: 0 });
    else if (sigil === '/') {
      const name = nameAt(text, s + 1);
      if (open.length && open[open.length - 1].name === name) open.pop();
    } else if (text.startsWith('else', s) || (sigil === '^' && nameAt(text, s + 1) === '')) {
      if (open.length) open[open.length - 1].elses++;
    }
  }
}

/** Handlebars' (line, column) as an offset into the text (the end of the text when past it). */
function offsetOf(text: string, place: TextPlace): number {
  let lineStart = 0;
  for (let line = 1; line < place.line; line++) {
    const nl = text.indexOf('\n', lineStart);
    if (nl === -1) return text.length;
    lineStart = nl + 1;
  }
  return Math.min(text.length, lineStart + place.column);
}

function placeOf(text: string, offset: number): TextPlace {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart };
}

/** The tag starting at `at` as written, up to its first space or line end (for the message). */
function tagAt(text: string, at: number): string {
  let j = at + 2;
  while (j < text.length && j - at < 40 && !/[\s}]/.test(text[j])) j++;
  return text.slice(at, j);
}

// ── the parser's message ─────────────────────────────────────────────────────────────────────

const VALUE_TOKENS = new Set(['ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA']);

/** Tokens of Handlebars' grammar as a template author writes them. */
const TOKEN_WORDS: Record<string, string> = {
  EOF: 'the end of the text',
  CLOSE: '`}}`',
  CLOSE_UNESCAPED: '`}}}`',
  OPEN: '`{{`',
  OPEN_UNESCAPED: '`{{{`',
  OPEN_BLOCK: '`{{#…}}`',
  OPEN_ENDBLOCK: '`{{/…}}`',
  OPEN_INVERSE: '`{{^…}}`',
  INVERSE: '`{{else}}`',
  OPEN_INVERSE_CHAIN: '`{{else …}}`',
  OPEN_PARTIAL: '`{{>…}}`',
  OPEN_PARTIAL_BLOCK: '`{{#>…}}`',
  OPEN_SEXPR: '`(`',
  CLOSE_SEXPR: '`)`',
  EQUALS: '`=`',
  SEP: '`.`',
  CONTENT: 'text',
  COMMENT: 'a comment',
  INVALID: 'a character Handlebars cannot read',
  OPEN_BLOCK_PARAMS: '`as |…|`',
  CLOSE_BLOCK_PARAMS: '`|`',
  OPEN_RAW_BLOCK: '`{{{{`',
  CLOSE_RAW_BLOCK: '`}}}}`',
  END_RAW_BLOCK: '`{{{{/…}}}}`',
  VALUE: 'a name or a value',
};

/** Tokens too technical to offer as "expected" when something plainer is on the list. */
const QUIET = new Set(['OPEN_RAW_BLOCK', 'CLOSE_RAW_BLOCK', 'END_RAW_BLOCK', 'OPEN_BLOCK_PARAMS', 'SEP', 'COMMENT', 'OPEN_PARTIAL_BLOCK']);

/** The parser's "Expecting …, got …" line, as token names. */
function expecting(message: string): { expected: string[]; got: string } | null {
  const m = /Expecting (.*), got '(\w+)'/.exec(message);
  if (!m) return null;
  const expected = [...m[1].matchAll(/'(\w+)'/g)].map((x) => x[1]);
  return { expected, got: m[2] };
}

/** The expected tokens as words: values collapsed into one, technical ones dropped when others remain. */
function expectedWords(tokens: readonly string[]): string[] {
  const collapsed = [...new Set(tokens.map((t) => (VALUE_TOKENS.has(t) ? 'VALUE' : t)))];
  const plain = collapsed.filter((t) => !QUIET.has(t));
  return (plain.length ? plain : collapsed).map((t) => TOKEN_WORDS[t] ?? `\`${t}\``);
}

/**
 * The problem behind a Handlebars parse error: the error's message, the place it gives (the
 * parser's own line and column), and the template's text.
 */
export function explainSyntaxError(text: string, message: string, place: TextPlace): TemplateSyntaxError {
  const at = offsetOf(text, place);
  const here = (problem: TemplateSyntaxProblem): TemplateSyntaxError => ({ ...place, problem });
  // Handlebars' own check after parsing: `{{#each}}…{{/if}}` ("each doesn't match if - 1:3").
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) return here({ problem: 'mismatched-close', block: mismatch[1], close: mismatch[2], opened: place });
  const scan = scanTags(text, at);
  const top = scan.open[scan.open.length - 1];
  const e = expecting(message);
  if (!e) {
    // A lexical error: text the lexer cannot split into tokens.
    if (scanTags(text).unclosedComment) return here({ problem: 'unclosed-comment' });
    return here({ problem: 'unexpected', found: TOKEN_WORDS.INVALID, expected: [] });
  }
  const { expected, got } = e;
  const wants = (t: string) => expected.includes(t);
  const inTag = text.lastIndexOf('{{', at) > text.lastIndexOf('}}', at - 1);
  const tagStart = text.lastIndexOf('{{', at);
  if (got === 'EOF') {
    if (scan.unclosedTag !== -1) return here({ problem: 'unclosed-tag', tag: tagAt(text, scan.unclosedTag) });
    if (top && wants('OPEN_ENDBLOCK')) return here({ problem: 'unclosed-block', block: top.name, opened: placeOf(text, top.at) });
  }
  if (got === 'OPEN_ENDBLOCK' && !wants('OPEN_ENDBLOCK')) {
    const close = nameAt(text, text.indexOf('/', at) + 1);
    return here(
      top
        ? { problem: 'mismatched-close', block: top.name, close, opened: placeOf(text, top.at) }
        : { problem: 'close-without-open', close },
    );
  }
  if ((got === 'INVERSE' || got === 'OPEN_INVERSE_CHAIN') && !wants(got)) {
    return here(top ? { problem: 'second-else', block: top.name } : { problem: 'else-outside-block' });
  }
  if (got === 'INVALID') {
    if (text[at] === '"' || text[at] === "'") return here({ problem: 'unclosed-string' });
    // A tag whose `}}` is missing, or comes only after the next `{{`.
    const tagEnd = tagStart === -1 ? -1 : text.indexOf('}}', tagStart);
    const nextOpen = tagStart === -1 ? -1 : text.indexOf('{{', tagStart + 2);
    if (tagStart !== -1 && (tagEnd === -1 || (nextOpen !== -1 && nextOpen < tagEnd)))
      return here({ problem: 'unclosed-tag', tag: tagAt(text, tagStart) });
  }
  if (got === 'CLOSE_UNESCAPED' && !wants('CLOSE_UNESCAPED')) return here({ problem: 'brace-mismatch', open: '{{', close: '}}}' });
  if (got === 'CLOSE' && wants('CLOSE_UNESCAPED')) return here({ problem: 'brace-mismatch', open: '{{{', close: '}}' });
  if (got === 'CLOSE' && wants('CLOSE_SEXPR')) return here({ problem: 'unclosed-parenthesis' });
  // `{{plural n one="день" "дня"}}`, `{{a b=1 c}}`: Handlebars takes no argument after a `name=value` option.
  const afterOption = inTag && text.slice(tagStart, at).includes('=');
  if (afterOption && ((expected.length === 1 && expected[0] === 'EQUALS') || (VALUE_TOKENS.has(got) && got !== 'ID' && !wants(got)))) {
    const written = /^("[^"]*"|'[^']*'|[^\s}]+)/.exec(text.slice(at));
    const words = text
      .slice(tagStart + 2, at)
      .trim()
      .split(/\s+/);
    return here({
      problem: 'argument-after-option',
      argument: written && !text.startsWith('}', at) ? written[1] : (words[words.length - 1] ?? ''),
    });
  }
  if (got === 'CLOSE' && inTag && expected.some((t) => VALUE_TOKENS.has(t))) {
    const before = text.slice(tagStart, at).trimEnd();
    const option = /([\w-]+)=$/.exec(before);
    if (option) return here({ problem: 'missing-value', option: option[1] });
    return here({ problem: 'missing-name', tag: before.replace(/\s+/g, '') });
  }
  if (got === 'CLOSE_SEXPR') return here({ problem: 'stray-parenthesis' });
  if (got === 'OPEN_SEXPR' && inTag && /^\{\{[~#]?\s*$/.test(text.slice(tagStart, at))) return here({ problem: 'subexpression-first' });
  if (VALUE_TOKENS.has(got) && expected.length === 1 && expected[0] === 'CLOSE' && /^\{\{~?\s*\//.test(text.slice(tagStart, at)))
    return here({ problem: 'close-with-arguments', close: nameAt(text, text.indexOf('/', tagStart) + 1) });
  return here({
    problem: 'unexpected',
    found: TOKEN_WORDS[VALUE_TOKENS.has(got) ? 'VALUE' : got] ?? `\`${got}\``,
    expected: expectedWords(expected),
  });
}

/** The first `}}` written outside any tag in a text that parses, or null: Handlebars keeps it as text. */
export function strayClose(text: string): TemplateSyntaxError | null {
  if (!text.includes('}}')) return null;
  const at = scanTags(text).strayCloses[0];
  return at === undefined ? null : { ...placeOf(text, at), problem: { problem: 'stray-close' } };
}

// ── the sentences ────────────────────────────────────────────────────────────────────────────

const RU_WORDS: Record<string, string> = {
  'the end of the text': 'конец текста',
  text: 'текст',
  'a comment': 'комментарий',
  'a character Handlebars cannot read': 'символ, который Handlebars не понимает',
  'a name or a value': 'имя или значение',
};

const ru = (w: string): string => RU_WORDS[w] ?? w;

function where(line: number | undefined, locale: Locale): string {
  if (line === undefined) return '';
  return locale === 'ru' ? ` (открыт в строке ${line})` : ` (opened on line ${line})`;
}

/**
 * What is wrong, in a sentence of `locale` (English or Russian); ids and tags stay as written.
 * `openedLine` is the line of the file where an unclosed block opens, when the caller knows it.
 */
export function syntaxProblemSentence(p: TemplateSyntaxProblem, locale: Locale, openedLine?: number): string {
  const en = locale !== 'ru';
  switch (p.problem) {
    case 'unclosed-block':
      return en
        ? `\`{{#${p.block}}}\`${where(openedLine, locale)} is never closed: add \`{{/${p.block}}}\` where the block ends`
        : `блок \`{{#${p.block}}}\`${where(openedLine, locale)} не закрыт: добавьте \`{{/${p.block}}}\` там, где он кончается`;
    case 'mismatched-close':
      return en
        ? `\`{{/${p.close}}}\` closes \`{{#${p.block}}}\`, which is still open: close \`{{#${p.block}}}\` with \`{{/${p.block}}}\` first`
        : `\`{{/${p.close}}}\` закрывает \`{{#${p.block}}}\`, который ещё открыт: сначала закройте \`{{#${p.block}}}\` тегом \`{{/${p.block}}}\``;
    case 'close-without-open':
      return en
        ? `\`{{/${p.close}}}\` closes a block that was never opened: add \`{{#${p.close} …}}\` before it or remove it`
        : `\`{{/${p.close}}}\` закрывает блок, который не был открыт: добавьте перед ним \`{{#${p.close} …}}\` или удалите его`;
    case 'close-with-arguments':
      return en
        ? `\`{{/${p.close}}}\` takes nothing but the block's name: write \`{{/${p.close}}}\``
        : `в \`{{/${p.close}}}\` не пишут ничего, кроме имени блока: напишите \`{{/${p.close}}}\``;
    case 'else-outside-block':
      return en
        ? '`{{else}}` is outside a block: it belongs between `{{#if …}}` (or `{{#each}}`, `{{#unless}}`) and its closing tag'
        : '`{{else}}` стоит вне блока: его место между `{{#if …}}` (или `{{#each}}`, `{{#unless}}`) и закрывающим тегом';
    case 'second-else':
      return en
        ? `a second \`{{else}}\` in \`{{#${p.block}}}\`: a block has one \`{{else}}\` (for more cases, \`{{else if …}}\`)`
        : `второй \`{{else}}\` в \`{{#${p.block}}}\`: у блока один \`{{else}}\` (для других случаев — \`{{else if …}}\`)`;
    case 'unclosed-tag':
      return en ? `the tag \`${p.tag}\` is not closed: end it with \`}}\`` : `тег \`${p.tag}\` не закрыт: закончите его \`}}\``;
    case 'unclosed-comment':
      return en ? 'the comment `{{!--` is never closed: end it with `--}}`' : 'комментарий `{{!--` не закрыт: закончите его `--}}`';
    case 'unclosed-string':
      return en
        ? 'a quoted string in the tag has no closing quote: close it with the same quote it opens with'
        : 'у строки в кавычках внутри тега нет закрывающей кавычки: закройте её той же кавычкой';
    case 'brace-mismatch':
      return en
        ? `a tag opened with \`${p.open}\` is closed with \`${p.close}\`: use \`{{…}}\` (or \`{{{…}}}\` for text that is not escaped)`
        : `тег открыт \`${p.open}\`, а закрыт \`${p.close}\`: пишите \`{{…}}\` (или \`{{{…}}}\` для текста без экранирования)`;
    case 'missing-name': {
      const example = p.tag.endsWith('>')
        ? '{{> sign-off}}'
        : p.tag.endsWith('#') || p.tag.endsWith('^')
          ? '{{#if author.name}}'
          : '{{author.name}}';
      return en
        ? `\`${p.tag}}}\` has no name in it: write ${p.tag.endsWith('>') ? 'the partial' : p.tag.endsWith('#') || p.tag.endsWith('^') ? 'the block helper' : 'a variable or a helper'}, e.g. \`${example}\``
        : `в \`${p.tag}}}\` нет имени: напишите ${p.tag.endsWith('>') ? 'партиал' : p.tag.endsWith('#') || p.tag.endsWith('^') ? 'блочный хелпер' : 'переменную или хелпер'}, например \`${example}\``;
    }
    case 'argument-after-option':
      return en
        ? `\`${p.argument}\` comes after a named option: write a helper's arguments first and its \`name=value\` options last`
        : `\`${p.argument}\` стоит после именованного параметра: сначала пишут аргументы хелпера, в конце — параметры \`имя=значение\``;
    case 'missing-value':
      return en
        ? `the option \`${p.option}=\` has no value: write one after \`=\`, e.g. \`${p.option}="…"\``
        : `у параметра \`${p.option}=\` нет значения: напишите его после \`=\`, например \`${p.option}="…"\``;
    case 'unclosed-parenthesis':
      return en ? 'a `(` in the tag is never closed: add `)`' : 'скобка `(` в теге не закрыта: добавьте `)`';
    case 'stray-parenthesis':
      return en ? 'a `)` in the tag has no `(`: remove it or add `(`' : 'у скобки `)` в теге нет `(`: удалите её или добавьте `(`';
    case 'subexpression-first':
      return en
        ? 'a tag cannot start with `(`: name the helper first, e.g. `{{helper (other x)}}`'
        : 'тег не может начинаться с `(`: сначала напишите хелпер, например `{{helper (other x)}}`';
    case 'stray-close':
      return en
        ? 'a `}}` with no `{{` before it: it would reach the customer as it is — remove it or open the tag'
        : '`}}` без `{{` перед ним: он попадёт к клиенту как есть — удалите его или откройте тег';
    case 'unexpected': {
      const found = en ? p.found : ru(p.found);
      const exp = p.expected.map((w) => (en ? w : ru(w)));
      if (exp.length === 0) return en ? `Handlebars cannot read ${found} here` : `Handlebars не может прочитать здесь: ${found}`;
      return en ? `${found} here, where Handlebars expects ${exp.join(' or ')}` : `здесь ${found}, а Handlebars ждёт ${exp.join(' или ')}`;
    }
  }
}
