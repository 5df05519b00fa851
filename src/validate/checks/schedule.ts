/** The time zone and the working hours deadlines are counted on. */
import { isValidTimeZone } from '../../deadline/hours.js';
import type { PlaybookCheck } from '../check.js';
import { EXAMPLE_HEAD } from './util.js';

// Asking the runtime builds an `Intl.DateTimeFormat` (a millisecond at every keystroke in the
// language server); its time zones do not change while the process runs.
const zones = new Map<string, boolean>();
function knownZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    known = isValidTimeZone(zone);
    if (zones.size < 1000) zones.set(zone, known);
  }
  return known;
}

export const scheduleCheck: PlaybookCheck = {
  id: 'schedule',
  severity: 'error',
  description: 'Checks the time zone and that the schedule has working hours.',
  rules: {
    timezone: 'The time zone is not a known IANA time zone.',
    'no-hours': 'The schedule has no working hours on any day, so business-time deadlines never arrive.',
  },
  examples: [
    { title: 'a known time zone', files: { 'playbook.yaml': EXAMPLE_HEAD }, expect: [] },
    {
      title: 'a misspelt time zone',
      files: { 'playbook.yaml': EXAMPLE_HEAD.replace('Europe/Moscow', 'Europe/Moskow') },
      expect: [{ rule: 'schedule/timezone', at: '4:11' }],
    },
  ],
  run(ctx) {
    const p = ctx.playbook;
    const main = p.files[0];
    if (!knownZone(p.timezone)) {
      ctx.report({
        at: ctx.locate(main, ['timezone']),
        rule: 'timezone',
        message: `Unknown time zone \`${p.timezone}\`, expected an IANA time zone such as \`Europe/Moscow\` or \`Asia/Vladivostok\``,
        actual: p.timezone,
      });
    }
    if (p.schedule.weekly.every((day) => day.length === 0) && p.schedule.workingDays.size === 0) {
      ctx.report({
        at: p.schedule.source ?? ctx.locate(main, []),
        rule: 'no-hours',
        message: 'The schedule has no working hours on any day; business-time deadlines would never arrive',
      });
    }
  },
};
