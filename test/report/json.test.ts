import { describe, expect, it } from 'vitest';
import { formatJson, type JsonDiagnostic } from '../../src/report/json.js';
import { formatTestJson, jsonTestRun, TestJsonWriter, type JsonTestRun } from '../../src/report/test-json.js';
import { duplicateType, sampleDiagnostics, sampleRun, toneHint, unknownTemplate } from './fixtures.js';

describe('formatJson', () => {
  it('writes every key, in a fixed order, sorted by file and position', () => {
    const list = JSON.parse(formatJson(sampleDiagnostics)) as JsonDiagnostic[];
    expect(list.map((d) => d.ruleId)).toEqual(['ref/unknown-template', 'ref/duplicate-id', 'channel/limit', 'tone/avoid']);
    expect(list[1]).toEqual({
      file: 'playbooks/acme/playbook.yaml',
      line: 30,
      column: 3,
      endLine: 30,
      endColumn: 8,
      offset: 2902,
      endOffset: 2907,
      severity: 'error',
      ruleId: 'ref/duplicate-id',
      message: 'Duplicate type id `delay`',
      note: null,
      path: ['types', 3, 'id'],
      fatal: false,
      related: [
        {
          file: 'playbooks/acme/playbook.yaml',
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 8,
          offset: 1102,
          endOffset: 1107,
          message: 'first defined here',
        },
      ],
      url: 'docs/rules.md#ref/duplicate-id',
      expected: null,
      actual: null,
      data: null,
    });
    for (const d of list) expect(Object.keys(d)).toEqual(Object.keys(list[1]));
  });

  it('carries what a tool needs: the rule url, expected, actual and data', () => {
    const [d] = JSON.parse(
      formatJson([
        {
          ...unknownTemplate,
          expected: ['sorry/delay', 'sorry/lost'],
          actual: 'sorry/late',
          data: { kind: 'unknown-name', of: 'template', name: 'sorry/late', suggestion: 'sorry/delay' },
        },
      ]),
    ) as JsonDiagnostic[];
    expect(d).toMatchObject({
      url: 'docs/rules.md#ref/unknown-template',
      expected: ['sorry/delay', 'sorry/lost'],
      actual: 'sorry/late',
      data: { kind: 'unknown-name', of: 'template', name: 'sorry/late', suggestion: 'sorry/delay' },
    });
  });

  it('is deterministic and independent of input order', () => {
    expect(formatJson([...sampleDiagnostics].reverse())).toBe(formatJson(sampleDiagnostics));
    expect(formatJson([])).toBe('[]\n');
    expect(JSON.parse(formatJson([toneHint, duplicateType]))[1].path).toBeNull();
  });
});

describe('formatTestJson', () => {
  it('writes totals, results with rule ids and outcomes, and diagnostics', () => {
    const run = JSON.parse(formatTestJson(sampleRun)) as JsonTestRun;
    expect(run).toMatchObject({ formatVersion: 1, passed: 2, failed: 1, total: 3 });
    expect(run.results.map((r) => [r.playbook, r.id, r.channel, r.passed, r.line])).toEqual([
      ['acme', 'late-parcel', 'twitter', true, 3],
      ['acme', 'rude-&-late', 'twitter', false, 14],
      ['globex', 'hidden-spam', 'vk', true, 2],
    ]);
    expect(run.results[1].failures.map((f) => f.ruleId)).toEqual(['test/type-mismatch', 'test/reply-mismatch']);
    expect(run.results[1].outcome.reply).toBe(sampleRun.results[1].outcome.reply);
    expect(run.diagnostics.map((d) => d.ruleId)).toEqual(['channel/limit']);
  });

  // Written in pieces (a run too large for one string), the bytes are those of one JSON.stringify.
  const whole = (run: typeof sampleRun) => `${JSON.stringify(jsonTestRun(run), null, 2)}\n`;
  it.each([
    ['a run with results and diagnostics', sampleRun],
    ['no results', { ...sampleRun, results: [], passed: 0, failed: 0 }],
    ['no diagnostics', { ...sampleRun, diagnostics: [] }],
    ['neither', { ...sampleRun, results: [], passed: 0, failed: 0, diagnostics: [] }],
    ['one result', { ...sampleRun, results: sampleRun.results.slice(1, 2), passed: 0, failed: 1 }],
  ])('writes in pieces what one JSON.stringify of the whole run writes: %s', (_, run) => {
    expect(formatTestJson(run)).toBe(whole(run));
    const w = new TestJsonWriter();
    const pieces = [w.head(run), ...run.results.map((r) => w.result(r)), w.tail(run)];
    expect(pieces.length).toBe(run.results.length + 2);
    expect(pieces.join('')).toBe(whole(run));
  });
});
