/**
 * What each helper accepts, as one function per helper used twice: by `check` on the arguments a
 * template writes as literals (`{{formatDate "not a date"}}`; a variable is {@link UNKNOWN} there),
 * and by the helper itself on the values it receives when a reply is rendered. A helper never
 * renders an empty string for a value it cannot use: the render fails with the same message the
 * check gives.
 */

/** An argument whose value is known only when the reply is rendered (a variable, a sub-expression). */
export const UNKNOWN: unique symbol = Symbol('known when the reply is rendered');

/** What is wrong with a helper call: which argument (position, hash key, or the whole call) and why. */
export interface ArgumentProblem {
  at: number | string | null;
  message: string;
  /** The problem beside its English sentence, and the values it says (the helpers list their codes). */
  code?: string;
  values?: Record<string, string | number>;
}

/** The check of a helper's arguments; `hash` holds the `key=value` options. */
export type ArgumentCheck = (params: readonly unknown[], hash: Readonly<Record<string, unknown>>) => ArgumentProblem | null;

/** A helper given a value it cannot use; the render reports its message. */
export class HelperError extends Error {
  override name = 'HelperError';
}

/** Throws a {@link HelperError} when the check finds a problem with the values a helper received. */
export function assertArguments(
  check: ArgumentCheck,
  params: readonly unknown[],
  hash: Readonly<Record<string, unknown>> | undefined,
): void {
  const problem = check(params, hash ?? NO_HASH);
  if (problem) throw new HelperError(problem.message);
}

const NO_HASH: Readonly<Record<string, unknown>> = Object.freeze({});

/** A value as a template author wrote it (strings quoted, shortened), for a message. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return `\`${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}\``;
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return `\`${String(v)}\``;
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * How a helper is called, from its example calls: "A, B or C". A problem's values carry the
 * examples as `usage`, one a line.
 */
export function usageOf(forms: readonly string[]): string {
  return forms.length > 1 ? `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}` : forms.join('');
}

/** A problem when the call has more positional arguments than the helper takes (`too-many-arguments`). */
export function tooMany(helper: string, params: readonly unknown[], max: number, usage: readonly string[]): ArgumentProblem | null {
  if (params.length <= max) return null;
  return {
    at: max,
    message: `\`${helper}\` takes ${max === 0 ? 'no arguments' : max === 1 ? 'one argument' : `at most ${max} arguments`}, got ${params.length}: ${usageOf(usage)}`,
    code: 'too-many-arguments',
    values: { helper, max, got: params.length, usage: usage.join('\n') },
  };
}

/** A problem for the first hash option the helper does not take (`unknown-option`). */
export function unknownOption(helper: string, hash: Readonly<Record<string, unknown>>, allowed: readonly string[]): ArgumentProblem | null {
  for (const key of Object.keys(hash)) {
    if (allowed.includes(key)) continue;
    const expected = allowed.length ? `; it takes ${allowed.map((k) => `\`${k}=\``).join(', ')}` : '';
    return {
      at: key,
      message: `\`${helper}\` has no option \`${key}=\`${expected}`,
      code: 'unknown-option',
      values: { helper, key, count: allowed.length, allowed: allowed.map((k) => `\`${k}=\``).join(', ') },
    };
  }
  return null;
}

/** A problem when a known `style=` is not one of the styles a helper knows (`bad-style`; `styles` one a line). */
export function badStyle(helper: string, hash: Readonly<Record<string, unknown>>, styles: readonly string[]): ArgumentProblem | null {
  const style = hash.style;
  if (style === undefined || style === UNKNOWN || (typeof style === 'string' && styles.includes(style))) return null;
  return {
    at: 'style',
    message: `\`${helper}\` got the style ${show(style)}, expected ${styles.map((s) => `\`"${s}"\``).join(' or ')} (or no style)`,
    code: 'bad-style',
    values: { helper, style: show(style), styles: styles.map((s) => `\`"${s}"\``).join('\n') },
  };
}
