/**
 * The playbook schema's duration pattern (what `check` and the editors' YAML extension accept)
 * agrees with the parser (src/deadline/duration.ts) and the docs: every form docs/deadlines.md lists
 * and every lower-case form the parser reads passes the pattern, and nothing both of them take is
 * wrong — where the pattern is looser than the parser (`1h 1h`), `schedule/duration` says why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/deadline/index.js';

const ROOT = path.resolve(__dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/playbook.schema.json'), 'utf8')) as {
  definitions: { duration: { pattern: string } };
};
const pattern = new RegExp(schema.definitions.duration.pattern, 'u');

/** The forms in the table of docs/deadlines.md's «Durations» section. */
const documented = (() => {
  const text = readFileSync(path.join(ROOT, 'docs/deadlines.md'), 'utf8');
  const section = text.slice(text.indexOf('## Durations'), text.indexOf('\n## ', text.indexOf('## Durations') + 1));
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...l.split('|')[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
})();

const MORE = [
  '1.5h',
  '1,5 часа',
  '2h 30m',
  '1h30m',
  '45 min',
  '10 мин',
  '1 час',
  '1ч',
  '2 ч',
  '1 business hour',
  '1 рабочий час',
  '2 рабочих часа',
  '5 рабочих дней',
  'до конца рабочего дня',
  'by the end of the business day',
  'end of the next working day',
];

describe('the schema’s duration pattern', () => {
  it('the docs list the forms', () => {
    expect(documented.length).toBeGreaterThan(15);
    expect(documented).toContain('1 рабочий день');
  });

  it.each([...documented, ...MORE])('accepts %s, which the parser reads', (form) => {
    expect('error' in parseDuration(form)).toBe(false);
    expect(pattern.test(form)).toBe(true);
  });

  it.each(['soon', '2', 'business day', '4 business', 'end of day', '1 год', '2 weeks', 'рабочий день', 'x2h', '2hh', '4 business hours!'])(
    'refuses %s, which the parser refuses too',
    (form) => {
      expect('error' in parseDuration(form)).toBe(true);
      expect(pattern.test(form)).toBe(false);
    },
  );

  it('a form the pattern lets through and the parser refuses is still an error (schedule/duration)', () => {
    expect(pattern.test('1h 1h')).toBe(true);
    expect(parseDuration('1h 1h')).toMatchObject({ code: 'unknown' });
  });
});
