/**
 * A `counts` run keeps a failing complaint as small as a passing one (issue 13: a pull request that
 * changes every reply fails every complaint, and `test` kept 3.3 KB of each failure that no report
 * read when JSON and the human report get theirs from a second run): its place, whether it passed,
 * a shared slim outcome — and the complaints the time budget stopped are still counted.
 */
import { describe, expect, it } from 'vitest';
import { planTestRun, reviveResults } from '../../src/test-run/index.js';
import { filesOf } from '../validate/helpers.js';
import { budgetComplaints, slowPlaybookFiles, steppingClock } from '../engine/support.js';

const complaints = budgetComplaints('{ type: t0 }');

const run = (keep: 'failures' | 'counts') =>
  planTestRun(filesOf({ ...slowPlaybookFiles(60, 0), 'complaints.yaml': complaints })).run([], {
    keep,
    slimFailures: true,
    budget: { ms: 20, now: steppingClock() },
  });

describe('keep: counts', () => {
  it('has the same places, verdicts and totals as a failures run, and keeps no failure', async () => {
    const full = await run('failures');
    const counts = await run('counts');
    const view = (rs: typeof full.results) => rs.map((r) => [r.playbook, r.file, r.id, r.channel, r.range, r.passed, r.outcome.type]);
    expect(view(counts.results)).toEqual(view(full.results));
    expect([counts.passed, counts.failed]).toEqual([full.passed, full.failed]);
    expect(counts.failed).toBe(2);
    // The failures run keeps what broke; the counts run none of it.
    expect(full.results.filter((r) => !r.passed).every((r) => r.failures.length > 0)).toBe(true);
    expect(counts.results.every((r) => r.failures.length === 0)).toBe(true);
    expect(counts.results.filter((r) => !r.passed).every((r) => r.outcome.reply === null && r.outcome.trace.length === 0)).toBe(true);
  });

  it('counts the complaints the time budget stopped, which its results no longer say', async () => {
    const full = await run('failures');
    const counts = await run('counts');
    expect(full.results.filter((r) => r.failures.some((f) => f.field === 'budget')).map((r) => r.id)).toEqual(['slow']);
    expect(counts.budgetStopped).toBe(1);
    expect(full.budgetStopped).toBe(1);
  });

  it('crosses a worker boundary as plain fields and comes back a failure', async () => {
    const counts = await run('counts');
    const cloned = reviveResults(structuredClone(counts.results));
    expect(cloned.map((r) => [r.id, r.passed, r.range])).toEqual(counts.results.map((r) => [r.id, r.passed, r.range]));
  });
});
