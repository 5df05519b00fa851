import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/index.js';
import { filesOf, VALID_PLAYBOOK } from './helpers.js';
import { apply, op } from './mutate.js';

// How long a mutated playbook takes to check is measured in `npm run bench` (limits), against the valid one.
describe('checkProject never throws on a mutated playbook', () => {
  it('2000 random mutations: always a result with located diagnostics', () => {
    const names = Object.keys(VALID_PLAYBOOK);
    let withDiagnostics = 0;
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(op, { minLength: 1, maxLength: 4 }), (name, ops) => {
        const files = { ...VALID_PLAYBOOK, [name]: ops.reduce(apply, VALID_PLAYBOOK[name]) };
        const r = checkProject(filesOf(files));
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
    // The mutations are hostile enough to matter: most runs find something wrong.
    expect(withDiagnostics).toBeGreaterThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);
});
