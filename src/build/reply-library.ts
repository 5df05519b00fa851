/**
 * The reply library: one JSON document per playbook for the team's help desk or bot — every
 * template with its `when`, source text and a rendered example per channel; the escalation
 * matrix; the SLA; the negativity types; the channels with their limits. Its shape is
 * `schema/reply-library.schema.json`. Types, escalations and templates keep the playbook's order
 * (it decides matching and ties); voices, teams and channels keep definition order too.
 */
import type { Duration, Playbook, Priority, Schedule } from '../model/playbook.js';
import { exampleRequest, templateChannels } from './examples.js';
import type { PlaybookBuildInput } from './types.js';

/** The `format` value of a reply library document; bump `FORMAT_VERSION` on an incompatible change. */
export const REPLY_LIBRARY_FORMAT = 'replybook/reply-library';
export const REPLY_LIBRARY_FORMAT_VERSION = 1;

const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function hhmm(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

function duration(d: Duration | undefined): Record<string, unknown> | undefined {
  return d ? { ...d } : undefined;
}

function scheduleJson(s: Schedule): Record<string, unknown> {
  const weekly: Record<string, string[]> = {};
  s.weekly.forEach((day, i) => (weekly[DAY_KEYS[i]] = day.map((iv) => `${hhmm(iv.start)}-${hhmm(iv.end)}`)));
  const workingDays: Record<string, string[]> = {};
  for (const date of [...s.workingDays.keys()].sort())
    workingDays[date] = (s.workingDays.get(date) ?? []).map((iv) => `${hhmm(iv.start)}-${hhmm(iv.end)}`);
  return { timezone: s.timezone, weekly, holidays: [...s.holidays].sort(), workingDays, calendars: [...s.calendars].sort() };
}

/** A path relative to the playbook's folder (the build must not depend on where it ran from). */
export function playbookRelative(pb: Playbook, file: string): string {
  return pb.dir && file.startsWith(`${pb.dir}/`) ? file.slice(pb.dir.length + 1) : file;
}

/** The reply library document of one playbook (plain data; serialise with `stableJson`). */
export function replyLibrary(input: PlaybookBuildInput): Record<string, unknown> {
  const pb = input.playbook;
  const byPriority: Partial<Record<Priority, unknown>> = {};
  for (const [p, d] of Object.entries(pb.sla.byPriority) as Array<[Priority, Duration]>) byPriority[p] = duration(d);
  return {
    format: REPLY_LIBRARY_FORMAT,
    formatVersion: REPLY_LIBRARY_FORMAT_VERSION,
    playbook: { id: pb.id, brand: pb.brand, locale: pb.locale, timezone: pb.timezone, defaultVoice: pb.defaultVoice },
    sla: { firstResponse: duration(pb.sla.firstResponse), byPriority },
    schedule: scheduleJson(pb.schedule),
    types: pb.types.map((t) => ({
      id: t.id,
      description: t.description,
      fallback: t.fallback,
      reply: t.reply,
      actions: [...t.actions],
      respondWithin: duration(t.respondWithin),
    })),
    channels: [...pb.channels.values()].map((c) => ({ id: c.id, name: c.name, limit: c.limit, unit: c.unit, kind: c.kind })),
    voices: [...pb.voices.values()].map((v) => ({ id: v.id, name: v.name, signature: v.signature, default: v.id === pb.defaultVoice })),
    teams: [...pb.teams.values()].map((t) => ({ id: t.id, name: t.name, contact: t.contact })),
    escalations: pb.escalations.map((e) => ({
      id: e.id,
      description: e.description,
      to: e.to,
      teamName: pb.teams.get(e.to)?.name ?? e.to,
      priority: e.priority,
      approval: e.approval,
      reply: e.reply,
      hide: e.hide,
      respondWithin: duration(e.respondWithin ?? pb.sla.byPriority[e.priority]),
    })),
    templates: [...pb.templates.values()].map((t) => ({
      id: t.id,
      description: t.description,
      when: { ...t.when },
      source: t.text,
      file: playbookRelative(pb, t.source.file),
      examples: templateChannels(pb, t).map((ch) => {
        const r = input.render(exampleRequest(pb, t, ch));
        return 'text' in r ? { channel: ch.id, text: r.text } : { channel: ch.id, error: r.error };
      }),
    })),
  };
}
