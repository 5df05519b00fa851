/**
 * `replybook sim DIR --text …` without `--json`: the lines a person reads, exactly, for a small
 * playbook — a reply with its checks and the why, and a mention that gets no reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { run, tempProject, write } from './helpers.js';

const PLAYBOOK = `replybook: 1
brand: Acme
locale: en
timezone: Europe/London
channels:
  x: { name: X, limit: 280, unit: twitter }
voices:
  official: { name: Official, signature: "Acme team", default: true }
teams:
  care: { name: Care team }
sla:
  first_response: 1 business day
tone:
  emoji: none
types:
  troll:
    match: { words: [idiots] }
    reply: none
    actions: [hide]
  delay:
    match: { words: [late] }
escalations:
  - id: angry
    when: { words: [furious] }
    to: care
    priority: high
    respond_within: 2h
    approval: true
templates:
  delay:
    when: { type: delay }
    text: "Hello {{name author.name}}, sorry it is late. Thank you for writing."
`;

let dir = '';
let cleanup = async () => {};
beforeAll(async () => {
  ({ dir, cleanup } = await tempProject());
  await write(path.join(dir, 'acme/playbook.yaml'), PLAYBOOK);
});
afterAll(() => cleanup());

const sim = (text: string, ...more: string[]) =>
  run(['sim', 'acme', '--channel', 'x', '--author', 'Ann Lee', '--at', '2026-03-02T10:00:00Z', ...more, '--text', text], { cwd: dir });

describe('replybook sim --text (human output)', () => {
  it('a reply: type, escalations, deadline, the reply with its length, the checks and why', async () => {
    const r = await sim('My parcel is late and I am furious');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'type        delay',
      'escalations angry → care (high), due 2 March, 12:00 GMT (2026-03-02T12:00:00.000+00:00) — needs approval',
      'due         2 March, 12:00 GMT (2026-03-02T12:00:00.000+00:00)',
      'voice       official',
      'template    delay',
      'actions     approval',
      '',
      'reply (65 / 280 X characters)',
      '  Hello Ann Lee, sorry it is late. Thank you for writing.',
      '  Acme team',
      '',
      'checks',
      '  ✓ No template syntax is left in the reply template/leftover',
      '  ✓ 65 of 280 X-weighted characters allowed on X channel/limit',
      '  ✓ 0 emoji, at most 0 allowed tone/emoji',
      '',
      'why',
      '  · classify    type `troll`: no word of [idiots] acme/playbook.yaml:16',
      '  › classify    type `delay`: words matched «late» at 13–17 (late) acme/playbook.yaml:20',
      '  › escalate    escalation `angry` → `care` (high): words matched «furious» at 27–34 (furious) acme/playbook.yaml:23',
      '  › deadline    due 2026-03-02T12:00:00.000+00:00: the earliest of 2 targets, set by escalation `angry` (2h)',
      '  · deadline    sla.first_response (1 business day): 2026-03-03T10:00:00.000+00:00',
      '  › deadline    escalation `angry` (2h): 2026-03-02T12:00:00.000+00:00',
      '  › deadline    posted Mon 2026-03-02 10:00 Europe/London; target 2h (calendar)',
      '  › deadline    calendar time: 2h after posting, working hours ignored',
      '  › deadline    due 2026-03-02T12:00:00.000+00:00',
      '  › template    template `delay`: its `when` holds (1 key); no other template holds acme/playbook.yaml:30',
      '  › render      rendered `delay` in voice `official`: 65 of 280 twitter',
      '  › check-reply No template syntax is left in the reply',
      '  › check-reply 65 of 280 X-weighted characters allowed on X',
      '  › check-reply 0 emoji, at most 0 allowed',
      '',
    ]);
  });

  it('no reply: the type says so, the actions are listed, the trace says why', async () => {
    const r = await sim('You are idiots');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'type        troll',
      'escalations none',
      'due         3 March, 10:00 GMT (2026-03-03T10:00:00.000+00:00)',
      'voice       official',
      'template    none',
      'actions     hide',
      '',
      'No reply: the playbook gives this mention none.',
      '',
      'why',
      '  › classify    type `troll`: words matched «idiots» at 8–14 (idiots) acme/playbook.yaml:16',
      '  · escalate    escalation `angry` did not fire: no word of [furious] acme/playbook.yaml:23',
      '  › deadline    due 2026-03-03T10:00:00.000+00:00: the earliest of 1 target, set by sla.first_response (1 business day)',
      '  › deadline    sla.first_response (1 business day): 2026-03-03T10:00:00.000+00:00',
      '  › deadline    posted Mon 2026-03-02 10:00 Europe/London; target 1 business day (business-days)',
      '  › deadline    1 business day(s) = 9h of working time (the length of that working day):',
      '  › deadline      8h on Mon 2026-03-02',
      '  › deadline      1h on Tue 2026-03-03',
      '  › deadline    due 2026-03-03T10:00:00.000+00:00',
      '  › template    type `troll` gets no reply (reply: none); actions: hide acme/playbook.yaml:16',
      '',
    ]);
  });

  it('an engine error: printed as an error line, exit 1', async () => {
    const r = await sim('Just saying hello');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, lines.indexOf('why'))).toEqual([
      'type        (none)',
      'escalations none',
      'due         3 March, 10:00 GMT (2026-03-03T10:00:00.000+00:00)',
      'voice       official',
      'template    none',
      '',
      'No reply: the outcome is incomplete (the errors are below).',
      'error: No negativity type matched and the playbook has no fallback type',
      '',
    ]);
    expect(lines).toContain('  · classify    no type matched and the playbook has no fallback type');
  });

  it('in Russian with --lang ru: the labels, and the deadline as a person there reads it', async () => {
    const r = await sim('My parcel is late and I am furious', '--lang', 'ru');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'тип       delay',
      'эскалации angry → care (высокий приоритет), до 2 марта, 12:00 GMT (2026-03-02T12:00:00.000+00:00) — нужно согласование',
      'срок      2 марта, 12:00 GMT (2026-03-02T12:00:00.000+00:00)',
      'голос     official',
      'шаблон    delay',
      'действия  approval',
    ]);
    expect(lines).toContain('ответ (65 / 280 знаков X)');
    // the trace's render and limit check count in the same words
    expect(lines).toContain('  ✓ 65 из 280 знаков X — в пределах лимита канала X channel/limit');
    expect(lines.some((l) => l.endsWith('отрисован голосом `official`: 65 из 280 знаков X'))).toBe(true);
    expect(lines).toContain('почему');
  });
});
