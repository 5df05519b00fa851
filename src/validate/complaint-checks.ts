/** Sample complaints against their playbook: every id they name exists, and their own ids are unique. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Complaint } from '../model/outcome.js';
import type { Playbook, Source } from '../model/playbook.js';
import { compilePattern } from '../text/pattern.js';
import { scalarPlacer } from '../load/scalar-map.js';
import { didYouMean, listIds, unknownName } from './suggest.js';
import { groupDigits, mentionTooLong } from '../model/mention-limits.js';
import { calendarSet } from '../deadline/calendars.js';
import { coverageNote } from '../deadline/coverage.js';
import { parseInstant, zoneClock } from '../deadline/zone-clock.js';

/** Rules the complaint checks report, with their descriptions (merged into the rule catalogue). */
export const COMPLAINT_RULES: Readonly<Record<string, string>> = {
  'ref/unknown-channel': 'A complaint names a channel the playbook does not define.',
  'ref/unknown-voice': 'A complaint names a voice the playbook does not define.',
  'ref/unknown-type': 'A complaint expects a negativity type the playbook does not define.',
  'ref/unknown-template': 'A complaint expects a template the playbook does not define.',
  'ref/unknown-escalation': 'A complaint expects an escalation rule the playbook does not define.',
  'ref/unknown-team': 'A complaint expects an escalation to a team the playbook does not define.',
  'ref/duplicate-id': 'Two complaints in one file have the same id.',
  'regex/invalid': "A complaint's `expect.reply.matches` is not a valid regular expression.",
  'regex/unsupported': "A complaint's `expect.reply.matches` uses what the linear-time engine cannot run (a lookahead, a backreference).",
  'regex/too-large': "A complaint's `expect.reply.matches` is longer or compiles larger than the limits.",
  'complaint/text-too-long': "A complaint's text is longer than replybook matches (MAX_MENTION_TEXT, 20,000 characters).",
  'complaint/field-too-long':
    "A complaint's author name, handle, channel, voice or time is longer than replybook accepts (MAX_MENTION_FIELD, 1,000 characters).",
};

/**
 * Diagnostics for the complaints of one playbook. `locate` finds a JSON path of a complaint file;
 * `sourceText` (optional) gives a file's text, to place a pattern's problem on its construct.
 */
export function checkComplaints(
  playbook: Playbook,
  complaints: readonly Complaint[],
  locate: (file: string, path: ReadonlyArray<string | number>) => Source,
  sourceText: (file: string) => string | undefined = () => undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (
    at: { file: string; range: Source['range']; path?: ReadonlyArray<string | number> },
    ruleId: string,
    message: string,
    extra: Partial<Diagnostic> = {},
  ): void => {
    out.push({ file: at.file, range: at.range, severity: 'error', ruleId, message, path: at.path, ...extra });
  };
  const place = scalarPlacer(sourceText);
  const ids = {
    channel: [...playbook.channels.keys()],
    voice: [...playbook.voices.keys()],
    type: playbook.types.map((t) => t.id),
    template: [...playbook.templates.keys()],
    escalation: playbook.escalations.map((e) => e.id),
    team: [...playbook.teams.keys()],
  };
  const known = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, new Set(v)])) as Record<keyof typeof ids, Set<string>>;
  // `at` is asked only for a problem: a position of a complaint file's inner value costs a full parse (load/fast-complaints.ts).
  const ref = (kind: keyof typeof ids, name: string, at: () => Source): void => {
    if (!known[kind].has(name))
      report(
        at(),
        `ref/unknown-${kind}`,
        `Unknown ${kind} \`${name}\`, expected one of ${listIds(ids[kind])}${didYouMean(name, ids[kind])}`,
        unknownName(kind, name, ids[kind]),
      );
  };
  // The calendar's coverage of each complaint's year (computed once per playbook and year).
  const calendar = calendarSet(playbook.schedule.calendars, playbook.schedule.calendarYears ?? []);
  const clock = zoneClock(playbook.schedule.timezone);
  const firstById = new Map<string, Complaint>();
  for (const c of complaints) {
    const base = c.source.path;
    const at = (...rest: Array<string | number>): Source => locate(c.file, [...base, ...rest]);
    const key = `${c.file}\u0000${c.id}`;
    const first = firstById.get(key);
    if (first)
      report(
        at('id'),
        'ref/duplicate-id',
        `The complaint id \`${c.id}\` is already used in this file; ids must be unique (each has its own reply snapshot)`,
        {
          related: [{ file: first.file, range: first.source.range, message: 'first defined here' }],
          actual: c.id,
          data: { kind: 'duplicate', of: 'complaint', id: c.id, first: first.id },
        },
      );
    else firstById.set(key, c);
    for (const p of mentionTooLong(c)) {
      const text = p.path.length === 1 && p.path[0] === 'text';
      report(
        at(...p.path),
        text ? 'complaint/text-too-long' : 'complaint/field-too-long',
        `The complaint's \`${p.path.join('.')}\` is ${groupDigits(p.length)} characters, longer than the ${groupDigits(p.limit)} replybook matches (${p.limitName}); the engine would not match it`,
        {
          note: text
            ? 'A real review is a few thousand characters: shorten the sample to the part that matters.'
            : 'Shorten it: no platform shows a name or an id this long.',
          expected: [String(p.limit)],
          actual: String(p.length),
          data: { kind: 'over-limit', unit: 'characters', count: p.length, limit: p.limit, field: p.path.join('.') },
        },
      );
    }
    const atMs = clock ? parseInstant(c.at) : NaN;
    const note = Number.isNaN(atMs) ? undefined : coverageNote(calendar, clock!, atMs);
    if (note)
      out.push({
        ...at('at'),
        file: c.file,
        severity: note.status === 'uncovered' ? 'warning' : 'info',
        ruleId: note.status === 'uncovered' ? 'schedule/calendar-coverage' : 'schedule/calendar-provisional',
        message: `The complaint's time ${c.at}: ${note.message}`,
        note: note.hint,
        data: { kind: 'schedule-problem', code: `complaint-${note.status}`, values: { ...note.values, at: c.at } },
      });
    ref('channel', c.channel, () => at('channel'));
    if (c.voice !== undefined) ref('voice', c.voice, () => at('voice'));
    const e = c.expect;
    if (e.type !== undefined) ref('type', e.type, () => at('expect', 'type'));
    if (typeof e.template === 'string') ref('template', e.template, () => at('expect', 'template'));
    (e.escalations ?? []).forEach((x, i) => {
      if (typeof x === 'string') ref('escalation', x, () => at('expect', 'escalations', i));
      else ref('team', x.to, () => at('expect', 'escalations', i, 'to'));
    });
    if (e.reply?.matches !== undefined) {
      // The same compile step as the test run's (src/test-run/compare.ts): case-sensitive, `u` on.
      const r = compilePattern(e.reply.matches, { flags: 'u' });
      if (!r.ok)
        for (const pr of r.problems)
          report(place(at('expect', 'reply', 'matches'), e.reply.matches, pr.start, pr.end), `regex/${pr.rule}`, pr.message, {
            data: { kind: 'pattern-problem', code: pr.code, values: pr.values },
          });
    }
  }
  return out;
}
