import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleUrl } from '../../src/diagnostics/rule-url.js';
import { allRules, rulesMarkdown } from '../../src/report/rules-doc.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') || f.endsWith('.tsx'))
    .map((f) => path.join(ROOT, dir, f));
}

describe('docs/rules.md (run `npm run gen:rules` after changing a rule, a check or its examples)', () => {
  it('is up to date', () => {
    expect(doc).toBe(rulesMarkdown());
  });

  it('has an anchor for every rule id, where each diagnostic url points', () => {
    const anchors = new Set([...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const ids = allRules().map((r) => r.id);
    expect(ids.length).toBeGreaterThan(60);
    for (const id of ids) {
      expect(anchors.has(id), id).toBe(true);
      expect(ruleUrl(id)).toBe(`docs/rules.md#${id}`);
    }
    expect(anchors.size).toBe(ids.length);
  });

  it('documents every rule id the source code reports', () => {
    // A rule id written as a literal anywhere in src/ (a new rule must reach the catalogue, and so this page).
    const family = 'load|yaml|schema|playbook|ref|type|voice|template|tone|channel|schedule|regex|complaint|test|internal';
    const literal = new RegExp(`'((?:${family})/[a-z-]+)'`, 'g');
    const known = new Set(allRules().map((r) => r.id));
    const found = new Set<string>();
    for (const file of sources('src')) for (const m of readFileSync(file, 'utf8').matchAll(literal)) found.add(m[1]);
    expect(found.size).toBeGreaterThan(15);
    expect([...found].filter((id) => !known.has(id))).toEqual([]);
  });
});
