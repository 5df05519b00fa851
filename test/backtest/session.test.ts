/** The session's figures on hand-made rows of the Acme Market playbook: what each count means. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybook, type LoadedPlaybook } from '../../src/node/load-playbook.js';
import { BacktestSession, MAX_LISTED, reportWords, rowReason, type BacktestFigures } from '../../src/backtest/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let rt: LoadedPlaybook;
beforeAll(async () => {
  rt = await loadPlaybook(path.join(ROOT, 'playbooks/acme-market'));
});

const HEADER = ['Дата', 'Площадка', 'Автор', 'Аудитория', 'Текст', 'Тег'];

function session(rows: string[][], options: ConstructorParameters<typeof BacktestSession>[1] = {}): BacktestFigures {
  const s = new BacktestSession(rt, options);
  expect(s.problems).toEqual([]);
  expect(s.begin('x.csv', HEADER).problems).toEqual([]);
  rows.forEach((r, i) => s.row(i + 2, r));
  return s.figures();
}

// 2 March 2026 is a Monday; Acme works mon-fri 09:00-20:00, sat 10:00-16:00 (Europe/Moscow).
const ORDER = 'Заказ 40817263 не привезли, курьер не отвечает';

describe('SLA load', () => {
  it('counts arrivals outside working hours and places them by weekday and hour in the playbook’s zone', () => {
    const f = session([
      ['02.03.2026 10:00', 'ВКонтакте', 'Ира', '10', ORDER, ''], // Monday, open
      ['02.03.2026 21:30', 'ВКонтакте', 'Ира', '10', ORDER, ''], // Monday, after hours
      ['08.03.2026 12:00', 'Telegram', 'Ира', '10', ORDER, ''], // Sunday (and a holiday)
      ['2026-03-02T07:00:00Z', 'Telegram', 'Ира', '10', ORDER, ''], // 10:00 in Moscow
    ]);
    expect(f.mentions).toBe(4);
    expect(f.sla.arrivedOutsideHours).toBe(2);
    expect(f.sla.arrivedByWeekdayHour[0][10]).toBe(2);
    expect(f.sla.arrivedByWeekdayHour[0][21]).toBe(1);
    expect(f.sla.arrivedByWeekdayHour[6][12]).toBe(1);
    expect(f.byDay).toEqual({ '2026-03-02': 3, '2026-03-08': 1 });
    // One business day: every reply falls due inside working hours (at 20:00 closing at the latest).
    expect(f.sla.withDue).toBe(4);
    expect(f.sla.dueOutsideHours).toBe(0);
  });
});

describe('counts', () => {
  it('types, channels, hidden and no-reply shares, escalations by team and priority', () => {
    const f = session([
      ['02.03.2026 10:00', 'ВКонтакте', 'Ира', '10', ORDER, ''],
      ['02.03.2026 10:05', 'Отзовик', 'Олег', '5', 'В пункте выдачи сидят дебилы', ''],
      ['02.03.2026 10:10', 'Twitter', 'Блогер', '250 000', 'Худший магазин, обходите стороной.', ''],
    ]);
    expect(f.byType).toEqual({ constructive: 1, profanity: 1, 'non-constructive': 1 });
    expect(f.byChannel).toEqual({ vk: 1, otzovik: 1, x: 1 });
    expect(f.hidden).toBe(1);
    expect(f.noReply).toBe(1);
    expect(f.escalations).toEqual([{ id: 'opinion-leader', team: 'pr', priority: 'high', count: 1 }]);
    expect(f.escalated).toBe(1);
  });

  it('a row not run is counted by kind, listed, and its platform tallied; nothing else counts it', () => {
    const f = session([
      ['02.03.2026 10:00', 'Дзен', 'Ира', '', ORDER, ''],
      ['вчера', 'ВКонтакте', 'Ира', '', ORDER, ''],
      ['02.03.2026 10:00', 'ВКонтакте', 'Ира', '', '   ', ''],
      ['02.03.2026 10:00'],
    ]);
    expect(f.rows).toBe(4);
    expect(f.mentions).toBe(0);
    expect(f.malformed.byKind).toEqual({ 'unknown-channel': 1, 'bad-date': 1, 'empty-text': 1, 'too-few-columns': 1 });
    expect(f.malformed.items.map((m) => m.line)).toEqual([2, 3, 4, 5]);
    expect(f.unknownPlatforms).toEqual({ Дзен: 1 });
    expect(f.malformed.items.map((m) => m.value)).toEqual(['Дзен', 'вчера', undefined, undefined]);
    expect(f.malformed.items[3]).toMatchObject({ found: 1, limit: 5 });
    expect(rowReason(reportWords('ru'), f.malformed.items[0])).toBe(
      'площадки «Дзен» нет среди площадок playbook (добавьте её: --channel-map «Дзен»=id)',
    );
    expect(rowReason(reportWords('en'), f.malformed.items[3])).toBe('the row has 1 column, the header 5 or more');
    expect(f.byType).toEqual({});
  });

  it('lists keep their first MAX_LISTED entries and count them all', () => {
    const rows = Array.from({ length: MAX_LISTED + 7 }, () => ['вчера', 'ВКонтакте', 'Ира', '', ORDER, '']);
    const f = session(rows);
    expect(f.malformed.count).toBe(MAX_LISTED + 7);
    expect(f.malformed.items).toHaveLength(MAX_LISTED);
  });
});

describe('labels', () => {
  it('confusion matrix, accuracy, precision, recall and F1, with the disagreement’s trace', () => {
    const c = ['02.03.2026 10:00', 'ВКонтакте', 'Ира', '10'];
    const f = session(
      [
        [...c, ORDER, 'Конструктив'],
        [...c, ORDER, 'Конструктив'],
        [...c, 'Худший магазин, обходите стороной.', 'Конструктив'],
        [...c, 'Худший магазин, обходите стороной.', 'non-constructive'],
        [...c, 'Спасибо, все отлично, рекомендую!', 'Позитив'],
        [...c, 'Спасибо, все отлично, рекомендую!', 'что-то свое'],
      ],
      { label: 'Тег', labelMap: ['Конструктив=constructive', 'Позитив=positive'] },
    );
    const l = f.labels!;
    expect(l.labelled).toBe(5);
    expect(l.unmapped).toEqual({ 'что-то свое': 1 });
    expect(l.matrix).toEqual({
      constructive: { constructive: 2, 'non-constructive': 1 },
      'non-constructive': { 'non-constructive': 1 },
      positive: { positive: 1 },
    });
    expect(l.accuracy).toBe(0.8);
    expect(l.perType).toEqual([
      { type: 'constructive', precision: 1, recall: 0.6667, f1: 0.8, support: 3, predicted: 2 },
      { type: 'non-constructive', precision: 0.5, recall: 1, f1: 0.6667, support: 1, predicted: 2 },
      { type: 'positive', precision: 1, recall: 1, f1: 1, support: 1, predicted: 1 },
    ]);
    expect(l.disagreements.count).toBe(1);
    const d = l.disagreements.items[0];
    expect(d).toMatchObject({
      line: 4,
      expected: 'constructive',
      type: 'non-constructive',
      label: 'Конструктив',
      reason: 'type `non-constructive`: no other type matched (fallback)',
    });
    expect(d.trace.length).toBeGreaterThan(5);
  });
});
