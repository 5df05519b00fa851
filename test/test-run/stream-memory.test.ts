/**
 * What a streamed run keeps of a complaint must not hold its complaint file (issue 13: memory flat in
 * the number of complaints). The YAML reader's values are slices of the file's text, and V8 keeps a
 * whole text alive behind a slice of 13 characters or more: a kept result's id of 20 characters held
 * every complaint file to the end of the run. Measured on the heap after a full collection: ten
 * complaint files of 2 MB each must leave (almost) nothing behind.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { planTestRun } from '../../src/test-run/index.js';
import { filesOf, VALID_PLAYBOOK } from '../validate/helpers.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const FILES = 10;
/** About 2 MB of UTF-8 (1 MB of Cyrillic letters, 2 MB as a string) in each complaint file's trailing comment. */
const PADDING = 1_000_000;

/** The playbook and FILES complaint files, each with complaints of long ids (a failing expectation in every other one). */
function project(padding: number) {
  const { 'complaints.yaml': _one, ...playbook } = VALID_PLAYBOOK;
  const complaintFiles: Record<string, string> = {};
  for (let f = 0; f < FILES; f++) {
    const items = Array.from({ length: 20 }, (_, i) =>
      [
        `  - id: courier-never-came-file-${f}-number-${i}`,
        '    text: Заказ 40817263 так и не привезли, курьер не пришел.',
        '    author: { name: Виктория Александровна }',
        '    channel: vk',
        '    at: 2026-03-02T10:15:00+03:00',
        `    expect: { type: ${i % 2 ? 'non-constructive' : 'constructive'} }`,
      ].join('\n'),
    );
    complaintFiles[`complaints/part-${f}.yaml`] = `complaints:\n${items.join('\n')}\n# ${'ж'.repeat(padding)}\n`;
  }
  return filesOf({ ...playbook, ...complaintFiles });
}

async function heapKept(
  keep: 'counts' | 'failures' | 'replies',
  padding: number,
): Promise<{ mb: number; results: number; failed: number }> {
  // The files are handed over and not kept here: the run lets each go as it reads it.
  const out = await planTestRun(project(padding)).run([], { keep, slimFailures: true });
  gc();
  gc();
  const mb = process.memoryUsage().heapUsed / 2 ** 20;
  return { mb, results: out.results.length, failed: out.failed };
}

describe('a streamed run keeps no complaint file alive', () => {
  it.each(['counts', 'failures', 'replies'] as const)('keep: %s — ten 2 MB complaint files leave less than 4 MB behind', async (keep) => {
    await heapKept(keep, 0); // warm: compiled code, the classifier's memos
    const small = await heapKept(keep, 0);
    const big = await heapKept(keep, PADDING);
    expect(big.results).toBe(FILES * 20);
    expect(big.failed).toBe(FILES * 10);
    // Each file's text is 2 MB as a string: held, they would be 20 MB.
    expect(big.mb - small.mb).toBeLessThan(4);
  });
});
