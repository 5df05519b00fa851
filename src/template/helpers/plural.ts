/**
 * `{{plural n "день" "дня" "дней"}}` → «2 дня»: the number (formatted for the locale) and the word
 * form `Intl.PluralRules` picks. ru forms: one, few, many, and optionally other (fractions); without
 * a fourth form a fraction takes the `few` form, as Russian grammar has it («1,5 дня»). en forms: one,
 * other. `n` may be a number or a numeric string; anything else, or no word forms, is an error
 * (reported by `check` when written as a literal, a render error otherwise).
 */
import type { Locale } from '../../model/playbook.js';
import { helperEnv, splitArgs } from './args.js';
import { assertArguments, show, unknownOption, UNKNOWN, usageOf, type ArgumentCheck } from './arguments.js';

const rules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

function cached<T>(map: Map<Locale, T>, locale: Locale, make: () => T): T {
  let v = map.get(locale);
  if (v === undefined) {
    v = make();
    map.set(locale, v);
  }
  return v;
}

/** A number, parsed leniently from a number or a numeric string («1,5» included), or NaN. */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') return Number(v.trim().replace(',', '.'));
  return NaN;
}

/** The word form for a number: forms are [one, few, many, other] for ru, [one, other] for en. */
export function pluralForm(n: number, forms: readonly string[], locale: Locale): string {
  const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(n);
  if (locale === 'ru') {
    const [one, few = one, many = few, other = few] = forms;
    return { one, few, many, other, zero: many, two: few }[category] ?? other;
  }
  const [one, other = one] = forms;
  return category === 'one' ? one : other;
}

const USAGE_FORMS = ['{{plural n "день" "дня" "дней"}}', '{{plural n "day" "days"}}'];
const USAGE = usageOf(USAGE_FORMS);
const usage = USAGE_FORMS.join('\n');

/**
 * What `plural` accepts: a number (or numeric text) and one to four word forms. Codes:
 * `needs-number`, `not-a-number`, `needs-forms`, `form-not-text`, `too-many-forms`.
 */
export const pluralArguments: ArgumentCheck = (params, hash) => {
  if (params.length === 0)
    return { at: null, message: `\`plural\` needs a number and its word forms: ${USAGE}`, code: 'needs-number', values: { usage } };
  const n = params[0];
  if (n !== UNKNOWN && !Number.isFinite(toNumber(n)))
    return {
      at: 0,
      message: `\`plural\` got ${show(n)}, which is not a number: ${USAGE}`,
      code: 'not-a-number',
      values: { value: show(n), usage },
    };
  if (params.length === 1)
    return { at: null, message: `\`plural\` needs the word forms after the number: ${USAGE}`, code: 'needs-forms', values: { usage } };
  for (let i = 1; i < params.length; i++) {
    const form = params[i];
    if (form !== UNKNOWN && typeof form !== 'string')
      return {
        at: i,
        message: `\`plural\` word forms are text, got ${show(form)}: ${USAGE}`,
        code: 'form-not-text',
        values: { value: show(form), usage },
      };
  }
  if (params.length > 5)
    return {
      at: 5,
      message: `\`plural\` takes at most four word forms (ru: one, few, many, fractions; en: one, other), got ${params.length - 1}`,
      code: 'too-many-forms',
      values: { got: params.length - 1 },
    };
  return unknownOption('plural', hash, []);
};

/** The Handlebars helper `plural`. */
export function plural(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  assertArguments(pluralArguments, params, options.hash);
  const locale = helperEnv(options).locale;
  const n = toNumber(params[0]);
  const forms = params.slice(1) as string[];
  // `min2`: no separator in four-digit numbers («1001 день», «10 001 день»), as Russian typography has it
  const text = cached(
    numbers,
    locale,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'min2' } as Intl.NumberFormatOptions),
  ).format(n);
  return `${text} ${pluralForm(n, forms, locale)}`;
}
