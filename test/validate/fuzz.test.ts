import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { checkProject } from '../../src/validate/index.js';
import { filesOf, VALID_PLAYBOOK } from './helpers.js';

type Op =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'structural'; pick: number; action: 'delete' | 'rename' | 'swap'; name: string; value: unknown };

const PUNCTUATION = [
  ':',
  ': ',
  '- ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '*b',
  '\t',
  '"',
  "'",
  '|',
  '>-',
  '#',
  '---\n',
  '{{',
  '}}',
  '{{#if',
  '{{/each}}',
  '{{> x}}',
  '\n  ',
  '\n',
  '!!str ',
  '? ',
  '%YAML 1.2\n',
  '__proto__: 1\n',
  'constructor: {}\n',
  '\u0000',
  '\ufeff',
  '😀',
  'ё',
  '\u202e',
];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...PUNCTUATION),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('structural' as const),
    pick: fc.nat(),
    action: fc.constantFrom('delete' as const, 'rename' as const, 'swap' as const),
    name: fc.oneof(
      fc.constantFrom('templates', 'temlates', 'when', 'type', 'text', 'match', '__proto__', 'fallback', 'x'),
      fc.string({ maxLength: 8 }),
    ),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('{{bad', '(a+)+', 'nope', '1 business day', 12, null, true, [], {})),
  }),
);

/** Every (container, key) of a JSON value, in document order. */
function slots(root: unknown): Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> {
  const out: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node))
      node.forEach((v, i) => {
        out.push({ parent: node, key: i });
        stack.push(v);
      });
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key: k });
        stack.push(v);
      }
  }
  return out;
}

function apply(text: string, o: Op): string {
  switch (o.kind) {
    case 'insert': {
      const at = o.at % (text.length + 1);
      return text.slice(0, at) + o.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, o.at % (text.length + 1));
    case 'delete-line': {
      const lines = text.split('\n');
      lines.splice(o.at % lines.length, 1);
      return lines.join('\n');
    }
    case 'structural': {
      let data: unknown;
      try {
        data = parseYaml(text, { maxAliasCount: 10, logLevel: 'silent' });
      } catch {
        return text;
      }
      const all = slots(data);
      if (!all.length) return text;
      const { parent, key } = all[o.pick % all.length];
      if (Array.isArray(parent)) {
        if (o.action === 'delete') parent.splice(key as number, 1);
        else parent[key as number] = o.value;
      } else if (o.action === 'delete') delete parent[key as string];
      else if (o.action === 'rename') {
        const v = parent[key as string];
        delete parent[key as string];
        Object.defineProperty(parent, o.name, { value: v, enumerable: true, writable: true, configurable: true });
      } else parent[key as string] = o.value;
      try {
        return stringify(data);
      } catch {
        return text;
      }
    }
  }
}

describe('checkProject never throws on a mutated playbook', () => {
  it('2000 random mutations: always a result with located diagnostics, in bounded time', () => {
    const names = Object.keys(VALID_PLAYBOOK);
    const t0 = performance.now();
    let slowest = 0;
    let withDiagnostics = 0;
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(op, { minLength: 1, maxLength: 4 }), (name, ops) => {
        const files = { ...VALID_PLAYBOOK, [name]: ops.reduce(apply, VALID_PLAYBOOK[name]) };
        const t = performance.now();
        const r = checkProject(filesOf(files));
        slowest = Math.max(slowest, performance.now() - t);
        expect(Array.isArray(r.diagnostics)).toBe(true);
        expect(r.playbooks).toHaveLength(files['playbook.yaml'] === undefined ? 0 : 1);
        for (const d of r.diagnostics) {
          expect(d.ruleId).toMatch(/^[a-z]+\/[a-z-]+$/);
          expect(d.range.start.line).toBeGreaterThanOrEqual(1);
          expect(d.range.start.column).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.ruleId).not.toBe('internal/check-failed');
        }
        if (r.diagnostics.length) withDiagnostics++;
        // A playbook comes back only when nothing is wrong with its files.
        if (r.playbooks[0]?.playbook)
          expect(r.diagnostics.filter((d) => d.severity === 'error' && !d.file.includes('complaints'))).toEqual([]);
      }),
      { numRuns: 2000, seed: 20260302 },
    );
    const total = performance.now() - t0;
    expect(total).toBeLessThan(90_000);
    expect(slowest).toBeLessThan(2_000);
    // The mutations are hostile enough to matter: most runs find something wrong.
    expect(withDiagnostics).toBeGreaterThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
