import { describe, expect, it } from 'vitest';
import { initialState, noticeMs, reduce } from '../../src/tui/state/reducer.js';
import { composerKey } from '../../src/tui/state/composer.js';
import { counts, failuresShown, outcomeOf, selectedItem, visibleItems } from '../../src/tui/state/selectors.js';
import { replyLines } from '../../src/tui/view/lines.js';
import type { SimEvent, SimState } from '../../src/tui/state/types.js';
import { ERROR, outcome, project, sample } from './fake-project.js';
import { splitKeys } from '../../src/tui/state/keymap.js';

const AT = '2026-03-02T12:00:00.000Z';
const run = (state: SimState, ...events: SimEvent[]) => events.reduce(reduce, state);
const three = () => project([sample('a'), sample('b', { passed: false }), sample('c')]);
const loaded = (p = three()) => run(initialState({ columns: 100, rows: 30 }), { type: 'loaded', project: p, at: AT });

describe('loading', () => {
  it('selects the first complaint and counts pass/fail', () => {
    const s = loaded();
    expect(s.selectedKey).toBe('pb/complaints.yaml#a');
    expect(counts(s)).toEqual({ samples: 3, passed: 2, failed: 1, changed: 0 });
    expect(s.loading).toBe(false);
  });

  it('keeps the selection by key across a reload and marks what changed', () => {
    let s = run(loaded(), { type: 'move', delta: 1 });
    expect(s.selectedKey).toBe('pb/complaints.yaml#b');
    const next = project([sample('a'), sample('b', { outcome: outcome({ reply: 'a new reply' }) }), sample('c')]);
    s = run(s, { type: 'reloading' }, { type: 'loaded', project: next, at: AT });
    expect(s.selectedKey).toBe('pb/complaints.yaml#b');
    expect(s.changed).toEqual(['pb/complaints.yaml#b']);
    expect(counts(s).changed).toBe(1);
  });

  it('shows the calendar notice on the first load only, and not over another notice', () => {
    const notice = 'Now (2028-01-10): 2028 lies outside the years the production calendar covers';
    const first = loaded(three());
    expect(first.notice).toBeNull();
    const s = loaded(project([sample('a')], { calendarNotice: notice }));
    expect(s.notice).toEqual({ text: notice, tone: 'info' });
    const dismissed = run(
      s,
      { type: 'escape' },
      { type: 'reloading' },
      { type: 'loaded', project: project([sample('a')], { calendarNotice: notice }), at: AT },
    );
    expect(dismissed.notice).toBeNull();
  });

  it('finds the selected complaint by id when it moved to another file', () => {
    let s = run(loaded(), { type: 'move', delta: 2 });
    const moved = project([sample('a'), sample('b'), sample('c', {}, 'pb/complaints/other.yaml')]);
    s = reduce(s, { type: 'loaded', project: moved, at: AT });
    expect(s.selectedKey).toBe('pb/complaints/other.yaml#c');
  });

  it('moves to the nearest complaint when the selected one is gone', () => {
    let s = run(loaded(), { type: 'move', delta: 2 });
    s = reduce(s, { type: 'loaded', project: project([sample('a'), sample('b')]), at: AT });
    expect(s.selectedKey).toBe('pb/complaints.yaml#b');
  });

  it('keeps the last good outcomes (stale) when a save breaks the playbook', () => {
    const good = loaded();
    const broken = project([], { usable: false, diagnostics: [ERROR] });
    const s = reduce(good, { type: 'loaded', project: broken, at: AT });
    expect(s.stale).toBe(true);
    expect(s.diagnostics).toEqual([ERROR]);
    expect(s.project).toBe(good.project);
    expect(visibleItems(s)).toHaveLength(3);
    const fixed = reduce(s, { type: 'loaded', project: three(), at: AT });
    expect(fixed.stale).toBe(false);
    expect(fixed.diagnostics).toEqual([]);
  });

  it('shows the problems alone when the first load is broken', () => {
    const s = loaded(project([], { usable: false, diagnostics: [ERROR], playbooks: [] }));
    expect(s.stale).toBe(false);
    expect(s.selectedKey).toBeNull();
    expect(s.diagnostics).toHaveLength(1);
  });
});

