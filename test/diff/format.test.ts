import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import {
  codeSpan,
  describeDue,
  describeEscalations,
  DIFF_COMMENT_MARKER,
  diffProjects,
  formatDiffJson,
  formatDiffMarkdown,
  formatDiffTerminal,
  markdownText,
  quoteReply,
  wordDiff,
  type ProjectRevision,
} from '../../src/diff/index.js';
import { stripAnsi } from '../../src/report/index.js';
import { complaint, fakeRespond, playbook, side } from './helpers.js';

const rev = (playbooks: ProjectRevision['playbooks'], diagnostics: Diagnostic[] = []): ProjectRevision => ({ playbooks, diagnostics });
const samples = () => [complaint('viktoria-unidentified', 'Где мой заказ?'), complaint('anna', 'Ужасно.')];
const changedTemplate = playbook({
  templates: {
    'constructive/main': ['constructive', 'Добрый день, {{name}}! Разберемся с заказом.'],
    'general/main': ['general', 'Здравствуйте, {{name}}! Спасибо, что написали.'],
  },
  escalations: { angry: [['ужасно'], 'delivery', 'high'] },
});
const problem: Diagnostic = {
  file: 'playbooks/shop/templates.yaml',
  severity: 'error',
  ruleId: 'ref/unknown-team',
  message: 'Unknown team `pr`, expected one of `delivery`',
  range: { start: { line: 4, column: 3, offset: 40 }, end: { line: 4, column: 5, offset: 42 } },
  path: ['escalations', 0, 'to'],
};
const diff = () =>
  diffProjects(rev([side(playbook(), samples())]), rev([side(changedTemplate, samples())], [problem]), { respond: fakeRespond });

describe('formatDiffMarkdown', () => {
  const md = formatDiffMarkdown(diff(), { base: 'origin/main' });

  it('starts with the marker CI finds its comment by, and a heading', () => {
    expect(md.startsWith(`${DIFF_COMMENT_MARKER}\n## What this change does to customer replies\n`)).toBe(true);
    expect(md).toContain('`origin/main`');
  });

  it('has a summary table a support lead reads', () => {
    expect(md).toContain('| 💬 Replies that change | 1 |');
    expect(md).toContain('| 🔀 Complaints handled differently (type, who it is passed to, deadline) | 1 |');
    expect(md).toContain('| ❌ New problems in the playbooks | 1 |');
    expect(md).toContain('| 📝 Templates added / removed / edited | 0 / 0 / 1 |');
  });

  it('shows each changed reply before and after, changed words marked', () => {
    expect(md).toContain('#### Complaint `viktoria-unidentified` (Отзовик): the reply changed');
    expect(md).toContain('**Before**\n\n> <del>Здравствуйте</del>, Виктория! Разберемся с заказом.');
    expect(md).toContain('**After**\n\n> <ins>Добрый день</ins>, Виктория! Разберемся с заказом.');
  });

  it('explains a routing change in words, with the team’s name', () => {
    expect(md).toContain('#### Complaint `anna` (Отзовик): handled differently');
    expect(md).toContain('- Passed to: nobody → **Служба доставки (high)**');
    // In the playbook's zone, by the name its readers know (the engine wrote the times in UTC).
    expect(md).toContain('- Reply due by: 2 March 2026, 11:15 MSK → **2 March 2026, 12:15 MSK**');
    // The reply itself did not change, so it is not repeated.
    expect(md.slice(md.indexOf('`anna`'), md.indexOf('#### Templates'))).not.toContain('**Reply**');
  });

  it('lists new problems with where they are', () => {
    expect(md).toContain('### New problems');
    expect(md).toContain('| ❌ error | playbooks/shop/templates.yaml:4:3 | Unknown team \\`pr\\`, expected one of \\`delivery\\` |');
  });

  it('says plainly when nothing changes', () => {
    const same = formatDiffMarkdown(
      diffProjects(rev([side(playbook(), samples())]), rev([side(playbook(), samples())]), { respond: fakeRespond }),
    );
    expect(same).toContain('✅ No change for customers: all 2 sample complaints get the same reply');
    expect(same).not.toContain('| 💬');
  });

  it("says the base can't be compared when its playbook has errors", () => {
    const out = formatDiffMarkdown(
      diffProjects(rev([side(null, samples(), 'playbooks/shop')]), rev([side(playbook(), samples())]), { respond: fakeRespond }),
    );
    expect(out).toContain("The base revision's playbook has errors, so its replies can't be compared.");
    expect(out).toContain('| ⚠️ Playbooks whose replies could not be compared (they have errors) | 1 |');
  });

  it('shows a new playbook’s replies as added samples', () => {
    const out = formatDiffMarkdown(diffProjects(rev([]), rev([side(playbook(), samples())]), { respond: fakeRespond }));
    expect(out).toContain('This playbook is new');
    expect(out).toContain('#### Complaint `anna` (Отзовик): new sample complaint');
    expect(out).toContain('> Здравствуйте, Виктория! Спасибо, что написали.');
    expect(out).toContain('- Added: `constructive/main`, `general/main`');
  });

  it('folds long replies into <details>', () => {
    const long = 'Очень длинный ответ. '.repeat(80);
    const a = playbook({ templates: { 'constructive/main': ['constructive', long], 'general/main': ['general', 'x'] } });
    const b = playbook({ templates: { 'constructive/main': ['constructive', `${long}И еще.`], 'general/main': ['general', 'x'] } });
    const out = formatDiffMarkdown(diffProjects(rev([side(a, samples())]), rev([side(b, samples())]), { respond: fakeRespond }));
    expect(out).toContain('<details>\n<summary>Show the reply before and after</summary>');
  });

  it('stays under the length limit and says what it left out', () => {
    const many = Array.from({ length: 40 }, (_, i) => complaint(`c${i}`, 'Где заказ?'));
    const out = formatDiffMarkdown(
      diffProjects(rev([side(playbook(), many)]), rev([side(changedTemplate, many)]), { respond: fakeRespond }),
      { maxLength: 4000, base: 'main' },
    );
    expect(out.length).toBeLessThanOrEqual(4000);
    expect(out).toMatch(/…and \d+ more sections that did not fit in one comment\. Run `replybook diff --base main`/);
  });
});

