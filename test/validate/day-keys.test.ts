/** A wrong day key in `schedule.hours` names the keys that are accepted, with the one that was meant. */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/index.js';
import { filesOf, VALID_PLAYBOOK } from './helpers.js';

const ACCEPTED = '`mon`, `tue`, `wed`, `thu`, `fri`, `sat`, `sun`, `mon-fri`, `sat-sun`, `daily`';

function withHours(key: string) {
  const playbook = VALID_PLAYBOOK['playbook.yaml'].replace('channels:\n', `schedule:\n  hours:\n    "${key}": "09:00-18:00"\nchannels:\n`);
  return checkProject(filesOf({ ...VALID_PLAYBOOK, 'playbook.yaml': playbook })).diagnostics.filter((d) => d.path?.[1] === 'hours');
}

describe('a wrong day key in schedule.hours', () => {
  it.each([
    ['a day written in full', 'monday', 'mon'],
    ['in capitals', 'Mon', 'mon'],
    ['a range written in full', 'Monday-Friday', 'mon-fri'],
    ['a typo', 'thr', 'thu'],
    ['a weekend range with an en dash', 'sat–sun', 'sat-sun'],
    ['something else', 'weekdays', undefined],
  ])('%s (`%s`) lists the accepted keys', (_what, key, suggestion) => {
    const [d, ...rest] = withHours(key);
    expect(rest).toEqual([]);
    expect(d.ruleId).toBe('schema/pattern');
    expect(d.message).toBe(
      `Unknown day key \`${key}\` in schedule.hours, expected one of ${ACCEPTED}${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}`,
    );
    expect(d.note).toMatch(/a range of days joined by -/);
    expect(d.expected).toContain('daily');
    expect(d.data).toEqual({ kind: 'unknown-name', of: 'day key', name: key, ...(suggestion ? { suggestion } : {}) });
    // On the key itself, so a quick fix replaces the key.
    expect(d.range.start).toMatchObject({ line: 8, column: 5 });
  });

  it.each(['mon', 'tue-thu', 'sun-mon', 'daily'])('accepts `%s`', (key) => {
    expect(withHours(key)).toEqual([]);
  });
});
