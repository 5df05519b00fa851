import { describe, expect, it } from 'vitest';
import { Composer, Parser } from 'yaml';
import { COMPOSE_OPTIONS, duplicateKeyErrors } from '../../src/load/unique-keys.js';

/** The duplicate-key errors of the first document, as `compose` with these options and `extra` give them. */
function errors(text: string, options: object, extra: (d: never) => Array<{ pos: [number, number]; code: string; message: string }>) {
  for (const d of new Composer(options).compose(new Parser().parse(text), true, text.length)) {
    const all = [...d.errors, ...extra(d as never)];
    return all.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => ({ pos: e.pos, message: e.message }));
  }
  return [];
}

const CASES: Array<[string, string, number]> = [
  ['two keys', 'a: 1\na: 2\n', 1],
  ['nested, then the outer map', 'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n', 2],
  ['flow maps', '{a: 1, a: 2, b: {x: 1, x: 2}}', 2],
  ['anchor and tag on the key', '&k a: 1\n!!str a: 2\n', 1],
  ['explicit keys', '? a\n: 1\n? a\n: 2\n', 1],
  ['quoted and plain are the same string', '"a": 1\n\'a\': 2\na: 3\n', 2],
  ['a number and a string differ', '1: x\n"1": y\n1: z\n', 1],
  ['NaN equals no key', '.nan: 1\n.nan: 2\n', 0],
  ['empty keys', ': 1\n: 2\n', 1],
  ['maps in a sequence; flow pairs are maps of their own', '- a: 1\n  a: 2\n- [x: 1, x: 2]\n', 1],
  ['aliases are compared as nodes', 'x: &a {k: 1}\n*a : 1\n*a : 2\n', 0],
  ['null in its spellings', 'null: 1\n~: 2\n: 3\n', 2],
  ['resolved values', 'true: 1\nTrue: 2\n0x10: a\n16: b\n', 2],
];

describe('duplicateKeyErrors', () => {
  it.each(CASES)('reports what the yaml library does: %s', (_name, text, count) => {
    const library = errors(text, { uniqueKeys: true, prettyErrors: false }, () => []);
    const ours = errors(text, COMPOSE_OPTIONS, (d) => duplicateKeyErrors(d));
    expect(library).toHaveLength(count);
    expect(ours).toEqual(library);
  });

  it('finds the one duplicate among 20,000 keys, at the later key', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}\n`).join('') + 'k7: again\n';
    const ours = errors(text, COMPOSE_OPTIONS, (d) => duplicateKeyErrors(d));
    expect(ours).toHaveLength(1);
    expect(ours[0].pos[0]).toBe(text.lastIndexOf('k7:'));
  });
});
