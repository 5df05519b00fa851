/**
 * The watchdog in a test run: a complaint that runs out of its time budget fails with a `budget`
 * failure at its own place (file, line, column), its snapshot is kept, and the next complaint runs.
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/index.js';
import { runComplaints, snapshotPath } from '../../src/test-run/index.js';
import { failureDiagnostic, testRuleId } from '../../src/report/index.js';
import { filesOf } from '../validate/helpers.js';
import { budgetComplaints, slowPlaybookFiles, steppingClock } from '../engine/support.js';
import { failureText } from '../../src/i18n/trace-text.js';

const complaints = budgetComplaints();

describe('a complaint over its time budget', () => {
  const check = checkProject(filesOf({ ...slowPlaybookFiles(60, 0), 'complaints.yaml': complaints }));
  it('the playbook is valid', () => {
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(check.playbooks[0].complaints.map((c) => c.id)).toEqual(['first', 'slow', 'third']);
  });

  const slowSnapshot = snapshotPath('pb/complaints.yaml', 'slow');
  const run = runComplaints(check.playbooks, check.diagnostics, {
    budget: { ms: 20, now: steppingClock() },
    snapshots: new Map([[slowSnapshot, 'The reply as it was.\n']]),
    compareSnapshots: true,
    snapshotsWanted: true,
  });

  it('fails with a budget failure at its place, and only that one', () => {
    const [first, slow, third] = run.results;
    expect(slow.id).toBe('slow');
    expect(slow.passed).toBe(false);
    expect(slow.failures).toMatchObject([
      {
        field: 'budget',
        expected: 'at most 20 ms',
        actual: expect.stringMatching(/^\d+ ms$/),
        message: expect.stringMatching(
          /^The complaint ran out of its time budget of 20 ms and was stopped in stage `classify` after \d+ ms \(`--timeout MS` sets the budget\)$/,
        ),
      },
    ]);
    // What a person reads: the same words in English, and in Russian.
    const f = slow.failures[0];
    expect(failureText(f, 'en')).toEqual({ message: f.message, expected: f.expected, actual: f.actual });
    expect(failureText(f, 'ru')).toEqual({
      message: expect.stringMatching(
        /^Жалоба исчерпала свой бюджет времени 20 мс и была остановлена на этапе `classify` через \d+ мс \(бюджет задаёт `--timeout MS`\)$/,
      ),
      expected: 'не больше 20 мс',
      actual: expect.stringMatching(/^\d+ мс$/),
    });
    expect(slow.outcome.stopped).toMatchObject({ limit: 'time-budget', at: 'classify', max: 20 });
    const d = failureDiagnostic(slow, slow.failures[0]);
    expect(d).toMatchObject({ file: 'pb/complaints.yaml', ruleId: 'test/time-budget', range: { start: { line: 6, column: 5 } } });
    expect(testRuleId('budget')).toBe('test/time-budget');
    expect([first.passed, third.passed]).toEqual([true, true]);
  });

  it('the run goes on with the next complaint', () => {
    expect(run.results.map((r) => r.id)).toEqual(['first', 'slow', 'third']);
    expect(run.results[2].outcome.reply).toBe('Hello there, thank you.');
    expect([run.passed, run.failed]).toEqual([2, 1]);
  });

  it("keeps the stopped complaint's snapshot as it was (for --update)", () => {
    expect(run.snapshotsWanted.get(slowSnapshot)).toBe('The reply as it was.\n');
  });

  it('a complaint that finishes but takes longer than its budget fails too', () => {
    let t = 0;
    const late = runComplaints(check.playbooks, check.diagnostics, { filter: 'first', budget: { ms: 20, now: () => (t += 15) } });
    expect(late.results[0].failures).toEqual([
      expect.objectContaining({
        field: 'budget',
        message: expect.stringMatching(/^The complaint took \d+ ms, more than its time budget of 20 ms/),
      }),
    ]);
    expect(late.results[0].outcome.stopped).toBeUndefined();
  });

  it('without a budget nothing is timed', () => {
    const plain = runComplaints(check.playbooks, check.diagnostics);
    expect(plain.results.map((r) => r.passed)).toEqual([true, true, true]);
  });
});
