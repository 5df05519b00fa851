import { describe, expect, it } from 'vitest';
import { compileTemplates, finishReply, renderReply } from '../../src/template/index.js';
import { ctx, partial, playbook, template } from './support.js';

function render(text: string, over: Parameters<typeof ctx>[0] = {}, partials: Array<[string, string]> = []) {
  const pb = playbook({ templates: [template('t', {}, text)], partials: partials.map(([id, p]) => partial(id, p)) });
  return renderReply(compileTemplates(pb), 't', ctx(over));
}

describe('renderReply', () => {
  it("renders the domain's official reply", () => {
    const text =
      '{{salutation author.name}} Спасибо за ваш отзыв. Мы хотим разобраться в сложившейся ситуации, но по описанию в отзыве мы не смогли вас идентифицировать в нашей системе. Уточните, пожалуйста, номер вашего заказа. Обязательно разберемся и вернемся с обратной связью.';
    expect(render(text)).toEqual({
      text: 'Добрый день, Виктория! Спасибо за ваш отзыв. Мы хотим разобраться в сложившейся ситуации, но по описанию в отзыве мы не смогли вас идентифицировать в нашей системе. Уточните, пожалуйста, номер вашего заказа. Обязательно разберемся и вернемся с обратной связью.',
    });
  });

  it.each([
    ['a missing variable is an error in strict mode', '{{author.handle}}', /`handle` is not defined \(line 1, column 3 of the template\)/],
    ['a missing signal', 'Заказ {{signals.order-number}}', /`order-number` is not defined/],
    [
      'a partial path, never a file lookup',
      '{{> ../../etc/passwd}}',
      /is not compiled: `..\/..\/etc\/passwd` is not a partial id .* never from files/,
    ],
    ['an unknown partial', '{{> footer}}', /partial footer could not be found/],
    ['a partial named by a string with a path', '{{> "../x"}}', /is not compiled: `"..\/x"` is not a partial id/],
    ['a dynamic partial', '{{> (name author.name)}}', /is not compiled: A partial named by a sub-expression/],
    ['an escaped partial name', '{{> [sign-off]}}', /writes the partial's id with escapes/],
    ['an inline partial', '{{#*inline "x"}}X{{/inline}}{{> x}}', /is not compiled: Inline partials and decorators/],
    ['a helper outside the vocabulary (lookup)', '{{lookup author "name"}}', /does not compile: .*unknown helper lookup/],
    ['a helper outside the vocabulary (log)', '{{log "x"}}', /does not compile: .*unknown helper log/],
    ['an unknown helper call', '{{shout author.name}}', /does not compile: .*unknown helper shout/],
    ['a syntax error', '{{#if author.name}}unclosed', /does not compile/],
    [
      'prototype walk from the root',
      '{{constructor.constructor}}',
      /is not compiled: `constructor.constructor` names `constructor`, a property every JavaScript object inherits/,
    ],
    ['prototype walk from a string', '{{author.name.constructor.constructor}}', /is not compiled: .*`constructor`/],
    ['prototype walk from this', '{{this.constructor}}', /is not compiled: `this.constructor` names `constructor`/],
    ['prototype walk from @root', '{{@root.__proto__}}', /is not compiled: `@root.__proto__` names `__proto__`/],
    ['prototype walk from a parent', '{{#each signals}}{{../constructor}}{{/each}}', /is not compiled: `..\/constructor`/],
    ['__proto__', '[{{__proto__}}]', /is not compiled: `__proto__` is a property every JavaScript object inherits/],
    [
      'a helper literal it cannot use',
      '{{formatDate "not a date"}}',
      /failed to render: `formatDate` got `"not a date"`, which is not a time/,
    ],
  ])('%s', (_title, text, error) => {
    const out = render(text);
    expect('error' in out && out.error).toMatch(error);
  });

  it('reports an unknown template id without throwing', () => {
    expect(renderReply(compileTemplates(playbook()), 'nope', ctx())).toEqual({ error: 'Unknown template `nope`' });
  });

  it.each([
    ['no HTML escaping', '{{text}}', { text: 'Tom & Jerry <b>"x"</b> \'y\'' }, 'Tom & Jerry <b>"x"</b> \'y\''],
    [
      'a name with a script is just text',
      '{{author.name}}',
      { author: { name: '<script>alert(1)</script>' } },
      '<script>alert(1)</script>',
    ],
    [
      'a name that looks like a template is not compiled',
      '{{author.name}}',
      { author: { name: '{{constructor.constructor}}' } },
      '{{constructor.constructor}}',
    ],
    [
      'mention text with tags is not compiled',
      '«{{text}}»',
      { text: '{{#each this}}{{/each}} {{> x}}' },
      '«{{#each this}}{{/each}} {{> x}}»',
    ],
    ['if on a missing field is allowed', '{{#if author.handle}}@{{author.handle}}{{else}}без ника{{/if}}', {}, 'без ника'],
    [
      'each over signals',
      '{{#each signals}}{{@key}}={{this}};{{/each}}',
      { signals: { 'order-number': '12345678', url: 'x.ru' } },
      'order-number=12345678;url=x.ru;',
    ],
    ['a helper with a missing argument', '{{name author.handle}}', {}, 'уважаемый клиент'],
  ])('%s', (_title, text, over, expected) => {
    expect(render(text, over)).toEqual({ text: expected });
  });

  it('does not let a template reach Function through a name', () => {
    const out = render('{{#with author.name}}{{constructor.constructor "return process"}}{{/with}}', { author: { name: 'x' } });
    expect(out).not.toHaveProperty('text', expect.stringContaining('process'));
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it("uses the playbook's partials, and partials may use partials", () => {
    const out = render('Спасибо! {{> sign-off}}', {}, [
      ['sign-off', '{{> team}}, {{brand}}'],
      ['team', 'Команда'],
    ]);
    expect(out).toEqual({ text: 'Спасибо! Команда, Acme Market' });
  });

  it('reports a partial that does not compile', () => {
    const rt = compileTemplates(playbook({ templates: [template('t', {}, '{{> p}}')], partials: [partial('p', '{{#if}}')] }));
    expect(rt.errors.get('p')).toMatch(/^Partial `p` does not compile/);
    expect(renderReply(rt, 't', ctx())).toHaveProperty('error');
  });

  it('compiles every template once, eagerly', () => {
    const rt = compileTemplates(playbook({ templates: [template('ok', {}, 'x'), template('bad', {}, '{{#each}}')] }));
    expect([...rt.templates.keys()]).toEqual(['ok']);
    expect(rt.errors.get('bad')).toMatch(/^Template `bad` does not compile/);
  });

  it('keeps playbooks isolated', () => {
    const a = compileTemplates(playbook({ templates: [template('t', {}, '{{> p}}')], partials: [partial('p', 'A')] }));
    const b = compileTemplates(playbook({ templates: [template('t', {}, '{{> p}}')], partials: [partial('p', 'B')] }));
    expect(renderReply(a, 't', ctx())).toEqual({ text: 'A' });
    expect(renderReply(b, 't', ctx())).toEqual({ text: 'B' });
  });
});

describe('finishReply', () => {
  it.each([
    ['appends the signature on its own line', 'Спасибо!  \n', { signature: 'Команда Acme' }, 'Спасибо!\nКоманда Acme'],
    ['does not sign twice', 'Спасибо!\nКоманда Acme\n', { signature: 'Команда Acme' }, 'Спасибо!\nКоманда Acme'],
    ['collapses 3+ newlines', 'a\n\n\n\nb\n\nc', {}, 'a\n\nb\n\nc'],
    ['trims trailing spaces of lines and CRLF', 'a  \r\nb\t\r\n', {}, 'a\nb'],
    ['an empty signature adds nothing', 'a', { signature: '  ' }, 'a'],
  ])('%s', (_title, text, voice, expected) => {
    expect(finishReply(text, voice)).toBe(expected);
  });
});
