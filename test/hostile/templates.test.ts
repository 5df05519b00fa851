/**
 * Hostile templates: what a pull request can write in templates and partials to make `check`,
 * `test` or `build` run for minutes, overflow the stack, fill memory, or reach outside the
 * playbook — each refused with a located diagnostic and the right exit code, in seconds.
 */
import { describeCases, type HostileCase, type Located } from './harness.js';

const FILE = 'pb/playbook.yaml';

const HEAD = [
  'replybook: 1',
  'brand: Hostile Test',
  'locale: en',
  'timezone: Europe/London',
  'channels:',
  '  x: { name: X, limit: 280 }',
  'sla:',
  '  first_response: 1 business day',
  'types:',
  '  complaint:',
  '    fallback: true',
];

interface Project {
  files: Record<string, string>;
  /** The first line of playbook.yaml holding `line`, at the column where `column` (default: `line`) starts on it. */
  at(line: string, rule: string, column?: string): Located;
}

/** A playbook whose one template has `text` (a YAML double-quoted scalar's content), with partials. */
function project(text: string, partials: Record<string, string> = {}, complaintText = 'It broke.'): Project {
  const lines = [...HEAD, 'templates:', '  complaint:', '    when: { type: complaint }', `    text: ${JSON.stringify(text)}`];
  if (Object.keys(partials).length) lines.push('partials:', ...Object.entries(partials).map(([id, t]) => `  ${id}: ${JSON.stringify(t)}`));
  const yaml = `${lines.join('\n')}\n`;
  const complaints = [
    'complaints:',
    '  - id: first',
    '    channel: x',
    `    text: ${JSON.stringify(complaintText)}`,
    '    at: 2026-03-02T10:00:00Z',
    '',
  ].join('\n');
  return {
    files: { [FILE]: yaml, 'pb/complaints.yaml': complaints },
    at(line, rule, column = line) {
      const i = lines.findIndex((l) => l.includes(line));
      if (i < 0 || !lines[i].includes(column)) throw new Error(`no line holds ${line} and ${column}`);
      return { file: FILE, line: i + 1, column: lines[i].indexOf(column) + 1, rule };
    },
  };
}

