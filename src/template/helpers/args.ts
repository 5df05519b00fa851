/**
 * Handlebars calls a helper with its positional arguments followed by an `options` object. These
 * functions take that call apart defensively: a template author may pass anything (a number as a
 * string, a missing variable, an object). A helper never throws a raw error on it: a value it cannot
 * use is a `HelperError` (`arguments.ts`), which the render reports.
 */
import type { Locale } from '../../model/playbook.js';

/** The part of Handlebars' helper `options` replybook reads. */
export interface HelperOptions {
  hash?: Record<string, unknown>;
  data?: { root?: unknown };
}

/** What helpers read from the reply context (`options.data.root`). */
export interface HelperEnv {
  locale: Locale;
  timezone: string;
  at: string;
}

/** Splits a helper call into its arguments and its `options`. */
export function splitArgs(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  const last = args[args.length - 1];
  if (args.length > 0 && isOptions(last)) return { params: args.slice(0, -1), options: last };
  return { params: args, options: {} };
}

function isOptions(v: unknown): v is HelperOptions {
  return typeof v === 'object' && v !== null && 'hash' in v && 'data' in v;
}

/** The locale, time zone and posting time of the reply being rendered (safe defaults otherwise). */
export function helperEnv(options: HelperOptions): HelperEnv {
  const root = options.data?.root as Partial<HelperEnv> | undefined;
  const locale: Locale = root?.locale === 'en' ? 'en' : 'ru';
  const timezone = typeof root?.timezone === 'string' ? root.timezone : 'UTC';
  const at = typeof root?.at === 'string' ? root.at : '';
  return { locale, timezone, at };
}

/** A hash argument as a string, or undefined. */
export function hashString(options: HelperOptions, key: string): string | undefined {
  const v = options.hash?.[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** A value as a string when it is a string or a finite number; otherwise undefined. */
export function asText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}