describe('moving and focus', () => {
  it.each<[string, SimEvent[], string]>([
    ['down', [{ type: 'move', delta: 1 }], 'b'],
    ['down past the end', [{ type: 'move', delta: 9 }], 'c'],
    ['up at the top', [{ type: 'move', delta: -1 }], 'a'],
    ['last', [{ type: 'move-to', where: 'last' }], 'c'],
    [
      'first after last',
      [
        { type: 'move-to', where: 'last' },
        { type: 'move-to', where: 'first' },
      ],
      'a',
    ],
  ])('%s', (_name, events, id) => {
    expect(selectedItem(run(loaded(), ...events))?.id).toBe(id);
  });

  it('Tab cycles sidebar → main, and reaches problems only while there are some', () => {
    let s = loaded();
    s = run(s, { type: 'focus', direction: 1 });
    expect(s.focus).toBe('main');
    s = run(s, { type: 'focus', direction: 1 });
    expect(s.focus).toBe('sidebar');
    s = reduce(s, { type: 'loaded', project: project([sample('a')], { diagnostics: [{ ...ERROR, severity: 'warning' }] }), at: AT });
    s = run(s, { type: 'focus', direction: -1 });
    expect(s.focus).toBe('problems');
  });

  it('scrolls the main pane within its content only', () => {
    const long = project([sample('a', { outcome: outcome({ reply: Array.from({ length: 60 }, (_, i) => `line ${i}`).join('\n') }) })]);
    let s = run(loaded(long), { type: 'focus', direction: 1 }, { type: 'move', delta: 5 });
    expect(s.scroll.main).toBe(5);
    s = run(s, { type: 'move-to', where: 'last' });
    const max = s.scroll.main;
    expect(max).toBeGreaterThan(30);
    expect(run(s, { type: 'move', delta: 10 }).scroll.main).toBe(max);
    expect(run(s, { type: 'move-to', where: 'first' }).scroll.main).toBe(0);
  });

  it('does not scroll a reply that fits', () => {
    const s = run(loaded(), { type: 'focus', direction: 1 }, { type: 'move', delta: 3 });
    expect(s.scroll.main).toBe(0);
  });
});

describe('filter', () => {
  it('narrows the list while typing and moves the selection onto what is visible', () => {
    const p = project([sample('late-order'), sample('rude'), sample('late-again')]);
    let s = run(loaded(p), { type: 'move', delta: 1 }, { type: 'filter-start' });
    for (const ch of 'late-') s = reduce(s, { type: 'filter-edit', key: { kind: 'insert', text: ch } });
    expect(visibleItems(s).map((i) => i.id)).toEqual(['late-order', 'late-again']);
    expect(s.selectedKey).toBe('pb/complaints.yaml#late-order');
    s = reduce(s, { type: 'filter-accept' });
    expect(s.filtering).toBe(false);
    expect(s.filter).toBe('late-');
    s = reduce(s, { type: 'escape' });
    expect(s.filter).toBe('');
    expect(visibleItems(s)).toHaveLength(3);
  });

  it('backspace edits the filter', () => {
    let s = run(
      loaded(),
      { type: 'filter-start' },
      { type: 'filter-edit', key: { kind: 'insert', text: 'bx' } },
      { type: 'filter-edit', key: { kind: 'backspace' } },
    );
    expect(s.filter).toBe('b');
    s = reduce(s, { type: 'filter-cancel' });
    expect(s.filter).toBe('');
  });
});

