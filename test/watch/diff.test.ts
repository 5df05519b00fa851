import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ComplaintResult } from '../../src/model/test-result.js';
import type { Outcome } from '../../src/model/outcome.js';
import { diffRuns, type GroupRun } from '../../src/watch/diff.js';

const at = (line: number) => ({ start: { line, column: 3, offset: line * 10 }, end: { line, column: 9, offset: line * 10 + 6 } });
export const diag = (message: string, line = 1, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file: 'pb/a/templates.yaml',
  range: at(line),
  severity,
  ruleId: 'ref/unknown-template',
  message,
});

export function result(id: string, o: Partial<Outcome> = {}, passed = true): ComplaintResult {
  const outcome: Outcome = {
    type: 'constructive',
    escalations: [],
    actions: [],
    priority: 'normal',
    due: null,
    template: 't/a',
    voice: 'official',
    reply: 'Добрый день, Виктория!',
    length: null,
    checks: [],
    signals: {},
    spans: [],
    trace: [],
    errors: [],
    ...o,
  };
  return {
    playbook: 'a',
    id,
    channel: 'vk',
    file: 'pb/a/complaints.yaml',
    range: at(1),
    outcome,
    failures: passed ? [] : [{ field: 'type', expected: 'x', actual: 'y', message: 'Expected type `x`, got `y`' }],
    passed,
  };
}

const state = (g: GroupRun) => new Map([['pb/a', g]]);

describe('diffRuns', () => {
  it('on the first run reports every diagnostic as new and lists failing complaints', () => {
    const r = diffRuns(null, state({ diagnostics: [diag('m')], results: [result('ok'), result('bad', {}, false)] }));
    expect(r.initial).toBe(true);
    expect(r.newDiagnostics).toHaveLength(1);
    expect(r.nowFailing.map((x) => x.id)).toEqual(['bad']);
    expect(r.outcomeChanges).toEqual([]);
    expect(r.totals).toEqual({ errors: 1, warnings: 0, passed: 1, failed: 1 });
  });

  it('reports new and fixed diagnostics, not ones that only moved lines', () => {
    const prev = state({ diagnostics: [diag('stays', 3), diag('goes', 5)], results: [] });
    const next = state({ diagnostics: [diag('stays', 4), diag('comes', 7, 'warning')], results: [] });
    const r = diffRuns(prev, next);
    expect(r.newDiagnostics.map((d) => d.message)).toEqual(['comes']);
    expect(r.fixedDiagnostics.map((d) => d.message)).toEqual(['goes']);
    expect(r.totals).toMatchObject({ errors: 1, warnings: 1 });
  });

  it('counts duplicates as a multiset', () => {
    const r = diffRuns(state({ diagnostics: [diag('x')], results: [] }), state({ diagnostics: [diag('x'), diag('x', 9)], results: [] }));
    expect(r.newDiagnostics).toHaveLength(1);
  });

  it('reports complaints whose type, escalation, template or reply changed, field by field', () => {
    const prev = state({ diagnostics: [], results: [result('v'), result('same')] });
    const next = state({
      diagnostics: [],
      results: [
        result('v', {
          template: 't/b',
          reply: 'Добрый вечер, Виктория!',
          escalations: [{ id: 'legal', team: 'legal', priority: 'urgent', approval: true, reply: 'normal', hide: false }],
        }),
        result('same'),
      ],
    });
    const r = diffRuns(prev, next);
    expect(r.outcomeChanges).toHaveLength(1);
    expect(r.outcomeChanges[0]).toMatchObject({
      id: 'v',
      fields: ['escalations', 'template', 'reply'],
      before: { template: 't/a' },
      after: { template: 't/b', escalations: ['legal → legal (urgent)'] },
    });
  });

  it('reports complaints that start and stop failing, and ones that disappear', () => {
    const prev = state({ diagnostics: [], results: [result('a'), result('b', {}, false), result('gone')] });
    const next = state({ diagnostics: [], results: [result('a', {}, false), result('b'), result('new')] });
    const r = diffRuns(prev, next);
    expect(r.nowFailing.map((x) => x.id)).toEqual(['a']);
    expect(r.nowPassing.map((x) => x.id)).toEqual(['b']);
    expect(r.removed).toEqual([{ playbook: 'a', id: 'gone' }]);
  });
});