describe('markdown escaping of playbook text', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['**bold** [link](http://x)', '\\*\\*bold\\*\\* \\[link\\](http:<!-- -->//x)'],
    ['see www.evil.example', 'see www<!-- -->.evil.example'],
    ['a \\| b', 'a \\\\\\| b'],
    ['bell\u0007 and \u202Egnp.exe', 'bell\\\\x07 and \\\\u202Egnp.exe'],
    ['спросите @support', 'спросите @<!-- -->support'],
    ['заказ #12345', 'заказ #<!-- -->12345'],
    ['# heading', '\\# heading'],
    ['- item\n1. one', '\\- item\n1\\. one'],
  ])('%j → %j', (input, want) => {
    expect(markdownText(input)).toBe(want);
  });

  it('codeSpan fences ids with backticks in them', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
  });

  it('quoteReply keeps line breaks and never opens a tag across lines', () => {
    expect(quoteReply(wordDiff('Привет.\n\nПока, друг.', 'Привет.\n\nДо свидания, друг.').filter((p) => p.op !== 'removed'))).toEqual([
      '> Привет.',
      '>',
      '> <ins>До свидания</ins>, друг.',
    ]);
    expect(quoteReply([{ op: 'added', text: 'раз\nдва' }])).toEqual(['> <ins>раз</ins>\\', '> <ins>два</ins>']);
  });
});

