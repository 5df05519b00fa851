import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { upsertComplaint } from '../../src/tui/effects/upsert-complaint.js';
import type { SaveRequest } from '../../src/tui/state/types.js';

const FILE = `# yaml-language-server: $schema=../../schema/complaints.schema.json
# Delivery complaints — keep them short.
complaints:
  - id: late-order   # the classic
    text: My order is late.
    channel: review
    author: { name: Alice, followers: 35 }
    at: 2026-03-02T10:15:00+00:00
    expect:
      type: constructive
      reply:
        contains: [sorry]   # must apologise
`;

const request = (over: Partial<SaveRequest> = {}): SaveRequest => ({
  file: 'pb/complaints.yaml',
  key: 'draft#new-1',
  mode: 'append',
  complaint: {
    id: 'new-1',
    text: 'Where is it?\nSecond line',
    channel: 'x',
    author: { name: 'Dana', followers: 12 },
    at: '2026-03-02T12:00:00.000Z',
  },
  expect: { type: 'non-constructive', template: 'non-constructive/default', escalations: ['opinion-leader'] },
  ...over,
});

const FOLDED = `# yaml-language-server: $schema=../../../schema/complaints.schema.json
complaints:
  # Образец официального ответа — текст должен совпадать слово в слово.
  - id: viktoria-unidentified
    text: >-
      Заказала платье на выпускной дочери, обещали доставку за три дня. Прошло две недели —
      ни платья, ни ответа. Ужасный сервис.
    channel: otzovik    # где она написала
    author: { name: Виктория, followers: 35 }
    at: 2026-03-02T14:10:00+03:00
    expect:
      due: 2026-03-03T14:10:00+03:00
      type: constructive
      template: constructive/unidentified
      escalations: []
      reply:
        equals: "Добрый день, Виктория!"

  - id: courier-no-show
    text: |
      Курьер не приехал.
      Второй раз.
    channel: vk
    expect: { type: constructive }
`;

describe('writing a complaint into its file', () => {
  it('an update rewrites only the keys that change: every other byte (the folded text, comments, quoting) stays', () => {
    const out = upsertComplaint(
      FOLDED,
      request({
        mode: 'update',
        complaint: { ...request().complaint, id: 'viktoria-unidentified', channel: 'vk', voice: 'friendly' },
        expect: { type: 'constructive', template: 'constructive/default', escalations: ['opinion-leader'] },
      }),
    );
    const before = FOLDED.split('\n');
    const after = out.split('\n');
    const changed = after.filter((l) => !before.includes(l));
    expect(changed).toEqual([
      '    channel: vk    # где она написала',
      '      template: constructive/default',
      '      escalations: [ opinion-leader ]',
      '    voice: friendly',
    ]);
    // The new key is the complaint's last line, before the blank line that parts it from the next.
    expect(out).toContain('        equals: "Добрый день, Виктория!"\n    voice: friendly\n\n  - id: courier-no-show');
    expect(before.filter((l) => !after.includes(l))).toEqual([
      '    channel: otzovik    # где она написала',
      '      template: constructive/unidentified',
      '      escalations: []',
    ]);
    const c = parse(out).complaints[0];
    expect(c).toMatchObject({
      channel: 'vk',
      voice: 'friendly',
      expect: { template: 'constructive/default', escalations: ['opinion-leader'] },
    });
    expect(c.text).toBe(
      'Заказала платье на выпускной дочери, обещали доставку за три дня. Прошло две недели — ни платья, ни ответа. Ужасный сервис.',
    );
  });

  it('keeping the expectations writes only the channel', () => {
    const out = upsertComplaint(
      FOLDED,
      request({
        mode: 'update',
        keep: true,
        complaint: { ...request().complaint, id: 'viktoria-unidentified', channel: 'vk' },
        expect: { type: 'systemic', template: 'systemic/default', escalations: [] },
      }),
    );
    expect(out).toBe(FOLDED.replace('channel: otzovik    #', 'channel: vk    #'));
  });

  it('an update of a complaint whose expectations are a flow map rewrites that complaint, still keeping the others byte for byte', () => {
    const out = upsertComplaint(
      FOLDED,
      request({
        mode: 'update',
        complaint: { ...request().complaint, id: 'courier-no-show', channel: 'vk' },
        expect: { type: 'systemic', template: 'systemic/default', escalations: [] },
      }),
    );
    expect(out.startsWith(FOLDED.slice(0, FOLDED.indexOf('  - id: courier-no-show')))).toBe(true);
    expect(parse(out).complaints[1]).toMatchObject({ text: 'Курьер не приехал.\nВторой раз.\n', expect: { type: 'systemic' } });
  });

  it('appends a new complaint and keeps every comment and the flow style', () => {
    const out = upsertComplaint(FILE, request());
    expect(out.startsWith(FILE.trimEnd())).toBe(true);
    expect(out).toContain('# the classic');
    expect(out).toContain('# must apologise');
    expect(out).toContain('author: { name: Dana, followers: 12 }');
    expect(out).toContain('escalations: [ opinion-leader ]');
    expect(out).toMatch(/text: \|-?\n\s+Where is it\?\n\s+Second line/);
    const data = parse(out);
    expect(data.complaints[1]).toEqual({
      id: 'new-1',
      text: 'Where is it?\nSecond line',
      channel: 'x',
      author: { name: 'Dana', followers: 12 },
      at: '2026-03-02T12:00:00.000Z',
      expect: { type: 'non-constructive', template: 'non-constructive/default', escalations: ['opinion-leader'] },
    });
  });

  it('updates an existing complaint’s channel and expectations, keeping its other expectations', () => {
    const out = upsertComplaint(
      FILE,
      request({
        mode: 'update',
        complaint: { ...request().complaint, id: 'late-order', channel: 'x', voice: 'sam' },
        expect: { type: 'constructive', template: 'constructive/default', escalations: [] },
      }),
    );
    const c = parse(out).complaints[0];
    expect(c.channel).toBe('x');
    expect(c.voice).toBe('sam');
    expect(c.text).toBe('My order is late.');
    expect(c.expect).toEqual({ type: 'constructive', reply: { contains: ['sorry'] }, template: 'constructive/default', escalations: [] });
    expect(out).toContain('# the classic');
    expect(out).toContain('# must apologise');
  });

  it('creates the file’s content when it is empty', () => {
    const out = upsertComplaint('', request(), '../schema/complaints.schema.json');
    expect(out.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/complaints.schema.json');
    expect(parse(out).complaints).toHaveLength(1);
  });

  it.each([
    ['a YAML error', 'complaints: [\n', /YAML errors/],
    ['a list at the top', '- a\n', /not a complaints file/],
    ['complaints not a list', 'complaints: 3\n', /is not a list/],
  ])('refuses a file with %s', (_name, text, message) => {
    expect(() => upsertComplaint(text, request())).toThrow(message);
  });

  it('refuses a duplicate id, and an update of a complaint that is gone', () => {
    expect(() => upsertComplaint(FILE, request({ complaint: { ...request().complaint, id: 'late-order' } }))).toThrow(/already has/);
    expect(() => upsertComplaint(FILE, request({ mode: 'update' }))).toThrow(/no complaint `new-1`/);
  });
});
