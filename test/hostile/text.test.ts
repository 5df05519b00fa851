/**
 * Text a mention controls, and the watchdog: long runs of spaces, dots, dashes, apostrophes, NBSP
 * and `\n ` in a complaint's text and author name (which used to reach quadratic trims), texts over
 * the mention limits (a located diagnostic), and complaints that run out of their time budget (a
 * located failure, and the run goes on). Each through `check`, `test`, `build --out` and
 * `sim --text`, with its exit code, within a few seconds.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { describeCases, type HostileCase } from './harness.js';

const CLASS = 'bounded time: text a mention controls';
const WATCHDOG = 'bounded time: the per-complaint time budget';
const AT = '2026-03-02T10:00:00Z';
/** A bound for a run that must not hang: seconds, where the quadratic trims took minutes. */
const FAST = 10_000;

/**
 * A playbook whose reply quotes the mention's text and name, with more text after them and spaces
 * before a line end: the reply's trims (finishing, the snapshot) then meet the mention's runs in
 * the middle, which is what made them quadratic (25 s for 100 KB of spaces before this fix).
 */
function quotingPlaybook(): Record<string, string> {
  return {
    'pb/playbook.yaml': [
      'replybook: 1',
      'brand: Hostile Test',
      'locale: en',
      'timezone: Europe/London',
      'channels:',
      '  x: { name: X, limit: 100000 }',
      'sla:',
      '  first_response: 1 business day',
      'types:',
      '  complaint:',
      '    fallback: true',
      'templates:',
      '  complaint:',
      '    when: { type: complaint }',
      '    text: "Hello {{name author.name}}, thank you. You wrote: {{text}} (end)  \\nBye"',
      '',
    ].join('\n'),
  };
}

/** A playbook that is slow on purpose: 300 regex types, each a pattern of its own, to try on every mention. */
function slowPlaybook(): Record<string, string> {
  const types = Array.from({ length: 300 }, (_, i) => `  t${i}:\n    match: { regex: "zq-${i}" }`);
  return {
    'pb/playbook.yaml': [
      'replybook: 1',
      'brand: Hostile Test',
      'locale: en',
      'timezone: Europe/London',
      'channels:',
      '  x: { name: X, limit: 100000 }',
      'sla:',
      '  first_response: 1 business day',
      'types:',
      ...types,
      '  other:',
      '    fallback: true',
      'templates:',
      '  any:',
      '    when: {}',
      '    text: "Hello, thank you."',
      '',
    ].join('\n'),
  };
}

/** A complaints file: `text` and `name` go into double-quoted YAML scalars as written (escapes allowed). */
function complaints(...list: Array<{ id: string; text: string; name?: string }>): string {
  const out = ['complaints:'];
  for (const c of list) {
    out.push(`  - id: ${c.id}`, '    channel: x', `    text: "${c.text}"`);
    if (c.name !== undefined) out.push(`    author: { name: "${c.name}" }`);
    out.push(`    at: ${AT}`);
  }
  return `${out.join('\n')}\n`;
}

const second = { id: 'second', text: 'It broke again.' };
const KB100 = 100_000;
const MB19 = 1_900_000;

/** The output folder of `build --out` must not exist after a refused build. */
const noBuild = async (dirs: { project: string }): Promise<void> => {
  await expect(access(path.join(dirs.project, 'out'))).rejects.toThrow();
};

const tooLongText = { file: 'pb/complaints.yaml', line: 4, column: 11, rule: 'complaint/text-too-long' };
const tooLongName = { file: 'pb/complaints.yaml', line: 5, column: 21, rule: 'complaint/field-too-long' };

