/**
 * Every way replybook shows text from a playbook or a mention — each human reporter, the GitHub
 * annotations and step summary, the Markdown of `diff`, the CLI's own messages and the simulator —
 * fed data whose every string carries every control character, bidi control and workflow-command
 * start (`EVIL`). None may come out raw; the escaped form must (so a reporter that simply dropped
 * the field would fail too); no line may be a workflow command that replybook did not mean.
 */
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/program.js';
import { say, type CliIO } from '../../src/node/io.js';
import { diffProjects, formatDiffMarkdown, formatDiffTerminal, type ProjectRevision } from '../../src/diff/index.js';
import type { Mention } from '../../src/model/outcome.js';
import type { TestRunResult } from '../../src/model/test-result.js';
import { formatOutcomeText } from '../../src/report/outcome-text.js';
import { formatGithub, formatGithubTestRun, githubStepSummary } from '../../src/report/github.js';
import { formatStylish } from '../../src/report/stylish.js';
import { formatTestHuman } from '../../src/report/test-human.js';
import { formatCoverage } from '../../src/report/coverage.js';
import type { PlaybookCoverage } from '../../src/model/test-result.js';
import { App } from '../../src/tui/components/App.js';
import { complaintMetaLine, complaintTextLines, decisionLines, problemLines, replyLines, traceLines } from '../../src/tui/view/lines.js';
import { sidebarRows } from '../../src/tui/view/sidebar.js';
import { allItems } from '../../src/tui/state/selectors.js';
import { initialState, reduce } from '../../src/tui/state/reducer.js';
import { diffRuns } from '../../src/watch/diff.js';
import { formatWatchReport } from '../../src/watch/format.js';
import { complaint, fakeRespond, playbook, side } from '../diff/helpers.js';
import { ESCAPED_MARKS, EVIL, poison, rawUnsafe, workflowCommands } from '../support/terminal-safety.js';
import { outcome as tuiOutcome, project as tuiProject, PLAYBOOK, sample as tuiSample } from '../tui/fake-project.js';
import { outcome, range, sampleDiagnostics, sampleRun } from './fixtures.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ComplaintResult } from '../../src/model/test-result.js';

const diag = (message: string, line = 1, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file: 'pb/a/templates.yaml',
  range: range(line, 3),
  severity,
  ruleId: 'ref/x',
  message,
});
const result = (id: string, o: Partial<ReturnType<typeof outcome>> = {}, passed = true): ComplaintResult => ({
  playbook: 'a',
  id,
  channel: 'vk',
  file: 'pb/a/complaints.yaml',
  range: range(1, 1),
  outcome: outcome(o),
  passed,
  failures: passed ? [] : [{ field: 'type', expected: 'x', actual: 'y', message: 'Expected type `x`, got `y`' }],
});

const diagnostics = poison(sampleDiagnostics);
const run: TestRunResult = poison(sampleRun);
const fullOutcome = poison(
  outcome({
    escalations: [
      { id: 'legal', team: 'lawyers', priority: 'high', approval: true, reply: 'holding', hide: true, due: '2026-03-02T12:00:00+03:00' },
    ],
    actions: ['hide'],
    signals: { order: '12345' },
    checks: [{ id: 'tone/avoid', ok: false, message: 'avoids a phrase' }],
    errors: ['could not render'],
  }),
);
const mention: Mention = poison({ text: 'my order', channel: 'x', author: { name: 'Eve', followers: 3 }, at: '2026-03-02T10:00:00Z' });

const rev = (playbooks: ProjectRevision['playbooks']): ProjectRevision => ({ playbooks, diagnostics: [] });
const samples = () => [complaint('viktoria', 'Где мой заказ?'), complaint('anna', 'Ужасно.')];
const changed = playbook({
  templates: { 'constructive/main': ['constructive', 'Добрый день, {{name}}!'], 'general/main': ['general', 'Здравствуйте!'] },
  escalations: { angry: [['ужасно'], 'delivery', 'high'] },
});
const diff = poison(
  diffProjects(rev([side(playbook(), samples())]), rev([side(changed, [...samples(), complaint('new', 'заказ')])]), {
    respond: fakeRespond,
  }),
);
diff.newDiagnostics = diagnostics;

