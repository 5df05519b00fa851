/**
 * `{{plural n "день" "дня" "дней"}}` → «2 дня»: the number (formatted for the locale) and the word
 * form `Intl.PluralRules` picks. ru forms: one, few, many, and optionally other (fractions); without
 * a fourth form a fraction takes the `few` form, as Russian grammar has it («1,5 дня»). en forms: one,
 * other. `n` may be a number or a numeric string; anything else renders as an empty string.
 */
import type { Locale } from '../../model/playbook.js';
import { helperEnv, splitArgs } from './args.js';

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

/** The Handlebars helper `plural`. */
export function plural(...args: unknown[]): string {
  const { params, options } = splitArgs(args);
  const locale = helperEnv(options).locale;
  const n = toNumber(params[0]);
  const forms = params.slice(1).filter((f): f is string => typeof f === 'string');
  if (!Number.isFinite(n) || forms.length === 0) return '';
  // `min2`: no separator in four-digit numbers («1001 день», «10 001 день»), as Russian typography has it
  const text = cached(numbers, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'min2' } as Intl.NumberFormatOptions)).format(n);
  return `${text} ${pluralForm(n, forms, locale)}`;
}
