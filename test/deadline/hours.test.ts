import { describe, it, expect } from 'vitest';
import { parseHours, isValidTimeZone } from '../../src/deadline/index.js';

const H = (h: number, m = 0) => h * 60 + m;
const off: never[] = [];

describe('parseHours: accepted', () => {
  it.each([
    [
      'mon-fri 09-18',
      { 'mon-fri': '09:00-18:00' },
      [
        [{ start: H(9), end: H(18) }],
        [{ start: H(9), end: H(18) }],
        [{ start: H(9), end: H(18) }],
        [{ start: H(9), end: H(18) }],
        [{ start: H(9), end: H(18) }],
        off,
        off,
      ],
    ],
    [
      'several intervals, a saturday and an explicit off',
      { 'mon-fri': '09:00-13:00, 14:00-18:00', sat: '10:00-14:00', sun: 'off' },
      [
        ...Array(5).fill([
          { start: H(9), end: H(13) },
          { start: H(14), end: H(18) },
        ]),
        [{ start: H(10), end: H(14) }],
        off,
      ],
    ],
    ['daily with 24:00', { daily: '00:00-24:00' }, Array(7).fill([{ start: 0, end: 1440 }])],
    [
      'a list of days and single-digit hours',
      { 'mon,wed': '9:00-12:30' },
      [[{ start: H(9), end: H(12, 30) }], off, [{ start: H(9), end: H(12, 30) }], off, off, off, off],
    ],
    [
      'sat-sun range',
      { 'sat-sun': '10:00-16:00' },
      [off, off, off, off, off, [{ start: H(10), end: H(16) }], [{ start: H(10), end: H(16) }]],
    ],
    [
      'a wrapping range fri-mon',
      { 'fri-mon': '10:00-11:00' },
      [
        [{ start: H(10), end: H(11) }],
        off,
        off,
        off,
        [{ start: H(10), end: H(11) }],
        [{ start: H(10), end: H(11) }],
        [{ start: H(10), end: H(11) }],
      ],
    ],
    [
      'overnight split across days (sun spills into mon)',
      { sun: '22:00-02:00' },
      [[{ start: 0, end: H(2) }], off, off, off, off, off, [{ start: H(22), end: 1440 }]],
    ],
    [
      'overnight every day joins the next day',
      { daily: '22:00-02:00' },
      Array(7).fill([
        { start: 0, end: H(2) },
        { start: H(22), end: 1440 },
      ]),
    ],
    ['a narrower key overrides daily', { daily: '09:00-18:00', sun: 'off' }, [...Array(6).fill([{ start: H(9), end: H(18) }]), off]],
    ['adjacent intervals merge', { mon: '09:00-13:00, 13:00-18:00' }, [[{ start: H(9), end: H(18) }], off, off, off, off, off, off]],
    [
      'unsorted intervals are sorted',
      { mon: '14:00-18:00, 09:00-13:00' },
      [
        [
          { start: H(9), end: H(13) },
          { start: H(14), end: H(18) },
        ],
        off,
        off,
        off,
        off,
        off,
        off,
      ],
    ],
    ['en dash and upper case', { MON: '09:00–18:00' }, [[{ start: H(9), end: H(18) }], off, off, off, off, off, off]],
  ])('%s', (_name, spec, weekly) => {
    expect(parseHours(spec)).toEqual({ weekly, problems: [] });
  });
});

describe('parseHours: problems per key', () => {
  it.each([
    [
      'unknown day',
      { monday: '09:00-18:00' },
      'monday',
      /Unknown day `monday`: expected mon, tue, wed, thu, fri, sat, sun, a range \(mon-fri\), a list \(mon,wed\) or daily/,
    ],
    ['unknown day in a range', { 'mon-fry': '09:00-18:00' }, 'mon-fry', /Unknown day in `mon-fry`/],
    ['a day named twice', { 'mon,mon': '09:00-18:00' }, 'mon,mon', /Day named twice/],
    ['bad time', { mon: '9-18' }, 'mon', /Bad time `9-18`: expected HH:MM-HH:MM/],
    ['minutes out of range', { mon: '09:60-18:00' }, 'mon', /Bad time `09:60-18:00`/],
    ['24:00 as a start', { mon: '24:00-02:00' }, 'mon', /Bad time `24:00-02:00`/],
    ['25:00', { mon: '09:00-25:00' }, 'mon', /Bad time/],
    ['empty value', { mon: '' }, 'mon', /Empty hours/],
    ['not text', { mon: 9 as unknown as string }, 'mon', /not text/],
    ['start equals end', { mon: '09:00-09:00' }, 'mon', /start and end are the same/],
    [
      'end before start (a swapped range)',
      { mon: '18:00-09:00' },
      'mon',
      /End before start in `18:00-09:00`: an interval crossing midnight may last at most 12 hours \(this one would last 15 h\); write the start first \(09:00-18:00\)/,
    ],
    ['overlapping intervals', { mon: '09:00-13:00, 12:00-18:00' }, 'mon', /Overlapping hours on `mon`: 12:00-18:00 overlaps 09:00-13:00/],
    [
      'an overnight spill overlapping the next day',
      { mon: '22:00-10:00', tue: '09:00-18:00' },
      'tue',
      /Overlapping hours on `tue`: 09:00-18:00 overlaps 00:00-10:00 \(from `mon`\)/,
    ],
    [
      'two keys of the same size set one day',
      { 'mon-fri': '09:00-18:00', 'fri-tue': '10:00-12:00' },
      'fri-tue',
      /`fri` is already set by `mon-fri`/,
    ],
  ])('%s', (_name, spec, key, message) => {
    const { problems } = parseHours(spec);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].key).toBe(key);
    expect(problems[0].message).toMatch(message);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Europe/Moscow', true],
    ['Asia/Vladivostok', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Etc/GMT-3', true],
    ['', false],
    [' Europe/Moscow', false],
    ['+03:00', false],
    ['-05:00', false],
    ['UTC+3', false],
    ['GMT+03:00', false],
    ['Moscow', false],
    ['Europe/Atlantis', false],
  ])('%j → %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
