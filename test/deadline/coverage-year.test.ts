/**
 * The year a coverage note is about is the instant's year on the playbook's clock. Far from the
 * turn of a year it is read from UTC without asking the zone (the zone's data is loaded only when
 * needed: issue 13, start-up); near it, from the zone. Both must agree with the clock everywhere.
 */
import { describe, expect, it } from 'vitest';
import { calendarSet } from '../../src/deadline/calendars.js';
import { coverageNote } from '../../src/deadline/coverage.js';
import { dateOf, knownZone, zoneClock } from '../../src/deadline/zone-clock.js';

const HOUR = 3_600_000;
// 2027 is in the built-in Russian calendar (provisional); 2028 is not.
const calendar = calendarSet(['ru']);

describe('coverageNote: the year on the playbook’s clock', () => {
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Etc/GMT+12', 'Europe/Moscow', 'Asia/Tokyo', 'America/St_Johns'])(
    'agrees with the clock of %s around the turn of 2027 → 2028 and far from it',
    (zone) => {
      const clock = zoneClock(zone)!;
      const turn = Date.UTC(2028, 0, 1);
      const instants = [Date.UTC(2027, 6, 1), Date.UTC(2028, 6, 1)];
      for (let ms = turn - 30 * HOUR; ms <= turn + 30 * HOUR; ms += HOUR / 4) instants.push(ms);
      for (const ms of instants) {
        const expected = Number(dateOf(clock.dayOf(ms)).slice(0, 4));
        const note = coverageNote(calendar, clock, ms);
        expect(note?.year, `${zone} at ${new Date(ms).toISOString()}`).toBe(expected);
        expect(note?.status).toBe(expected === 2028 ? 'uncovered' : 'provisional');
      }
    },
  );

  it('is 2028 in Tokyo and 2027 in Moscow at 2027-12-31T20:00Z', () => {
    const ms = Date.UTC(2027, 11, 31, 20);
    expect(coverageNote(calendar, zoneClock('Asia/Tokyo')!, ms)?.year).toBe(2028);
    expect(coverageNote(calendar, zoneClock('Europe/Moscow')!, ms)?.year).toBe(2027);
  });
});

describe('knownZone', () => {
  it.each([
    ['Europe/Moscow', true],
    ['Europe/Kiev', true], // an alias: not in the runtime's canonical list, asked of luxon
    ['Etc/UTC', true],
    ['UTC', true],
    ['Europe/Moskow', false],
    ['', false],
  ])('%j → %s', (zone, known) => {
    expect(knownZone(zone)).toBe(known);
  });
});
