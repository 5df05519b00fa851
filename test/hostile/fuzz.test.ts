/**
 * The hostile corpus's invariants under fuzzing: random playbooks and mentions built from the
 * shapes attackers use (long runs, control characters, workflow commands, regex and Handlebars
 * fragments, partial graphs, huge numbers) go through check, the engine, the test run and every
 * human and CI reporter in-process. Whatever they hold:
 * - nothing throws, and every diagnostic is located in a file that was given;
 * - each step finishes (a hang fails the test's timeout; how long check takes on hostile input is
 *   measured in `npm run bench`, limits);
 * - no raw control character reaches the text a terminal or CI log shows, and the only workflow
 *   commands in the GitHub output are replybook's own annotations.
 * The corpus's table (test/hostile/*.test.ts) pins one case per class; this finds the ones nobody
 * wrote down.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/index.js';
import { runComplaints } from '../../src/test-run/index.js';
import { formatDiagnostics, formatTestRun } from '../../src/report/index.js';
import type { SourceFile } from '../../src/load/index.js';
import { rawUnsafe, workflowCommands } from '../support/terminal-safety.js';

const enc = new TextEncoder();

/** Fragments a hostile pull request or mention is made of. */
const ATOMS = [
  '\u001b]0;pwned\u0007',
  '\u001b[2J',
  '\r',
  '\u202e',
  '\u2028',
  '\u0000',
  '\u0085',
  '\u009b31m',
  '\n::add-mask::x',
  '\n::error file=a::b',
  '##[set-output name=a]b',
  '%0A::warning::w',
  '{{',
  '}}',
  '{{> p1}}',
  '{{#if text}}',
  '{{/if}}',
  '{{constructor}}',
  '{{formatDate "nope"}}',
  '(',
  ')',
  '(a+)+',
  '\\s*\\s*$',
  '(?=x)',
  '\\1',
  '[^]',
  '|',
  '*',
  '.*.*=.*',
  'ё',
  'Ё',
  'ты',
  'Вы',
  '😀',
  '👩‍👩‍👧',
  'заказ 12345678',
  'order #123',
  '!!!',
  'СРОЧНО',
  '"',
  "'",
  ':',
  '- ',
  '#',
  '&a',
  '*a',
  '<script>',
  '](javascript:x)',
  '|',
  '`',
];

/** A run of one character, long enough to expose quadratic work (up to 24,000: around the 20,000 a mention may have). */
const run = fc
  .record({ ch: fc.constantFrom(' ', '.', '-', "'", 'a', '\u00a0', '\n ', '\t', '{', '(', 'ё'), n: fc.integer({ min: 1, max: 24_000 }) })
  .map(({ ch, n }) => ch.repeat(Math.ceil(n / ch.length)));

const hostile: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...ATOMS) },
      { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: run },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** YAML scalar for any string: JSON's double-quoted form is valid YAML. */
const q = (s: string): string => JSON.stringify(s);

interface Fuzzed {
  brand: string;
  channelName: string;
  pattern: string;
  word: boolean;
  template: string;
  partial: string;
  texts: string[];
  authors: string[];
}

/** Mostly one of `usual` (so that many playbooks are valid and reach the engine), else hostile. */
const mostly = (usual: string[], odd: fc.Arbitrary<string> = hostile): fc.Arbitrary<string> =>
  fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: odd });

/** A hostile string short enough for a name (the limit is 1,000). */
const shortHostile = hostile.map((s) => s.slice(0, 1_200));

const fuzzed: fc.Arbitrary<Fuzzed> = fc.record({
  brand: mostly(['Acme', 'Бренд «Ромашка»'], shortHostile),
  channelName: mostly(['ВКонтакте', 'VK'], shortHostile),
  pattern: fc.oneof(
    mostly(['заказ', 'order\\s*#?\\d+', 'суд|иск']),
    fc.constantFrom(
      '(a+)+$',
      '[a-z](\\w+\\s?){1,15}$',
      '(?<!\\p{L})суд(?!\\p{L})',
      'x{1000}{1000}',
      Array.from({ length: 3000 }, (_, i) => `w${i}`).join('|'),
    ),
  ),
  word: fc.boolean(),
  template: fc.oneof(
    mostly(['Здравствуйте, {{author.name}}! Разберёмся.', 'Спасибо, {{text}}']),
    fc.constantFrom('Hello {{author.name}}, {{text}}', '{{#each this}}{{text}}{{text}}{{/each}}', '{{> p1}}{{> p1}}'),
  ),
  partial: fc.oneof(mostly(['Команда Acme']), fc.constantFrom('{{> p1}}', '{{text}}{{text}}')),
  texts: fc.array(hostile, { minLength: 1, maxLength: 3 }),
  authors: fc.array(mostly(['Виктория', 'john'], shortHostile), { minLength: 1, maxLength: 3 }),
});

