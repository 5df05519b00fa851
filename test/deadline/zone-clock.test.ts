import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { zoneClock, parseInstant } from '../../src/deadline/zone-clock.js';

const ZONES = [
  'Europe/Moscow',
  'Asia/Vladivostok',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
  'Etc/UTC',
  'Europe/London',
];

describe('zoneClock', () => {
  it("formats every instant exactly as luxon toISO() does, and places it on luxon's local date", () => {
    const clocks = ZONES.map((z) => zoneClock(z)!);
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') }),
        fc.nat(ZONES.length - 1),
        (ms, zi) => {
          const clock = clocks[zi];
          const dt = DateTime.fromMillis(ms, { zone: ZONES[zi] });
          expect(clock.iso(ms)).toBe(dt.toISO());
          expect(new Date(clock.dayOf(ms) * 86_400_000).toISOString().slice(0, 10)).toBe(dt.toISODate());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['Europe/Berlin', '2026-03-29', 150, '2026-03-29T03:30:00.000+02:00'], // 02:30 does not exist: shifted forward
    ['Europe/Berlin', '2026-03-29', 1440, '2026-03-30T00:00:00.000+02:00'],
    ['America/New_York', '2026-11-01', 0, '2026-11-01T00:00:00.000-04:00'],
    ['Asia/Vladivostok', '2026-03-02', 540, '2026-03-02T09:00:00.000+10:00'],
  ])('%s %s minute %i → %s', (zone, date, minutes, expected) => {
    const clock = zoneClock(zone)!;
    expect(clock.iso(clock.instant(Date.parse(`${date}T00:00:00Z`) / 86_400_000, minutes))).toBe(expected);
  });

  it('is undefined for an unknown zone', () => {
    expect(zoneClock('Nowhere/Land')).toBeUndefined();
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-03-02T10:15:00+03:00', Date.UTC(2026, 2, 2, 7, 15)],
    ['2026-03-02T10:15+03:00', Date.UTC(2026, 2, 2, 7, 15)],
    ['2026-03-02T07:15:00.250Z', Date.UTC(2026, 2, 2, 7, 15, 0, 250)],
    ['2026-03-02T10:15:00-05:30', Date.UTC(2026, 2, 2, 15, 45)],
    ['20260302T101500+0300', Date.UTC(2026, 2, 2, 7, 15)],
    ['2026-03-02T10:15:00', NaN],
    ['2026-02-29T10:15:00+03:00', NaN],
    ['2026-03-02T24:00:00+03:00', NaN],
    ['2026-03-02', NaN],
    ['', NaN],
  ])('%j', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });
});
