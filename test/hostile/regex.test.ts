/**
 * Hostile regular expressions: patterns that make a backtracking engine take exponential time, a
 * 5,000-branch alternation, and what the linear-time engine cannot run, in every place a playbook
 * or a complaint file supplies a pattern — a type's `regex`, a signal's `pattern`, an escalation's
 * condition, a complaint's `expect.reply.matches` — against mentions of `a`s and spaces as long as
 * replybook matches (MAX_MENTION_TEXT; a longer one is refused before any pattern sees it).
 */
import { MAX_MENTION_TEXT } from '../../src/model/mention-limits.js';
import { describeCases, type HostileCase, type Located } from './harness.js';

type Place = 'type' | 'signal' | 'escalation' | 'matches';
const PLACES: readonly Place[] = ['type', 'signal', 'escalation', 'matches'];

const y = (s: string): string => JSON.stringify(s); // a YAML double-quoted scalar

/** A playbook with `pattern` in one place, and where it is written (1-based line and column). */
function project(
  place: Place,
  pattern: string,
  texts: readonly string[],
): { files: Record<string, string>; at: { file: string; line: number; column: number } } {
  const pb = [
    'replybook: 1',
    'brand: Hostile Test',
    'locale: en',
    'timezone: Europe/London',
    'channels:',
    '  x: { name: X, limit: 280 }',
    'sla:',
    '  first_response: 1 business day',
    'teams:',
    '  legal: { name: Legal }',
    ...(place === 'signal' ? ['signals:', `  hostile: { pattern: ${y(pattern)} }`] : []),
    'types:',
    ...(place === 'type' ? ['  hostile:', `    match: { regex: ${y(pattern)} }`, '    reply: none'] : []),
    '  complaint:',
    '    fallback: true',
    ...(place === 'escalation' ? ['escalations:', '  - id: hostile', `    when: { regex: ${y(pattern)} }`, '    to: legal'] : []),
    'templates:',
    '  complaint:',
    '    when: { type: complaint }',
    // The reply holds the mention, so `matches` runs on 100 KB too.
    `    text: ${y(place === 'matches' ? 'Hello, we are sorry. You wrote: {{text}}' : 'Hello, we are sorry and will look into it.')}`,
    '',
  ];
  const expect = place === 'matches' ? `{ reply: { matches: ${y(pattern)} } }` : '{}';
  const complaints = [
    'complaints:',
    ...texts.flatMap((text, i) => [
      `  - id: c${i}`,
      '    channel: x',
      `    text: ${y(text)}`,
      '    at: 2026-03-02T10:00:00Z',
      `    expect: ${expect}`,
    ]),
    '',
  ];
  const file = place === 'matches' ? 'pb/complaints.yaml' : 'pb/playbook.yaml';
  const lines = place === 'matches' ? complaints : pb;
  const quoted = y(pattern);
  const line = lines.findIndex((l) => l.includes(quoted));
  return {
    files: { 'pb/playbook.yaml': pb.join('\n'), 'pb/complaints.yaml': complaints.join('\n') },
    at: { file, line: line + 1, column: lines[line].indexOf(quoted) + 1 },
  };
}

/** The longest mention replybook matches (a 100 KB one would only meet the length check). */
const LONG = MAX_MENTION_TEXT;
const MENTIONS = ['a'.repeat(LONG), ' '.repeat(LONG - 1) + 'a', 'a '.repeat(LONG / 2), `${'a'.repeat(LONG - 1)}!`];

// Each takes a backtracking engine exponential (or, the last, quadratic) time on some of MENTIONS.
const CATASTROPHIC = ['(a+)+$', '[a-z](\\w+\\s?){1,15}$', '(\\w+\\s?){1,15}$', '\\s*\\s*\\s*\\s*$', '(.*)*x'];

const ALTERNATION = Array.from({ length: 5000 }, (_, i) => `w${i}`).join('|');

const cases: HostileCase[] = [];