describe('filter by fields', () => {
  const typed = (s: SimState, text: string) => {
    let out = run(s, { type: 'filter-start' });
    for (const ch of text) out = reduce(out, { type: 'filter-edit', key: { kind: 'insert', text: ch } });
    return out;
  };
  const mixed = () =>
    project([
      sample('vk-delay', { mention: { ...sample('x').mention, channel: 'vk', text: 'my order is late' } }),
      sample('x-rude', { outcome: outcome({ type: 'profanity', template: null, reply: null }), passed: false }),
      sample('x-legal', {
        outcome: outcome({
          template: 'holding/legal',
          escalations: [{ id: 'legal', team: 'legal', priority: 'high', approval: true, reply: 'holding', hide: false }],
        }),
      }),
    ]);

  it.each([
    ['channel:vk', ['vk-delay']],
    ['channel:x', ['x-rude', 'x-legal']],
    ['type:prof', ['x-rude']],
    ['template:holding', ['x-legal']],
    ['team:legal', ['x-legal']],
    ['status:fail', ['x-rude']],
    ['status:pass channel:x', ['x-legal']],
    ['channel:x legal', ['x-legal']],
    ['vk-del', ['vk-delay']],
  ])('%s', (filter, ids) => {
    expect(visibleItems(typed(loaded(mixed()), filter)).map((i) => i.id)).toEqual(ids);
  });

  it('changed: only what the last reload changed', () => {
    const s = run(loaded(mixed()), { type: 'loaded', project: mixed(), at: AT });
    expect(visibleItems({ ...s, filter: 'changed' })).toEqual([]);
    expect(visibleItems({ ...s, filter: 'changed', changed: ['pb/complaints.yaml#x-rude'] }).map((i) => i.id)).toEqual(['x-rude']);
  });

  it('Tab completes a field name, then a value, and keeps the filter when there is nothing to complete', () => {
    let s = typed(loaded(mixed()), 'cha');
    s = reduce(s, { type: 'filter-complete' });
    expect(s.filter).toBe('channel:');
    s = reduce(s, { type: 'filter-edit', key: { kind: 'insert', text: 'v' } });
    s = reduce(s, { type: 'filter-complete' });
    expect(s.filter).toBe('channel:vk ');
    expect(s.filtering).toBe(true);
    s = reduce(s, { type: 'filter-complete' });
    expect(s.filtering).toBe(false);
    expect(visibleItems(s).map((i) => i.id)).toEqual(['vk-delay']);
  });

  it('Tab in the filter is completion, not the next pane', () => {
    const s = typed(loaded(mixed()), 'ty');
    expect(reduce(s, { type: 'keys', keys: splitKeys('\t', { tab: true }), at: AT }).filter).toBe('type:');
  });

  it('/ edits the filter there is: typing goes on after it', () => {
    let s = reduce(typed(loaded(mixed()), 'channel:x'), { type: 'filter-accept' });
    s = typed(s, ' legal');
    expect(s.filter).toBe('channel:x legal');
  });
});

describe('why a sample fails', () => {
  const failing = () =>
    project([
      sample('a'),
      sample('b', {
        passed: false,
        failures: [
          { field: 'type', expected: 'delay', actual: 'constructive', message: 'type: expected delay, got constructive' },
          {
            field: 'snapshot',
            expected: 'Hello Alice, thanks.',
            actual: 'Hello Alice, thank you.',
            message: 'the reply differs from its snapshot',
          },
        ],
      }),
    ]);

  it('the failures of the selected sample, unless a changed channel shows another outcome', () => {
    let s = run(loaded(failing()), { type: 'move', delta: 1 });
    expect(failuresShown(s, selectedItem(s)).map((f) => f.field)).toEqual(['type', 'snapshot']);
    s = reduce(s, { type: 'cycle-channel' });
    expect(failuresShown(s, selectedItem(s))).toEqual([]);
  });

  it('the reply pane says each one, expected against actual, and the reply as a word diff', () => {
    const s = run(loaded(failing()), { type: 'move', delta: 1 });
    const text = replyLines(outcomeOf(s, selectedItem(s))!, 80, failuresShown(s, selectedItem(s)))
      .map((l) => l.map((x) => x.text).join(''))
      .join('\n');
    expect(text).toContain('✗ why it fails (2)');
    expect(text).toContain('✗ type: type: expected delay, got constructive');
    expect(text).toMatch(/expected +delay/);
    expect(text).toMatch(/actual +constructive/);
    expect(text).toContain('Hello Alice, [-thanks-]{+thank you+}.');
  });
});

describe('notices', () => {
  it('go when their time is up, unless another has replaced them', () => {
    let s = reduce(loaded(), { type: 'cycle-channel' });
    const first = s.notice!;
    expect(first).not.toBeNull();
    s = reduce(s, { type: 'cycle-channel' });
    const second = s.notice!;
    expect(reduce(s, { type: 'notice-expire', notice: first }).notice).toBe(second);
    expect(reduce(s, { type: 'notice-expire', notice: second }).notice).toBeNull();
    expect(noticeMs({ text: 'x', tone: 'error' })).toBeGreaterThan(noticeMs({ text: 'x', tone: 'info' }));
  });
});

