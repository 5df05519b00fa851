import { describe, expect, it } from 'vitest';
import { CHECKS, exampleDiagnosticAt, RULES, rulesOfCheck, runExample } from '../../src/validate/index.js';

const cases = CHECKS.flatMap((check) => check.examples.map((ex) => ({ check, ex, name: `${check.id}: ${ex.title}` })));

describe('every check runs its documented examples', () => {
  it('has a passing and a failing example for each check', () => {
    for (const check of CHECKS) {
      expect(
        check.examples.some((e) => e.expect.length === 0),
        check.id,
      ).toBe(true);
      expect(
        check.examples.some((e) => e.expect.length > 0),
        check.id,
      ).toBe(true);
      for (const e of check.examples) for (const x of e.expect) expect(x.at, `${check.id}: ${e.title}`).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    }
  });

  it.each(cases)('$name', ({ check, ex }) => {
    // Only the check under test runs, so an example shows exactly what its check finds.
    const { own, other } = runExample(check, ex);
    expect(other.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    // Each failing example states where each diagnostic starts: a check that points at the wrong
    // token fails here, not only one that reports the wrong rule.
    expect(own.map(exampleDiagnosticAt)).toEqual(ex.expect);
    expect([...own, ...other].every((d) => d.url === `docs/rules.md#${d.ruleId}`)).toBe(true);
  });

  it('lists every rule of every check in the rule catalogue, with a description', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const check of CHECKS) for (const id of rulesOfCheck(check)) expect(ids.has(id), id).toBe(true);
    expect(RULES.every((r) => r.description.length > 10)).toBe(true);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
