import { describe, expect, it } from 'vitest';
import { CHOKIDAR_CHANGE_THROTTLE_MS, createBursts, type BurstOptions } from '../../src/watch/bursts.js';
import type { FileChange } from '../../src/watch/plan.js';
import { fakeClock } from './fake-clock.js';

/** Lets promise callbacks (a run finishing, a recheck reading) happen. */
const settle = () => new Promise<void>((r) => setImmediate(r));

function setup(opts: Partial<BurstOptions> = {}) {
  const { clock, advance } = fakeClock();
  const runs: FileChange[][] = [];
  const errors: unknown[] = [];
  const bursts = createBursts({
    debounceMs: 10,
    clock,
    run: (changes) => void runs.push(changes),
    onRunError: (e) => void errors.push(e),
    ...opts,
  });
  const step = async (ms: number) => {
    advance(ms);
    await settle();
  };
  return { bursts, runs, errors, step, clock };
}

describe('createBursts', () => {
  it('turns a burst of events into one run, one change per path, the last event winning', async () => {
    const { bursts, runs, step } = setup();
    bursts.file('change', 'pb/t.yaml', '/p/pb/t.yaml');
    bursts.file('unlink', 'pb/a.yaml', '/p/pb/a.yaml');
    await step(5);
    bursts.file('add', 'pb/a.yaml', '/p/pb/a.yaml');
    expect(runs).toEqual([]);
    await step(10);
    expect(runs).toEqual([
      [
        { path: 'pb/a.yaml', kind: 'add' },
        { path: 'pb/t.yaml', kind: 'change' },
      ],
    ]);
    expect(bursts.files()).toEqual(['pb/a.yaml', 'pb/t.yaml']);
  });

  it('runs one burst at a time: what settles during a run makes up one run after it', async () => {
    let release: () => void = () => {};
    const runs: FileChange[][] = [];
    const { bursts, step } = setup({
      run: (changes) => {
        runs.push(changes);
        return runs.length === 1 ? new Promise<void>((r) => (release = r)) : undefined;
      },
    });
    bursts.file('change', 'pb/a.yaml', '/p/pb/a.yaml');
    await step(10);
    expect(runs).toHaveLength(1);
    bursts.file('change', 'pb/b.yaml', '/p/pb/b.yaml');
    await step(20);
    bursts.file('change', 'pb/c.yaml', '/p/pb/c.yaml');
    await step(20);
    expect(runs).toHaveLength(1); // still in the first run
    release();
    await settle();
    expect(runs[1]).toEqual([
      { path: 'pb/b.yaml', kind: 'change' },
      { path: 'pb/c.yaml', kind: 'change' },
    ]);
    expect(runs).toHaveLength(2);
  });

  it('looks again at a file changed just before a run, once chokidar’s throttle is over, and runs it when it differs', async () => {
    const asked: string[] = [];
    let current = false;
    const { bursts, runs, step } = setup({
      isCurrent: async (p, abs) => {
        asked.push(`${p} ${abs}`);
        return current;
      },
    });
    bursts.file('change', 'pb/t.yaml', '/p/pb/t.yaml');
    await step(10);
    expect(runs).toHaveLength(1);
    await step(CHOKIDAR_CHANGE_THROTTLE_MS);
    expect(asked).toEqual(['pb/t.yaml /p/pb/t.yaml']);
    await step(10);
    expect(runs).toEqual([[{ path: 'pb/t.yaml', kind: 'change' }], [{ path: 'pb/t.yaml', kind: 'change' }]]);
    // The second run started after the window: nothing to look at again.
    current = true;
    await step(200);
    expect(runs).toHaveLength(2);
    expect(asked).toHaveLength(1);
  });

  it('does not run again when the file is what the run read', async () => {
    let asked = 0;
    const { bursts, runs, step } = setup({ isCurrent: async () => ++asked > 0 });
    bursts.file('change', 'pb/t.yaml', '/p/pb/t.yaml');
    await step(10);
    await step(CHOKIDAR_CHANGE_THROTTLE_MS);
    await step(10);
    await step(200);
    expect(asked).toBe(1);
    expect(runs).toHaveLength(1);
  });

  it('without a way to compare, runs a file changed just before a run once more', async () => {
    const { bursts, runs, step } = setup();
    bursts.file('change', 'pb/t.yaml', '/p/pb/t.yaml');
    await step(10);
    await step(CHOKIDAR_CHANGE_THROTTLE_MS);
    await step(10);
    await step(200);
    expect(runs).toHaveLength(2);
  });

  it('needs no second look when the quiet time outlasts the throttle', async () => {
    const { bursts, runs, step } = setup({ debounceMs: 80 });
    bursts.file('change', 'pb/t.yaml', '/p/pb/t.yaml');
    for (let i = 0; i < 30; i++) await step(10);
    expect(runs).toEqual([[{ path: 'pb/t.yaml', kind: 'change' }]]);
  });

  it('turns a deleted folder into the deletion of every known file below it', async () => {
    const { bursts, runs, step } = setup();
    for (const f of ['pb/a/playbook.yaml', 'pb/a/t.yaml', 'pb/ab/playbook.yaml']) bursts.known(f);
    bursts.folderGone('pb/a');
    await step(10);
    expect(runs).toEqual([
      [
        { path: 'pb/a/playbook.yaml', kind: 'unlink' },
        { path: 'pb/a/t.yaml', kind: 'unlink' },
      ],
    ]);
    expect(bursts.files()).toEqual(['pb/ab/playbook.yaml']);
  });

  it('survives a run that throws, and runs the next burst', async () => {
    const runs: FileChange[][] = [];
    const { bursts, errors, step } = setup({
      run: (changes) => {
        runs.push(changes);
        if (runs.length === 1) throw new Error('boom');
      },
      isCurrent: async () => true,
    });
    bursts.file('add', 'pb/a.yaml', '/p/pb/a.yaml');
    await step(10);
    bursts.file('add', 'pb/b.yaml', '/p/pb/b.yaml');
    await step(10);
    expect(errors.map((e) => (e as Error).message)).toEqual(['boom']);
    expect(runs).toHaveLength(2);
  });

  it('is idle when nothing is gathering or running, and runs nothing after close', async () => {
    const { bursts, runs, step } = setup();
    await bursts.idle();
    bursts.file('add', 'pb/a.yaml', '/p/pb/a.yaml');
    let idle = false;
    void bursts.idle().then(() => (idle = true));
    await settle();
    expect(idle).toBe(false);
    await step(10);
    expect(idle).toBe(true);
    bursts.file('change', 'pb/a.yaml', '/p/pb/a.yaml');
    await bursts.close();
    await step(500);
    expect(runs).toHaveLength(1);
  });
});
