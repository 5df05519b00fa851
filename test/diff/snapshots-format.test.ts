/** What `diff` says about the change's sample complaints and stale reply snapshots, in the comment (English, Russian) and the terminal. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import {
  diffProjects,
  formatDiffMarkdown,
  formatDiffTerminal,
  snapshotLineTerminal,
  snapshotSectionMarkdown,
  type ProjectRevision,
  type SnapshotStatus,
} from '../../src/diff/index.js';
import { complaint, fakeRespond, playbook, side } from './helpers.js';

const status = (s: Partial<SnapshotStatus> = {}): SnapshotStatus => ({
  passed: 3,
  failed: 0,
  changed: [],
  missing: [],
  obsolete: [],
  ci: false,
  ...s,
});
const rev = (playbooks: ProjectRevision['playbooks'], diagnostics: Diagnostic[] = []): ProjectRevision => ({ playbooks, diagnostics });
const same = () => {
  const pb = playbook();
  return diffProjects(rev([side(pb, [complaint('a', 'Где мой заказ?')])]), rev([side(pb, [complaint('a', 'Где мой заказ?')])]), {
    respond: fakeRespond,
  });
};

describe('the snapshot section of the comment', () => {
  it('gives the totals as test counts them, and says when every snapshot is up to date', () => {
    expect(snapshotSectionMarkdown(status())).toEqual([
      '### 🧪 Sample complaints and reply snapshots',
      '',
      'As `replybook test` runs them: 3 passed, 0 failed.',
      '',
      '✅ Every reply snapshot is up to date.',
      '',
    ]);
  });

  it('lists stale snapshots by kind, each with how to update it', () => {
    const text = snapshotSectionMarkdown(
      status({
        failed: 1,
        passed: 2,
        changed: ['pb/__replies__/c/a.txt'],
        missing: ['pb/__replies__/c/b.txt'],
        obsolete: ['pb/__replies__/c/x.txt'],
      }),
    ).join('\n');
    expect(text).toContain('⚠️ Reply snapshots are stale:');
    expect(text).toContain('- 1 reply differs from its snapshot (or no longer gets a reply)\n  - `pb/__replies__/c/a.txt`');
    expect(text).toContain('- 1 reply has no snapshot yet\n  - `pb/__replies__/c/b.txt`');
    expect(text).toContain('- 1 snapshot belongs to no sample complaint with a reply\n  - `pb/__replies__/c/x.txt`');
    expect(text).toContain('run `replybook test --update` (it rewrites their snapshots)');
    expect(text).toContain('Run `replybook test --update` to remove the obsolete snapshots');
    expect(text).toContain('Run `replybook test` locally (it writes missing snapshots)');
  });

  it('says a missing snapshot fails under CI, and lists at most ten paths of a kind', () => {
    const many = Array.from({ length: 12 }, (_, i) => `pb/__replies__/c/${i}.txt`);
    const text = snapshotSectionMarkdown(status({ missing: many, ci: true })).join('\n');
    expect(text).toContain('- 12 replies have no snapshot, which fails under CI');
    expect(text).toContain('`pb/__replies__/c/9.txt`');
    expect(text).not.toContain('`pb/__replies__/c/10.txt`');
    expect(text).toContain('  - …and 2 more');
  });

  it('in Russian, with its plural forms', () => {
    const ru = (n: number) =>
      snapshotSectionMarkdown(status({ changed: Array.from({ length: n }, (_, i) => `${i}.txt`) }), 'ru').join('\n');
    expect(ru(1)).toContain('- 1 ответ отличается от своего снимка');
    expect(ru(2)).toContain('- 2 ответа отличаются от своих снимков');
    expect(ru(5)).toContain('- 5 ответов отличаются от своих снимков');
    expect(ru(1)).toContain('Как их проверяет `replybook test`: пройдено — 3, не пройдено — 0.');
  });

  it('keeps a path from the pull request inert (a backtick cannot close the code span)', () => {
    const text = snapshotSectionMarkdown(status({ missing: ['pb/__replies__/c/a`b.txt'] })).join('\n');
    expect(text).toContain('``pb/__replies__/c/a`b.txt``');
  });
});

describe('the section in the whole comment and the terminal', () => {
  it('appears even when no reply changed (a sample added without its snapshot is news)', () => {
    const d = { ...same(), snapshots: status({ missing: ['pb/__replies__/c/a.txt'] }) };
    const md = formatDiffMarkdown(d);
    expect(md).toContain('✅ No change for customers');
    expect(md).toContain('1 reply has no snapshot yet');
    expect(formatDiffMarkdown(same())).not.toContain('Sample complaints and reply snapshots');
  });

  it('is one line in the terminal, before the summary line', () => {
    expect(snapshotLineTerminal(status())).toBe('samples: 3 passed, 0 failed · reply snapshots up to date');
    expect(snapshotLineTerminal(status({ missing: ['a'], obsolete: ['b'], ci: true }))).toBe(
      'samples: 3 passed, 0 failed · stale reply snapshots: 1 missing (failing under CI), 1 obsolete (replybook test --update updates them)',
    );
    const lines = formatDiffTerminal({ ...same(), snapshots: status() })
      .trimEnd()
      .split('\n');
    expect(lines.at(-2)).toBe('samples: 3 passed, 0 failed · reply snapshots up to date');
  });
});
