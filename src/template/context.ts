import type { Locale } from '../model/playbook.js';

/**
 * What a reply template sees: the variables of `vocabulary.ts`, plus what the helpers need
 * (`locale`, `timezone`, `at`). Everything in it is data: a customer's name or text is never
 * compiled or evaluated, only inserted.
 */
export interface ReplyContext {
  brand: string;
  author: { name?: string; handle?: string; followers?: number; verified?: boolean };
  channel: { id: string; name: string };
  voice: { id: string; name: string; signature?: string };
  type: { id: string };
  team?: { id: string; name: string };
  /** The deadline (ISO time with offset), or null when there is none. */
  due: string | null;
  /** When the mention was posted (ISO time with offset). */
  at: string;
  text: string;
  signals: Record<string, string>;
  locale: Locale;
  /** IANA zone the helpers use for the time of day and dates (the playbook's `timezone`). */
  timezone: string;
}

/** Every key of {@link ReplyContext} (what `{{#each this}}` iterates at the top). */
export const REPLY_CONTEXT_FIELDS = [
  'brand',
  'author',
  'channel',
  'voice',
  'type',
  'team',
  'due',
  'at',
  'text',
  'signals',
  'locale',
  'timezone',
] as const satisfies ReadonlyArray<keyof ReplyContext>;

/** Every key of `author`. */
export const REPLY_AUTHOR_FIELDS = ['name', 'handle', 'followers', 'verified'] as const satisfies ReadonlyArray<
  keyof ReplyContext['author']
>;

// Compile-time: the lists above name every key (a key added to the interface must be added to them).
type Missing<T, L extends readonly unknown[]> = Exclude<keyof T, L[number]>;
const everyField: [
  Missing<ReplyContext, typeof REPLY_CONTEXT_FIELDS>,
  Missing<ReplyContext['author'], typeof REPLY_AUTHOR_FIELDS>,
] extends [never, never]
  ? true
  : false = true;
void everyField;
