import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../src/load/index.js';
import { provideHolidayLibrary, type HolidayLibrary } from '../../src/deadline/index.js';
import { dateHolidays } from '../../src/node/holiday-library.js';
import { checkProject, createChecker, referencedFiles } from '../../src/validate/index.js';
import { filesOf, VALID_PLAYBOOK } from './helpers.js';

const brief = (ds: Array<{ ruleId: string; file: string; range: { start: { line: number; column: number } } }>): string[] =>
  ds.map((d) => `${d.ruleId} ${d.file}:${d.range.start.line}:${d.range.start.column}`);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/calendar-files/${name}`, import.meta.url));

/** The valid playbook with a schedule (appended to playbook.yaml) and complaints at these times. */
function project(scheduleYaml: string, times: string[] = [], extra: SourceFile[] = []): SourceFile[] {
  const complaints = `complaints:\n${times.map((t, i) => `  - id: c${i}\n    text: Где мой заказ\n    channel: vk\n    at: "${t}"\n`).join('')}`;
  return [
    ...filesOf({
      ...VALID_PLAYBOOK,
      'playbook.yaml': `${VALID_PLAYBOOK['playbook.yaml']}schedule:\n${scheduleYaml}`,
      ...(times.length ? { 'complaints.yaml': complaints } : {}),
    }),
    ...extra,
  ];
}

describe('calendar coverage of sample complaints', () => {
  it.each([
    ['2026-03-02T10:00:00+03:00', []],
    ['2027-03-02T10:00:00+03:00', ['schedule/calendar-provisional pb/complaints.yaml:5:9']],
    ['2028-03-02T10:00:00+03:00', ['schedule/calendar-coverage pb/complaints.yaml:5:9']],
    // The local year decides: 31 December 2027 21:30 UTC is already 2028 in Moscow.
    ['2027-12-31T21:30:00Z', ['schedule/calendar-coverage pb/complaints.yaml:5:9']],
    ['2024-12-31T20:00:00Z', ['schedule/calendar-coverage pb/complaints.yaml:5:9']],
  ])('a complaint at %s → %j', (at, expected) => {
    const r = checkProject(project('  calendar: ru\n', [at]));
    expect(brief(r.diagnostics)).toEqual(expected);
  });

  it('says what is missing and how to fix it, at the warning severity', () => {
    const [d] = checkProject(project('  calendar: ru\n', ['2028-03-02T10:00:00+03:00'])).diagnostics;
    expect(d.severity).toBe('warning');
    expect(d.message).toBe(
      "The complaint's time 2028-03-02T10:00:00+03:00: 2028 lies outside the years the production calendar covers (ru covers 2025–2027 (2027 provisional)): deadlines in 2028 are computed without its holidays, as plain weeks",
    );
    expect(d.note).toMatch(/schedule\.calendar_years.*calendar file/);
  });

  it('a provisional year is an info that asks for the decree’s transfers', () => {
    const [d] = checkProject(project('  calendar: ru\n', ['2027-05-04T10:00:00+03:00'])).diagnostics;
    expect(d.severity).toBe('info');
    expect(d.message).toMatch(/2027 is provisional in calendar ru: .*Labour Code alone, without the Government decree's transfers/);
    expect(d.note).toMatch(/decree for 2027/);
  });

  it('a year the playbook supplies is covered; a playbook with no calendar is not warned', () => {
    const own = '  calendar: ru\n  calendar_years:\n    - year: 2028\n      holidays: [2028-01-03]\n';
    expect(brief(checkProject(project(own, ['2028-03-02T10:00:00+03:00'])).diagnostics)).toEqual([]);
    expect(brief(checkProject(project('  hours: { mon-fri: "09:00-18:00" }\n', ['2030-03-02T10:00:00+03:00'])).diagnostics)).toEqual([]);
  });

  it('a country calendar covers every year', () => {
    expect(brief(checkProject(project('  calendar: [us]\n', ['2031-07-04T10:00:00+03:00'])).diagnostics)).toEqual([]);
  });

  it('the reused checker notices when the calendar changes (a year supplied)', () => {
    const checker = createChecker();
    const at = ['2028-03-02T10:00:00+03:00'];
    expect(brief(checker.check(project('  calendar: ru\n', at)).diagnostics)).toHaveLength(1);
    const own = '  calendar: ru\n  calendar_years:\n    - year: 2028\n';
    expect(brief(checker.check(project(own, at)).diagnostics)).toEqual([]);
  });
});

describe('schedule: calendars and the years a playbook supplies', () => {
  it.each([
    ['  calendar: xx\n', 'schedule/calendar pb/playbook.yaml:19:13', /Unknown calendar `xx`/],
    ['  calendar: [ru, uss]\n', 'schema/pattern pb/playbook.yaml:19:18', /./],
    ['  calendar: [ru, de-zz]\n', 'schedule/calendar pb/playbook.yaml:19:18', /Unknown region `de-zz` of Germany/],
    ['  calendar: [ru, ua]\n', '', /./],
  ])('%j → %s', (yaml, expected, message) => {
    const ds = checkProject(project(yaml)).diagnostics;
    expect(brief(ds)).toEqual(expected ? [expected] : []);
    if (expected) expect(ds[0].message).toMatch(message);
  });

  it('suggests the nearest calendar', () => {
    const [d] = checkProject(project('  calendar: uq\n')).diagnostics;
    expect(d.message).toMatch(/ — did you mean `[a-z]{2}`\?$/);
  });

  it('reports dates outside the year and dates both off and working, each at its value', () => {
    const yaml = [
      '  calendar: ru',
      '  calendar_years:',
      '    - year: 2027',
      '      source: Постановление № 0 (for the test)',
      '      holidays: [2027-01-01, 2028-01-03, 2027-05-03]',
      '      working_days: [2027-05-03]',
      '      shortened_days: [2027-01-01]',
      '    - year: 2027',
      '',
    ].join('\n');
    const ds = checkProject(project(yaml)).diagnostics;
    expect(brief(ds)).toEqual([
      'schedule/calendar-year pb/playbook.yaml:23:30',
      'schedule/calendar-year pb/playbook.yaml:24:22',
      'schedule/calendar-year pb/playbook.yaml:25:24',
      'schedule/calendar-year pb/playbook.yaml:26:7',
    ]);
    expect(ds.map((d) => d.message)).toEqual([
      '2028-01-03 is not in 2027: a calendar year lists only its own dates',
      '2027-05-03 is both a day off and a working day: list it once',
      '2027-01-01 is both a day off and a shortened working day: list it once',
      "2027 is supplied twice; a year's calendar is given once (in calendar_years or in one file)",
    ]);
  });

  it('a supplied year replaces the built-in one in the model', () => {
    const yaml =
      '  calendar: ru\n  calendar_years:\n    - year: 2027\n      source: decree\n      holidays: [2027-01-01]\n      working_days: [2027-12-11]\n';
    const pb = checkProject(project(yaml)).playbooks[0].playbook!;
    expect(pb.schedule.calendarYears).toMatchObject([
      { year: 2027, holidays: ['2027-01-01'], workingDays: ['2027-12-11'], origin: 'decree' },
    ]);
    // Built-in holidays are no longer copied into the playbook's own `holidays`.
    expect([...pb.schedule.holidays]).toEqual([]);
  });
});

describe('calendar files', () => {
  const withFile = (ref: string, files: SourceFile[]) =>
    project(`  calendar: ru\n  calendar_files: ${ref}\n`, ['2025-05-05T10:00:00+03:00'], files);

  it('finds the files a playbook names, relative to its folder', () => {
    expect(referencedFiles(withFile('calendars/ru-2025.xml', []))).toEqual(['pb/calendars/ru-2025.xml']);
    expect(referencedFiles(withFile('[a.json, ../shared/b.xml]', []))).toEqual(['pb/a.json', 'shared/b.xml']);
    expect(referencedFiles(filesOf(VALID_PLAYBOOK))).toEqual([]);
  });

  it('reads the XML form into the schedule', () => {
    const r = checkProject(withFile('calendars/ru-2025.xml', [{ path: 'pb/calendars/ru-2025.xml', bytes: fixture('ru-2025.xml') }]));
    expect(brief(r.diagnostics)).toEqual([]);
    const [y] = r.playbooks[0].playbook!.schedule.calendarYears!;
    expect(y).toMatchObject({ year: 2025, origin: 'calendar file pb/calendars/ru-2025.xml', workingDays: ['2025-11-01'] });
  });

  it('reads the JSON form, and its year covers the complaints of that year', () => {
    const files = [{ path: 'pb/invented-2027.json', bytes: fixture('invented-2027.json') }];
    const r = checkProject(project('  calendar: ru\n  calendar_files: [invented-2027.json]\n', ['2027-05-04T10:00:00+03:00'], files));
    expect(brief(r.diagnostics)).toEqual([]);
  });

  it.each([
    ['a missing file', [], 'schedule/calendar-file pb/playbook.yaml:20:19', /was not read/],
    [
      'a refused file',
      [{ path: 'pb/c.xml', error: 'it is outside the project', ruleId: 'load/outside-project' }],
      'load/outside-project pb/playbook.yaml:20:19',
      /cannot be read: it is outside the project/,
    ],
    [
      'a file over the limit',
      [{ path: 'pb/c.xml', bytes: new Uint8Array(300 * 1024).fill(32) }],
      'load/too-large pb/c.xml:1:1',
      /larger than 256.0 KB/,
    ],
    [
      'a bad day inside the file',
      [{ path: 'pb/c.xml', bytes: new TextEncoder().encode('<calendar year="2027">\n<days>\n<day d="02.30" t="1"/>\n</days></calendar>') }],
      'schedule/calendar-file pb/c.xml:3:6',
      /Day `02.30` of 2027 is not a date/,
    ],
  ] as const)('%s → %s', (_what, files, expected, message) => {
    const ds = checkProject(withFile('c.xml', [...files] as SourceFile[])).diagnostics.filter(
      (d) => !d.ruleId.startsWith('schedule/calendar-coverage'),
    );
    expect(brief(ds)).toEqual([expected]);
    expect(ds[0].message).toMatch(message);
  });

  it('a problem inside the file points back at the reference', () => {
    const bad = {
      path: 'pb/c.xml',
      bytes: new TextEncoder().encode('<calendar year="2027"><days><day d="05.02" t="7"/></days></calendar>'),
    };
    const [d] = checkProject(withFile('c.xml', [bad])).diagnostics;
    expect(d.related).toEqual([expect.objectContaining({ file: 'pb/playbook.yaml', message: 'referenced here' })]);
  });

  it('a changed calendar file is read again by a reused checker', () => {
    const checker = createChecker();
    const good = { path: 'pb/c.json', bytes: new TextEncoder().encode('{"year": 2025, "days": []}') };
    const bad = { path: 'pb/c.json', bytes: new TextEncoder().encode('{"year": 2025, "days": [{"d": "1.1", "t": 1}]}') };
    expect(brief(checker.check(withFile('c.json', [good])).diagnostics)).toEqual([]);
    expect(brief(checker.check(withFile('c.json', [bad])).diagnostics)).toEqual(['schedule/calendar-file pb/c.json:1:31']);
  });
});

describe('the holiday library is loaded only for a country calendar', () => {
  it('a ru-only playbook never loads it; a country calendar loads it once', () => {
    let loads = 0;
    const fake: HolidayLibrary = {
      countries: () => ({ US: 'United States' }),
      states: () => undefined,
      publicHolidays: (_c, _s, year) => [`${year}-07-04`],
    };
    provideHolidayLibrary(() => {
      loads++;
      return fake;
    });
    try {
      checkProject(project('  calendar: ru\n', ['2026-03-02T10:00:00+03:00']));
      expect(loads).toBe(0);
      const pb = checkProject(project('  calendar: [ru, us]\n', ['2026-07-04T10:00:00+03:00'])).playbooks[0].playbook!;
      checkProject(project('  calendar: us\n'));
      expect(loads).toBe(1);
      expect(pb.schedule.calendars).toEqual(['ru', 'us']);
    } finally {
      provideHolidayLibrary(dateHolidays);
    }
  });
});
