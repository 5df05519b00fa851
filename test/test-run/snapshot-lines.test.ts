/** The snapshot notices of `test` (src/test-run/snapshot.ts): every file named up to a few, the rest counted. */
import { describe, expect, it } from 'vitest';
import { FILES_LISTED, newSnapshotsLine, obsoleteSnapshotsLine } from '../../src/test-run/snapshot.js';

const files = (n: number) => Array.from({ length: n }, (_, i) => `pb/complaints/__replies__/part/c-${i}.txt`);

describe('the snapshot notices', () => {
  it('name every file when there are a few', () => {
    expect(newSnapshotsLine(files(2))).toBe(
      '2 new reply snapshots written (commit them): pb/complaints/__replies__/part/c-0.txt, pb/complaints/__replies__/part/c-1.txt',
    );
    expect(newSnapshotsLine([])).toBeNull();
  });

  it('name the first ones and count the rest when there are many (100,000 written at once: one short line, not 5 MB)', () => {
    const line = newSnapshotsLine(files(100_000))!;
    expect(line.startsWith('100,000 new reply snapshots written (commit them): pb/complaints/__replies__/part/c-0.txt, ')).toBe(true);
    expect(line.endsWith(`c-${FILES_LISTED - 1}.txt and 99,990 more`)).toBe(true);
    expect(line.length).toBeLessThan(1000);
  });

  it('in Russian too', () => {
    expect(obsoleteSnapshotsLine(files(12), 'ru')!.endsWith(`c-${FILES_LISTED - 1}.txt и ещё 2`)).toBe(true);
    expect(newSnapshotsLine(files(100_000), 'ru')!).toMatch(/^записано 100\s000 новых снимков ответов \(добавьте их в коммит\): /u);
  });
});
