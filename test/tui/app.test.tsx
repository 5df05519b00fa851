import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { App } from '../../src/tui/components/App.js';
import { Screen } from '../../src/tui/components/Screen.js';
import { ThemeContext } from '../../src/tui/components/theme.js';
import type { SimDeps } from '../../src/tui/hooks/use-project.js';
import { initialState, reduce } from '../../src/tui/state/reducer.js';
import type { LoadedProject, SaveRequest, SimEvent, SimState } from '../../src/tui/state/types.js';
import { ERROR, outcome, project, sample } from './fake-project.js';

const AT = '2026-03-02T12:00:00.000Z';
const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** Fake I/O: loads what the test says, records watches and saves. */
function fakeDeps(first: LoadedProject) {
  let current = first;
  let onChange: (() => void) | null = null;
  const saves: SaveRequest[] = [];
  const deps: SimDeps = {
    load: async () => current,
    watch: (cb) => {
      onChange = cb;
      return () => {
        onChange = null;
      };
    },
    save: async (r) => {
      saves.push(r);
    },
    now: () => AT,
  };
  return {
    deps,
    saves,
    /** Simulates a file change on disk that loads `next`. */
    change(next: LoadedProject) {
      current = next;
      onChange?.();
    },
    watching: () => onChange !== null,
  };
}

async function waitFor(frame: () => string | undefined, text: string | RegExp, ms = 2000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const f = frame() ?? '';
    if (typeof text === 'string' ? f.includes(text) : text.test(f)) return f;
    if (Date.now() > end) throw new Error(`timed out waiting for ${text}; last frame:\n${f}`);
    await tick(10);
  }
}

const samples = () => [
  sample('late-order', { outcome: outcome({ spans: [{ start: 25, end: 30, text: 'order' }] }) }),
  sample('loud-blogger', {
    passed: false,
    outcome: outcome({
      type: 'non-constructive',
      template: null,
      reply: null,
      length: null,
      escalations: [
        {
          id: 'opinion-leader',
          team: 'pr',
          priority: 'high',
          approval: false,
          reply: 'normal',
          hide: false,
          due: '2026-03-02T12:15:00+03:00',
        },
      ],
    }),
  }),
];

function screen(state: SimState, color = false) {
  return render(
    <ThemeContext.Provider value={{ color }}>
      <Screen state={state} />
    </ThemeContext.Provider>,
  );
}

const loadedState = (p = project(samples()), size = { columns: 100, rows: 30 }, ...events: SimEvent[]) =>
  [{ type: 'loaded', project: p, at: AT } as SimEvent, ...events].reduce(reduce, initialState(size, false));

