import type { Interval } from '../model/playbook.js';

export interface HoursProblem {
  /** The key of `schedule.hours` the problem is in (`mon-fri`). */
  key: string;
  message: string;
}

/** Parses `schedule.hours` (`{ "mon-fri": "09:00-18:00", sat: "10:00-14:00" }`) into weekly intervals (0 = Monday). */
export function parseHours(spec: Readonly<Record<string, string>>): { weekly: Interval[][]; problems: HoursProblem[] } {
  void spec;
  return { weekly: [[], [], [], [], [], [], []], problems: [{ key: '', message: 'not implemented yet' }] }; // STUB
}

/** True when the runtime knows this IANA time zone. */
export function isValidTimeZone(zone: string): boolean {
  void zone;
  return true; // STUB
}
