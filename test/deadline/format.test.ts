import { describe, it, expect } from 'vitest';
import { formatDue, formatRelative, zoneLabel, zoneName } from '../../src/deadline/index.js';

describe('formatDue', () => {
  it.each([
    ['2026-03-03T10:15:00.000+03:00', 'ru', 'Europe/Moscow', '3 марта, 10:15'],
    ['2026-03-03T10:15:00.000+03:00', 'en', 'Europe/Moscow', 'March 3, 10:15 AM'],
    ['2026-03-03T00:05:00.000+03:00', 'en', 'Europe/Moscow', 'March 3, 12:05 AM'],
    ['2026-03-03T12:00:00.000+03:00', 'en', 'Europe/Moscow', 'March 3, 12:00 PM'],
    ['2026-03-03T18:30:00.000+03:00', 'en', 'Europe/Moscow', 'March 3, 6:30 PM'],
    ['2026-03-03T10:00:00.000+03:00', 'ru', 'Asia/Vladivostok', '3 марта, 17:00'],
    ['2026-12-31T22:00:00.000+03:00', 'ru', 'Asia/Vladivostok', '1 января, 05:00'],
    ['2026-05-01T09:00:00Z', 'ru', 'Europe/Moscow', '1 мая, 12:00'],
    ['not a time', 'ru', 'Europe/Moscow', 'not a time'],
  ] as const)('%s %s %s → %s', (iso, locale, zone, expected) => {
    expect(formatDue(iso, locale, zone)).toBe(expected);
  });
});

describe('formatDue with the zone, day first', () => {
  it.each([
    ['2026-03-03T14:10:00+03:00', 'ru', 'Europe/Moscow', '3 марта, 14:10 МСК'],
    ['2026-03-03T14:10:00+03:00', 'en', 'Europe/Moscow', '3 March, 14:10 MSK'],
    ['2026-03-03T14:10:00+03:00', 'ru', 'Asia/Novosibirsk', '3 марта, 18:10 МСК+4'],
    ['2026-03-03T14:10:00+03:00', 'en', 'Europe/Kaliningrad', '3 March, 13:10 MSK−1'],
    ['2026-03-03T14:10:00+03:00', 'ru', 'Europe/Berlin', '3 марта, 12:10 GMT+1'],
    ['2026-07-03T14:10:00+03:00', 'en', 'America/New_York', '3 July, 07:10 EDT'],
    ['2026-01-03T14:10:00+03:00', 'en', 'America/New_York', '3 January, 06:10 EST'],
    ['2026-07-03T14:10:00+03:00', 'ru', 'America/New_York', '3 июля, 07:10 GMT−4'],
    ['2026-07-03T14:10:00+03:00', 'en', 'Europe/Berlin', '3 July, 13:10 CEST'],
    ['2026-07-03T14:10:00+03:00', 'en', 'America/Sao_Paulo', '3 July, 08:10 GMT−3'],
    ['2026-03-03T14:10:00+03:00', 'en', 'Asia/Kolkata', '3 March, 16:40 GMT+5:30'],
    ['2026-03-03T11:10:00Z', 'en', 'UTC', '3 March, 11:10 GMT'],
  ] as const)('%s %s %s → %s', (iso, locale, zone, expected) => {
    expect(formatDue(iso, locale, zone, { zone: true, dayFirst: true })).toBe(expected);
  });

  it('names Russia’s zones against Moscow from its own table, not from Intl', () => {
    expect(zoneName('Europe/Moscow', 180, 'ru')).toBe('МСК');
    expect(zoneName('Asia/Kamchatka', 720, 'ru')).toBe('МСК+9');
    expect(zoneName('Asia/Vladivostok', 600, 'en')).toBe('MSK+7');
  });
});

describe('zoneLabel: a zone for a whole year', () => {
  it.each([
    ['Europe/Moscow', 'ru', 'МСК'],
    ['Asia/Novosibirsk', 'ru', 'МСК+4'],
    ['Europe/Kaliningrad', 'en', 'MSK−1'],
    ['America/New_York', 'en', 'EST/EDT'],
    ['Europe/Berlin', 'ru', 'GMT+1/GMT+2'],
    ['Asia/Kolkata', 'en', 'GMT+5:30'],
    ['Australia/Sydney', 'en', 'GMT+11/GMT+10'],
    ['Europe/Atlantis', 'en', 'Europe/Atlantis'],
  ] as const)('%s in %s → %s', (zone, locale, expected) => {
    expect(zoneLabel(zone, locale, 2026)).toBe(expected);
  });
});

describe('formatRelative', () => {
  const T = Date.parse('2026-03-02T10:00:00Z');
  const M = 60_000;
  it.each([
    [135 * M, 'ru', 'через 2 ч 15 мин'],
    [135 * M, 'en', 'in 2h 15m'],
    [135 * M + 59_000, 'en', 'in 2h 15m'],
    [120 * M, 'en', 'in 2h'],
    [5 * M, 'ru', 'через 5 мин'],
    [(27 * 60 + 10) * M, 'ru', 'через 1 д 3 ч'],
    [(48 * 60 + 10) * M, 'en', 'in 2d'],
    [-90 * M, 'ru', '1 ч 30 мин назад'],
    [-90 * M, 'en', '1h 30m ago'],
    [30_000, 'en', 'now'],
    [0, 'ru', 'сейчас'],
  ] as const)('%i ms %s → %s', (delta, locale, expected) => {
    expect(formatRelative(T, T + delta, locale)).toBe(expected);
  });
});