describe('Screen (display only)', () => {
  it('shows the sidebar, the complaint, the decision and the reply with its length counter', () => {
    const { lastFrame } = screen(loadedState());
    const f = lastFrame()!;
    expect(f).toContain('complaints.yaml');
    expect(f).toMatch(/›✓ late-order/);
    expect(f).toMatch(/✗ loud-blogger/);
    expect(f).toContain('X (x) · Alice · 35 followers · Mon 2026-03-02 10:15');
    expect(f).toContain('my [order] is late'); // highlighted without colour: in brackets
    expect(f).toContain('type constructive · template constructive/default');
    expect(f).toContain('due Mon 2026-03-02 14:15 Europe/Moscow · +4 h after the mention');
    expect(f).toContain('48 / 280 X characters');
    expect(f).toContain('Hello Alice, thank you. We are sorry.');
    expect(f).toContain('✓ tone/address');
  });

  it('shows escalations with the team’s name, priority and deadline', () => {
    const f = screen(loadedState(undefined, undefined, { type: 'move', delta: 1 })).lastFrame()!;
    expect(f).toContain('↗ PR team (pr) high · rule opinion-leader');
    expect(f).toContain('+2 h after the mention');
    expect(f).toContain('no reply for this type');
  });

  it('turns the counter into a warning when the reply is over the limit', () => {
    const long = project([sample('long', { outcome: outcome({ length: { count: 312, limit: 280, unit: 'twitter' } }) })]);
    expect(screen(loadedState(long)).lastFrame()).toContain('312 / 280 X characters over!');
  });

  it('shows the trace instead of the reply on t', () => {
    const f = screen(loadedState(undefined, undefined, { type: 'toggle-trace' })).lastFrame()!;
    expect(f).toContain('Trace');
    expect(f).toContain('· classify    type `profanity`: nothing matched');
    expect(f).toContain('✓ template    template `constructive/default`');
    expect(f).not.toContain('48 / 280');
  });

  it('shows the Problems panel and greys the last good load when the playbook breaks', () => {
    const s = loadedState(undefined, undefined, { type: 'loaded', project: project([], { usable: false, diagnostics: [ERROR] }), at: AT });
    const f = screen(s).lastFrame()!;
    expect(f).toContain('Problems');
    expect(f).toContain('✗ pb/playbook.yaml:3:5  error  Unknown template `sorry/late`');
    expect(f).toContain('ref/unknown-template');
    expect(f).toContain('showing the last good load');
    expect(f).toContain('late-order'); // still listed
  });

  it('shows only the problems when nothing ever loaded', () => {
    const f = screen(loadedState(project([], { usable: false, diagnostics: [ERROR], playbooks: [] }))).lastFrame()!;
    expect(f).toContain('The playbook has errors');
    expect(f).toContain('pb/playbook.yaml:3:5');
  });

  it.each([
    [80, 24],
    [100, 30],
    [60, 16],
  ])('fits a %i×%i terminal with Cyrillic and emoji', (columns, rows) => {
    const text = 'Заказала платье 😡 две недели назад, до сих пор не пришло. Ужасный сервис!!! 👎🏽 '.repeat(4);
    const p = project([
      sample('виктория-😡-длинное-имя-жалобы', { mention: { text, channel: 'x', author: { name: 'Виктория' }, at: AT } }),
    ]);
    const f = screen(loadedState(p, { columns, rows })).lastFrame()!;
    const lines = f.split('\n');
    expect(lines.length).toBeLessThanOrEqual(rows);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(columns * 2);
    // Every line is exactly as wide as the screen or narrower (measured by display width).
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(columns);
    expect(f).toContain('Заказала');
  });

  it('emits no colour codes without colour, and some with', () => {
    expect(screen(loadedState()).lastFrame()).not.toMatch(/\u001b\[3\d/);
  });

  it('lists every key on ?', () => {
    const f = screen(loadedState(undefined, undefined, { type: 'toggle-help' })).lastFrame()!;
    for (const k of ['Tab', 'filter', 'channel', 'voice', 'new complaint', 'save', 'trace', 'quit']) expect(f).toContain(k);
  });
});

describe('App (keys, reload, save)', () => {
  it('moves with j and ↓, and shows the selected complaint', async () => {
    const { deps } = fakeDeps(project(samples()));
    const app = render(<App deps={deps} color={false} />);
    await waitFor(app.lastFrame, '›✓ late-order');
    app.stdin.write('j');
    await waitFor(app.lastFrame, '›✗ loud-blogger');
    app.stdin.write('\u001b[A'); // ↑
    await waitFor(app.lastFrame, '›✓ late-order');
    app.unmount();
  });

  it("keeps every pane's first row when the focus (and so the border style) changes", async () => {
    const { deps } = fakeDeps(project(samples()));
    const app = render(<App deps={deps} color={false} size={{ columns: 80, rows: 24 }} />);
    const rowsBelowSidebarTitle = (f: string) => {
      const lines = f.split('\n');
      const title = lines.findIndex((l) => /Complaints/.test(l));
      return /^[│┃](.*?)[│┃]/.exec(lines[title + 1] ?? '')?.[1] ?? ''; // the sidebar's first row, without its border
    };
    const before = rowsBelowSidebarTitle(await waitFor(app.lastFrame, '›✓ late-order'));
    expect(before).toMatch(/\S+\.yaml/); // the file's header row
    for (const key of ['\t', 't', 't', '\t']) {
      app.stdin.write(key);
      await tick(60);
      expect(rowsBelowSidebarTitle(app.lastFrame() ?? '')).toBe(before);
    }
    app.unmount();
  });

  it('filters with / and Enter', async () => {
    const { deps } = fakeDeps(project(samples()));
    const app = render(<App deps={deps} color={false} />);
    await waitFor(app.lastFrame, 'late-order');
    app.stdin.write('/');
    await waitFor(app.lastFrame, 'Enter keep');
    app.stdin.write('loud');
    const f = await waitFor(app.lastFrame, '1 shown');
    expect(f).not.toContain('late-order');
    app.stdin.write('\r');
    await waitFor(app.lastFrame, 'filter «loud»');
    app.stdin.write('\u001b');
    await waitFor(app.lastFrame, 'late-order');
    app.unmount();
  });

  it('re-renders the reply for another channel on c', async () => {
    const { deps } = fakeDeps(project(samples()));
    const app = render(<App deps={deps} color={false} />);
    await waitFor(app.lastFrame, 'Hello Alice');
    app.stdin.write('c');
    await waitFor(app.lastFrame, 'Reply for review in voice official');
    app.stdin.write('v');
    await waitFor(app.lastFrame, 'Reply for review in voice sam');
    app.unmount();
  });

  it('reloads when the files change, keeps the selection and marks what changed', async () => {
    const fake = fakeDeps(project(samples()));
    const app = render(<App deps={fake.deps} color={false} />);
    await waitFor(app.lastFrame, 'late-order');
    app.stdin.write('j');
    await waitFor(app.lastFrame, '›✗ loud-blogger');
    const next = samples();
    next[0] = { ...next[0], outcome: outcome({ reply: 'A brand new reply' }) };
    fake.change(project(next));
    const f = await waitFor(app.lastFrame, 'Δ 1 changed');
    expect(f).toContain('›✗ loud-blogger');
    expect(f).toMatch(/late-order\s+Δ/);
    app.unmount();
    expect(fake.watching()).toBe(false); // the watcher is stopped on exit
  });

  it('shows the problems on a broken save and recovers on the next', async () => {
    const fake = fakeDeps(project(samples()));
    const app = render(<App deps={fake.deps} color={false} />);
    await waitFor(app.lastFrame, 'late-order');
    fake.change(project([], { usable: false, diagnostics: [ERROR] }));
    await waitFor(app.lastFrame, 'ref/unknown-template');
    fake.change(project(samples()));
    const end = Date.now() + 2000;
    while ((app.lastFrame() ?? '').includes('ref/unknown-template') && Date.now() < end) await tick(10);
    expect(app.lastFrame()).not.toContain('ref/unknown-template');
    app.unmount();
  });

  it('writes a new complaint with n: its outcome live as it is typed, the id suggested; saves it with s', async () => {
    const fake = fakeDeps(project(samples()));
    const app = render(<App deps={fake.deps} color={false} size={{ columns: 100, rows: 40 }} />);
    await waitFor(app.lastFrame, 'late-order');
    app.stdin.write('n');
    await waitFor(app.lastFrame, 'New complaint');
    expect(app.lastFrame()).not.toContain('Decision');
    app.stdin.write('Where is my parcel?');
    // A moment after the last key, the outcome of what is typed so far, below the form.
    const live = await waitFor(app.lastFrame, 'Reply for x in voice official');
    expect(live).toContain('Decision');
    expect(live).toContain('where-is-my-parcel (from the text; type to change)');
    app.stdin.write('\r');
    app.stdin.write('Second line');
    await waitFor(app.lastFrame, 'Second line');
    app.stdin.write('\t'); // → id
    app.stdin.write('\t'); // → channel
    await waitFor(app.lastFrame, '←/→ change');
    app.stdin.write('\u001b[C'); // → next channel
    await waitFor(app.lastFrame, 'Reviews (review)');
    await waitFor(app.lastFrame, 'Reply for review in voice official');
    app.stdin.write('\t'); // → file
    await waitFor(app.lastFrame, 'pb/complaints.yaml (for its type)');
    app.stdin.write('\t'); // → author
    app.stdin.write('Dana');
    await waitFor(app.lastFrame, 'Dana');
    app.stdin.write('\u0013'); // Ctrl+S
    const f = await waitFor(app.lastFrame, 'where-is-my-parcel (unsaved)');
    expect(f).toContain('Reply for review in voice official');
    expect(f).toContain('Where is my parcel?');
    app.stdin.write('s');
    await waitFor(app.lastFrame, 'Saved where-is-my-parcel');
    expect(fake.saves).toHaveLength(1);
    expect(fake.saves[0]).toMatchObject({
      mode: 'append',
      file: 'pb/complaints.yaml',
      complaint: {
        id: 'where-is-my-parcel',
        text: 'Where is my parcel?\nSecond line',
        channel: 'review',
        author: { name: 'Dana' },
        at: '2026-03-02T15:00:00+03:00',
      },
    });
    app.unmount();
  });

  it('C shows the reply on every channel side by side with its length and limit; V every voice; Esc closes', async () => {
    const fake = fakeDeps(project(samples()));
    const app = render(<App deps={fake.deps} color={false} size={{ columns: 120, rows: 40 }} />);
    await waitFor(app.lastFrame, 'late-order');
    app.stdin.write('C');
    const f = await waitFor(app.lastFrame, 'The reply on every channel');
    for (const id of ['x', 'review']) expect(f).toContain(`Reply for ${id} in voice official`);
    // The complaint's own channel is marked.
    expect(f).toMatch(/▸ X \(x\)/);
    app.stdin.write('V');
    const v = await waitFor(app.lastFrame, 'The reply in every voice');
    expect(v).toContain('Reply for x in voice sam');
    app.stdin.write('\u001b');
    await waitFor(app.lastFrame, 'Decision');
    expect(app.lastFrame()).not.toContain('The reply in every voice');
    app.unmount();
  });

  it('quits on q', async () => {
    const { deps } = fakeDeps(project(samples()));
    const app = render(<App deps={deps} color={false} />);
    await waitFor(app.lastFrame, 'late-order');
    // After q the app has exited: keys no longer move the selection.
    app.stdin.write('q');
    await tick(50);
    app.stdin.write('j');
    await tick(50);
    expect(app.lastFrame()).toContain('›✓ late-order');
    app.unmount();
  });
});
