import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import {
  diffProjects,
  newDiagnostics,
  outcomeChanges,
  pairUp,
  repliesChanged,
  wordDiff,
  type OutcomeSummary,
  type ProjectRevision,
} from '../../src/diff/index.js';
import { complaint, fakeRespond, playbook, side } from './helpers.js';

const opts = { respond: fakeRespond };
const rev = (...playbooks: ProjectRevision['playbooks']): ProjectRevision => ({ playbooks, diagnostics: [] });
const samples = () => [complaint('viktoria', 'Где мой заказ?'), complaint('anna', 'Ужасно.')];

describe('diffProjects', () => {
  it('reports nothing when the playbooks are the same, and counts the unchanged samples', () => {
    const d = diffProjects(rev(side(playbook(), samples())), rev(side(playbook(), samples())), opts);
    expect(d.playbooks).toHaveLength(1);
    expect(d.playbooks[0].complaints).toEqual([]);
    expect(d.playbooks[0].unchanged).toBe(2);
    expect(d.summary.changedReplies).toBe(0);
    expect(repliesChanged(d)).toBe(false);
  });

  it('finds the reply that changes when a template text changes, with a word diff', () => {
    const after = playbook({
      templates: {
        'constructive/main': ['constructive', 'Добрый день, {{name}}! Разберемся с заказом.'],
        'general/main': ['general', 'Здравствуйте, {{name}}! Спасибо, что написали.'],
      },
    });
    const d = diffProjects(rev(side(playbook(), samples())), rev(side(after, samples())), opts);
    const [c] = d.playbooks[0].complaints;
    expect(c.id).toBe('viktoria');
    expect(c.changes).toEqual(['reply']);
    expect(c.base?.reply).toBe('Здравствуйте, Виктория! Разберемся с заказом.');
    expect(c.head?.reply).toBe('Добрый день, Виктория! Разберемся с заказом.');
    expect(c.replyDiff).toEqual([
      { op: 'removed', text: 'Здравствуйте' },
      { op: 'added', text: 'Добрый день' },
      { op: 'same', text: ', Виктория! Разберемся с заказом.' },
    ]);
    expect(c.channelName).toBe('Отзовик');
    expect(d.playbooks[0].unchanged).toBe(1);
    expect(d.playbooks[0].templates).toEqual([expect.objectContaining({ id: 'constructive/main', change: 'changed' })]);
    expect(d.summary).toMatchObject({ changedReplies: 1, changedRouting: 0, templatesChanged: 1 });
    expect(repliesChanged(d)).toBe(true);
  });

  it('finds a type change, the template and reply that come with it, and a new escalation and deadline', () => {
    const after = playbook({
      types: [
        ['constructive', ['заказ', 'ужасно']],
        ['general', []],
      ],
      escalations: { angry: [['ужасно'], 'delivery', 'high'] },
    });
    const d = diffProjects(rev(side(playbook(), samples())), rev(side(after, samples())), opts);
    const [c] = d.playbooks[0].complaints;
    expect(c.id).toBe('anna');
    expect(c.changes).toEqual(['type', 'escalations', 'due', 'template', 'reply']);
    expect(c.head?.escalations).toEqual([{ id: 'angry', team: 'delivery', teamName: 'Служба доставки', priority: 'high' }]);
    expect(d.summary).toMatchObject({ changedReplies: 1, changedRouting: 1 });
  });

  it('matches complaints by playbook id and complaint id, so a renamed complaints file still compares', () => {
    const base = [complaint('viktoria', 'Где мой заказ?', 'playbooks/shop/complaints.yaml')];
    const head = [complaint('viktoria', 'Где мой заказ?', 'playbooks/shop/complaints/delivery.yaml')];
    const d = diffProjects(rev(side(playbook(), base)), rev(side(playbook(), head)), opts);
    expect(d.playbooks[0].complaints).toEqual([]);
    expect(d.playbooks[0].unchanged).toBe(1);
    expect(d.summary.complaintsAdded + d.summary.complaintsRemoved).toBe(0);
  });

  it('runs an added and a removed sample through both versions and reports them as added and removed', () => {
    const d = diffProjects(
      rev(side(playbook(), [complaint('old', 'Ужасно.')])),
      rev(side(playbook(), [complaint('new', 'Где заказ?')])),
      opts,
    );
    const [added, removed] = d.playbooks[0].complaints;
    expect(added).toMatchObject({ id: 'new', sample: 'added', changes: [] });
    expect(added.base?.reply).toBe(added.head?.reply);
    expect(removed).toMatchObject({ id: 'old', sample: 'removed' });
    expect(d.summary).toMatchObject({ complaintsAdded: 1, complaintsRemoved: 1, changedReplies: 0 });
    expect(repliesChanged(d)).toBe(false);
  });

  it('treats everything as added when the base has no playbook yet', () => {
    const d = diffProjects(rev(), rev(side(playbook(), samples())), opts);
    const p = d.playbooks[0];
    expect(p).toMatchObject({ base: 'missing', head: 'ok' });
    expect(p.complaints.map((c) => [c.id, c.sample, c.base])).toEqual([
      ['viktoria', 'added', null],
      ['anna', 'added', null],
    ]);
    expect(p.templates.map((t) => t.change)).toEqual(['added', 'added']);
    expect(d.summary).toMatchObject({ playbooksAdded: 1, templatesAdded: 2, complaintsAdded: 2 });
    expect(repliesChanged(d)).toBe(true);
  });

  it('says the base cannot be compared when its playbook has errors, and compares nothing there', () => {
    const d = diffProjects(rev(side(null, samples(), 'playbooks/shop')), rev(side(playbook(), samples())), opts);
    const p = d.playbooks[0];
    expect(p).toMatchObject({ id: 'shop', base: 'invalid', head: 'ok', complaints: [], unchanged: 0, templates: [] });
    expect(d.summary.invalidBase).toBe(1);
    // A gate cannot pass replies it could not compare.
    expect(repliesChanged(d)).toBe(true);
  });

  it('pairs a playbook folder that moved by its id', () => {
    const d = diffProjects(
      rev(side(playbook({ dir: 'old/shop' }), samples())),
      rev(side(playbook({ dir: 'playbooks/shop' }), samples())),
      opts,
    );
    expect(d.playbooks).toHaveLength(1);
    expect(d.playbooks[0]).toMatchObject({ dir: 'playbooks/shop', baseDir: 'old/shop', unchanged: 2 });
  });

  it('reports a reply that disappears when a type stops replying', () => {
    const after = playbook({ silent: ['general'] });
    const d = diffProjects(rev(side(playbook(), samples())), rev(side(after, samples())), opts);
    const [c] = d.playbooks[0].complaints;
    expect(c.changes).toEqual(['actions', 'template', 'reply']);
    expect(c.head?.reply).toBeNull();
    expect(c.replyDiff).toBeNull();
  });

  it('removes a whole playbook', () => {
    const d = diffProjects(rev(side(playbook(), samples())), rev(), opts);
    expect(d.playbooks[0]).toMatchObject({ base: 'ok', head: 'missing' });
    expect(d.summary.playbooksRemoved).toBe(1);
    expect(repliesChanged(d)).toBe(true);
  });
});

