/** The renderer refuses what `check` refuses, and stops a reply at its size limit. */
import { describe, expect, it } from 'vitest';
import { compileTemplates, MAX_PLAYBOOK_TAGS, MAX_RENDERED_LENGTH, renderReply } from '../../src/template/index.js';
import { MAX_TEMPLATE_TAGS } from '../../src/template/prescan.js';
import { ctx, partial, playbook, template } from './support.js';

function compile(text: string, partials: Record<string, string> = {}) {
  return compileTemplates(
    playbook({ templates: [template('t', {}, text)], partials: Object.entries(partials).map(([id, p]) => partial(id, p)) }),
  );
}

const doubling = (n: number, first: string) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i + 1}`, i === 0 ? first : `{{> p${i}}}{{> p${i}}}`]));

describe('compileTemplates refuses what cannot be bounded', () => {
  it.each([
    [
      '20,000 nested blocks',
      `${'{{#if author.name}}'.repeat(20_000)}x${'{{/if}}'.repeat(20_000)}`,
      {},
      /^Template `t` is not compiled: blocks nest more than 32 levels deep here \(the limit is 32\) \(line 1, column 609 of the text\)$/,
    ],
    [
      '5,000 nested sub-expressions',
      `{{name ${'(name '.repeat(5_000)}a${')'.repeat(5_000)}}}`,
      {},
      /^Template `t` is not compiled: sub-expressions `\(…\)` nest more than 16 levels deep/,
    ],
    [
      'p1..p30, each including the previous twice',
      '{{> p30}}',
      doubling(30, 'x'),
      /^Template `t` is not compiled: it expands to 1,610,612,735 characters in the worst case, over the limit of 100,000$/,
    ],
    ['empty partials that double', '{{> p30}}', doubling(30, ''), /expands to 1,073,741,823 characters in the worst case/],
    [
      'a partial that includes itself',
      'a {{> self}}',
      { self: 'b {{> self}}' },
      /^Template `t` is not compiled: it includes the partial `self`, which includes itself/,
    ],
    ['a 3-cycle', '{{> a}}', { a: '{{> b}}', b: '{{> c}}', c: '{{> a}}' }, /includes the partial `a`, which includes itself/],
    [
      'loops nested past the expansion',
      `${'{{#each @root}}'.repeat(6)}x${'{{/each}}'.repeat(6)}`,
      {},
      /expands to 3,\d{3},\d{3} characters in the worst case/,
    ],
    ['a dynamic partial', '{{> (lookup . "x")}}', {}, /not compiled: A partial named by a sub-expression/],
  ])('%s', (_title, text, partials, error) => {
    const rt = compile(text, partials);
    expect(rt.templates.has('t')).toBe(false);
    expect(rt.errors.get('t')).toMatch(error);
    expect(renderReply(rt, 't', ctx())).toEqual({ error: rt.errors.get('t') });
  });

  it('refuses the partials in a cycle themselves', () => {
    const rt = compile('ok', { self: '{{> self}}', a: '{{> b}}', b: '{{> a}}', fine: 'x' });
    expect(rt.errors.get('self')).toBe('Partial `self` is not compiled: it includes itself (directly or through other partials)');
    expect(rt.errors.get('a')).toMatch(/^Partial `a` is not compiled/);
    expect(rt.errors.has('fine')).toBe(false);
    expect(renderReply(rt, 't', ctx())).toEqual({ text: 'ok' });
  });

  it(`refuses texts past ${MAX_PLAYBOOK_TAGS.toLocaleString('en-US')} tags in all`, () => {
    const text = '{{brand}}'.repeat(MAX_TEMPLATE_TAGS);
    const count = MAX_PLAYBOOK_TAGS / MAX_TEMPLATE_TAGS + 2;
    const rt = compileTemplates(playbook({ templates: Array.from({ length: count }, (_, i) => template(`t${i}`, {}, text)) }));
    expect(rt.templates.size).toBe(MAX_PLAYBOOK_TAGS / MAX_TEMPLATE_TAGS);
    expect(rt.errors.get(`t${count - 1}`)).toMatch(/hold more than 20,000 tags together/);
  });
});

describe('renderReply stops at the output limit', () => {
  const LIMIT = /^Template `t` failed to render: the reply grew past 1,000,000 characters, the most a rendered reply may have$/;

  it('stops loops over the mention text', () => {
    const rt = compile('{{#each @root}}{{#each @root}}{{#each @root}}{{#each @root}}{{@root.text}}{{/each}}{{/each}}{{/each}}{{/each}}');
    expect(rt.errors.size).toBe(0); // within the expansion: the size comes from the mention
    expect(renderReply(rt, 't', ctx({ text: 'x'.repeat(5_000) }))).toMatchObject({ error: expect.stringMatching(LIMIT) });
    expect(renderReply(rt, 't', ctx({ text: 'short' }))).toHaveProperty('text');
  });

  it('stops partials that repeat the mention text', () => {
    const rt = compile('{{> p15}}', doubling(15, '{{text}}'));
    expect(rt.errors.size).toBe(0);
    expect(renderReply(rt, 't', ctx({ text: 'y'.repeat(5_000) }))).toMatchObject({ error: expect.stringMatching(LIMIT) });
  });

  it('stops a template that repeats the mention text', () => {
    const rt = compile('{{text}}'.repeat(500));
    expect(renderReply(rt, 't', ctx({ text: 'z'.repeat(3_000) }))).toMatchObject({ error: expect.stringMatching(LIMIT) });
  });

  it('renders a reply at the limit', () => {
    const rt = compile('{{text}}');
    expect(renderReply(rt, 't', ctx({ text: 'a'.repeat(MAX_RENDERED_LENGTH) }))).toEqual({ text: 'a'.repeat(MAX_RENDERED_LENGTH) });
    expect(renderReply(rt, 't', ctx({ text: 'a'.repeat(MAX_RENDERED_LENGTH + 1) }))).toMatchObject({ error: expect.stringMatching(LIMIT) });
  });

  it('keeps `each` working: blocks, the else branch, @index', () => {
    const rt = compile('{{#each signals}}{{@index}}:{{@key}}={{this}};{{else}}none{{/each}}');
    expect(renderReply(rt, 't', ctx({ signals: { a: '1', b: '2' } }))).toEqual({ text: '0:a=1;1:b=2;' });
    expect(renderReply(rt, 't', ctx({ signals: {} }))).toEqual({ text: 'none' });
  });
});