const watchReport = poison(
  diffRuns(
    new Map([['pb/a', { diagnostics: [diag('was')], results: [result('v'), result('w', {}, false)] }]]),
    new Map([
      [
        'pb/a',
        {
          diagnostics: [diag('now', 6, 'warning')],
          results: [result('v', { template: 't/b', reply: 'Добрый вечер!\nline two' }), result('w'), result('x', {}, false)],
        },
      ],
    ]),
    {
      changes: [
        { path: 'pb/a/templates.yaml', kind: 'change' },
        { path: 'pb/a/b.yaml', kind: 'add' },
      ],
      rerun: ['pb/a'],
    },
  ),
);
watchReport.build = { dir: 'out', error: 'disk full' };

const coverageList: PlaybookCoverage[] = poison([
  { playbook: 'acme', items: [{ kind: 'type', id: 'delay', hits: 0, source: diagnostics[0] as never }] },
]);
coverageList[0].items[0].source = { file: diagnostics[0].file, range: diagnostics[0].range, path: [] };

/** Each reporter, by name, with its output for the poisoned data (colour off and on where it has colour). */
const HUMAN: Array<[string, () => string]> = [
  ['stylish', () => formatStylish(diagnostics)],
  ['stylish, colour', () => formatStylish(diagnostics, { color: true })],
  ['test human', () => formatTestHuman(run, { verbose: true })],
  ['test human, colour', () => formatTestHuman(run, { color: true, verbose: true })],
  ['sim --text (outcome text)', () => formatOutcomeText(mention, fullOutcome, { color: false })],
  ['sim --text, colour', () => formatOutcomeText(mention, fullOutcome, { color: true })],
  ['diff terminal', () => formatDiffTerminal(diff, { base: `main${EVIL}` })],
  ['diff terminal, colour', () => formatDiffTerminal(diff, { base: 'main', color: true })],
  ['watch report', () => formatWatchReport(watchReport)],
  ['watch report, colour', () => formatWatchReport(watchReport, { color: true })],
  ['test --coverage', () => formatCoverage(coverageList)],
  ['diff markdown', () => formatDiffMarkdown(diff, { base: `main${EVIL}` })],
  ['step summary', () => githubStepSummary(diagnostics, run)],
];

describe('no reporter lets untrusted text reach a terminal or a CI log raw', () => {
  it('the attack string really holds what it should (the test can fail)', () => {
    expect(rawUnsafe(EVIL).length).toBeGreaterThan(60);
    expect(workflowCommands(EVIL).map((c) => c.command)).toEqual(['add-mask', 'stop-commands', 'error', 'add-mask']);
  });

  it.each(HUMAN)('%s', (_name, format) => {
    const out = format();
    expect(rawUnsafe(out)).toEqual([]);
    expect(workflowCommands(out)).toEqual([]);
    expect(ESCAPED_MARKS.some((m) => out.replace(/\\\\/g, '\\').includes(m))).toBe(true);
  });

  it.each([
    ['annotations of check', () => formatGithub(diagnostics), diagnostics.length],
    [
      'annotations of test',
      () => formatGithubTestRun(run),
      run.diagnostics.length + run.results.reduce((n, r) => n + r.failures.length, 0),
    ],
  ] as const)('GitHub %s: one command per problem, exactly as written, with escaped text', (_name, format, count) => {
    const out = format();
    expect(rawUnsafe(out)).toEqual([]);
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(count);
    const commands = workflowCommands(out);
    expect(commands).toHaveLength(count);
    for (const c of commands) {
      expect(['error', 'warning', 'notice']).toContain(c.command);
      // What the runner shows after unescaping the data: lines without controls or commands.
      const shown = c.data.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
      expect(rawUnsafe(shown)).toEqual([]);
      expect(workflowCommands(shown)).toEqual([]);
    }
    expect(out).toContain('\\x1B]0;pwned\\x07');
  });

  it('the CLI’s messages (say, commander’s errors, the internal error)', async () => {
    let err = '';
    const io: CliIO = {
      stdout: { write: () => undefined },
      stderr: { write: (s: string) => void (err += s) },
      cwd: '/nonexistent',
      env: {},
    };
    say(io, 'check', `no such file or folder: ${EVIL}`);
    await main(['check', `--bogus${EVIL}`], io);
    await main(['sim', '.', '--text', 'x', '--at', EVIL], io);
    await main(['sim', '.', '--text', 'x', '--followers', EVIL], io);
    expect(rawUnsafe(err)).toEqual([]);
    expect(workflowCommands(err)).toEqual([]);
    expect(err.split('\\x1B]0;pwned\\x07').length).toBeGreaterThanOrEqual(5);
  });
});