describe('channel and voice', () => {
  it('c cycles the channel and the outcome is run again; back to the file’s channel drops the override', () => {
    let s = run(loaded(), { type: 'cycle-channel' });
    expect(s.overrides['pb/complaints.yaml#a']).toEqual({ channel: 'review' });
    expect(outcomeOf(s, selectedItem(s))?.reply).toBe('Reply for review in voice official');
    s = reduce(s, { type: 'cycle-channel' });
    expect(s.overrides['pb/complaints.yaml#a']).toBeUndefined();
    expect(outcomeOf(s, selectedItem(s))?.reply).toMatch(/^Hello Alice/);
  });

  it('v cycles the voice; r resets', () => {
    let s = run(loaded(), { type: 'cycle-voice' });
    expect(outcomeOf(s, selectedItem(s))?.reply).toBe('Reply for x in voice sam');
    s = reduce(s, { type: 'reset-overrides' });
    expect(s.overrides).toEqual({});
  });
});

describe('trace, help, quit', () => {
  it.each<[string, SimEvent[], Partial<SimState>]>([
    ['t opens the trace and focuses it', [{ type: 'toggle-trace' }], { trace: true, focus: 'main' }],
    ['t again closes it', [{ type: 'toggle-trace' }, { type: 'toggle-trace' }], { trace: false, focus: 'sidebar' }],
    ['Esc closes the trace', [{ type: 'toggle-trace' }, { type: 'escape' }], { trace: false }],
    ['? opens help', [{ type: 'toggle-help' }], { help: true }],
    ['Esc closes help first', [{ type: 'toggle-trace' }, { type: 'toggle-help' }, { type: 'escape' }], { help: false, trace: true }],
    ['q quits', [{ type: 'quit' }], { quitting: true }],
  ])('%s', (_name, events, want) => {
    expect(run(loaded(), ...events)).toMatchObject(want);
  });

  it('a resize changes the size', () => {
    expect(reduce(loaded(), { type: 'resize', columns: 80, rows: 24 }).size).toEqual({ columns: 80, rows: 24 });
  });
});

