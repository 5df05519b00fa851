/**
 * The team's language for everything a person reads: message catalogues in ICU MessageFormat
 * (plurals such as «1 предупреждение / 2 предупреждения / 5 предупреждений»), one catalogue per area
 * of the product in `catalogs/`, every id present in both languages (test/i18n/catalogs.test.ts).
 *
 *   const t = translate(cliMessages, 'ru');
 *   t('summary.problems', { errors: 2, warnings: 1 });
 *
 * Machine formats (JSON, SARIF, JUnit, rule ids) never go through here.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../model/playbook.js';

export type Lang = Locale;
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** A catalogue: the English messages define the ids, the Russian ones must have the same ids. */
export interface Catalog<Id extends string = string> {
  /** The area's name, as the completeness test reports it. */
  readonly area: string;
  readonly en: Readonly<Record<Id, string>>;
  readonly ru: Readonly<Record<Id, string>>;
}

/** Defines a catalogue with the ids taken from its English messages. */
export function defineCatalog<const En extends Record<string, string>>(catalog: {
  area: string;
  en: En;
  ru: Record<keyof En & string, string>;
}): Catalog<keyof En & string> {
  return catalog;
}

export type Values = Record<string, string | number | boolean | Date | null | undefined>;
export type Translate<Id extends string> = (id: Id, values?: Values) => string;

const compiled = new WeakMap<Catalog, Map<string, IntlMessageFormat>>();

/** An apostrophe that starts or is a quotation in ICU MessageFormat (outside a plural's `#`). */
const QUOTING = /'['{}<>]/;

/** The message `id` of `catalog` in `lang`, formatted with `values`; compiled once per process. */
export function translate<Id extends string>(catalog: Catalog<Id>, lang: Lang): Translate<Id> {
  let byKey = compiled.get(catalog);
  if (!byKey) {
    byKey = new Map();
    compiled.set(catalog, byKey);
  }
  const formats = byKey;
  const messages = catalog[lang];
  return (id, values) => {
    const message = messages[id];
    // Plain text (no argument, no quoting) is its own formatting: no formatter is built for it, so a
    // clean `check` (`✔ No problems found`) starts without initialising Intl (issue 13, start-up),
    // nor does building the grammar (cli/parse.ts). An apostrophe quotes only before `'`, `{`, `}`,
    // `<` or `>` (ICU's optional quoting, as intl-messageformat reads it): `the author's name` is plain.
    if (!message.includes('{') && !QUOTING.test(message)) return message;
    const key = `${lang}\u0000${id}`;
    let format = formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(message, lang, undefined, { ignoreTag: true });
      formats.set(key, format);
    }
    return String(format.format(values));
  };
}

/** Where the language can come from, strongest first (the caller passes what it knows). */
export interface LangSources {
  /** `--lang`. */
  flag?: string | undefined;
  /** `lang` in replybook.config.yaml. */
  config?: string | undefined;
  /** The playbook's `locale`, for what is about one playbook (simulator, comment, handbook, report). */
  playbook?: string | undefined;
  /** The environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), as `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The language a person reads: `--lang`, then the configuration, then the playbook's locale, then
 * the environment's `LC_ALL` / `LC_MESSAGES` / `LANG` (`ru_RU.UTF-8` → `ru`); English otherwise.
 */
export function resolveLang(sources: LangSources): Lang {
  const env = sources.env ?? {};
  const candidates = [sources.flag, sources.config, sources.playbook, env['LC_ALL'], env['LC_MESSAGES'], env['LANG']];
  for (const candidate of candidates) {
    const lang = langOf(candidate);
    if (lang) return lang;
  }
  return 'en';
}

/** `ru`, `ru-RU`, `ru_RU.UTF-8` → `ru`; `C`, `POSIX`, empty or unknown → undefined. */
export function langOf(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const base = value
    .trim()
    .toLowerCase()
    .split(/[-_.@]/, 1)[0];
  return LANGS.find((lang) => lang === base);
}
