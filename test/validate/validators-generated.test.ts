import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs build script without type declarations
import { generate } from '../../scripts/gen-validators.mjs';
import { mentionValidator, validators } from '../../src/validate/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the standalone validators match the schemas (run `node scripts/gen-validators.mjs` after editing a schema)', () => {
  it('src/validate/schema-validators.generated.ts is up to date', async () => {
    const files = (await generate(ROOT)) as Record<string, string>;
    expect(Object.keys(files)).toEqual(['src/validate/schema-validators.generated.ts']);
    for (const [rel, text] of Object.entries(files)) {
      expect(await readFile(path.join(ROOT, rel), 'utf8'), rel).toBe(text);
    }
  }, 60_000);

  it('the errors keep the verbose shape schema-errors.ts reads (schema, parentSchema, data)', () => {
    const v = validators().playbook;
    expect(v({ replybook: 1, brand: 3, nope: true })).toBe(false);
    const brand = v.errors?.find((e) => e.instancePath === '/brand');
    expect(brand).toMatchObject({ keyword: 'type', schema: 'string', data: 3 });
    expect(brand?.parentSchema).toMatchObject({ type: 'string' });
    expect(v.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
  });

  it('checks formats (a mention at a time that is not one)', () => {
    const m = mentionValidator();
    expect(m({ text: 'late', channel: 'x', at: '2024-01-01T10:00:00Z' })).toBe(true);
    expect(m({ text: 'late', channel: 'x', at: '2024-02-30T10:00:00Z' })).toBe(false);
    expect(m.errors?.map((e) => e.keyword)).toContain('format');
  });
});
