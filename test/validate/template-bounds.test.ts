/** The template bounds and values checks: located diagnostics in the YAML, and one scan and parse per text. */
import Handlebars from 'handlebars';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkProject, createChecker } from '../../src/validate/index.js';
import { filesOf, VALID_PLAYBOOK } from './helpers.js';

/** The playbook with `templates/extra.yaml` holding these templates (each `when: { type: constructive, voice: official }`) and partials. */
function withTemplates(templates: Record<string, string>, partials: Record<string, string> = {}): Record<string, string> {
  const lines = ['templates:'];
  for (const [id, text] of Object.entries(templates))
    lines.push(
      `  ${id}:`,
      '    when: { type: constructive, voice: official }',
      '    text: |',
      ...text.split('\n').map((l) => `      ${l}`),
    );
  if (Object.keys(partials).length)
    lines.push('partials:', ...Object.entries(partials).map(([id, text]) => `  ${id}: ${JSON.stringify(text)}`));
  return { ...VALID_PLAYBOOK, 'templates/extra.yaml': `${lines.join('\n')}\n` };
}

const at = (d: Diagnostic) => `${d.ruleId} ${d.file}:${d.range.start.line}:${d.range.start.column}`;
const ours = (ds: readonly Diagnostic[]) => ds.filter((d) => d.file.endsWith('extra.yaml') && d.severity === 'error');