describe('formatDiffTerminal', () => {
  it('shows the change, the reply diff and the totals; colour only when asked', () => {
    const plain = formatDiffTerminal(diff(), { base: 'origin/main (abc1234)' });
    expect(plain).toContain('Compared with origin/main (abc1234)');
    expect(plain).toContain('~ viktoria-unidentified (Отзовик)  the reply changed');
    expect(plain).toContain('Passed to: nobody → Служба доставки (high)');
    expect(plain).toMatch(/^ {8}- .*Виктория! Разберемся с заказом\.$/m);
    expect(plain).toMatch(/^ {8}\+ .*Добрый.*Виктория! Разберемся с заказом\.$/m);
    expect(plain).toContain('New problems (not in the base revision):');
    expect(plain.trimEnd().split('\n').at(-1)).toBe(
      '1 reply changes, 1 handled differently, 1 new problem, templates +0 -0 ~1, samples +0 -0',
    );
    expect(plain).not.toContain('\u001b[');
    const coloured = formatDiffTerminal(diff(), { color: true });
    expect(coloured).toContain('\u001b[');
    expect(stripAnsi(coloured)).toContain('~ viktoria-unidentified (Отзовик)');
  });

  it('makes control characters from the playbook visible', () => {
    const evil = playbook({
      templates: { 'constructive/main': ['constructive', 'Здравствуйте\u001b[2J'], 'general/main': ['general', 'x'] },
    });
    const out = formatDiffTerminal(
      diffProjects(rev([side(playbook(), samples())]), rev([side(evil, samples())]), { respond: fakeRespond }),
    );
    expect(out).not.toContain('\u001b[2J');
    expect(out).toContain('\\x1B[2J');
  });
});

describe('formatDiffJson', () => {
  it('is one stable object with every key present', () => {
    const j = JSON.parse(formatDiffJson(diff(), { base: 'origin/main', baseCommit: 'abc' }));
    expect(Object.keys(j)).toEqual([
      'version',
      'base',
      'baseCommit',
      'repliesChanged',
      'summary',
      'playbooks',
      'newProblems',
      'fixedProblems',
      'snapshots',
      'traffic',
    ]);
    expect(j).toMatchObject({ version: 1, base: 'origin/main', baseCommit: 'abc', repliesChanged: true, snapshots: null, traffic: null });
    expect(j.summary).toMatchObject({ changedReplies: 1, changedRouting: 1, newProblems: 1 });
    const c = j.playbooks[0].complaints[0];
    expect(Object.keys(c)).toEqual([
      'id',
      'file',
      'baseFile',
      'channel',
      'channelName',
      'sample',
      'sampleEdited',
      'base',
      'head',
      'changes',
      'replyDiff',
    ]);
    expect(c.replyDiff[0]).toEqual({ op: 'removed', text: 'Здравствуйте' });
    expect(j.newProblems[0]).toMatchObject({ file: 'playbooks/shop/templates.yaml', line: 4, column: 3, ruleId: 'ref/unknown-team' });
  });
});

describe('describeEscalations', () => {
  const list = [
    { id: 'delivery', team: 'delivery', teamName: 'Служба доставки', priority: 'high' as const },
    { id: 'pr', team: 'pr', teamName: 'PR-служба', priority: 'urgent' as const },
  ];
  it.each([
    ['en', 'Служба доставки (high), PR-служба (urgent)'],
    ['ru', 'Служба доставки (высокий приоритет), PR-служба (срочно)'],
  ] as const)('in %s: %s', (lang, want) => {
    expect(describeEscalations(list, lang)).toBe(want);
    expect(describeEscalations([], lang)).toBe(lang === 'ru' ? 'никому' : 'nobody');
  });
});

describe('describeDue', () => {
  it.each([
    ['2026-03-02T14:15:00+03:00', '2 Mar 2026, 14:15 (UTC+03:00)'],
    ['2026-12-31T09:05:00.000Z', '31 Dec 2026, 09:05 (UTC)'],
    [null, 'no deadline'],
    ['soon', 'soon'],
  ])('%j → %j', (due, want) => {
    expect(describeDue(due)).toBe(want);
  });
});

describe('a deadline in words', () => {
  it.each([
    ['2026-03-03T14:10:00+03:00', 'ru', 'Europe/Moscow', '3 марта 2026, 14:10 МСК'],
    ['2026-03-03T14:10:00+03:00', 'en', 'Europe/Moscow', '3 March 2026, 14:10 MSK'],
    ['2026-03-03T18:10:00+07:00', 'ru', 'Asia/Novosibirsk', '3 марта 2026, 18:10 МСК+4'],
    ['2026-03-03T14:10:00+03:00', 'en', null, '3 Mar 2026, 14:10 (UTC+03:00)'],
    [null, 'en', 'Europe/Moscow', 'no deadline'],
  ] as const)('%s in %s (%s) → %s', (due, lang, zone, want) => {
    expect(describeDue(due, lang, zone)).toBe(want);
  });
});
