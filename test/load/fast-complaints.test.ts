import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseComplaintsFast } from '../../src/load/fast-complaints.js';
import { parseText, parseYaml } from '../../src/load/parse-file.js';
import { LineIndex } from '../../src/load/positions.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What the yaml library gives: the data, the items' offsets, and its diagnostics. */
function slow(text: string) {
  const r = parseYaml('c.yaml', text);
  const spots = r.positions.spots();
  const items =
    (r.data as { complaints?: unknown[] } | null)?.complaints?.map((_, i) => spots.get(JSON.stringify(['complaints', i]))) ?? [];
  return { data: r.data, items: items.map((s) => s && [s.valueStart, s.valueEnd]), diagnostics: r.diagnostics };
}

/** The fast reading agrees with the yaml library wherever it reads a file at all. */
function agrees(text: string): boolean {
  const fast = parseComplaintsFast(text);
  if (fast === null) return false;
  const want = slow(text);
  expect(want.diagnostics).toEqual([]);
  expect(fast.data).toEqual(want.data);
  expect(fast.items.map((s) => [s.valueStart, s.valueEnd])).toEqual(want.items);
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return name.endsWith('.yaml') ? [p] : [];
  });
}

const head = '# yaml-language-server: $schema=../schema/complaints.schema.json\n\ncomplaints:\n';

describe('parseComplaintsFast', () => {
  it('reads the plain shape a script writes, as the yaml library does', () => {
    const text = `${head}  - id: c-0
    text: "Заказ так и не привезли, тема0 — доставка. Заказ 40000000. Жду ответа."
    channel: vk
    author: { name: Ольга, followers: 35, verified: true }
    at: 2026-03-02T09:15:00+03:00
    expect: { type: topic-0, template: topic-0/vk, escalations: [] }

  - id: 'c-1'
    text: plain text, with a comma — and «quotes» 'inside'
    channel: telegram
    expect:
      type: topic-7
      reply:
        contains: ["40817263", не позднее, 'it''s']
        max_length: 350
`;
    expect(agrees(text)).toBe(true);
    expect(agrees(text.trimEnd())).toBe(true);
    expect(agrees(`${text}\n\n   \n`)).toBe(true);
  });

  it.each([
    ['a comment among the items', `${head}  - id: a\n  # note\n  - id: b\n`],
    ['a comment after a value', `${head}  - id: a # note\n`],
    ['a block scalar', `${head}  - id: a\n    text: >-\n      folded\n`],
    ['a multi-line plain scalar', `${head}  - id: a\n    text: one\n      two\n`],
    ['an anchor', `${head}  - id: &x a\n`],
    ['a tab', `${head}  - id: a\n    text: "\t"\n`],
    ['a duplicate key', `${head}  - id: a\n    id: b\n`],
    ['a float', `${head}  - id: a\n    x: 1.5\n`],
    ['a hexadecimal number', `${head}  - id: a\n    x: 0x1F\n`],
    ['a negative number', `${head}  - id: a\n    x: -3\n`],
    ['a key that reaches the prototype', `${head}  - id: a\n    __proto__: b\n`],
    ['another top-level key', `${head}  - id: a\nother: 1\n`],
    ['a flow collection over two lines', `${head}  - id: a\n    author: { name: a,\n      followers: 3 }\n`],
    ['an escape the reader does not know', `${head}  - id: a\n    text: "\\x41"\n`],
    ['an empty file', ''],
    ['no items', 'complaints:\n'],
    ['a playbook file', 'replybook: 1\nbrand: x\n'],
  ])('leaves %s to the yaml library', (_name, text) => {
    expect(parseComplaintsFast(text)).toBeNull();
  });

  it('agrees with the yaml library on every complaints file it reads among the examples and fixtures', () => {
    let read = 0;
    for (const file of [...yamlFiles(path.join(ROOT, 'playbooks')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))]) {
      const text = readFileSync(file, 'utf8');
      if (parseComplaintsFast(text) !== null) {
        agrees(text);
        read++;
      }
    }
    // The examples are hand-written (block scalars, comments): the point is that whatever is read agrees.
    expect(read).toBeGreaterThanOrEqual(0);
  });

  it('agrees with the yaml library on generated items of every scalar shape', () => {
    const word = fc.oneof(
      { weight: 3, arbitrary: fc.stringMatching(/^[a-zа-яё][a-zа-яё0-9 .—«»/-]{0,10}$/) },
      { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Zа-яё0-9 ,.:#'"\\/@&*!?{}[\]|>%`~+-]{1,12}$/) },
    );
    const scalar = fc.oneof(
      word,
      word.map((s) => JSON.stringify(s)),
      word.map((s) => `'${s.replace(/'/g, "''")}'`),
      fc.constantFrom(
        '0',
        '7',
        '010',
        '12345678901234567',
        '1e3',
        'null',
        '~',
        'NULL',
        'true',
        'False',
        'yes',
        'no',
        '.5',
        'x: y',
        '-',
        '- a',
        '"a" b',
        '"\\u00e9\\n\\""',
      ),
    );
    const flow = fc.array(scalar, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`);
    const flowMap = fc.array(scalar, { maxLength: 3 }).map((xs) => `{ ${xs.map((x, i) => `k${i}: ${x}`).join(', ')} }`);
    const value = fc.oneof(scalar, flow, flowMap);
    const item = fc
      .tuple(value, value, fc.option(value), fc.boolean())
      .map(
        ([a, b, c, blank]) =>
          `  - id: ${a}\n    text: ${b}\n${blank ? '\n' : ''}${c === null ? '' : `    expect:\n      reply: { max_length: 3 }\n      type: ${c}\n`}`,
      );
    let read = 0;
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 4 }), fc.boolean(), (items, tail) => {
        const text = `${head}${items.join('')}${tail ? '\n\n' : ''}`;
        if (agrees(text)) read++;
      }),
      // A fixed seed: the count below is of this run's files, not a chance of the draw.
      { numRuns: 400, seed: 20261202 },
    );
    // Many generated files are in the plain shape: the comparison is not vacuous.
    expect(read).toBeGreaterThan(60);
  });

  it('reads a line of many escapes in one pass (a quadratic reading would not end within the test timeout)', () => {
    const text = `${head}  - id: a\n    text: "${'\\n'.repeat(200_000)}"\n`;
    const r = parseComplaintsFast(text);
    expect((r?.data as { complaints: Array<{ text: string }> }).complaints[0].text).toBe('\n'.repeat(200_000));
  });

  it('parseText reads such a file the same way, its positions found in full when a diagnostic asks', () => {
    const text = `${head}  - id: a\n    channel: vk\n    expect: { type: t }\n`;
    const fast = parseText('c.yaml', text);
    const full = parseYaml('c.yaml', text, undefined, new LineIndex(text));
    expect(fast.data).toEqual(full.data);
    expect(fast.diagnostics).toEqual([]);
    expect(fast.positions.get(['complaints', 0])).toEqual(full.positions.get(['complaints', 0]));
    expect(fast.positions.get(['complaints', 0, 'expect', 'type'])).toEqual(full.positions.get(['complaints', 0, 'expect', 'type']));
    expect([...fast.positions.spots()]).toEqual([...full.positions.spots()]);
  });
});
