import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import {
  lineColumnAt,
  MAX_SUBEXPRESSION_NESTING,
  MAX_TEMPLATE_NESTING,
  MAX_TEMPLATE_TAGS,
  prescanTemplate,
} from '../../src/template/prescan.js';

const ifs = (n: number, body = 'x') => `${'{{#if a}}'.repeat(n)}${body}${'{{/if}}'.repeat(n)}`;
const subs = (n: number) => `{{name ${'(name '.repeat(n)}a${')'.repeat(n)}}}`;

describe('prescanTemplate', () => {
  it.each([
    ['plain text', 'Hello, world', 0, 0],
    ['two tags', '{{a}} and {{b.c}}', 2, 0],
    ['comments are not tags', '{{! a }}{{!-- {{#if}} }} --}}{{~!-- x --~}}', 0, 0],
    ['an escaped tag is text', '\\{{#if a}} x', 0, 0],
    ['a backslash before a real tag', '\\\\{{#if a}}x{{/if}}', 2, 1],
    ['a block', '{{#if a}}x{{else}}y{{/if}}', 3, 1],
    ['`{{^}}` is an else, `{{^a}}` a block', '{{#if a}}{{^}}{{/if}}{{^a}}{{/a}}', 5, 1],
    ['an else-if chain nests in its block', '{{#if a}}{{else if b}}{{else if c}}{{/if}}{{#if d}}{{/if}}', 6, 3],
    ['a partial block nests', '{{#> p}}{{#if a}}x{{/if}}{{/p}}', 4, 2],
    ['triple-stash and tildes', '{{{a}}} {{~#if b~}}x{{~/if~}}', 3, 1],
    ['braces inside a string do not close the tag', '{{name "}} {{#if" fallback=\'}}\'}}', 1, 0],
    ['a raw block holds text', '{{{{raw}}}}{{#if a}}{{{{/raw}}}}', 1, 1],
    [`${MAX_TEMPLATE_NESTING} nested blocks`, ifs(MAX_TEMPLATE_NESTING), MAX_TEMPLATE_NESTING * 2, MAX_TEMPLATE_NESTING],
    [`${MAX_SUBEXPRESSION_NESTING} nested sub-expressions`, subs(MAX_SUBEXPRESSION_NESTING), 1, 0],
    ['parens inside a string', `{{name "${'('.repeat(40)}"}}`, 1, 0],
    [`${MAX_TEMPLATE_TAGS} tags`, '{{a}}'.repeat(MAX_TEMPLATE_TAGS), MAX_TEMPLATE_TAGS, 0],
    ['an unclosed tag is left to the parser', '{{#if a}}{{b', 2, 1],
  ])('%s', (_title, text, tags, nesting) => {
    expect(prescanTemplate(text)).toEqual({ tags, nesting, problem: null });
  });

  it.each([
    [
      'one block too many',
      ifs(MAX_TEMPLATE_NESTING + 1),
      'too-deep',
      MAX_TEMPLATE_NESTING * 9,
      '{{#if a}}',
      /blocks nest more than 32 levels deep here \(the limit is 32\)/,
    ],
    ['20,000 nested blocks', ifs(20_000), 'too-deep', MAX_TEMPLATE_NESTING * 9, '{{#if a}}', /more than 32 levels/],
    [
      'an else-if chain too long',
      `{{#if a}}${'{{else if a}}'.repeat(MAX_TEMPLATE_NESTING)}{{/if}}`,
      'too-deep',
      9 + (MAX_TEMPLATE_NESTING - 1) * 13,
      '{{else if a}}',
      /more than 32 levels/,
    ],
    [
      'raw blocks inside raw blocks',
      `${'{{{{raw}}}}'.repeat(MAX_TEMPLATE_NESTING + 1)}`,
      'too-deep',
      MAX_TEMPLATE_NESTING * 11,
      '{{{{raw}}}}',
      /more than 32 levels/,
    ],
    [
      'one sub-expression too many',
      subs(MAX_SUBEXPRESSION_NESTING + 1),
      'too-deep',
      0,
      subs(MAX_SUBEXPRESSION_NESTING + 1),
      /sub-expressions `\(…\)` nest more than 16 levels deep in this tag \(the limit is 16\)/,
    ],
    ['5,000 nested sub-expressions', `ok {{x}} ${subs(5_000)}`, 'too-deep', 9, subs(5_000), /more than 16/],
    [
      'sub-expressions in a hash value',
      `{{name a fallback=${'(name '.repeat(17)}a${')'.repeat(17)}}}`,
      'too-deep',
      0,
      undefined,
      /more than 16/,
    ],
    [
      'one tag too many',
      `${'{{a}}'.repeat(MAX_TEMPLATE_TAGS)}{{b}}`,
      'too-many-tags',
      MAX_TEMPLATE_TAGS * 5,
      '{{',
      /more than 1,000 tags \(the limit is 1,000\)/,
    ],
  ])('refuses %s at the offending tag', (_title, text, rule, start, tagText, message) => {
    const { problem } = prescanTemplate(text);
    expect(problem).toMatchObject({ rule, start });
    expect(problem!.message).toMatch(message);
    if (tagText !== undefined) expect(text.slice(problem!.start, problem!.end)).toBe(tagText);
  });

  // The scan's nesting is what Handlebars' tree has: generated templates, compared with the parse.
  it('counts the nesting Handlebars parses, on generated templates', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const treeDepth = (node: hbs.AST.Node | undefined): number => {
      if (!node) return 0;
      if (node.type === 'Program') return Math.max(0, ...(node as hbs.AST.Program).body.map(treeDepth));
      if (node.type === 'BlockStatement' || node.type === 'PartialBlockStatement') {
        const b = node as hbs.AST.BlockStatement;
        return 1 + Math.max(treeDepth(b.program), treeDepth(b.inverse));
      }
      return 0;
    };
    for (let run = 0; run < 300; run++) {
      const gen = (depth: number): string => {
        let out = '';
        for (let k = rand(4); k >= 0; k--) {
          const pick = rand(10);
          if (depth < 8 && pick < 3) out += `{{#if a}}${gen(depth + 1)}{{/if}}`;
          else if (depth < 8 && pick === 3) out += `{{#each a}}${gen(depth + 1)}{{else}}${gen(depth + 1)}{{/each}}`;
          else if (depth < 8 && pick === 4) out += `{{#if a}}${gen(depth + 1)}{{else if b}}${gen(depth + 1)}{{^}}x{{/if}}`;
          else if (depth < 8 && pick === 5) out += `{{^a}}${gen(depth + 1)}{{/a}}`;
          else if (pick === 6) out += '{{!-- {{#if}} --}}\\{{#x}} ';
          else if (pick === 7) out += '{{name "}}(" fallback=(name a)}}';
          else out += 'text {{b}} ';
        }
        return out;
      };
      const text = gen(0);
      const scan = prescanTemplate(text);
      expect(scan.problem, text).toBeNull();
      expect(scan.nesting, text).toBe(treeDepth(Handlebars.parse(text)));
    }
  });
});

describe('lineColumnAt', () => {
  it.each([
    ['abc', 0, { line: 1, column: 0 }],
    ['abc', 2, { line: 1, column: 2 }],
    ['a\nbc\nd', 3, { line: 2, column: 1 }],
    ['a\nbc\nd', 5, { line: 3, column: 0 }],
  ])('%j at %i', (text, offset, expected) => {
    expect(lineColumnAt(text, offset)).toEqual(expected);
  });
});
