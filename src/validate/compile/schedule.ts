/** `timezone` + `schedule` → the model's Schedule, with hours and calendars merged. */
import { builtinCalendar } from '../../deadline/calendars.js';
import { parseHours } from '../../deadline/hours.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { PositionIndex } from '../../load/position-index.js';
import type { ScheduleInput } from '../../model/input.generated.js';
import type { Interval, Schedule } from '../../model/playbook.js';
import { toList } from './condition.js';
import { diagnosticAt, keySource, valueSource } from './source.js';

/** Monday to Friday, 09:00–18:00: the hours when a playbook gives none. */
export function defaultWeekly(): Interval[][] {
  return [0, 1, 2, 3, 4, 5, 6].map((d) => (d < 5 ? [{ start: 9 * 60, end: 18 * 60 }] : []));
}

/** Compiles the schedule; problems go to `diagnostics`. */
export function compileSchedule(
  timezone: string,
  input: ScheduleInput | undefined,
  positions: PositionIndex | undefined,
  diagnostics: Diagnostic[],
): Schedule {
  let weekly = defaultWeekly();
  const holidays = new Set<string>();
  const workingDays = new Map<string, Interval[]>();
  const calendars: string[] = [];
  if (!input || !positions) return { timezone, weekly, holidays, workingDays, calendars };
  const base = ['schedule'];
  if (input.hours) {
    const parsed = parseHours(input.hours as Record<string, string>);
    weekly = parsed.weekly;
    for (const p of parsed.problems) {
      const at = p.key ? valueSource(positions, [...base, 'hours', p.key]) : keySource(positions, [...base, 'hours']);
      diagnostics.push(diagnosticAt(at, 'error', 'schedule/hours', p.message));
    }
  }
  const extraWorking: string[] = [];
  for (const id of toList(input.calendar)) {
    const cal = builtinCalendar(id);
    // The schema allows only known ids; a calendar whose data is not available adds nothing.
    if (!cal) continue;
    calendars.push(id);
    cal.holidays.forEach((d) => holidays.add(d));
    extraWorking.push(...cal.workingDays);
  }
  for (const d of input.holidays ?? []) holidays.add(d);
  extraWorking.push(...(input.working_days ?? []));
  // A working weekend day works Monday's hours (docs/playbook-format.md, `schedule`).
  for (const d of extraWorking) {
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
        ),
      );
    }
  });
  return { timezone, weekly, holidays, workingDays, calendars, source: keySource(positions, base) };
}
