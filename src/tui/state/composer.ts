/**
 * The new-complaint form's decisions, pure: the mention its fields make, the id suggested from the
 * text, the complaint file it goes into, and the time written in the playbook's zone. The reducer
 * keeps the form's state; the App works out the live outcome a moment after the last key
 * (`composerKey` says which inputs an outcome is for).
 */
import { slugify } from 'transliteration';
import { zoneClock } from '../../deadline/zone-clock.js';
import { trimWhile } from '../../text/trim.js';
import type { Mention } from '../../model/outcome.js';
import type { ComposerState, PlaybookInfo, SampleItem } from './types.js';

/** The longest id suggested (in characters; a complaint id is lowercase letters, digits, - and _). */
export const MAX_SUGGESTED_ID = 40;
/** Words of the text the id is made of. */
const ID_WORDS = 5;
/** A complaint id (schema/complaints.schema.json). */
export const COMPLAINT_ID = /^[a-z0-9][a-z0-9_-]*$/;

/** The mention the form describes, at `at`. */
export function composerMention(c: ComposerState, at: string): Mention {
  const name = c.author.value.trim();
  const followers = c.followers.value.trim();
  return {
    text: c.text.value.trim(),
    channel: c.channel,
    author: { ...(name ? { name } : {}), ...(followers ? { followers: Number(followers) } : {}) },
    at,
  };
}

/** What the live outcome depends on: the text, channel, author and followers. */
export function composerKey(c: ComposerState): string {
  return JSON.stringify([c.text.value.trim(), c.channel, c.author.value.trim(), c.followers.value.trim()]);
}

/**
 * An id from the first words of the text's first sentence, transliterated («Заказ так и не пришёл» → `zakaz-tak-i-ne-prishyol`),
 * at most MAX_SUGGESTED_ID characters cut at a word, and not one of `taken` (`-2`, `-3` … added).
 */
export function suggestId(text: string, taken: ReadonlySet<string>): string {
  // The first sentence's first words: what the complaint is about, before the details.
  const first =
    text
      .trim()
      .split(/[.!?…\n]/u)
      .find((x) => x.trim() !== '') ?? '';
  const words = first.trim().split(/\s+/u).slice(0, ID_WORDS).join(' ');
  let id = slugify(words, { lowercase: true, separator: '-' }).replace(/[^a-z0-9_-]+/g, '-');
  if (id.length > MAX_SUGGESTED_ID) {
    const cut = id.lastIndexOf('-', MAX_SUGGESTED_ID);
    id = id.slice(0, cut > 8 ? cut : MAX_SUGGESTED_ID);
  }
  id = trimWhile(id, (c) => c === 0x2d || c === 0x5f); // - and _ at the ends
  if (!COMPLAINT_ID.test(id)) id = 'new';
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** The id the form will save: as typed, or the suggestion while none is typed. */
export function composerId(c: ComposerState, taken: ReadonlySet<string>): string {
  const typed = c.idEdited ? c.id.value.trim() : '';
  return typed || suggestId(c.text.value, taken);
}

/**
 * The complaint file a new complaint of `type` goes into when none was chosen: a file named after
 * the type (`complaints/constructive.yaml`), else the file holding most samples of that type, else
 * the playbook's first complaint file (or a new `complaints.yaml` beside the playbook).
 */
export function fileForType(pb: PlaybookInfo, type: string | undefined, samples: readonly SampleItem[]): string {
  if (type) {
    const named = pb.complaintFiles.find((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.(?:complaints\.)?ya?ml$/, '') === type);
    if (named) return named;
    const counts = new Map<string, number>();
    for (const s of samples) if (s.playbookDir === pb.dir && s.outcome.type === type) counts.set(s.file, (counts.get(s.file) ?? 0) + 1);
    const most = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (most) return most[0];
  }
  return pb.complaintFiles[0] ?? `${pb.dir}/complaints.yaml`;
}

/** The file the form will save into: the one chosen, or the one for the live outcome's type. */
export function composerFile(c: ComposerState, pb: PlaybookInfo, samples: readonly SampleItem[]): string {
  return c.file ?? fileForType(pb, c.preview?.outcome.type, samples);
}

/** An instant (any ISO 8601 with an offset) as the playbook's local time with its offset: `2026-12-03T09:21:00+03:00`. */
export function zonedAt(at: string, zone: string): string {
  const ms = Date.parse(at);
  const clock = zoneClock(zone);
  if (Number.isNaN(ms) || !clock) return at;
  return clock.iso(Math.floor(ms / 1000) * 1000).replace(/\.000(?=[+-]|Z$)/, '');
}
