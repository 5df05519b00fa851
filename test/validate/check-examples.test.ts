import { describe, expect, it } from 'vitest';
import { CHECKS, createChecker, RULES, ruleIdOf, type PlaybookCheck } from '../../src/validate/index.js';
import { filesOf } from './helpers.js';

function rulesOf(check: PlaybookCheck): string[] {
  return check.rules ? Object.keys(check.rules).map((r) => ruleIdOf(check, r)) : [check.id];
}

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
    const r = createChecker({ checks: [check] }).checkPlaybook('example', filesOf(ex.files, 'example'));
    const own = new Set(rulesOf(check));
    const foreign = r.diagnostics.filter((d) => !own.has(d.ruleId) && d.severity === 'error');
    expect(foreign.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    // Each failing example states where each diagnostic starts: a check that points at the wrong
    // token fails here, not only one that reports the wrong rule.
    const got = r.diagnostics
      .filter((d) => own.has(d.ruleId))
      .map((d) => {
        const file = d.file.replace(/^example\//, '');
        return { rule: d.ruleId, at: `${d.range.start.line}:${d.range.start.column}`, ...(file === 'playbook.yaml' ? {} : { file }) };
      });
    expect(got).toEqual(ex.expect);
    expect(r.diagnostics.every((d) => d.url === `docs/rules.md#${d.ruleId}`)).toBe(true);
  });

  it('lists every rule of every check in the rule catalogue, with a description', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const check of CHECKS) for (const id of rulesOf(check)) expect(ids.has(id), id).toBe(true);
    expect(RULES.every((r) => r.description.length > 10)).toBe(true);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
