/**
 * Hostile corpus, "nothing reaches a terminal or a CI log raw": a pull request puts terminal
 * escape sequences, a carriage-return overwrite, a right-to-left override and GitHub workflow
 * commands (on lines of their own, through a newline in a name or a text) into an author name,
 * a complaint's text, a channel name and the brand; `check`, `test` (human and GitHub), `sim
 * --text` and `diff --format markdown` must show them escaped. Out-of-range option values are
 * usage errors (exit 2) that name what is accepted.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeCases, type HostileCase } from './harness.js';

/** YAML double-quoted escapes: an OSC title, a clear screen, a bell, a CR overwrite, RLO, workflow commands. */
const EVIL_YAML = String.raw`a\\|b \e]0;pwned\a\e[2J\e[H ok\rOVERWRITE \u202Egnp.exe\n::add-mask::secret\n  ::stop-commands::tok\n::error file=x::injected\n##[add-mask]older`;
/** The same for the command line. */
const EVIL_ARG =
  '\u001b]0;pwned\u0007\u001b[2J\u001b[H ok\rOVERWRITE \u202egnp.exe\n::add-mask::secret\n  ::stop-commands::tok\n::error file=x::injected\n##[add-mask]older';

const playbookYaml = (brand = `Shop ${EVIL_YAML}`) =>
  [
    'replybook: 1',
    `brand: "${brand}"`,
    'locale: en',
    'timezone: Europe/London',
    'channels:',
    `  x: { name: "X ${EVIL_YAML}", limit: 280 }`,
    'sla:',
    '  first_response: 1 business day',
    'types:',
    '  complaint:',
    '    fallback: true',
    'templates:',
    '  complaint:',
    '    when: { type: complaint }',
    '    text: "Hello {{author.name}}, we are sorry."',
    '',
  ].join('\n');

const complaintsYaml = (expectReply = true) =>
  [
    'complaints:',
    '  - id: first',
    '    channel: x',
    `    text: "It broke ${EVIL_YAML}"`,
    `    author: { name: "Eve${EVIL_YAML}" }`,
    '    at: 2026-03-02T10:00:00Z',
    `    expect: { type: complaint${expectReply ? `, reply: { contains: ["Sorry ${EVIL_YAML}"] }` : ''} }`,
    '',
  ].join('\n');

const files = (expectReply = true) => ({ 'pb/playbook.yaml': playbookYaml(), 'pb/complaints.yaml': complaintsYaml(expectReply) });

/** What must never be in the output: the raw sequences, and a line the runner would run as a command. */
const RAW = [
  /\u001b\]0;pwned/, // OSC: sets the window title
  /\u001b\[2J/, // CSI: clears the screen
  /\u0007/, // BEL
  /\r/, // overwrites the line
  /\u202e/, // right-to-left override
  /^\s*::(add-mask|stop-commands)::/m, // workflow commands on a line of their own
  /^\s*::error file=x::/m,
  /##\[add-mask\]/, // the older syntax, anywhere in a line
];

/** What must be there instead. */
const ESCAPED = [/\\x1B\]0;pwned\\x07/, /\\u202Egnp\.exe/];

/** The GitHub reporter's own annotations are commands; any other line that is one is an injection. */
const RAW_EXCEPT_ANNOTATIONS = RAW.filter((re) => !String(re).includes('::error'));