const diag = (ruleId: string, line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'playbooks/shop/templates.yaml',
  severity: 'warning',
  ruleId,
  message: `problem ${ruleId}`,
  range: { start: { line, column: 1, offset: line * 10 }, end: { line, column: 5, offset: line * 10 + 4 } },
  ...extra,
});

describe('newDiagnostics', () => {
  it('ignores problems that only moved to another line', () => {
    const r = newDiagnostics(
      [diag('tone/avoid', 3, { path: ['templates', 'a', 'text'] })],
      [diag('tone/avoid', 9, { path: ['templates', 'a', 'text'] })],
    );
    expect(r).toEqual({ added: [], fixed: [] });
  });

  it('finds a new problem and a fixed one, by rule, file and path or message', () => {
    const r = newDiagnostics(
      [diag('tone/avoid', 3, { path: ['templates', 'a', 'text'] }), diag('ref/unknown-team', 4)],
      [diag('tone/avoid', 3, { path: ['templates', 'b', 'text'] }), diag('ref/unknown-team', 8)],
    );
    expect(r.added.map((d) => d.path)).toEqual([['templates', 'b', 'text']]);
    expect(r.fixed.map((d) => d.path)).toEqual([['templates', 'a', 'text']]);
  });

  it('counts repeats: a second identical problem is new', () => {
    const r = newDiagnostics([diag('x/y', 1)], [diag('x/y', 1), diag('x/y', 2)]);
    expect(r.added).toHaveLength(1);
  });
});

describe('helpers', () => {
  const o = (x: Partial<OutcomeSummary>): OutcomeSummary => ({
    type: 't',
    template: 'a',
    escalations: [],
    due: '2026-03-02T11:15:00+03:00',
    actions: [],
    reply: 'r',
    errors: [],
    ...x,
  });

  it.each([
    [{}, []],
    [{ due: '2026-03-02T08:15:00Z' }, []],
    [{ due: '2026-03-02T12:15:00+03:00' }, ['due']],
    [{ reply: 'r  ' }, []],
    [{ reply: 'R' }, ['reply']],
    [{ actions: ['hide'] }, ['actions']],
    [{ escalations: [{ id: 'e', team: 'pr', teamName: 'PR', priority: 'high' as const }] }, ['escalations']],
  ])('outcomeChanges %j → %j', (change, want) => {
    expect(outcomeChanges(o({}), o(change))).toEqual(want);
  });

  it('pairUp pairs exact keys first, then loose ones, then lists the rest', () => {
    const pairs = pairUp(
      ['a/x', 'b/y', 'c/z'],
      ['d/x', 'b/y', 'e/w'],
      (s) => s,
      (s) => s.slice(2),
    );
    expect(pairs).toEqual([
      ['a/x', 'd/x'],
      ['b/y', 'b/y'],
      [null, 'e/w'],
      ['c/z', null],
    ]);
  });

  it('wordDiff joins changes separated only by spaces and punctuation into one piece per side', () => {
    const d = wordDiff('Добрый день! Спасибо, что написали. Ждем вас.', 'Добрый день! Нам жаль, что так вышло. Ждем вас.');
    expect(d).toEqual([
      { op: 'same', text: 'Добрый день! ' },
      { op: 'removed', text: 'Спасибо' },
      { op: 'added', text: 'Нам жаль' },
      { op: 'same', text: ', что ' },
      { op: 'removed', text: 'написали' },
      { op: 'added', text: 'так вышло' },
      { op: 'same', text: '. Ждем вас.' },
    ]);
    // Each side rebuilds its text exactly.
    const side = (drop: string) =>
      d
        .filter((p) => p.op !== drop)
        .map((p) => p.text)
        .join('');
    expect(side('added')).toBe('Добрый день! Спасибо, что написали. Ждем вас.');
    expect(side('removed')).toBe('Добрый день! Нам жаль, что так вышло. Ждем вас.');
  });

  it('wordDiff compares whole Cyrillic words, not letters', () => {
    expect(wordDiff('Спасибо за отзыв', 'Благодарим за отзыв')).toEqual([
      { op: 'removed', text: 'Спасибо' },
      { op: 'added', text: 'Благодарим' },
      { op: 'same', text: ' за отзыв' },
    ]);
  });
});