for (const pattern of CATASTROPHIC) {
  for (const place of PLACES) {
    const { files } = project(place, pattern, MENTIONS);
    cases.push({
      name: `/${pattern}/ in a ${place} against 20,000-character mentions of a's and spaces runs in linear time`,
      class: 'regex: catastrophic backtracking',
      files,
      // The bound under test is the run's (maxMs); the per-complaint budget (default 1 s) is lifted so
      // that a loaded CI machine cannot turn a linear but slow-ish match into a budget failure.
      args: ['test', 'pb', '--timeout', '15000'],
      // 0: every complaint passes; 1 where a 20,000-character reply breaks the channel's limit (`matches`).
      expect: {
        exit: place === 'matches' ? 1 : 0,
        maxMs: 20_000,
        notOutput: /internal error|this is a bug/i,
        output: /4 sample complaints in 1 playbook/,
      },
    });
  }
}

for (const place of PLACES) {
  const { files, at } = project(place, ALTERNATION, ['w4999 is here']);
  cases.push({
    name: `a 5,000-branch alternation in a ${place} is refused at once, where it is written`,
    class: 'regex: size',
    files,
    args: ['check', 'pb'],
    expect: { exit: 1, located: { ...at, rule: 'regex/too-large' }, output: /2,000/, maxMs: 10_000 },
  });
}

/** Where in `line` of `at` the construct `what` starts (1-based column). */
function columnOf(p: { files: Record<string, string>; at: { file: string; line: number } }, what: string): Located {
  const line = p.files[p.at.file].split('\n')[p.at.line - 1];
  return { file: p.at.file, line: p.at.line, column: line.indexOf(what) + 1 };
}

for (const place of PLACES) {
  const look = project(place, '(?<!\\p{L})sue(?!\\p{L})', ['I will sue you']);
  cases.push({
    name: `a lookahead in a ${place} is refused on the lookahead itself, with the way to write it`,
    class: 'regex: unsupported',
    files: look.files,
    args: ['check', 'pb'],
    expect: {
      exit: 1,
      located: { ...columnOf(look, '(?!'), rule: 'regex/unsupported' },
      output: place === 'matches' ? /lookahead/ : [/lookahead `\(\?!\\p\{L\}\)` is not supported/, /`\(\?:\\P\{L\}\|\$\)`/, /`word: true`/],
    },
  });
  const back = project(place, '(\\w)\\1', ['aa']);
  cases.push({
    name: `a backreference in a ${place} is refused, where it is written`,
    class: 'regex: unsupported',
    files: back.files,
    args: ['check', 'pb'],
    expect: { exit: 1, located: { ...columnOf(back, '\\\\1'), rule: 'regex/unsupported' }, output: /backreference `\\1`/ },
  });
}

// `test` and `sim` refuse a playbook whose pattern the engine cannot run: exit 2, with the diagnostic.
const refused = project('type', 'a(?=b)', ['ab']);
cases.push({
  name: '`test` on a playbook with a lookahead stops with the located diagnostic (exit 2)',
  class: 'regex: unsupported',
  files: refused.files,
  args: ['test', 'pb'],
  expect: { exit: 2, located: { ...columnOf(refused, '(?='), rule: 'regex/unsupported' } },
});

// The simulator runs the same compiled patterns: one complaint as long as replybook matches, headless.
const sim = project('signal', '(\\w+\\s?){1,15}$', ['x']);
cases.push({
  name: '`sim --text` with a 20,000-character mention against a catastrophic signal pattern answers at once',
  class: 'regex: catastrophic backtracking',
  files: sim.files,
  args: ['sim', 'pb', '--text', 'a '.repeat(LONG / 2), '--channel', 'x', '--at', '2026-03-02T10:00:00Z', '--json', '--timeout', '15000'],
  expect: { exit: [0, 1], maxMs: 20_000, output: /"type":\s*"complaint"/, notOutput: /internal error|this is a bug/i },
});

describeCases('hostile regular expressions', cases);