describe('template bounds, located', () => {
  it.each([
    [
      '33 nested blocks, at the 33rd',
      { t: `{{#if author.name}}\n${'{{#if author.name}}'.repeat(32)}x${'{{/if}}'.repeat(33)}` },
      {},
      ['template/too-deep pb/templates/extra.yaml:6:596'],
    ],
    [
      '17 nested sub-expressions',
      { t: `Hi\n{{name ${'(name '.repeat(17)}author.name${')'.repeat(17)}}}` },
      {},
      ['template/too-deep pb/templates/extra.yaml:6:7'],
    ],
    [
      'a partial path',
      { t: 'Hi {{> "../x"}} and {{> ../y}}' },
      {},
      ['template/dynamic-partial pb/templates/extra.yaml:5:14', 'template/dynamic-partial pb/templates/extra.yaml:5:31'],
    ],
    ['a dynamic partial', { t: 'Hi\n  {{> (name author.name)}}' }, {}, ['template/dynamic-partial pb/templates/extra.yaml:6:13']],
    [
      'an inline partial',
      { t: '{{#*inline "x"}}y{{/inline}}{{> x}}' },
      {},
      ['template/inline-partial pb/templates/extra.yaml:5:7', 'template/unknown-partial pb/templates/extra.yaml:5:39'],
    ],
    [
      'a self-including partial, at its include',
      { t: '{{> self}}' },
      { self: 'a {{> self}}' },
      ['template/partial-recursion pb/templates/extra.yaml:7:16'],
    ],
    [
      'a 3-cycle, once',
      { t: '{{> a}}' },
      { a: '{{> b}}', b: '{{> c}}', c: '{{> a}}' },
      ['template/partial-recursion pb/templates/extra.yaml:9:11'],
    ],
    [
      'prototype paths',
      { t: '{{this.constructor}}\n{{@root.__proto__}} {{constructor.constructor}}' },
      {},
      [
        'template/prototype-access pb/templates/extra.yaml:5:9',
        'template/prototype-access pb/templates/extra.yaml:6:9',
        'template/prototype-access pb/templates/extra.yaml:6:29',
      ],
    ],
    [
      'a literal formatDate cannot use',
      { t: 'До {{formatDate "not a date"}}, {{formatDate due "YYYY"}}' },
      {},
      ['template/helper-argument pb/templates/extra.yaml:5:23', 'template/helper-argument pb/templates/extra.yaml:5:56'],
    ],
  ])('%s', (_title, templates, partials, expected) => {
    const r = checkProject(filesOf(withTemplates(templates, partials)));
    const found = ours(r.diagnostics);
    expect(found.map(at)).toEqual(expected);
  });

  it('names the size and the limit of a template over the expansion', () => {
    const doubling = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`p${i + 1}`, i === 0 ? 'xxxxxxxxxx' : `{{> p${i}}}{{> p${i}}}`]),
    );
    const r = checkProject(filesOf(withTemplates({ t: 'Hello {{> p20}}' }, doubling)));
    const big = ours(r.diagnostics).filter((d) => d.ruleId === 'template/too-large');
    expect(big.map((d) => d.message)).toEqual([
      // p1 is 10 characters, p(k) = 2 p(k-1) + its 2 tags = 12·2^(k-1) − 2; the template adds "Hello ", its tag and the newline
      'The template `t` expands to 6,291,462 characters in the worst case, over the limit of 100,000: the partial `p20`, included here, makes 6,291,454 of them',
      'The partial `p15` expands to 196,606 characters in the worst case, over the limit of 100,000: the partial `p14`, included 2 times (first here), makes 196,604 of them',
    ]);
    expect(big.map(at)).toEqual(['template/too-large pb/templates/extra.yaml:5:17', 'template/too-large pb/templates/extra.yaml:21:13']);
  });

  it('refuses loops whose bodies multiply past the limit', () => {
    const r = checkProject(
      filesOf(withTemplates({ t: `Hi {{#each signals}}${'{{#each this}}'.repeat(4)}${'x'.repeat(20)}${'{{/each}}'.repeat(5)}` })),
    );
    const [d] = ours(r.diagnostics);
    expect(at(d)).toBe('template/too-large pb/templates/extra.yaml:5:10');
    expect(d.message).toMatch(
      /^The template `t` expands to [\d,]+ characters in the worst case, over the limit of 100,000: each `\{\{#each\}\}` repeats its body up to 12 times .* loops nest 5 deep$/,
    );
  });

  it("refuses the texts past the playbook's tag total, once", () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`t${i}`, `{{brand}} ${'{{brand}}'.repeat(999)}`]));
    const r = checkProject(filesOf(withTemplates(many)));
    const found = ours(r.diagnostics).filter((d) => d.ruleId.startsWith('template/'));
    expect(found.map(at)).toEqual(['template/too-many-tags pb/templates/extra.yaml:85:7']);
    expect(found[0].message).toMatch(
      /^The playbook's templates and partials hold more than 20,000 tags together \(the limit is 20,000\); the template `t20` and the texts after it are not parsed$/,
    );
  });

  it('reports a refused text once: no syntax error, no unknown names from it', () => {
    const r = checkProject(filesOf(withTemplates({ t: `${'{{#if nope}}'.repeat(40)}{{unknown}}` })));
    expect(ours(r.diagnostics).map((d) => d.ruleId)).toEqual(['template/too-deep']);
  });

  it('leaves prototype paths and partial paths to their rules, not to the vocabulary', () => {
    const r = checkProject(filesOf(withTemplates({ t: '{{constructor}} {{> ../x}} {{> "nope"}}' })));
    expect(ours(r.diagnostics).map((d) => d.ruleId)).toEqual([
      'template/prototype-access',
      'template/dynamic-partial',
      'template/unknown-partial',
    ]);
  });
});

describe('one scan and one parse per text', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses each text once per check, and not again while it is unchanged', () => {
    const parse = vi.spyOn(Handlebars, 'parse');
    // A text no other test parsed: texts are parsed once per process (src/template/parsed.ts).
    const marker = `${Date.now()}-${Math.random()}`;
    const fresh = `{{salutation author.name}} {{> sign-off}} ${marker}`;
    const files = withTemplates({ t: fresh });
    const checker = createChecker();
    const first = checker.checkPlaybook('pb', filesOf(files));
    const parsed = parse.mock.calls.map((c) => c[0]);
    expect(parsed.filter((t) => t.includes(marker))).toHaveLength(1);
    expect(new Set(parsed).size).toBe(parsed.length); // none twice
    expect(parsed.length).toBeLessThanOrEqual(3 + 1 + 1); // the playbook's 3 templates and 1 partial, and `t`
    parse.mockClear();
    const again = checker.checkPlaybook(
      'pb',
      filesOf({ ...files, 'playbook.yaml': files['playbook.yaml'].replace('Acme Market', 'Acme Market 2') }),
    );
    expect(parse).not.toHaveBeenCalled();
    expect(again.diagnostics.length).toBe(first.diagnostics.length);
  });
});
