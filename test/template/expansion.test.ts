import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { analyseTemplate, type TemplateShape } from '../../src/template/analyse.js';
import { expansionOf, loopBound, MAX_TEMPLATE_EXPANSION, partialGraph } from '../../src/template/expansion.js';
import { REPLY_CONTEXT_FIELDS } from '../../src/template/context.js';
import { BUILTIN_SIGNALS } from '../../src/classify/signals.js';

const shape = (text: string): TemplateShape => analyseTemplate(Handlebars.parse(text), text);
const shapes = (partials: Record<string, string>) => new Map(Object.entries(partials).map(([id, text]) => [id, shape(text)]));
const doubling = (n: number, first = 'x') =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i + 1}`, i === 0 ? first : `{{> p${i}}}{{> p${i}}}`]));

describe('analyseTemplate: size and includes', () => {
  it.each([
    ['literal text', 'Hello', [5], []],
    ['each tag counts one', 'Hi {{name author.name}}!', [5], []],
    ['a block and both branches', '{{#if a}}yes{{else}}no{{/if}}', [6], []],
    ['a loop body counts at depth 1', 'a{{#each signals}}xy{{/each}}', [2, 2], []],
    ['nested loops', '{{#each a}}{{#each b}}z{{/each}}{{/each}}', [1, 1, 1], []],
    ['the inverse of a loop is not repeated', '{{#each a}}x{{else}}none{{/each}}', [5, 1], []],
    [
      'includes, by id and by string',
      '{{> a}} {{> "b/c"}}',
      [3],
      [
        ['a', 0],
        ['b/c', 0],
      ],
    ],
    ['an include inside a loop', '{{#each signals}}{{> a}}{{/each}}', [1, 1], [['a', 1]]],
    ['a partial block', '{{#> a}}fallback{{/a}}', [9], [['a', 0]]],
    ['comments count nothing', '{{!-- long --}}x{{! short }}', [1], []],
  ] as const)('%s', (_title, text, chars, calls) => {
    const s = shape(text);
    expect(s.chars).toEqual(chars);
    expect(s.calls.map((c) => [c.name, c.loops])).toEqual(calls);
    expect(s.problems).toEqual([]);
  });
});

describe('partialGraph and expansionOf', () => {
  const K = 12;

  it.each([
    ['no partials', {}, 'Hello {{brand}}', 7],
    ['a chain', { a: '{{> b}}!', b: '{{> c}}?', c: 'xyz' }, '{{> a}}', 1 + 2 + 2 + 3],
    [
      'a diamond: the shared partial counted on each path',
      { a: '{{> b}}{{> c}}', b: '{{> d}}', c: '{{> d}}', d: 'dd' },
      '{{> a}}',
      1 + 2 + 2 * (1 + 2),
    ],
    ['a loop multiplies its body', {}, '{{#each signals}}ab{{/each}}', 1 + K * 2],
    ['a partial inside a loop', { a: 'xyz' }, '{{#each signals}}{{> a}}{{/each}}', 1 + K * (1 + 3)],
    ['a loop inside a partial inside a loop', { a: '{{#each this}}x{{/each}}' }, '{{#each this}}{{> a}}{{/each}}', 1 + K * (1 + 1 + K)],
    ['an unknown partial counts its tag only', {}, '{{> nope}}', 1],
    ['doubling partials', doubling(10), '{{> p10}}', 1 + (2 ** 9 * 1 + 2 * (2 ** 9 - 1))],
  ] as const)('%s', (_title, partials, text, size) => {
    const graph = partialGraph(shapes(partials), K);
    expect(graph.cycles).toEqual([]);
    expect(expansionOf(shape(text), graph).size).toBe(size);
  });

  it('gives p1..p30 (each including the previous twice) its size without rendering it', () => {
    const graph = partialGraph(shapes(doubling(30)), K);
    const x = expansionOf(shape('{{> p30}}'), graph);
    expect(x.size).toBe(1 + 2 ** 29 + 2 * (2 ** 29 - 1));
    expect(x.size).toBeGreaterThan(MAX_TEMPLATE_EXPANSION);
    expect(x.largest).toMatchObject({ name: 'p30', includes: 1 });
    expect(graph.size.get('p17')).toBeGreaterThan(MAX_TEMPLATE_EXPANSION);
    expect(graph.size.get('p16')).toBeLessThan(MAX_TEMPLATE_EXPANSION);
  });

  it('keeps sizes finite where loops nest deeply', () => {
    const text = `${'{{#each this}}'.repeat(30)}x${'{{/each}}'.repeat(30)}`;
    const size = expansionOf(shape(text), partialGraph(new Map(), 1_000)).size;
    expect(Number.isFinite(size)).toBe(true);
    expect(size).toBeGreaterThan(MAX_TEMPLATE_EXPANSION);
  });

  it.each([
    ['a partial including itself', { a: 'x {{> a}}' }, [['a', 'a', ['a', 'a']]], ['a']],
    ['a 3-cycle', { a: '{{> b}}', b: '{{> c}}', c: '{{> a}}' }, [['c', 'a', ['a', 'b', 'c', 'a']]], ['a', 'b', 'c']],
    ['a cycle reached from outside it', { top: '{{> a}}', a: '{{> b}}', b: '{{> a}}' }, [['b', 'a', ['a', 'b', 'a']]], ['top', 'a', 'b']],
    [
      'two cycles through one partial',
      { a: '{{> b}}{{> c}}', b: '{{> a}}', c: '{{> a}}' },
      [
        ['b', 'a', ['a', 'b', 'a']],
        ['c', 'a', ['a', 'c', 'a']],
      ],
      ['a', 'b', 'c'],
    ],
  ] as const)('finds %s', (_title, partials, cycles, recursive) => {
    const graph = partialGraph(shapes(partials), K);
    expect(graph.cycles.map((c) => [c.in, c.call.name, c.cycle])).toEqual(cycles);
    expect([...graph.recursive].sort()).toEqual([...recursive].sort());
    expect(expansionOf(shape('{{> a}}'), graph).recursive?.name).toBe('a');
  });

  it('walks a chain of 20,000 partials without recursing', () => {
    const partials = new Map<string, TemplateShape>();
    const link: TemplateShape = { chars: [2], calls: [], firstLoop: null, problems: [] };
    for (let i = 0; i < 20_000; i++) {
      partials.set(
        `p${i}`,
        i === 19_999
          ? link
          : { ...link, calls: [{ name: `p${i + 1}`, loops: 0, loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 1 } } }] },
      );
    }
    const graph = partialGraph(partials, K);
    expect(graph.size.get('p0')).toBe(40_000);
    expect(graph.cycles).toEqual([]);
  });

  it('counts a partial that did not parse as empty', () => {
    const graph = partialGraph(
      new Map([
        ['bad', null],
        ['ok', shape('{{> bad}}')],
      ]),
      K,
    );
    expect(graph.size.get('ok')).toBe(1);
  });
});

describe('loopBound', () => {
  it('is the largest object of the reply context: the context itself or the signals', () => {
    expect(loopBound({ signals: new Map() })).toBe(Math.max(REPLY_CONTEXT_FIELDS.length, BUILTIN_SIGNALS.length));
    const many = new Map(Array.from({ length: 40 }, (_, i) => [`s${i}`, {}]));
    expect(loopBound({ signals: many } as never)).toBe(40 + BUILTIN_SIGNALS.length);
  });
});