describe('the simulator shows untrusted text escaped', () => {
  const evilSample = tuiSample('late', {
    mention: poison({ text: 'my order is late', channel: 'x', author: { name: 'Eve', followers: 3 }, at: '2026-03-02T10:15:00+03:00' }),
    outcome: poison(
      tuiOutcome({
        escalations: [
          { id: 'legal', team: 'pr', priority: 'high', approval: true, reply: 'holding', hide: false, due: '2026-03-02T14:15:00+03:00' },
        ],
        errors: ['bad'],
        actions: ['hide'],
      }),
    ),
    file: `pb/complaints${EVIL}.yaml`,
  });
  const info = poison(PLAYBOOK);
  const evilProject = tuiProject([evilSample], { playbooks: [{ ...info, dir: 'pb' }], diagnostics: poison([{ ...diagnostics[0] }]) });

  it.each([
    ['the complaint’s meta line', () => [complaintMetaLine(evilSample.mention, info, false, 60)]],
    ['the complaint’s text', () => complaintTextLines(evilSample.mention.text, evilSample.outcome, 40)],
    ['the decision', () => decisionLines(evilSample.outcome!, evilSample.mention, info, 40)],
    ['the reply', () => replyLines(evilSample.outcome!, 40)],
    ['the trace', () => traceLines(evilSample.outcome!, 40)],
    ['the problems', () => problemLines(evilProject.diagnostics, 40)],
    [
      'the sidebar',
      () =>
        sidebarRows(allItems(reduce(initialState(), { type: 'loaded', project: evilProject, at: '' })), {
          selectedKey: null,
          changed: new Set(),
          overridden: new Set(),
          width: 30,
          color: true,
        }).lines,
    ],
  ])('%s', (_name, lines) => {
    const text = lines()
      .map((l) => l.map((s) => s.text).join(''))
      .join('\n');
    expect(rawUnsafe(text)).toEqual([]);
    expect(text).toMatch(/\\(x[0-9A-F]{2}|u[0-9A-F]{4})/);
  });

  it('a whole frame of the simulator, with colour and without', async () => {
    for (const color of [false, true]) {
      const deps = {
        load: async () => evilProject,
        watch: () => () => undefined,
        save: async () => undefined,
        now: () => '2026-03-02T12:00:00.000Z',
      };
      const app = render(createElement(App, { deps, color, initial: evilProject, size: { columns: 120, rows: 40 } }));
      await new Promise((r) => setTimeout(r, 50));
      app.stdin.write('t');
      await new Promise((r) => setTimeout(r, 50));
      const frames = app.frames.join('\n');
      app.unmount();
      expect(rawUnsafe(frames)).toEqual([]);
      expect(frames).toContain('\\x1B]0;pwned\\x07');
    }
  });
});
