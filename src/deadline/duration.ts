import type { Duration } from '../model/playbook.js';

/** Parses `30m`, `2h`, `3d`, `4 business hours`, `1 business day`, `end of next business day`. */
export function parseDuration(text: string): Duration | { error: string } {
  void text;
  return { error: 'not implemented yet' }; // STUB: owned by the deadline stage
}
