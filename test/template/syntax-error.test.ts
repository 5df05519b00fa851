/** Handlebars syntax errors in words: each mistake a template author makes, its problem, place and sentences. */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { explainSyntaxError, strayClose, syntaxProblemSentence, type TemplateSyntaxKind } from '../../src/template/syntax-error.js';
import { parseTemplate } from '../../src/validate/checks/handlebars-source.js';

/** [what, text, problem, line, column, English words, Russian words]. */
const CASES: Array<[string, string, TemplateSyntaxKind, number, number, string, string]> = [
  [
    'an unclosed {{#if}}',
    'Hi {{#if author.name}}{{author.name}}',
    'unclosed-block',
    1,
    37,
    '`{{#if}}` is never closed: add `{{/if}}` where the block ends',
    'блок `{{#if}}` не закрыт: добавьте `{{/if}}`',
  ],
  [
    'an unclosed outer block',
    'a\n{{#if a}}\n  {{#each b}}x{{/each}}\nend',
    'unclosed-block',
    4,
    3,
    '`{{#if}}` is never closed',
    'добавьте `{{/if}}`',
  ],
  [
    'a {{/if}} that closes {{#each}}',
    '{{#each items}}{{this}}{{/if}}',
    'mismatched-close',
    1,
    3,
    '`{{/if}}` closes `{{#each}}`, which is still open: close `{{#each}}` with `{{/each}}` first',
    '`{{/if}}` закрывает `{{#each}}`, который ещё открыт',
  ],
  [
    'a mismatched {{/each}}',
    '{{#if a}}x{{/each}}',
    'mismatched-close',
    1,
    3,
    '`{{/each}}` closes `{{#if}}`',
    'сначала закройте `{{#if}}` тегом `{{/if}}`',
  ],
  [
    'a {{/if}} with nothing open',
    'Thanks.{{/if}}',
    'close-without-open',
    1,
    7,
    '`{{/if}}` closes a block that was never opened',
    'закрывает блок, который не был открыт',
  ],
  [
    'a closing tag with arguments',
    '{{#if a}}x{{/if a}}',
    'close-with-arguments',
    1,
    16,
    '`{{/if}}` takes nothing but the block',
    'не пишут ничего, кроме имени блока',
  ],
  ['{{else}} outside a block', 'a {{else}} b', 'else-outside-block', 1, 2, '`{{else}}` is outside a block', '`{{else}}` стоит вне блока'],
  [
    'a second {{else}}',
    '{{#if a}}x{{else}}y{{else}}z{{/if}}',
    'second-else',
    1,
    19,
    'a second `{{else}}` in `{{#if}}`',
    'второй `{{else}}` в `{{#if}}`',
  ],
  [
    'a tag without }}',
    'Hello {{author.name\nbye',
    'unclosed-tag',
    2,
    0,
    'the tag `{{author.name` is not closed: end it with `}}`',
    'тег `{{author.name` не закрыт',
  ],
  [
    'a tag with one }',
    'Hello {{author.name} and {{brand}}',
    'unclosed-tag',
    1,
    19,
    'the tag `{{author.name` is not closed',
    'закончите его `}}`',
  ],
  [
    'an unclosed comment',
    'x {{!-- note',
    'unclosed-comment',
    1,
    2,
    'the comment `{{!--` is never closed: end it with `--}}`',
    'комментарий `{{!--` не закрыт',
  ],
  [
    'an unclosed string',
    '{{greeting "casual}}',
    'unclosed-string',
    1,
    11,
    'a quoted string in the tag has no closing quote',
    'нет закрывающей кавычки',
  ],
  [
    '{{ closed with }}}',
    '{{brand}}}',
    'brace-mismatch',
    1,
    7,
    'a tag opened with `{{` is closed with `}}}`',
    'тег открыт `{{`, а закрыт `}}}`',
  ],
  [
    '{{{ closed with }}',
    '{{{brand}}',
    'brace-mismatch',
    1,
    8,
    'a tag opened with `{{{` is closed with `}}`',
    'тег открыт `{{{`, а закрыт `}}`',
  ],
  ['an empty tag', 'Hi {{}}', 'missing-name', 1, 5, '`{{}}` has no name in it: write a variable or a helper', 'в `{{}}` нет имени'],
  [
    'a partial with no name',
    '{{> }}',
    'missing-name',
    1,
    4,
    '`{{>}}` has no name in it: write the partial, e.g. `{{> sign-off}}`',
    'напишите партиал',
  ],
  ['a block with no helper', '{{#}}x', 'missing-name', 1, 3, 'write the block helper, e.g. `{{#if author.name}}`', 'блочный хелпер'],
  [
    'an option with no value',
    '{{greeting style=}}',
    'missing-value',
    1,
    17,
    'the option `style=` has no value',
    'у параметра `style=` нет значения',
  ],
  [
    'an argument after an option',
    '{{plural n one="день" "дня"}}',
    'argument-after-option',
    1,
    22,
    '`"дня"` comes after a named option',
    'стоит после именованного параметра',
  ],
  [
    'an unclosed (',
    '{{formatDate (upper due}}',
    'unclosed-parenthesis',
    1,
    23,
    'a `(` in the tag is never closed: add `)`',
    'скобка `(` в теге не закрыта',
  ],
  ['a stray )', '{{brand)}}', 'stray-parenthesis', 1, 7, 'a `)` in the tag has no `(`', 'у скобки `)` в теге нет `(`'],
  [
    'a tag that starts with (',
    '{{(upper brand)}}',
    'subexpression-first',
    1,
    2,
    'a tag cannot start with `(`',
    'тег не может начинаться с `(`',
  ],
  [
    'anything else, in words',
    '{{a.[b}}',
    'unexpected',
    1,
    4,
    'a character Handlebars cannot read here, where Handlebars expects a name or a value',
    'здесь символ, который Handlebars не понимает',
  ],
];

