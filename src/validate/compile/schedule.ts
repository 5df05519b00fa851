/** `timezone` + `schedule` → the model's Schedule: hours, the calendars, the years the playbook supplies. */
import { parseCalendarFile, checkCalendarYear, MAX_CALENDAR_FILE_BYTES } from '../../deadline/calendar-file.js';
import { calendarIdProblem } from '../../deadline/calendars.js';
import { parseHours } from '../../deadline/hours.js';
import { FILE_START, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { decodeSource } from '../../load/decode.js';
import type { PositionIndex } from '../../load/position-index.js';
import type { SourceFile } from '../../load/source-file.js';
import type { ScheduleInput } from '../../model/input.generated.js';
import type { CalendarYear, Interval, Schedule, Source } from '../../model/playbook.js';
import { didYouMean, suggest } from '../suggest.js';
import { toList } from './condition.js';
import { diagnosticAt, keySource, valueSource } from './source.js';

/** Monday to Friday, 09:00–18:00: the hours when a playbook gives none. */
export function defaultWeekly(): Interval[][] {
  return [0, 1, 2, 3, 4, 5, 6].map((d) => (d < 5 ? [{ start: 9 * 60, end: 18 * 60 }] : []));
}

/** The files a playbook reads besides its YAML (calendar files), by path as the loader names them. */
export type DataFiles = (path: string) => SourceFile | undefined;

/** A calendar file's path as the loader names it: relative to the playbook folder `dir`, normalised. */
export function calendarFilePath(dir: string, ref: string): string {
  const parts: string[] = dir === '.' || dir === '' ? [] : dir.split('/');
  for (const seg of ref.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

const LISTS = { holidays: 'holidays', workingDays: 'working_days', shortenedDays: 'shortened_days' } as const;

/** The known id `didYouMean` suggests for `id`, or ''. */
function suggestionFor(id: string, known: readonly string[]): string {
  const s = suggest(id, known);
  return s !== undefined && s !== id ? s : '';
}

/** Compiles the schedule; problems go to `diagnostics`. `dir` and `dataFiles` resolve `calendar_files`. */
export function compileSchedule(
  timezone: string,
  input: ScheduleInput | undefined,
  positions: PositionIndex | undefined,
  diagnostics: Diagnostic[],
  files: { dir: string; dataFiles?: DataFiles } = { dir: '.' },
): Schedule {
  let weekly = defaultWeekly();
  const holidays = new Set<string>();
  const workingDays = new Map<string, Interval[]>();
  const calendars: string[] = [];
  const calendarYears: CalendarYear[] = [];
  if (!input || !positions) return { timezone, weekly, holidays, workingDays, calendars, calendarYears };
  const base = ['schedule'];
  if (input.hours) {
    const parsed = parseHours(input.hours as Record<string, string>);
    weekly = parsed.weekly;
    for (const p of parsed.problems) {
      const at = p.key ? valueSource(positions, [...base, 'hours', p.key]) : keySource(positions, [...base, 'hours']);
      diagnostics.push(
        diagnosticAt(at, 'error', 'schedule/hours', p.message, { data: { kind: 'schedule-problem', code: p.code, values: p.values } }),
      );
    }
  }

  const ids = toList(input.calendar);
  ids.forEach((id, i) => {
    const problem = calendarIdProblem(id);
    if (!problem) {
      if (!calendars.includes(id)) calendars.push(id);
      return;
    }
    const at = valueSource(positions, Array.isArray(input.calendar) ? [...base, 'calendar', i] : [...base, 'calendar']);
    diagnostics.push(
      diagnosticAt(at, 'error', 'schedule/calendar', `${problem.message}${didYouMean(id, problem.known)}`, {
        data: { kind: 'schedule-problem', code: problem.code, values: { ...problem.values, suggestion: suggestionFor(id, problem.known) } },
        note: 'replybook’s own calendar is `ru` (with transfers and shortened days); other countries are lower-case ISO codes: `us`, `gb`, `de`, `kz`, `by`, `de-by`.',
      }),
    );
  });

  // Years the playbook supplies: in `calendar_years`, and in calendar files.
  const yearAt = new Map<number, Source>();
  const addYear = (y: CalendarYear, at: Source): void => {
    const first = yearAt.get(y.year);
    if (first) {
      diagnostics.push(
        diagnosticAt(
          at,
          'error',
          'schedule/calendar-year',
          `${y.year} is supplied twice; a year's calendar is given once (in calendar_years or in one file)`,
          {
            related: [{ file: first.file, range: first.range, message: 'first supplied here' }],
            data: { kind: 'duplicate', of: 'calendar year', id: String(y.year), first: String(y.year) },
          },
        ),
      );
      return;
    }
    yearAt.set(y.year, at);
    calendarYears.push({ ...y, source: at });
  };

  (input.calendar_years ?? []).forEach((raw, i) => {
    const path = [...base, 'calendar_years', i];
    const y: CalendarYear = {
      year: raw.year,
      holidays: raw.holidays ?? [],
      workingDays: raw.working_days ?? [],
      shortenedDays: raw.shortened_days ?? [],
      origin: raw.source ?? `calendar_years ${raw.year} of the playbook`,
    };
    const bad = checkCalendarYear(y);
    for (const p of bad) {
      const list = y[p.list];
      diagnostics.push(
        diagnosticAt(valueSource(positions, [...path, LISTS[p.list], list.indexOf(p.date)]), 'error', 'schedule/calendar-year', p.message, {
          data: { kind: 'schedule-problem', code: p.code, values: p.values },
        }),
      );
    }
    addYear(bad.length ? dropBad(y, bad) : y, keySource(positions, path));
  });

  const refs = toList(input.calendar_files);
  refs.forEach((ref, i) => {
    const at = valueSource(positions, Array.isArray(input.calendar_files) ? [...base, 'calendar_files', i] : [...base, 'calendar_files']);
    const path = calendarFilePath(files.dir, ref);
    const fail = (message: string, code: string, values: Record<string, string | number>, rule = 'schedule/calendar-file'): void =>
      void diagnostics.push(diagnosticAt(at, 'error', rule, message, { data: { kind: 'schedule-problem', code, values } }));
    const file = files.dataFiles?.(path);
    if (!file)
      return fail(`The calendar file \`${ref}\` (${path}) was not read: check the path, relative to the playbook folder`, 'not-read', {
        ref,
        path,
      });
    if ('error' in file)
      return fail(
        `The calendar file \`${ref}\` cannot be read: ${file.error}`,
        'unreadable',
        { ref, error: file.error, ...(file.why ? { ...file.why.values, why: file.why.code } : {}) },
        file.ruleId === 'load/outside-project' ? file.ruleId : undefined,
      );
    const decoded = decodeSource(file, MAX_CALENDAR_FILE_BYTES);
    if ('diagnostic' in decoded) {
      diagnostics.push({ ...decoded.diagnostic, related: [{ file: at.file, range: at.range, message: 'referenced here' }] });
      return;
    }
    const text = decoded.text;
    const parsed = parseCalendarFile(text, /\.xml$/i.test(path) ? 'xml' : 'json');
    for (const p of parsed.problems)
      diagnostics.push({
        file: path,
        range: p.at ? { start: p.at, end: p.at } : FILE_START,
        severity: p.severity,
        ruleId: 'schedule/calendar-file',
        message: p.message,
        related: [{ file: at.file, range: at.range, message: 'referenced here' }],
        data: { kind: 'schedule-problem', code: p.code, values: p.values },
      });
    for (const y of parsed.years) addYear({ ...y, origin: `calendar file ${path}` }, at);
  });

  for (const d of input.holidays ?? []) holidays.add(d);
  // A working weekend day works Monday's hours (docs/playbook-format.md, `schedule`).
  for (const d of input.working_days ?? []) {
    workingDays.set(d, weekly[0]);
    holidays.delete(d);
  }
  (input.working_days ?? []).forEach((d, i) => {
    if ((input.holidays ?? []).includes(d)) {
      diagnostics.push(
        diagnosticAt(
          valueSource(positions, [...base, 'working_days', i]),
          'warning',
          'schedule/conflict',
          `${d} is listed both as a holiday and as a working day; it is treated as a working day`,
          { data: { kind: 'subject', of: 'date', id: d } },
        ),
      );
    }
  });
  return { timezone, weekly, holidays, workingDays, calendars, calendarYears, source: keySource(positions, base) };
}

/** The year without the dates that have problems (reported already). */
function dropBad(y: CalendarYear, bad: ReturnType<typeof checkCalendarYear>): CalendarYear {
  const drop = new Set(bad.map((b) => `${b.list}\u0000${b.date}`));
  const keep = (list: keyof typeof LISTS) => y[list].filter((d) => !drop.has(`${list}\u0000${d}`));
  return { ...y, holidays: keep('holidays'), workingDays: keep('workingDays'), shortenedDays: keep('shortenedDays') };
}