const doubling = (n: number, first: string) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i + 1}`, i === 0 ? first : `{{> p${i}}}{{> p${i}}}`]));

/** One attack run through `check` (exit 1), `test` (exit 2: an invalid playbook runs nothing) and `build` (exit 2, nothing built). */
function everyCommand(name: string, cls: string, p: Project, located: Located | Located[], output?: RegExp): HostileCase[] {
  return [
    { name: `${name} (check)`, class: cls, files: p.files, args: ['check', 'pb'], expect: { exit: 1, located, output } },
    { name: `${name} (test)`, class: cls, files: p.files, args: ['test', 'pb'], expect: { exit: 2, located, output } },
    {
      name: `${name} (build)`,
      class: cls,
      files: p.files,
      args: ['build', 'pb', '--out', 'out'],
      expect: { exit: 2, located, output: output ? [output, /nothing was built/] : /nothing was built/ },
    },
  ];
}

const exponential = project('Hello {{> p30}}', doubling(30, 'x'));
const selfInclude = project('Hello {{> self}}', { self: 'again {{> self}}' });
const cycle = project('Hello {{> a}}', { a: 'A {{> b}}', b: 'B {{> c}}', c: 'C {{> a}}' });
const nestedBlocks = project(`${'{{#if author.name}}'.repeat(20_000)}x${'{{/if}}'.repeat(20_000)}`);
const nestedSubexpressions = project(`Hi {{name ${'(name '.repeat(5_000)}author.name${')'.repeat(5_000)}}}`);
const partialPath = project('Hello {{> "../x"}} {{> ../../outside/secret.txt}}');
const dynamicPartial = project('Hello {{> (lookup . "p")}} {{> (name author.name)}}', { p: 'p' });
const prototype = project('{{this.constructor}} {{constructor.constructor}} {{@root.__proto__}}');
const notADate = project('We will answer by {{formatDate "not a date"}}.');
const staticLoops = project(`${'{{#each @root}}'.repeat(6)}${'x'.repeat(100)}${'{{/each}}'.repeat(6)}`);
const staticPartials = project('{{> p20}}', doubling(20, 'y'.repeat(100)));
const tooManyTags = project(`${'{{brand}}'.repeat(1_001)}`);
const inline = project('{{#*inline "x"}}{{> x}}{{/inline}}{{> x}}');
// Within the expansion limit: the size comes from the mention text, so only rendering can stop it.
const mentionLoops = project(
  '{{#each @root}}{{#each @root}}{{#each @root}}{{#each @root}}{{@root.text}}{{/each}}{{/each}}{{/each}}{{/each}}',
  {},
  'x'.repeat(5_000),
);
const mentionPartials = project('{{> p15}}', doubling(15, '{{text}}'), 'y'.repeat(5_000));

const RENDER_LIMIT = /the reply grew past 1,000,000 characters, the most a rendered reply may have/;

const cases: HostileCase[] = [
  ...everyCommand(
    'p1..p30 each including the previous twice',
    'templates: exponential partials',
    exponential,
    [exponential.at('p30}}', 'template/too-large'), exponential.at('p17:', 'template/too-large', 'p16')],
    /expands to 1,610,612,7\d\d characters in the worst case, over the limit of 100,000/,
  ),
  ...everyCommand(
    'a partial that includes itself',
    'templates: recursive partials',
    selfInclude,
    selfInclude.at('self:', 'template/partial-recursion', 'self}}'),
  ),
  {
    name: 'a 3-cycle of partials (check)',
    class: 'templates: recursive partials',
    files: cycle.files,
    args: ['check', 'pb'],
    expect: { exit: 1, located: cycle.at('  c:', 'template/partial-recursion', 'a}}'), output: /`a` → `b` → `c` → `a`/ },
  },
  {
    name: 'a 3-cycle of partials (test)',
    class: 'templates: recursive partials',
    files: cycle.files,
    args: ['test', 'pb'],
    expect: { exit: 2, located: cycle.at('  c:', 'template/partial-recursion', 'a}}') },
  },
  ...everyCommand(
    '20,000 nested {{#if}} blocks',
    'templates: deep nesting',
    nestedBlocks,
    { file: FILE, line: 15, column: 12 + 19 * 32, rule: 'template/too-deep' },
    /blocks nest more than 32 levels deep here \(the limit is 32\)/,
  ),
  ...everyCommand(
    '5,000 nested sub-expressions',
    'templates: deep nesting',
    nestedSubexpressions,
    { file: FILE, line: 15, column: 15, rule: 'template/too-deep' },
    /sub-expressions `\(…\)` nest more than 16 levels deep/,
  ),
  ...everyCommand(
    '{{> "../x"}} and a partial path to a file outside',
    'templates: partial paths',
    partialPath,
    [partialPath.at('\\"../x\\"', 'template/dynamic-partial'), partialPath.at('../../outside', 'template/dynamic-partial')],
    /partials come from the playbook, never from files/,
  ),
  ...everyCommand('{{> (lookup …)}} and {{> (helper)}}', 'templates: dynamic partials', dynamicPartial, [
    dynamicPartial.at('(lookup', 'template/dynamic-partial'),
    dynamicPartial.at('(name', 'template/dynamic-partial'),
  ]),
  ...everyCommand('{{this.constructor}}, {{constructor.constructor}}, {{@root.__proto__}}', 'templates: prototype access', prototype, [
    prototype.at('this.constructor', 'template/prototype-access'),
    prototype.at('constructor.constructor', 'template/prototype-access'),
    prototype.at('@root.__proto__', 'template/prototype-access'),
  ]),
  ...everyCommand(
    '{{formatDate "not a date"}}',
    'templates: helper arguments',
    notADate,
    notADate.at('\\"not a date\\"', 'template/helper-argument'),
    /`formatDate` got `"not a date"`, which is not a time/,
  ),
  ...everyCommand(
    '100 MB of loops in the template text',
    'templates: output size',
    staticLoops,
    staticLoops.at('{{#each', 'template/too-large'),
    /expands to [\d,]+ characters in the worst case, over the limit of 100,000/,
  ),
  ...everyCommand(
    '100 MB of partials in the template text',
    'templates: output size',
    staticPartials,
    staticPartials.at('p20}}', 'template/too-large'),
  ),
  ...everyCommand(
    '1,001 tags in one template',
    'templates: too many tags',
    tooManyTags,
    { file: FILE, line: 15, column: 12 + 9 * 1_000, rule: 'template/too-many-tags' },
    /more than 1,000 tags \(the limit is 1,000\)/,
  ),
  ...everyCommand(
    'an inline partial that includes itself',
    'templates: inline partials',
    inline,
    inline.at('{{#*inline', 'template/inline-partial'),
  ),
  {
    name: '100 MB from loops over the mention text (check)',
    class: 'templates: output size',
    files: mentionLoops.files,
    args: ['check', 'pb'],
    expect: { exit: 0 },
  },
  {
    name: '100 MB from loops over the mention text (test)',
    class: 'templates: output size',
    files: mentionLoops.files,
    args: ['test', 'pb'],
    expect: { exit: 1, located: { file: 'pb/complaints.yaml', line: 2 }, output: RENDER_LIMIT, maxMs: 10_000 },
  },
  {
    name: '100 MB from loops over the mention text (build)',
    class: 'templates: output size',
    files: mentionLoops.files,
    args: ['build', 'pb', '--out', 'out'],
    expect: { exit: 1, output: [RENDER_LIMIT, /nothing was built/], maxMs: 10_000 },
  },
  {
    name: '100 MB from partials repeating the mention text (test)',
    class: 'templates: output size',
    files: mentionPartials.files,
    args: ['test', 'pb'],
    expect: { exit: 1, located: { file: 'pb/complaints.yaml', line: 2 }, output: RENDER_LIMIT, maxMs: 10_000 },
  },
];

describeCases('hostile templates', cases);
