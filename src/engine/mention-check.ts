/**
 * Is a mention something the engine can run? A library caller may pass anything (JavaScript, a
 * parsed export), so `respond` asks here first and turns each problem into an outcome's error,
 * never an exception. The rules are the complaints schema's and the mention limits' own.
 */
import type { Mention } from '../model/outcome.js';
import { MAX_MENTION_FIELD, MAX_MENTION_TEXT, mentionTooLong, type MentionTooLong } from '../model/mention-limits.js';
import { describeValue, mentionSchema, mentionValidator, schemaMessages } from '../validate/index.js';
import type { Data } from '../load/to-data.js';

/** What is wrong with a mention: strings over their limits (not matched), or fields the schema rejects. */
export interface MentionProblems {
  /** Strings over MAX_MENTION_TEXT / MAX_MENTION_FIELD, text first. */
  readonly tooLong: readonly MentionTooLong[];
  /** One sentence per field that is missing or of the wrong kind: what was found and what was expected. */
  readonly invalid: readonly string[];
}

const NONE: MentionProblems = Object.freeze({ tooLong: Object.freeze([]), invalid: Object.freeze([]) });

const over = (v: unknown, limit: number): boolean => typeof v === 'string' && v.length > limit;

/** True when some string of the mention may be over its limit (no allocation on the common path). */
function maybeTooLong(m: Record<string, unknown>): boolean {
  const a = m.author as Record<string, unknown> | null | undefined;
  return (
    over(m.text, MAX_MENTION_TEXT) ||
    (a !== undefined && a !== null && (over(a.name, MAX_MENTION_FIELD) || over(a.handle, MAX_MENTION_FIELD))) ||
    over(m.channel, MAX_MENTION_FIELD) ||
    over(m.voice, MAX_MENTION_FIELD) ||
    over(m.at, MAX_MENTION_FIELD) ||
    over(m.locale, MAX_MENTION_FIELD)
  );
}

let root: Record<string, unknown> | undefined;

/** Compiles the schema check once, ahead of the first mention (so no mention's time budget pays for it). */
export function prepareMentionCheck(): void {
  mentionValidator();
  root ??= mentionSchema();
}

/** Every problem of `m` as a mention; both lists empty when the engine can run it. */
export function mentionProblems(m: unknown): MentionProblems {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) {
    return { tooLong: [], invalid: [`Expected a mention (a mapping with \`text\`, \`channel\` and \`at\`), found ${describeValue(m)}`] };
  }
  // Lengths first: the schema's patterns then never meet an overlong string.
  if (maybeTooLong(m as Record<string, unknown>)) {
    const tooLong = mentionTooLong(m as Mention);
    if (tooLong.length) return { tooLong, invalid: [] };
  }
  const validate = mentionValidator();
  if (validate(m)) return NONE;
  root ??= mentionSchema();
  return { tooLong: [], invalid: schemaMessages(validate.errors, m as Data, root) };
}