function projectFiles(f: Fuzzed): SourceFile[] {
  const playbook = [
    'replybook: 1',
    `brand: ${q(f.brand)}`,
    'locale: ru',
    'timezone: Europe/Moscow',
    'channels:',
    `  vk: { name: ${q(f.channelName)}, limit: 4096 }`,
    'sla:',
    '  first_response: 1 business day',
    'signals:',
    `  fuzz: { pattern: ${q(f.pattern)}${f.word ? ', word: true' : ''} }`,
    'types:',
    '  flagged:',
    `    match: { any: [ { signal: fuzz }, { regex: ${q(f.pattern)} }, { lexicon: profanity } ] }`,
    '  other:',
    '    fallback: true',
    'partials:',
    `  p1: ${q(f.partial)}`,
    'templates:',
    '  flagged:',
    '    when: { type: flagged }',
    `    text: ${q(f.template)}`,
    '  other:',
    '    when: { type: other }',
    `    text: ${q(`Добрый день! ${f.template}`)}`,
    '',
  ].join('\n');
  const complaints = [
    'complaints:',
    ...f.texts.map((t, i) =>
      [
        `  - id: c${i}`,
        '    channel: vk',
        `    text: ${q(t)}`,
        `    author: { name: ${q(f.authors[i % f.authors.length])} }`,
        '    at: 2026-03-02T14:10:00+03:00',
        f.word ? `    expect: { reply: { matches: ${q(f.pattern)} } }` : '    expect: {}',
      ].join('\n'),
    ),
    '',
  ].join('\n');
  return [
    { path: 'pb/playbook.yaml', bytes: enc.encode(playbook) },
    { path: 'pb/complaints.yaml', bytes: enc.encode(complaints) },
  ];
}

const OWN_COMMANDS = new Set(['error', 'warning', 'notice']);

function assertSafe(out: string, what: string): void {
  expect(rawUnsafe(out), `${what}: raw control characters`).toEqual([]);
  for (const c of workflowCommands(out)) {
    expect(OWN_COMMANDS.has(c.command), `${what}: workflow command \`${c.command}\` in ${JSON.stringify(c.line.slice(0, 120))}`).toBe(true);
    expect(
      c.line.startsWith(`::${c.command} `),
      `${what}: an annotation must start its line: ${JSON.stringify(c.line.slice(0, 120))}`,
    ).toBe(true);
  }
}

describe('fuzzed hostile playbooks and mentions keep the invariants', () => {
  it('check, test and the reporters: no throw, located, escaped', () => {
    let ran = 0;
    fc.assert(
      fc.property(fuzzed, (f) => {
        const files = projectFiles(f);
        const given = new Set(files.map((x) => x.path));
        const check = checkProject(files);
        for (const d of check.diagnostics) {
          expect(given.has(d.file), `diagnostic in ${d.file}`).toBe(true);
          expect(d.range.start.line).toBeGreaterThanOrEqual(1);
          expect(d.range.start.column).toBeGreaterThanOrEqual(1);
          expect(d.ruleId).not.toBe('internal/check-failed');
        }
        const ctx = { cwd: '/project', version: 'fuzz', color: false };
        assertSafe(formatDiagnostics('stylish', check.diagnostics, ctx), 'stylish');
        assertSafe(formatDiagnostics('github', check.diagnostics, ctx), 'github (check)');
        if (check.diagnostics.some((d) => d.severity === 'error')) return;
        ran++;
        const result = runComplaints(check.playbooks, check.diagnostics, {});
        expect(result.results.length).toBe(f.texts.length);
        assertSafe(formatTestRun('human', result, ctx), 'test human');
        assertSafe(formatTestRun('github', result, ctx), 'github (test)');
      }),
      { numRuns: 150, seed: 20261201 },
    );
    // The generator must also produce runnable playbooks, or the engine half proves nothing.
    expect(ran).toBeGreaterThan(15);
  }, 300_000);
});
