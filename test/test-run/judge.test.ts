/**
 * The one verdict on a sample complaint (src/test-run/judge.ts): a snapshot's state, the failure it
 * adds, and the same verdicts whether the complaints run now (`runComplaints`, as `test`, `build`
 * and `diff` run them) or their outcomes are judged again (`judgeResults`, as `watch` does).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, createChecker } from '../../src/validate/index.js';
import {
  createComplaintRunner,
  judgeResults,
  recordsSnapshot,
  runComplaints,
  snapshotFailure,
  snapshotPath,
  snapshotState,
} from '../../src/test-run/index.js';
import { snapshotStatus } from '../../src/diff/index.js';
import { failureText } from '../../src/i18n/trace-text.js';
import { filesOf } from '../validate/helpers.js';

const MINI = path.resolve(__dirname, '../build/fixtures/mini');
const read = (f: string) => readFileSync(path.join(MINI, f), 'utf8');
const check = checkProject(
  filesOf({
    'playbook.yaml': read('playbook.yaml'),
    'types.yaml': read('types.yaml'),
    'templates/replies.yaml': read('templates/replies.yaml'),
    'complaints.yaml': read('complaints.yaml'),
  }),
);
const LATE = snapshotPath('pb/complaints.yaml', 'late-order');
const BAD = snapshotPath('pb/complaints.yaml', 'just-bad');
const GHOST = 'pb/__replies__/complaints/ghost.txt';
const replies = runComplaints(check.playbooks, [], { snapshotsWanted: true }).snapshotsWanted;

describe('a snapshot against the reply', () => {
  it.each([
    [undefined, null, 'none'],
    [undefined, 'a\n', 'new'],
    ['a\n', null, 'gone'],
    ['a\n', 'a\n', 'same'],
    ['a\n', 'b\n', 'changed'],
  ] as const)('have %j, want %j: %s', (have, want, state) => {
    expect(snapshotState(have, want)).toBe(state);
  });

  it('adds a failure for a changed reply and a lost one always, for a missing snapshot only under CI', () => {
    expect(snapshotFailure('s.txt', 'a\n', 'b\n', 'write')?.message).toBe(
      'The reply differs from its snapshot s.txt (run with --update if the change is intended)',
    );
    expect(snapshotFailure('s.txt', 'a\n', null, undefined)?.actual).toBe('no reply');
    expect(snapshotFailure('s.txt', undefined, 'b\n', 'write')).toBeNull();
    expect(snapshotFailure('s.txt', undefined, 'b\n', 'fail')?.expected).toBe('a reply snapshot');
    expect(snapshotFailure('s.txt', 'a\n', 'a\n', 'fail')).toBeNull();
  });

  it('says each snapshot failure in English as written, and in Russian', () => {
    const changed = snapshotFailure('s.txt', 'a\n', 'b\n', 'write')!;
    const gone = snapshotFailure('s.txt', 'a\n', null, undefined)!;
    const missing = snapshotFailure('s.txt', undefined, 'b\n', 'fail')!;
    for (const f of [changed, gone, missing])
      expect(failureText(f, 'en')).toEqual({ message: f.message, expected: f.expected, actual: f.actual });
    expect(failureText(changed, 'ru').message).toBe('Ответ отличается от своего снимка s.txt (если так и задумано, запустите с --update)');
    expect(failureText(gone, 'ru')).toEqual({
      message: 'В снимке s.txt есть ответ, а теперь ответа нет (если так и задумано, запустите с --update)',
      expected: 'a',
      actual: 'нет ответа',
    });
    expect(failureText(missing, 'ru')).toEqual({
      message:
        'У ответа нет снимка s.txt, а в CI снимки не записываются: запустите `replybook test` локально (он запишет новые снимки) и закоммитьте s.txt',
      expected: 'снимок ответа',
      actual: 'b',
    });
  });

  it('records a wanted snapshot for a new reply written locally, or every one with --update', () => {
    expect(recordsSnapshot({ newSnapshots: 'write' }, { isNew: true })).toBe(true);
    expect(recordsSnapshot({ newSnapshots: 'write' }, { isNew: false })).toBe(false);
    expect(recordsSnapshot({ newSnapshots: 'fail' }, { isNew: true })).toBe(false);
    expect(recordsSnapshot({ snapshotsWanted: true }, { isNew: false })).toBe(true);
  });
});

describe('the same verdicts run now or judged again', () => {
  it('the mini playbook is valid and both samples reply', () => {
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...replies.keys()].sort()).toEqual([BAD, LATE]);
  });

  const cases = {
    'one missing, one obsolete, locally': {
      snapshots: new Map([
        [LATE, replies.get(LATE)!],
        [GHOST, 'x\n'],
      ]),
      newSnapshots: 'write',
    },
    'one missing, one obsolete, under CI': {
      snapshots: new Map([
        [LATE, replies.get(LATE)!],
        [GHOST, 'x\n'],
      ]),
      newSnapshots: 'fail',
    },
    'one changed': {
      snapshots: new Map([
        [LATE, 'old\n'],
        [BAD, replies.get(BAD)!],
      ]),
      newSnapshots: 'write',
    },
  } as const;

  it.each(Object.entries(cases))('%s', (_name, c) => {
    const opts = { snapshots: c.snapshots, compareSnapshots: true, newSnapshots: c.newSnapshots };
    const now = runComplaints(check.playbooks, [], opts);
    const again = judgeResults(check.playbooks, createComplaintRunner().run(check.playbooks), opts);
    expect([again.passed, again.failed]).toEqual([now.passed, now.failed]);
    expect(again.results.map((r) => r.failures.map((f) => f.message))).toEqual(now.results.map((r) => r.failures.map((f) => f.message)));
    expect([...again.snapshotsWanted]).toEqual([...now.snapshotsWanted]);
    expect(again.obsoleteSnapshots).toEqual(now.obsoleteSnapshots);
  });

  it('counts as test does: written locally and passing, failing under CI, obsolete named', () => {
    const local = runComplaints(check.playbooks, [], { ...cases['one missing, one obsolete, locally'], compareSnapshots: true });
    expect([local.passed, local.failed, [...local.snapshotsWanted.keys()], local.obsoleteSnapshots]).toEqual([2, 0, [BAD], [GHOST]]);
    const ci = runComplaints(check.playbooks, [], { ...cases['one missing, one obsolete, under CI'], compareSnapshots: true });
    expect([ci.passed, ci.failed, ci.snapshotsWanted.size]).toEqual([1, 1, 0]);
    // A partial run says nothing of obsolete snapshots.
    expect(
      runComplaints(check.playbooks, [], { ...cases['one missing, one obsolete, locally'], filter: 'late' }).obsoleteSnapshots,
    ).toEqual([]);
  });

  it("gives diff's status from the same verdicts", () => {
    const c = cases['one changed'];
    const run = runComplaints(check.playbooks, [], { ...c, compareSnapshots: true });
    expect(snapshotStatus(run, c.snapshots, false)).toEqual({
      passed: 1,
      failed: 1,
      changed: [LATE],
      missing: [],
      obsolete: [],
      ci: false,
    });
  });
});

describe('directives and rule settings count the same run now or judged again', () => {
  const silenced = read('templates/replies.yaml').replace(
    '    text: "{{greeting}}! Спасибо за отзыв. Расскажите, пожалуйста, подробнее, что случилось."',
    '    # replybook-disable-next-line tone/avoid -- the brand says it so\n    text: "{{greeting}}! Спасибо за отзыв. В чём проблема?"',
  );
  const checker = createChecker();
  const checked = checker.check(
    filesOf({
      'playbook.yaml': read('playbook.yaml'),
      'types.yaml': read('types.yaml'),
      'templates/replies.yaml': silenced,
      'complaints.yaml': read('complaints.yaml'),
    }),
  );
  const directivesOf = (f: string) => checker.directivesOf(f);

  it('a reply check silenced at its template does not fail the sample, in both', () => {
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const without = runComplaints(checked.playbooks, []);
    expect(without.results.find((r) => r.id === 'just-bad')?.failures.map((f) => f.field)).toEqual(['check:tone/avoid']);
    const now = runComplaints(checked.playbooks, [], { directivesOf });
    const again = judgeResults(checked.playbooks, createComplaintRunner().run(checked.playbooks), { directivesOf });
    expect([now.passed, now.failed, again.passed, again.failed]).toEqual([2, 0, 2, 0]);
  });

  it('a result the clock stopped is kept as it was when judged again', () => {
    const results = createComplaintRunner().run(checked.playbooks);
    const stopped = {
      ...results[0],
      failures: [{ field: 'budget', expected: 'at most 1 ms', actual: '5 ms', message: 'late' }],
      passed: false,
    };
    const again = judgeResults(checked.playbooks, [stopped, results[1]], { directivesOf });
    expect(again.results[0]).toBe(stopped);
    expect([again.passed, again.failed]).toEqual([1, 1]);
  });
});
