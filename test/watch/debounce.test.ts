import { describe, expect, it } from 'vitest';
import { createDebouncer } from '../../src/watch/debounce.js';
import { fakeClock } from './fake-clock.js';

describe('createDebouncer', () => {
  it('turns a burst of saves into one flush with every item', () => {
    const { clock, advance } = fakeClock();
    const flushes: number[][] = [];
    const d = createDebouncer<number>((x) => flushes.push(x), { delayMs: 30, clock });
    d.push(1);
    advance(10);
    d.push(2);
    advance(29);
    d.push(3);
    expect(flushes).toEqual([]);
    advance(30);
    expect(flushes).toEqual([[1, 2, 3]]);
    d.push(4);
    advance(30);
    expect(flushes).toEqual([[1, 2, 3], [4]]);
  });

  it('flushes at the latest after maxWait while saves keep coming', () => {
    const { clock, advance } = fakeClock();
    const flushes: number[][] = [];
    const d = createDebouncer<number>((x) => flushes.push(x), { delayMs: 30, maxWaitMs: 100, clock });
    for (let i = 0; i < 10; i++) {
      d.push(i);
      advance(20);
    }
    expect(flushes.length).toBeGreaterThanOrEqual(1);
    expect(flushes[0]).toEqual([0, 1, 2, 3, 4]); // first push at 0, flushed at 100 although pushes never paused 30 ms
  });

  it('cancel drops what is pending', () => {
    const { clock, advance } = fakeClock();
    const flushes: number[][] = [];
    const d = createDebouncer<number>((x) => flushes.push(x), { delayMs: 30, clock });
    d.push(1);
    d.cancel();
    advance(100);
    expect(flushes).toEqual([]);
    expect(d.pending()).toBe(0);
  });
});
