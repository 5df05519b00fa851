/**
 * Random edits of a playbook file, as a person typing (or a hostile pull request) makes them:
 * insertions of YAML and Handlebars punctuation, truncations, deleted lines and structural changes.
 * The fuzz test checks that checkProject never throws on them; the benchmark times them.
 */
import fc from 'fast-check';
import { parse as parseYaml, stringify } from 'yaml';

export type Op =
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

/** One random edit. */
export const op: fc.Arbitrary<Op> = fc.oneof(
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

/** The file's text after the edit (a structural edit of text that is not YAML leaves it as it is). */
export function apply(text: string, o: Op): string {
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
