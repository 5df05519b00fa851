/**
 * `respond` under its limits: a mention string over MAX_MENTION_TEXT / MAX_MENTION_FIELD is not
 * matched and the outcome says why; a time budget, on a clock the test controls, stops the mention
 * at the next check point of the stage that runs (normalise, classify, escalate, render,
 * check-reply) and the outcome says where.
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/index.js';
import { collectFiles } from '../../src/node/files.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { CLOCK_STRIDE, compileRuntime, MAX_MENTION_FIELD, MAX_MENTION_TEXT, respond, type Runtime } from '../../src/engine/index.js';
import type { Mention } from '../../src/model/outcome.js';
import type { TimeBudget } from '../../src/model/budget.js';
import { filesOf } from '../validate/helpers.js';
import { slowPlaybookFiles } from './support.js';
import path from 'node:path';

const AT = '2026-03-02T10:00:00Z';

/** The slow playbook of support.ts, checked and compiled. */
function slowPlaybook(types: number, escalations: number, template?: string): Runtime {
  const check = checkProject(filesOf(slowPlaybookFiles(types, escalations, template)));
  expect(check.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
  return compileRuntime(check.playbooks[0].playbook!);
}

const mention = (text: string, extra: Partial<Mention> = {}): Mention => ({
  text,
  channel: 'x',
  author: { name: 'Ann' },
  at: AT,
  ...extra,
});

/** A clock that advances `step` ms on each reading, and counts its readings. */
function steppingClock(step: number): TimeBudget['now'] & { reads: number } {
  const clock = Object.assign(() => clock.reads++ * step, { reads: 0 });
  return clock;
}

/** A clock that reads 0 for `quiet` readings, then jumps far past any budget. */
function jumpingClock(quiet: number): TimeBudget['now'] {
  let reads = 0;
  return () => (reads++ < quiet ? 0 : 1e9);
}

describe('mention strings over their limits are not matched', () => {
  const rt = slowPlaybook(1, 0);
  const long = (n: number) => 'x'.repeat(n);
  it.each([
    ['text', mention(long(MAX_MENTION_TEXT + 1)), 'text', MAX_MENTION_TEXT, 'MAX_MENTION_TEXT'],
    ['text of 1.9 MB of spaces', mention(`It broke.${' '.repeat(1_900_000)}`), 'text', MAX_MENTION_TEXT, 'MAX_MENTION_TEXT'],
    [
      'author name of dots, dashes and apostrophes',
      mention('It broke.', { author: { name: ".-'".repeat(40_000) } }),
      'author.name',
      MAX_MENTION_FIELD,
      'MAX_MENTION_FIELD',
    ],
    [
      'author handle',
      mention('It broke.', { author: { handle: long(MAX_MENTION_FIELD + 1) } }),
      'author.handle',
      MAX_MENTION_FIELD,
      'MAX_MENTION_FIELD',
    ],
    ['channel', mention('It broke.', { channel: long(5000) }), 'channel', MAX_MENTION_FIELD, 'MAX_MENTION_FIELD'],
    ['voice', mention('It broke.', { voice: long(5000) }), 'voice', MAX_MENTION_FIELD, 'MAX_MENTION_FIELD'],
    ['time', mention('It broke.', { at: `${AT}${' '.repeat(5000)}` }), 'at', MAX_MENTION_FIELD, 'MAX_MENTION_FIELD'],
  ] as const)('%s', (_name, m, field, limit, limitName) => {
    const o = respond(rt, m);
    expect(o.stopped).toEqual({
      limit: 'mention-length',
      at: field,
      max: limit,
      actual: field === 'author.name' ? 120_000 : expect.any(Number),
    });
    expect(o.errors).toHaveLength(1);
    expect(o.errors[0]).toContain(`\`${field}\``);
    expect(o.errors[0]).toContain(`${limit.toLocaleString('en-US')} replybook matches (${limitName})`);
    expect(o).toMatchObject({ type: '', reply: null, template: null, due: null, escalations: [] });
  });

  it('a text of exactly MAX_MENTION_TEXT characters is matched', () => {
    const o = respond(rt, mention(`${'\u00a0'.repeat(MAX_MENTION_TEXT - 4)}zq-0`));
    expect(o.stopped).toBeUndefined();
    expect(o.errors).toEqual([]);
    expect(o.type).toBe('t0');
  });

  it('the limits are the documented values', () => {
    expect([MAX_MENTION_TEXT, MAX_MENTION_FIELD]).toEqual([20_000, 1_000]);
  });
});

describe('the time budget', () => {
  it('a generous budget changes no outcome of the example playbooks', async () => {
    const root = path.resolve(__dirname, '../..');
    const { files } = await collectFiles(await ProjectFs.at(root, { cwd: root }), ['playbooks']);
    const check = checkProject(files);
    let n = 0;
    for (const entry of check.playbooks) {
      const rt = compileRuntime(entry.playbook!);
      for (const c of entry.complaints) {
        const clock = steppingClock(0.001);
        expect(respond(rt, c, { budget: { ms: 60_000, now: clock } })).toEqual(respond(rt, c));
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  it('stops a long text in normalise, at its first check point', () => {
    const rt = slowPlaybook(3, 0);
    const o = respond(rt, mention('word '.repeat(2000)), { budget: { ms: 1000, now: jumpingClock(1) } });
    expect(o.stopped).toMatchObject({ limit: 'time-budget', at: 'normalise', max: 1000 });
    expect(o.errors).toEqual([
      expect.stringMatching(/^The time budget of 1,000 ms ran out in stage `normalise` \(after [\d,]+ ms\), so the outcome is incomplete$/),
    ]);
    expect(o).toMatchObject({ type: '', reply: null });
  });

  it('stops inside the types × conditions loop (classify)', () => {
    const rt = slowPlaybook(300, 0);
    // 300 regexes over 5,000 characters: each is a check point (one clock reading, 1 ms on this clock)
    const clock = steppingClock(1);
    const o = respond(rt, mention('abc '.repeat(1250)), { budget: { ms: 50, now: clock } });
    expect(o.stopped).toMatchObject({ limit: 'time-budget', at: 'classify' });
    expect(clock.reads).toBeLessThan(60); // stopped near the 50th reading, not after all 300 types
  });

  it('stops inside the escalation rules (escalate)', () => {
    const rt = slowPlaybook(1, 300);
    const clock = steppingClock(1);
    const o = respond(rt, mention('abc '.repeat(1250)), { budget: { ms: 50, now: clock } });
    expect(o.stopped).toMatchObject({ limit: 'time-budget', at: 'escalate' });
    expect(clock.reads).toBeLessThan(60);
  });

  it('looks at the clock right after rendering, whatever the size', () => {
    const rt = slowPlaybook(1, 0);
    const o = respond(rt, mention('It broke.'), { budget: { ms: 1000, now: jumpingClock(1) } });
    expect(o.stopped).toMatchObject({ limit: 'time-budget', at: 'render' });
  });

  it('stops between the reply checks (check-reply)', () => {
    const rt = slowPlaybook(1, 0, 'Hello, thank you. You wrote: {{text}}');
    const m = mention('Thanks for nothing. '.repeat(400));
    // Count the readings of a whole run, then let only the last one find the budget spent: it is a check-reply check point.
    const counter = steppingClock(0);
    expect(respond(rt, m, { budget: { ms: 1000, now: counter } }).stopped).toBeUndefined();
    expect(counter.reads).toBeGreaterThan(3);
    const o = respond(rt, m, { budget: { ms: 1000, now: jumpingClock(counter.reads - 1) } });
    expect(o.stopped).toMatchObject({ limit: 'time-budget', at: 'check-reply' });
    expect(o.trace).toEqual([expect.objectContaining({ stage: 'check-reply', ok: false })]);
  });

  it('a short mention reads the clock only a few times (the hot path stays cheap)', () => {
    const rt = slowPlaybook(5, 5);
    const clock = steppingClock(0);
    respond(rt, mention('It broke, please help.'), { budget: { ms: 1000, now: clock } });
    expect(clock.reads).toBeLessThanOrEqual(3);
    expect(CLOCK_STRIDE).toBe(4096);
  });
});