const cases: HostileCase[] = [
  // Over the limits: a located diagnostic, never a hang.
  ...(['check', 'test', 'build'] as const).map((cmd): HostileCase => ({
    name: `${cmd}: a complaint with 100 KB of spaces at the end of its text`,
    class: CLASS,
    files: { ...quotingPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text: `It broke.${' '.repeat(KB100)}` }, second) },
    args: cmd === 'build' ? ['build', 'pb', '--out', 'out'] : [cmd, 'pb'],
    expect: {
      exit: cmd === 'check' ? 1 : 2,
      located: tooLongText,
      output: /is 100,009 characters, longer than the 20,000 replybook matches \(MAX_MENTION_TEXT\)/,
      maxMs: FAST,
      after: cmd === 'build' ? noBuild : undefined,
    },
  })),
  ...(['check', 'test', 'build'] as const).map((cmd): HostileCase => ({
    name: `${cmd}: a complaint with 1.9 MB of spaces in its text (the file limit is 2 MB)`,
    class: CLASS,
    files: { ...quotingPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text: `It${' '.repeat(MB19)}broke.` }, second) },
    args: cmd === 'build' ? ['build', 'pb', '--out', 'out'] : [cmd, 'pb'],
    expect: { exit: cmd === 'check' ? 1 : 2, located: tooLongText, maxMs: FAST, after: cmd === 'build' ? noBuild : undefined },
  })),
  ...(['check', 'test'] as const).map((cmd): HostileCase => ({
    name: `${cmd}: an author name of 100 KB of dots, dashes and apostrophes`,
    class: CLASS,
    files: {
      ...quotingPlaybook(),
      'pb/complaints.yaml': complaints({ id: 'first', text: 'It broke.', name: `A${".-'".repeat(KB100 / 3)}x` }, second),
    },
    args: [cmd, 'pb'],
    expect: {
      exit: cmd === 'check' ? 1 : 2,
      located: tooLongName,
      output: /`author\.name` is 100,001 characters, longer than the 1,000 replybook matches \(MAX_MENTION_FIELD\)/,
      maxMs: FAST,
    },
  })),
  {
    name: 'check: a text of `\\n ` repeated 600,000 times',
    class: CLASS,
    files: { ...quotingPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text: `${'\\n '.repeat(600_000)}x` }) },
    args: ['check', 'pb'],
    expect: { exit: 1, located: tooLongText, output: /is 1,200,001 characters/, maxMs: FAST },
  },
  {
    name: 'check: a text of 900,000 no-break spaces before a word',
    class: CLASS,
    files: { ...quotingPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text: `${'\u00a0'.repeat(900_000)}x` }) },
    args: ['check', 'pb'],
    expect: { exit: 1, located: tooLongText, maxMs: FAST },
  },

  // Just under the limits: matched, replied to, snapshotted and built, quickly. The reply quotes
  // the text, so the reply's trims, checks and length count see the runs too.
  ...(
    [
      ['a run of 19,000 spaces inside its text, and spaces at the end', `It broke.${' '.repeat(19_000)}x${' '.repeat(900)}`, 'Ann'],
      ['`\\n ` repeated 9,990 times in its text', `${'\\n '.repeat(9_990)}x`, 'Ann'],
      [
        'a run of 19,000 no-break spaces in its text and name',
        `Hi${'\u00a0'.repeat(19_000)}x`,
        `${'\u00a0'.repeat(900)}Ann${'\u00a0'.repeat(90)}`,
      ],
      ['an author name of 999 dots, dashes and apostrophes around a name', 'It broke.', `${".-'".repeat(150)}Ann${"'’-.".repeat(100)}`],
      ['19,000 dots after a URL in its text', `see www.example.com${'.'.repeat(19_000)}x`, 'Ann'],
    ] as const
  ).flatMap(([what, text, name]): HostileCase[] => [
    {
      name: `test: ${what}`,
      class: CLASS,
      files: { ...quotingPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text, name }, second) },
      args: ['test', 'pb'],
      expect: { exit: 0, output: /2 passed, 0 failed/, maxMs: FAST },
    },
    {
      name: `build --out: ${what}`,
      class: CLASS,
      files: { ...quotingPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text, name }, second) },
      args: ['build', 'pb', '--out', 'out'],
      expect: {
        exit: 0,
        output: /Built \d+ files/,
        maxMs: FAST,
        after: async (dirs) => {
          await access(path.join(dirs.project, 'out', 'manifest.json'));
        },
      },
    },
  ]),
  {
    name: 'test: a 1.5 MB snapshot of other words than the reply (the word diff is bounded)',
    class: CLASS,
    files: {
      ...quotingPlaybook(),
      'pb/complaints.yaml': complaints({ id: 'first', text: 'word '.repeat(3_900) }),
      'pb/__replies__/complaints/first.txt': `${'other '.repeat(250_000)}\n`,
    },
    args: ['test', 'pb'],
    expect: { exit: 1, output: /differs from its snapshot/, maxMs: FAST },
  },
  {
    name: 'check: working hours with a million spaces around the times',
    class: CLASS,
    files: miniWithHours(`${' '.repeat(500_000)}09:00${' '.repeat(250_000)}-${' '.repeat(250_000)}18:00`),
    args: ['check', 'pb'],
    expect: { exit: 0, maxMs: FAST },
  },

  // sim --text: the text and the name come on the command line (Linux allows 128 KB per argument).
  {
    name: 'sim --text: 100 KB of spaces at the end of the text',
    class: CLASS,
    files: quotingPlaybook(),
    args: ['sim', 'pb', '--channel', 'x', '--at', AT, '--text', `It broke.${' '.repeat(KB100)}`],
    expect: { exit: 2, output: /--text is 100,009 characters; replybook matches at most 20,000 \(MAX_MENTION_TEXT\)/, maxMs: FAST },
  },
  {
    name: 'sim --text: an author name of 100 KB of dots, dashes and apostrophes',
    class: CLASS,
    files: quotingPlaybook(),
    args: ['sim', 'pb', '--channel', 'x', '--at', AT, '--text', 'It broke.', '--author', `A${".-'".repeat(KB100 / 3)}x`],
    expect: { exit: 2, output: /--author is 100,001 characters; replybook matches at most 1,000 \(MAX_MENTION_FIELD\)/, maxMs: FAST },
  },
  ...(
    [
      ['19,000 spaces inside the text', `It broke.${' '.repeat(19_000)}x   `],
      ['`\\n ` repeated 9,990 times', `${'\n '.repeat(9_990)}x`],
      ['19,000 no-break spaces', `Hi${'\u00a0'.repeat(19_000)}x`],
    ] as const
  ).map(([what, text]): HostileCase => ({
    name: `sim --text: ${what}, with a name of dots and dashes`,
    class: CLASS,
    files: quotingPlaybook(),
    args: ['sim', 'pb', '--channel', 'x', '--at', AT, '--json', '--text', text, '--author', `${".-'".repeat(300)}Ann${'-'.repeat(90)}`],
    expect: { exit: 0, output: /"reply": "Hello Ann, thank you\. You wrote:/, maxMs: FAST },
  })),

  // The watchdog: the slow complaint fails at its place, and the next one still runs.
  {
    name: 'test --timeout 2: a complaint that runs out of its budget, then one that does not',
    class: WATCHDOG,
    files: { ...slowPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text: 'abc '.repeat(4_900) }, second) },
    args: ['test', 'pb', '--timeout', '2'],
    expect: {
      exit: 1,
      located: { file: 'pb/complaints.yaml', line: 2, column: 5 },
      output: [
        /budget: The complaint ran out of its time budget of 2 ms and was stopped in stage `\w[\w-]*`/,
        /[✓✗] pb › pb\/complaints\.yaml › second/,
      ],
      maxMs: FAST,
    },
  },
  {
    name: 'test --timeout 2 -r github: the budget failure is an annotation at the complaint',
    class: WATCHDOG,
    files: { ...slowPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text: 'abc '.repeat(4_900) }, second) },
    args: ['test', 'pb', '--timeout', '2', '-r', 'github'],
    expect: {
      exit: 1,
      output: /::error file=pb\/complaints\.yaml,line=2,.*title=test\/time-budget::Sample complaint `first` \(budget\)/,
      maxMs: FAST,
    },
  },
  {
    name: 'build --out --timeout 2: a complaint over its budget builds nothing',
    class: WATCHDOG,
    files: { ...slowPlaybook(), 'pb/complaints.yaml': complaints({ id: 'first', text: 'abc '.repeat(4_900) }, second) },
    args: ['build', 'pb', '--out', 'out', '--timeout', '2'],
    expect: { exit: 1, output: /time budget of 2 ms/, maxMs: FAST, after: noBuild },
  },
  {
    name: 'sim --text --timeout 1: the outcome says the budget ran out',
    class: WATCHDOG,
    files: slowPlaybook(),
    args: ['sim', 'pb', '--channel', 'x', '--at', AT, '--timeout', '1', '--text', 'abc '.repeat(4_900)],
    expect: { exit: 1, output: /error: The time budget of 1 ms ran out in stage `\w[\w-]*`/, maxMs: FAST },
  },
  ...(['test', 'build', 'sim'] as const).map((cmd): HostileCase => ({
    name: `${cmd} --timeout abc: a usage error`,
    class: WATCHDOG,
    files: { ...slowPlaybook(), 'pb/complaints.yaml': complaints(second) },
    args:
      cmd === 'build'
        ? ['build', 'pb', '--out', 'out', '--timeout', 'abc']
        : cmd === 'sim'
          ? ['sim', 'pb', '--text', 'x', '--timeout', 'abc']
          : ['test', 'pb', '--timeout', 'abc'],
    expect: { exit: 2, output: /--timeout takes a whole number of milliseconds from 1 to 600000, got `abc`/, maxMs: FAST },
  })),
];

/** The mini playbook with working hours on Monday set to `mon`. */
function miniWithHours(mon: string): Record<string, string> {
  const files = quotingPlaybook();
  files['pb/playbook.yaml'] += ['schedule:', '  hours:', `    mon: "${mon}"`, '    tue-fri: "09:00-18:00"', ''].join('\n');
  return files;
}

describeCases('text a mention controls, and the time budget', cases);
