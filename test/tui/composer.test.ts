/** The new-complaint form's decisions (src/tui/state/composer.ts): the suggested id, the file, the time. */
import { describe, expect, it } from 'vitest';
import { COMPLAINT_ID, fileForType, MAX_SUGGESTED_ID, suggestId, zonedAt } from '../../src/tui/state/composer.js';
import { outcome, project, sample } from './fake-project.js';

describe('the id suggested from the text', () => {
  it.each([
    ['Заказ так и не пришёл, курьер молчит', 'zakaz-tak-i-ne-prishyol'],
    ['Where is my parcel? It was due Monday', 'where-is-my-parcel'],
    ['  ВЕРНИТЕ ДЕНЬГИ!!!', 'vernite-dengi'],
    ['Списали 2 раза за заказ №123', 'spisali-2-raza-za-zakaz'],
    ['😡😡😡', 'new'],
    ['', 'new'],
    ['Пишу\nвторую строку', 'pishu'],
  ])('%j → %s', (text, id) => {
    expect(suggestId(text, new Set())).toBe(id);
    expect(suggestId(text, new Set())).toMatch(COMPLAINT_ID);
  });

  it('is another one when taken, and never longer than MAX_SUGGESTED_ID', () => {
    expect(suggestId('Where is my parcel', new Set(['where-is-my-parcel', 'where-is-my-parcel-2']))).toBe('where-is-my-parcel-3');
    const long = suggestId('Достопримечательности вышеперечисленные неудовлетворительного обслуживания', new Set());
    expect(long.length).toBeLessThanOrEqual(MAX_SUGGESTED_ID);
    expect(long).toMatch(COMPLAINT_ID);
  });
});

describe('the file a new complaint goes into', () => {
  const pb = {
    ...project([]).playbooks[0],
    complaintFiles: ['pb/complaints/delivery.yaml', 'pb/complaints/constructive.yaml', 'pb/x.yaml'],
  };
  it('the one named after its type', () => {
    expect(fileForType(pb, 'constructive', [])).toBe('pb/complaints/constructive.yaml');
  });
  it('else the one with most samples of its type, else the first', () => {
    const s = (id: string, file: string, type: string) => ({ ...sample(id, { outcome: outcome({ type }) }), file, playbookDir: pb.dir });
    const samples = [s('a', 'pb/x.yaml', 'systemic'), s('b', 'pb/x.yaml', 'systemic'), s('c', 'pb/complaints/delivery.yaml', 'systemic')];
    expect(fileForType(pb, 'systemic', samples)).toBe('pb/x.yaml');
    expect(fileForType(pb, 'positive', samples)).toBe('pb/complaints/delivery.yaml');
    expect(fileForType(pb, undefined, samples)).toBe('pb/complaints/delivery.yaml');
  });
});

describe("the time, in the playbook's zone", () => {
  it.each([
    ['2026-03-02T12:00:00.000Z', 'Europe/Moscow', '2026-03-02T15:00:00+03:00'],
    ['2026-12-03T06:21:45.123Z', 'Asia/Novosibirsk', '2026-12-03T13:21:45+07:00'],
    ['2026-07-01T12:00:00Z', 'Europe/London', '2026-07-01T13:00:00+01:00'],
    ['not a time', 'Europe/Moscow', 'not a time'],
  ])('%s in %s → %s', (at, zone, want) => {
    expect(zonedAt(at, zone)).toBe(want);
  });
});
