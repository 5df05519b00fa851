import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs build script without type declarations
import { generate } from '../../scripts/gen-types.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('generated files match the schemas (run `npm run gen:types` after editing a schema)', () => {
  it('src/model/input.generated.ts and src/validate/schema-data.generated.ts are up to date', async () => {
    const files = (await generate(ROOT)) as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual(['src/model/input.generated.ts', 'src/validate/schema-data.generated.ts']);
    for (const [rel, text] of Object.entries(files)) {
      expect(await readFile(path.join(ROOT, rel), 'utf8'), rel).toBe(text);
    }
  }, 30_000);

  it('every property of the schemas has a description and a markdownDescription', async () => {
    const missing: string[] = [];
    for (const name of ['playbook', 'complaints']) {
      const schema = JSON.parse(await readFile(path.join(ROOT, 'schema', `${name}.schema.json`), 'utf8'));
      const walk = (node: unknown, where: string): void => {
        if (!node || typeof node !== 'object') return;
        const n = node as Record<string, unknown>;
        for (const [k, v] of Object.entries((n.properties as Record<string, Record<string, unknown>>) ?? {})) {
          if (typeof v.description !== 'string' || typeof v.markdownDescription !== 'string') missing.push(`${name}:${where}.${k}`);
        }
        if (Array.isArray(n.enum) && !Array.isArray(n.markdownEnumDescriptions)) missing.push(`${name}:${where} (enum)`);
        for (const [k, v] of Object.entries(n)) if (k !== 'enum' && k !== 'defaultSnippets') walk(v, `${where}/${k}`);
      };
      walk(schema, '#');
    }
    expect(missing).toEqual([]);
  });

  it('defines each shape once: no two definitions differ only in their title and descriptions', async () => {
    const words = new Set(['title', 'description', 'markdownDescription', 'defaultSnippets']);
    // A schema node without its annotations; the keys of `properties` are names, kept whatever they are.
    const shape = (node: unknown, names = false): unknown => {
      if (Array.isArray(node)) return node.map((n) => shape(n));
      if (!node || typeof node !== 'object') return node;
      const kept = Object.entries(node as Record<string, unknown>).filter(([k]) => names || !words.has(k));
      return Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v, !names && k === 'properties')]));
    };
    const twins: string[] = [];
    for (const name of ['playbook', 'complaints']) {
      const schema = JSON.parse(await readFile(path.join(ROOT, 'schema', `${name}.schema.json`), 'utf8'));
      const seen = new Map<string, string>();
      for (const [id, def] of Object.entries((schema.definitions ?? {}) as Record<string, unknown>)) {
        const key = JSON.stringify(shape(def));
        const first = seen.get(key);
        if (first) twins.push(`${name}: ${first} = ${id}`);
        else seen.set(key, id);
      }
    }
    expect(twins).toEqual([]);
  });
});
