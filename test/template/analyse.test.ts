import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { analyseTemplate, PARTIAL_ID } from '../../src/template/analyse.js';

const problems = (text: string) =>
  analyseTemplate(Handlebars.parse(text), text).problems.map((p) => [p.rule, p.loc.start.column, p.message]);

describe('analyseTemplate: what a template may not do', () => {
  it.each([
    ['`{{> "../x"}}`', '{{> "../x"}}', 'dynamic-partial', 4, /`"..\/x"` is not a partial id .*never from files/],
    ['`{{> ../x}}`', '{{> ../x}}', 'dynamic-partial', 4, /`..\/x` is not a partial id/],
    ['`{{> [../x]}}`', '{{> [../x]}}', 'dynamic-partial', 4, /`..\/x` is not a partial id/],
    [
      '`{{> [x]}}`: an escaped id',
      '{{> [sign-off]}}',
      'dynamic-partial',
      4,
      /`\[sign-off\]` writes the partial's id with escapes; write it as it is: `\{\{> sign-off\}\}`/,
    ],
    ['`{{> (lookup …)}}`', '{{> (lookup . "a")}}', 'dynamic-partial', 4, /named by a sub-expression/],
    ['`{{> (helper)}}`', '{{> (greeting)}}', 'dynamic-partial', 4, /named by a sub-expression/],
    ['`@partial-block`', '{{> @partial-block}}', 'dynamic-partial', 4, /`@partial-block` is not a partial id/],
    ['a number', '{{> 12}}', 'dynamic-partial', 4, /`12` is not a partial id/],
    ['an upper-case id', '{{> Footer}}', 'dynamic-partial', 4, /`Footer` is not a partial id/],
    ['an inline partial', '{{#*inline "x"}}y{{/inline}}', 'inline-partial', 0, /Inline partials and decorators/],
    ['a decorator', '{{* deco}}', 'inline-partial', 0, /Inline partials and decorators/],
    [
      '`{{this.constructor}}`',
      '{{this.constructor}}',
      'prototype-access',
      2,
      /^`this.constructor` names `constructor`, a property every JavaScript object inherits/,
    ],
    [
      '`{{constructor.constructor}}`',
      '{{constructor.constructor}}',
      'prototype-access',
      2,
      /`constructor.constructor` names `constructor`/,
    ],
    ['`{{@root.__proto__}}`', '{{@root.__proto__}}', 'prototype-access', 2, /`@root.__proto__` names `__proto__`/],
    ['`{{../constructor}}`', '{{#each a}}{{../constructor}}{{/each}}', 'prototype-access', 13, /`..\/constructor` names `constructor`/],
    ['`{{[__proto__]}}`', '{{[__proto__]}}', 'prototype-access', 2, /^`__proto__` is a property/],
    ['`prototype` in a helper argument', '{{name author.prototype}}', 'prototype-access', 7, /`author.prototype` names `prototype`/],
    ['`__defineGetter__` in a sub-expression', '{{name (name __defineGetter__)}}', 'prototype-access', 13, /`__defineGetter__` is/],
    ['`__lookupGetter__` in a block', '{{#if __lookupGetter__}}x{{/if}}', 'prototype-access', 6, /`__lookupGetter__` is/],
    ['`toString` in a partial argument', '{{> a toString}}', 'prototype-access', 6, /`toString` is/],
    [
      '`{{formatDate "not a date"}}`',
      '{{formatDate "not a date"}}',
      'helper-argument',
      13,
      /^`formatDate` got `"not a date"`, which is not a time; expected an ISO 8601 time/,
    ],
    ['`{{formatDate 42}}`', '{{formatDate 42}}', 'helper-argument', 13, /got `42`, which is not a time/],
    ['`{{formatDate}}`', '{{formatDate}}', 'helper-argument', 0, /`formatDate` needs the time to format/],
    [
      'a format string formatDate does not know',
      '{{formatDate due "YYYY-MM-DD"}}',
      'helper-argument',
      17,
      /`formatDate` got the style `"YYYY-MM-DD"`, expected `"datetime"`, `"date"`, `"time"`/,
    ],
    ['formatDate with too many arguments', '{{formatDate due "date" "x"}}', 'helper-argument', 24, /takes at most 2 arguments, got 3/],
    ['a literal in a sub-expression', '{{name (formatDate "soon")}}', 'helper-argument', 19, /got `"soon"`/],
    ['`{{plural "many" "день"}}`', '{{plural "many" "день"}}', 'helper-argument', 9, /`plural` got `"many"`, which is not a number/],
    ['plural without forms', '{{plural 2}}', 'helper-argument', 0, /needs the word forms/],
    ['plural with a number as a form', '{{plural 2 "день" 3}}', 'helper-argument', 18, /word forms are text, got `3`/],
    [
      'a greeting style it does not know',
      '{{greeting style="loud"}}',
      'helper-argument',
      11,
      /`greeting` got the style `"loud"`, expected `"casual"`/,
    ],
    [
      'salutation with an option it does not have',
      '{{salutation author.name stlye="casual"}}',
      'helper-argument',
      25,
      /`salutation` has no option `stlye=`; it takes `style=`/,
    ],
    ['name with two names', '{{name author.name author.handle}}', 'helper-argument', 19, /`name` takes one argument, got 2/],
    ['greeting with an argument', '{{greeting author.name}}', 'helper-argument', 11, /`greeting` takes no arguments/],
    ['dear with an option', '{{dear author.name x=1}}', 'helper-argument', 19, /`dear` has no option `x=`$/],
  ])('%s', (_title, text, rule, column, message) => {
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0].slice(0, 2)).toEqual([rule, column]);
    expect(found[0][2]).toMatch(message);
  });

  it.each([
    '{{> sign-off}}',
    '{{> "sign-off"}}',
    '{{> footer/short.v2}}',
    '{{> sign-off author}}',
    '{{formatDate due}}',
    '{{formatDate at "time"}}',
    '{{formatDate "2026-03-03T10:15:00+03:00" "datetime"}}',
    '{{formatDate due style}}',
    '{{plural 2 "день" "дня" "дней"}}',
    '{{plural "1,5" "день" "дня"}}',
    '{{plural n a b c d}}',
    '{{greeting}}',
    '{{greeting style="casual"}}',
    '{{salutation}}',
    '{{salutation author.name style=s}}',
    '{{name author.name fallback="друг"}}',
    '{{dear author.name}}',
    '{{text.length}}',
    '{{author.name}}',
    '{{#each signals}}{{@key}}{{/each}}',
  ])('accepts %s', (text) => {
    expect(problems(text)).toEqual([]);
  });

  it('uses the partial id pattern of the playbook schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/playbook.schema.json', import.meta.url), 'utf8'));
    expect(new RegExp(schema.properties.partials.propertyNames.pattern).source).toBe(PARTIAL_ID.source);
  });
});
