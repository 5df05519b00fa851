/** A key written twice in one mapping is named whole in the diagnostic, however the key is written. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/parse-file.js';

describe('yaml/duplicate-key', () => {
  it.each([
    ['brand: A\nlocale: ru\nbrand: B\n', 'brand'],
    ['teams:\n  legal: { name: A }\n  legal: { name: B }\n', 'legal'],
    ['"first response": 1\n"first response": 2\n', '"first response"'],
    ['a: 1\na: 2\n', 'a'],
    ['sla: 1\nsla:\n  first_response: 1h\n', 'sla'],
  ])('%j names `%s`', (text, key) => {
    const d = parseText('pb/playbook.yaml', text).diagnostics.filter((x) => x.ruleId === 'yaml/duplicate-key');
    expect(d).toHaveLength(1);
    expect(d[0].message).toBe(`The key \`${key}\` appears twice in the same mapping; only the first is used`);
  });

  it('quotes at most 200 characters of a key on a long line', () => {
    const key = 'k'.repeat(5000);
    const d = parseText('pb/playbook.yaml', `${key}: 1\n${key}: 2\n`).diagnostics.find((x) => x.ruleId === 'yaml/duplicate-key');
    expect(d?.message.length).toBeLessThan(300);
  });
});
