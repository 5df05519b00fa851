/**
 * How long a mention's strings may be for matching. Far above any real review (a long review is a
 * few thousand characters), far below what makes matching slow: a longer mention is not matched,
 * and the outcome says why. `check` reports a sample complaint over a limit at the field.
 */
import type { Mention } from './outcome.js';

/** The longest mention text replybook matches, in UTF-16 code units (JavaScript's `length`). */
export const MAX_MENTION_TEXT = 20_000;

/** The longest author name, author handle, channel, voice, time or locale of a mention, in UTF-16 code units. */
export const MAX_MENTION_FIELD = 1_000;

/** A string of a mention over its limit. */
export interface MentionTooLong {
  /** The field as a path: `['text']`, `['author', 'name']`. */
  path: readonly string[];
  length: number;
  limit: number;
  /** The limit's name: `MAX_MENTION_TEXT` or `MAX_MENTION_FIELD`. */
  limitName: string;
}

/**
 * 20000 → "20,000": numbers in messages, the same on every machine. Whole numbers are grouped here
 * rather than by `toLocaleString`, whose first call loads ICU's number formatting (several ms of every
 * start, since rule descriptions quote limits); the text is the same.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString('en-US');
  const s = String(n);
  let out = s.slice(0, s.length % 3 || 3);
  for (let i = out.length; i < s.length; i += 3) out += `,${s.slice(i, i + 3)}`;
  return out;
}

/** Every string of the mention longer than its limit, text first. */
export function mentionTooLong(m: Mention): MentionTooLong[] {
  const out: MentionTooLong[] = [];
  const test = (path: readonly string[], value: unknown, limit: number, limitName: string): void => {
    if (typeof value === 'string' && value.length > limit) out.push({ path, length: value.length, limit, limitName });
  };
  test(['text'], m.text, MAX_MENTION_TEXT, 'MAX_MENTION_TEXT');
  const author = m.author as { name?: unknown; handle?: unknown } | undefined;
  test(['author', 'name'], author?.name, MAX_MENTION_FIELD, 'MAX_MENTION_FIELD');
  test(['author', 'handle'], author?.handle, MAX_MENTION_FIELD, 'MAX_MENTION_FIELD');
  test(['channel'], m.channel, MAX_MENTION_FIELD, 'MAX_MENTION_FIELD');
  test(['voice'], m.voice, MAX_MENTION_FIELD, 'MAX_MENTION_FIELD');
  test(['at'], m.at, MAX_MENTION_FIELD, 'MAX_MENTION_FIELD');
  test(['locale'], m.locale, MAX_MENTION_FIELD, 'MAX_MENTION_FIELD');
  return out;
}

/** One sentence for a string over its limit: what was found and what is accepted. */
export function tooLongMessage(p: MentionTooLong): string {
  const what = p.path.join('.');
  return `The mention's \`${what}\` is ${groupDigits(p.length)} characters, longer than the ${groupDigits(p.limit)} replybook matches (${p.limitName}), so it was not matched`;
}