describe('a Handlebars parse error in words', () => {
  it.each(CASES)('%s', (_what, text, problem, line, column, en, ru) => {
    const r = parseTemplate(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem?.problem).toBe(problem);
    expect({ line: r.line, column: r.column }).toEqual({ line, column });
    const english = syntaxProblemSentence(r.problem!, 'en');
    expect(english).toContain(en);
    expect(syntaxProblemSentence(r.problem!, 'ru')).toContain(ru);
    // None of the parser's token names reaches the author.
    expect(english).not.toMatch(/\b[A-Z]{2,}(_[A-Z]+)*\b/);
  });

  it("keeps the parser's own line and column", () => {
    for (const [, text] of CASES) {
      let place = { line: 0, column: 0 };
      try {
        Handlebars.parse(text);
      } catch (e) {
        const err = e as { lineNumber?: number; column?: number };
        const loc = (Handlebars as unknown as { Parser: { lexer: { yylloc: { first_line: number; first_column: number } } } }).Parser.lexer
          .yylloc;
        place =
          typeof err.lineNumber === 'number'
            ? { line: err.lineNumber, column: err.column ?? 0 }
            : { line: loc.first_line, column: loc.first_column };
      }
      const r = parseTemplate(text);
      expect(r.ok ? null : { line: r.line, column: r.column }).toEqual(place);
    }
  });

  it('falls back to the expected tokens in words for a message it does not know', () => {
    const e = explainSyntaxError('{{a}}', "Parse error on line 1:\n...\nExpecting 'CLOSE_RAW_BLOCK', 'CLOSE', 'ID', 'STRING', got 'SEP'", {
      line: 1,
      column: 3,
    });
    expect(e.problem).toEqual({ problem: 'unexpected', found: '`.`', expected: ['`}}`', 'a name or a value'] });
    expect(syntaxProblemSentence(e.problem, 'en')).toBe('`.` here, where Handlebars expects `}}` or a name or a value');
  });
});

describe('a stray }}', () => {
  it.each([
    ['after a tag', 'Hi {{author.name}} }} there', { line: 1, column: 19 }],
    ['in the text', 'Thanks!\nWe will call }} you', { line: 2, column: 13 }],
  ])('%s is found where it is', (_what, text, place) => {
    expect(Handlebars.parse(text)).toBeDefined();
    expect(strayClose(text)).toEqual({ ...place, problem: { problem: 'stray-close' } });
    expect(syntaxProblemSentence({ problem: 'stray-close' }, 'en')).toMatch(/would reach the customer as it is/);
  });

  it.each([
    ['well-formed tags', '{{#if a}}{{a}}{{/if}} {{{b}}}'],
    ['an escaped tag', 'Write \\{{name}} to get a name'],
    ['a comment with braces', '{{!-- }} --}} ok'],
    ['no braces at all', 'Спасибо!'],
  ])('is not found in %s', (_what, text) => {
    expect(strayClose(text)).toBeNull();
  });
});