describe('new complaint and save', () => {
  const typeText = (s: SimState, text: string) => reduce(s, { type: 'compose-edit', key: { kind: 'insert', text } });

  it("writes a draft with its fields and selects it: the id suggested from the text, the time in the playbook's zone", () => {
    let s = run(loaded(), { type: 'compose-start' });
    expect(s.composer?.channel).toBe('x');
    s = typeText(s, 'Where is my parcel?');
    const next = { type: 'compose-field', direction: 1 } as const;
    s = run(s, next, { type: 'compose-cycle-channel', direction: 1 }, next, next, next);
    expect(s.composer?.field).toBe('author');
    s = typeText(s, 'Dana');
    s = reduce(s, next);
    s = typeText(s, '12a3');
    s = reduce(s, { type: 'compose-submit', at: AT });
    expect(s.composer).toBeNull();
    expect(s.drafts).toHaveLength(1);
    expect(s.drafts[0].mention).toEqual({
      text: 'Where is my parcel?',
      channel: 'review',
      author: { name: 'Dana', followers: 123 },
      at: '2026-03-02T15:00:00+03:00',
    });
    expect(s.drafts[0].file).toBe('pb/complaints.yaml');
    expect(selectedItem(s)?.id).toBe('where-is-my-parcel');
    expect(outcomeOf(s, selectedItem(s))?.reply).toBe('Reply for review in voice official');
  });

  it('an id typed over the suggestion is kept; a taken or empty one is refused in the form', () => {
    let s = run(loaded(), { type: 'compose-start' });
    s = typeText(s, 'Заказ так и не пришёл');
    s = reduce(s, { type: 'compose-field', direction: 1 });
    expect(s.composer?.field).toBe('id');
    // Editing starts from the suggestion: a backspace takes its last letter.
    s = reduce(s, { type: 'compose-edit', key: { kind: 'backspace' } });
    expect(s.composer?.id.value).toBe('zakaz-tak-i-ne-prishyo');
    s = typeText(s, 'L!');
    expect(s.composer?.id.value).toBe('zakaz-tak-i-ne-prishyol');
    s = reduce(s, { type: 'compose-submit', at: AT });
    expect(s.drafts.map((d) => d.id)).toEqual(['zakaz-tak-i-ne-prishyol']);
    // The same id again, typed: refused, and the form stays on the id.
    let again = run(s, { type: 'compose-start' });
    again = typeText(again, 'Something else');
    again = reduce(again, { type: 'compose-field', direction: 1 });
    for (let i = 0; i < 20; i++) again = reduce(again, { type: 'compose-edit', key: { kind: 'backspace' } });
    again = typeText(again, 'zakaz-tak-i-ne-prishyol');
    const refused = reduce(again, { type: 'compose-submit', at: AT });
    expect(refused.composer?.field).toBe('id');
    expect(refused.notice?.tone).toBe('error');
    expect(refused.drafts).toHaveLength(1);
  });

  it('the live outcome is kept only for the inputs it was worked out for; the file follows its type unless one is chosen', () => {
    let s = run(loaded(), { type: 'compose-start' });
    s = typeText(s, 'Late again');
    const c = s.composer!;
    const live = outcome({ type: 'constructive', spans: [{ start: 0, end: 4, text: 'Late' }] });
    const stale = reduce(s, { type: 'compose-preview', for: 'something else', outcome: live, at: AT });
    expect(stale.composer?.preview).toBeNull();
    s = reduce(s, { type: 'compose-preview', for: composerKey(c), outcome: live, at: AT });
    expect(s.composer?.preview?.outcome).toBe(live);
    s = reduce(s, { type: 'compose-edit', key: { kind: 'insert', text: '!' } });
    // The outcome shown is the last one until the next arrives; a late one for old inputs is dropped.
    expect(reduce(s, { type: 'compose-preview', for: composerKey(c), outcome: live, at: AT }).composer?.preview?.for).toBe(composerKey(c));
    s = run(s, { type: 'compose-cycle-file', direction: 1 });
    expect(s.composer?.file).toBe('pb/complaints.yaml');
    s = run(s, { type: 'compose-cycle-file', direction: 1 });
    expect(s.composer?.file).toBeNull();
  });

  it('refuses an empty text and stays in the form', () => {
    const s = run(loaded(), { type: 'compose-start' }, { type: 'compose-submit', at: AT });
    expect(s.composer?.field).toBe('text');
    expect(s.notice?.tone).toBe('error');
  });

  it('s on a draft asks to append it with the outcome as expectations; the reload replaces the draft', () => {
    let s = run(loaded(), { type: 'compose-start' });
    s = typeText(s, 'Late again');
    s = run(s, { type: 'compose-submit', at: AT }, { type: 'save' });
    expect(s.pendingSave).toMatchObject({
      file: 'pb/complaints.yaml',
      mode: 'append',
      complaint: { id: 'late-again', text: 'Late again', channel: 'x', at: '2026-03-02T15:00:00+03:00' },
      expect: { type: 'constructive', template: 'constructive/default', escalations: [] },
    });
    s = reduce(s, { type: 'saved', request: s.pendingSave! });
    expect(s.pendingSave).toBeNull();
    const withNew = project([sample('a'), sample('b'), sample('c'), sample('late-again')]);
    s = reduce(s, { type: 'loaded', project: withNew, at: AT });
    expect(s.drafts).toEqual([]);
    expect(s.selectedKey).toBe('pb/complaints.yaml#late-again');
  });

  it('s on a failing sample asks first: a accepts the new outcome with its snapshot, k keeps the expectations, Esc cancels', () => {
    const failing = run(loaded(), { type: 'move', delta: 1 });
    expect(selectedItem(failing)?.passed).toBe(false);
    const asked = reduce(failing, { type: 'save' });
    expect(asked.pendingSave).toBeNull();
    expect(asked.confirmSave?.complaint.id).toBe(selectedItem(failing)?.id);
    expect(asked.notice?.text).toContain('a accepts the new outcome');
    const accepted = reduce(asked, { type: 'save-choice', accept: true });
    expect(accepted.confirmSave).toBeNull();
    expect(accepted.pendingSave?.keep).toBeUndefined();
    expect(accepted.pendingSave?.snapshot?.path).toMatch(/__replies__\/complaints\/[^/]+\.txt$/);
    const kept = reduce(asked, { type: 'save-choice', accept: false });
    expect(kept.pendingSave).toMatchObject({ keep: true });
    expect(kept.pendingSave?.snapshot).toBeUndefined();
    expect(reduce(kept, { type: 'saved', request: kept.pendingSave! }).notice?.text).toContain('kept its expectations');
    expect(reduce(accepted, { type: 'saved', request: accepted.pendingSave! }).notice?.text).toContain('accepted the new outcome');
    const cancelled = reduce(asked, { type: 'escape' });
    expect(cancelled.confirmSave).toBeNull();
    expect(cancelled.pendingSave).toBeNull();
    // While it asks, other keys do nothing.
    expect(reduce(asked, { type: 'keys', keys: splitKeys('j', {} as never), at: AT }).selectedKey).toBe(asked.selectedKey);
  });

  it('s on a sample with a changed channel asks to update it', () => {
    const s = run(loaded(), { type: 'cycle-channel' }, { type: 'save' });
    expect(s.pendingSave).toMatchObject({ mode: 'update', file: 'pb/complaints.yaml', complaint: { id: 'a', channel: 'review' } });
  });

  it('does not save an incomplete outcome or a stale load', () => {
    const broken = project([sample('a', { outcome: outcome({ errors: ['no template matched'] }) })]);
    expect(run(loaded(broken), { type: 'save' }).pendingSave).toBeNull();
    const stale = run(
      loaded(),
      { type: 'loaded', project: project([], { usable: false, diagnostics: [ERROR] }), at: AT },
      { type: 'save' },
    );
    expect(stale.pendingSave).toBeNull();
    expect(stale.notice?.tone).toBe('error');
  });

  it('a failed save says why', () => {
    const s = run(loaded(), { type: 'save' }, { type: 'save-failed', message: 'EACCES' });
    expect(s.pendingSave).toBeNull();
    expect(s.notice).toEqual({ text: 'Not saved: EACCES', tone: 'error' });
  });
});

