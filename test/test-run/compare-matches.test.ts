import { describe, expect, it } from 'vitest';
import { compareOutcome } from '../../src/test-run/index.js';
import type { Complaint, Outcome } from '../../src/model/outcome.js';

const outcome = (reply: string): Outcome => ({
  type: 't',
  escalations: [],
  actions: [],
  priority: 'normal',
  due: null,
  template: 'x',
  voice: 'v',
  reply,
  length: null,
  checks: [],
  signals: {},
  spans: [],
  trace: [],
  errors: [],
});
const complaint = (matches: string): Complaint => ({
  id: 'c',
  file: 'complaints.yaml',
  channel: 'vk',
  text: 'x',
  author: {},
  at: '2026-03-02T10:00:00Z',
  source: {
    file: 'complaints.yaml',
    range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    path: [],
  },
  expect: { reply: { matches } },
});
const failures = (matches: string, reply: string) =>
  compareOutcome(complaint(matches), outcome(reply), (t) => t.length).map((f) => f.message);

describe('`expect.reply.matches` on the linear-time engine', () => {
  it.each([
    ['^Добрый', 'Добрый день!', []],
    ['^добрый', 'Добрый день!', ['The reply does not match /^добрый/']], // case-sensitive, as before
    ['день\\s!', 'Добрый день\u00a0!', []], // JavaScript's \s, no-break space included
  ])('/%s/ on %j', (matches, reply, want) => {
    expect(failures(matches, reply)).toEqual(want);
  });

  it('runs a pattern that backtracks catastrophically in V8 (it would not finish there)', () => {
    const reply = `${'a'.repeat(50_000)}!`;
    expect(failures('^(a+)+$', reply)).toEqual(['The reply does not match /^(a+)+$/']);
  });

  it('fails, saying why, on a pattern the engine cannot run', () => {
    const [m, ...rest] = failures('Добр(?=ый)', 'Добрый день');
    expect(rest).toEqual([]);
    expect(m).toMatch(/lookahead `\(\?=ый\)` is not supported/);
  });
});
