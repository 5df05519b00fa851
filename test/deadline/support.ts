import type { Duration, Interval, Schedule } from '../../src/model/playbook.js';
import { parseDuration, parseHours } from '../../src/deadline/index.js';

/** A schedule as the validator would build it from YAML-like input. */
export function schedule(opts: {
  timezone: string;
  hours: Record<string, string>;
  calendars?: string[];
  holidays?: string[];
  workingDays?: Record<string, Interval[]>;
}): Schedule {
  const { weekly, problems } = parseHours(opts.hours);
  if (problems.length > 0) throw new Error(JSON.stringify(problems));
  return {
    timezone: opts.timezone,
    weekly,
    holidays: new Set(opts.holidays ?? []),
    workingDays: new Map(Object.entries(opts.workingDays ?? {})),
    calendars: opts.calendars ?? [],
  };
}

export function duration(text: string): Duration {
  const d = parseDuration(text);
  if ('error' in d) throw new Error(d.error);
  return d;
}