describe('a read of many keys (a paste)', () => {
  const keysOf = (input: string) => splitKeys(input, {});
  it.each([
    ['text with line breaks into the text field', 'line one\rline two\r\rthree'],
    ['a tab to the next field, then the author', 'complaint\tDana\t120'],
    ['typed text, backspaces and a line break', 'abcd\u007f\u007fxy\rz'],
  ])('%s: the same state as one key at a time', (_name, input) => {
    const start = run(loaded(), { type: 'compose-start' });
    const one = keysOf(input).reduce((s, k) => reduce(s, { type: 'key', input: k.input, key: k.key, at: AT }), start);
    const batch = reduce(start, { type: 'keys', keys: keysOf(input), at: AT });
    expect(batch.composer).toEqual(one.composer);
  });

  it('inserts a 200 KB paste with thousands of line breaks as one edit', () => {
    const paste = 'word word word\r'.repeat(14_000);
    const keys = keysOf(paste);
    expect(keys.length).toBeGreaterThan(20_000);
    const s = reduce(run(loaded(), { type: 'compose-start' }), { type: 'keys', keys, at: AT });
    expect(s.composer?.text.value).toBe(paste.replace(/\r/g, '\n'));
    expect(s.composer?.text.cursor).toBe(paste.length);
  });
});

describe('outcomes run again for a changed channel', () => {
  it('runs the engine once per mention and choice, however often a frame asks', () => {
    let calls = 0;
    const p = project([sample('a')], {
      respond: () => {
        calls++;
        return outcome({ reply: 'again' });
      },
    });
    const s = run(loaded(p), { type: 'cycle-channel' });
    const before = calls;
    for (let i = 0; i < 5; i++) outcomeOf(s, selectedItem(s));
    expect(calls).toBe(before);
    expect(outcomeOf(s, selectedItem(s))?.reply).toBe('again');
  });
});