const cases: HostileCase[] = [
  {
    name: 'check: a channel name, the brand and a complaint carry escape sequences and workflow commands',
    class: 'terminal/escape',
    files: { ...files(), 'pb/complaints.yaml': complaintsYaml().replace('channel: x', `channel: "x${EVIL_YAML}"`) },
    args: ['check', 'pb'],
    expect: { exit: 1, located: { file: 'pb/complaints.yaml', line: 3 }, output: ESCAPED.slice(0, 1), notOutput: RAW },
  },
  {
    name: 'check --format github: the annotation is one command whose text cannot start another',
    class: 'terminal/workflow-command',
    files: { ...files(), 'pb/complaints.yaml': complaintsYaml().replace('channel: x', `channel: "x${EVIL_YAML}"`) },
    args: ['check', 'pb', '--format', 'github'],
    expect: {
      exit: 1,
      located: { file: 'pb/complaints.yaml', line: 3 },
      output: [/^::error file=pb\/complaints\.yaml,/m, ...ESCAPED.slice(0, 1)],
      notOutput: [...RAW_EXCEPT_ANNOTATIONS, /^(?!::error file=pb\/complaints\.yaml,)\s*::/m],
      after: (_dirs, r) => {
        const commands = r.stdout.split('\n').filter((l) => /^\s*::/.test(l));
        if (commands.length !== 1) throw new Error(`expected one annotation, got ${commands.length}:\n${r.stdout}`);
      },
    },
  },
  {
    name: 'test (human): the complaint text, the author name in the reply and the expectation are shown escaped',
    class: 'terminal/escape',
    files: files(),
    args: ['test', 'pb'],
    expect: { exit: 1, output: [...ESCAPED, /0 passed, 1 failed/], notOutput: RAW },
  },
  {
    name: 'test --reporter github: a newline in an author name or an expectation starts no command',
    class: 'terminal/workflow-command',
    files: files(),
    args: ['test', 'pb', '--reporter', 'github'],
    env: { GITHUB_ACTIONS: 'true' },
    expect: {
      exit: 1,
      output: [/^::error file=pb\/complaints\.yaml,line=2,endLine=\d+,title=test\/reply-mismatch::/m, /%0A\\x3A:add-mask::secret/],
      notOutput: [...RAW_EXCEPT_ANNOTATIONS, /^(?!::error file=pb\/complaints\.yaml,)\s*::/m],
    },
  },
  {
    name: 'test --reporter github: the step summary cannot be broken out of',
    class: 'terminal/workflow-command',
    files: files(),
    args: ['test', 'pb', '--reporter', 'github'],
    env: { GITHUB_STEP_SUMMARY: 'summary.md' },
    expect: {
      exit: 1,
      after: async ({ project }) => {
        const md = await readFile(path.join(project, 'summary.md'), 'utf8');
        for (const re of [/\u001b/, /\u202e/, /\r/, /<img|<a |<script/i, /^\s*::/m])
          if (re.test(md)) throw new Error(`the step summary matches ${re}:\n${md}`);
        // Every row of a table has its header's number of cells: no `|` of a pull request's text ends a cell.
        const pipes = (row: string) => (row.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length;
        let header = 0;
        for (const row of md.split('\n')) {
          if (!row.startsWith('|')) header = 0;
          else if (header === 0) header = pipes(row);
          else if (pipes(row) !== header) throw new Error(`a row with ${pipes(row)} cell borders, the header has ${header}: ${row}`);
        }
        if (!md.includes('\\\\x1B\\]0;pwned\\\\x07')) throw new Error(`no escaped sequence in the step summary:\n${md}`);
      },
    },
  },
  {
    name: 'sim --text: an author name and a text from the command line are shown escaped',
    class: 'terminal/escape',
    files: files(false),
    args: ['sim', 'pb', '--text', `It broke ${EVIL_ARG}`, '--author', `Eve${EVIL_ARG}`, '--at', '2026-03-02T10:00:00Z'],
    expect: { exit: 0, output: [/Hello Eve\\x1B\]0;pwned\\x07/, /\\x3A:add-mask::secret/], notOutput: RAW },
  },
  {
    name: 'diff --format markdown: a changed reply with escapes, HTML and commands stays text in the comment',
    class: 'terminal/markdown',
    files: files(false),
    git: true,
    setup: async ({ project }) => {
      const f = path.join(project, 'pb/playbook.yaml');
      const text = (await readFile(f, 'utf8')).replace(
        '"Hello {{author.name}}, we are sorry."',
        `"Hello <img src=x onerror=alert(1)> [link](https://evil.example) ${EVIL_YAML}"`,
      );
      await writeFile(f, text);
    },
    args: ['diff', '--base', 'HEAD', 'pb', '--format', 'markdown'],
    expect: {
      exit: 0,
      output: [/&lt;img src=x onerror=alert\(1\)&gt;/, /https:<!-- -->\/\/evil\.example/, /\\\\x1B\\\]0;pwned\\\\x07/],
      notOutput: [...RAW, /<img/, /\]\(https:\/\//],
    },
  },
  {
    name: 'diff (terminal): the same change in the terminal view',
    class: 'terminal/escape',
    files: files(false),
    git: true,
    setup: async ({ project }) => {
      const f = path.join(project, 'pb/playbook.yaml');
      await writeFile(f, (await readFile(f, 'utf8')).replace('"Hello {{author.name}}, we are sorry."', `"Hello ${EVIL_YAML}"`));
    },
    args: ['diff', '--base', 'HEAD', 'pb'],
    expect: { exit: 0, output: ESCAPED, notOutput: RAW },
  },
  {
    name: 'a path given on the command line is quoted escaped in the usage error',
    class: 'terminal/escape',
    files: files(),
    args: ['check', `nope${EVIL_ARG}`],
    expect: { exit: 2, output: [/no such file or folder: nope\\x1B\]0;pwned\\x07/], notOutput: RAW },
  },
  {
    name: 'an unknown option is quoted escaped',
    class: 'terminal/escape',
    files: files(),
    args: ['check', `--x${EVIL_ARG}`],
    expect: { exit: 2, output: [/unknown option '--x\\x1B\]0;pwned\\x07/], notOutput: RAW },
  },
  ...(
    [
      [
        '99999-01-01T00:00:00Z',
        /--at `99999-01-01T00:00:00Z` is not an ISO 8601 time with an offset.*accepted: 1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z/,
      ],
      ['1800-01-01', /--at `1800-01-01` is not an ISO 8601 time with an offset/],
      [
        '1800-01-01T00:00:00Z',
        /--at `1800-01-01T00:00:00Z` is out of range: replybook accepts times from 1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z/,
      ],
      ['3000-01-01T00:00:00Z', /is out of range/],
      // 2999-12-31T21:00Z: still in range, so it runs (exit 0), see the case below.
      ['2026-02-30T10:00:00Z', /is not an ISO 8601 time/],
      ['yesterday', /is not an ISO 8601 time/],
    ] as const
  ).map(([at, message]): HostileCase => ({
    name: `sim --at ${at} is a usage error naming the accepted range`,
    class: 'usage/out-of-range',
    files: files(),
    args: ['sim', 'pb', '--text', 'It broke', '--at', at],
    expect: { exit: 2, output: [message], notOutput: [/internal error/] },
  })),
  ...(['-5', 'abc', '1.5', '1e400', '99999999999999999'] as const).map((n): HostileCase => ({
    name: `sim --followers ${n} is a usage error`,
    class: 'usage/out-of-range',
    files: files(),
    args: ['sim', 'pb', '--text', 'It broke', `--followers=${n}`],
    expect: { exit: 2, output: [/--followers takes a whole number from 0 to 9007199254740991, not `/], notOutput: [/internal error/] },
  })),
  {
    name: 'sim --at at the end of the accepted range runs',
    class: 'usage/out-of-range',
    files: files(false),
    args: ['sim', 'pb', '--text', 'It broke', '--at', '3000-01-01T00:00:00+03:00'],
    expect: { exit: 0, output: [/^due {9}1 January, 18:00 GMT \(3000-01-01T18:00:00.000\+00:00\)$/m] },
  },
  {
    name: 'the interactive simulator checks --at too (and needs a terminal)',
    class: 'usage/out-of-range',
    files: files(),
    args: ['sim', 'pb', '--at', '0'],
    expect: { exit: 2, output: [/--at `0` is not an ISO 8601 time/] },
  },
  ...(['-1', 'lots', '2.5'] as const).map((n): HostileCase => ({
    name: `check --max-warnings ${n} is a usage error`,
    class: 'usage/out-of-range',
    files: files(),
    args: ['check', 'pb', `--max-warnings=${n}`],
    expect: { exit: 2, output: [/--max-warnings takes a whole number from 0 to/], notOutput: [/internal error/] },
  })),
];

describeCases('nothing reaches a terminal or a CI log raw', cases);
