import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/report/ansi.js';
import { diffRuns } from '../../src/watch/diff.js';
import { formatWatchReport } from '../../src/watch/format.js';
import { diag, result } from './diff.test.js';

const st = (diagnostics: ReturnType<typeof diag>[], results: ReturnType<typeof result>[]) => new Map([['pb/a', { diagnostics, results }]]);

describe('formatWatchReport', () => {
  const prev = st([diag('Unknown template `sorry/late`', 4)], [result('v'), result('w', {}, false)]);
  const next = st(
    [diag('Unknown voice `anna`', 6, 'warning')],
    [result('v', { template: 't/b', reply: 'Добрый вечер, Виктория!' }), result('w')],
  );
  const report = diffRuns(prev, next, { changes: [{ path: 'pb/a/templates.yaml', kind: 'change' }], rerun: ['pb/a'], elapsedMs: 12.4 });

  it('prints what changed, new and fixed diagnostics, outcome changes with a word diff, and totals', () => {
    expect(formatWatchReport(report)).toBe(
      [
        '── pb/a/templates.yaml changed · re-ran pb/a · 12 ms',
        '+ pb/a/templates.yaml:6:3  warning  Unknown voice `anna`  ref/unknown-template',
        '✓ pb/a/templates.yaml:4:3  error  Unknown template `sorry/late`  ref/unknown-template  fixed',
        '~ a › v  pb/a/complaints.yaml',
        '    template    t/a → t/b',
        '    reply (- before, + after):',
        '      - Добрый [-день-], Виктория!',
        '      + Добрый {+вечер+}, Виктория!',
        '✓ a › w  passes now',
        '2 passed, 0 failed · 0 errors, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked, with the same text underneath', () => {
    const coloured = formatWatchReport(report, { color: true });
    expect(coloured).toContain('\u001b[');
    expect(formatWatchReport(report)).not.toContain('\u001b[');
    expect(stripAnsi(coloured)).toContain('      - Добрый день, Виктория!\n      + Добрый вечер, Виктория!');
  });

  it('shows a burst of several files and the first run', () => {
    const burst = diffRuns(next, next, {
      changes: [
        { path: 'a.yaml', kind: 'add' },
        { path: 'b.yaml', kind: 'unlink' },
      ],
      rerun: ['pb/a'],
    });
    expect(formatWatchReport(burst).split('\n').slice(0, 3)).toEqual([
      '── 2 files changed · re-ran pb/a',
      '   added    a.yaml',
      '   deleted  b.yaml',
    ]);
    const first = formatWatchReport(diffRuns(null, prev, { rerun: ['pb/a'] }));
    expect(first.split('\n')[0]).toBe('── replybook watch: first run of pb/a');
    expect(first).toContain('✗ a › w  Expected type `x`, got `y`');
  });

  it("says in one line that a broken playbook's samples are not run, rather than one line each", () => {
    const many = st(
      [],
      ['a', 'b', 'c', 'd', 'e'].map((id) => result(id)),
    );
    const broken = st([diag('Unknown property `temlates`', 1)], []);
    const out = formatWatchReport(diffRuns(many, broken, { rerun: ['pb/a'] }));
    expect(out).toContain('− a  5 sample complaints no longer run (a, b, …)');
    expect(out).not.toContain('a › c');
    const few = formatWatchReport(diffRuns(st([], [result('a'), result('b')]), st([], [result('a')]), { rerun: ['pb/a'] }));
    expect(few).toContain('− a › b  no longer run');
  });

  it('makes control characters in playbook text visible', () => {
    const r = diffRuns(null, st([diag('bad \u001b[31m text')], []));
    expect(formatWatchReport(r)).toContain('bad \\x1B[31m text');
  });
});
