import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { defineCatalog, langOf, resolveLang, translate } from '../../src/i18n/index.js';
import { catalogs } from '../../src/i18n/catalogs/index.js';

/** The argument names a message uses (`{n}`, `{n, plural, …}`, nested ones), sorted. */
function argumentsOf(message: string, lang: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Array<Record<string, unknown>>) {
      if (typeof node['value'] === 'string' && node['type'] !== 0) names.add(node['value']);
      const options = node['options'] as Record<string, { value: unknown }> | undefined;
      if (options) for (const option of Object.values(options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, lang, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

describe('message catalogues', () => {
  it('lists catalogues with distinct areas', () => {
    const areas = catalogs.map((c) => c.area);
    expect(new Set(areas).size).toBe(areas.length);
  });

  for (const catalog of catalogs) {
    describe(catalog.area, () => {
      it('has every message id in both languages', () => {
        const en = Object.keys(catalog.en).sort();
        const ru = Object.keys(catalog.ru).sort();
        expect(
          ru.filter((id) => !en.includes(id)),
          'only in Russian',
        ).toEqual([]);
        expect(
          en.filter((id) => !ru.includes(id)),
          'only in English',
        ).toEqual([]);
      });

      it('uses the same arguments in both languages, and every message parses', () => {
        for (const id of Object.keys(catalog.en)) {
          const en = argumentsOf((catalog.en as Record<string, string>)[id]!, 'en');
          const ru = argumentsOf((catalog.ru as Record<string, string>)[id]!, 'ru');
          expect(ru, `${catalog.area}: ${id}`).toEqual(en);
        }
      });
    });
  }
});

describe('the completeness check itself', () => {
  it('sees a message missing in one language', () => {
    const broken = { area: 'x', en: { a: 'A', b: 'B' }, ru: { a: 'А' } };
    expect(Object.keys(broken.en).filter((id) => !(id in broken.ru))).toEqual(['b']);
  });

  it('sees a different argument', () => {
    expect(argumentsOf('{n, plural, one {# file} other {# files}} in {where}', 'en')).toEqual(['n', 'where']);
    expect(argumentsOf('{count, plural, one {# файл} few {# файла} other {# файлов}}', 'ru')).toEqual(['count']);
  });
});

describe('translate', () => {
  const catalog = defineCatalog({
    area: 'test',
    en: { problems: '{n, plural, one {# warning} other {# warnings}}' },
    ru: {
      problems: '{n, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}',
    },
  });

  it('formats Russian plurals', () => {
    const t = translate(catalog, 'ru');
    expect([1, 2, 5, 21, 11].map((n) => t('problems', { n }))).toEqual([
      '1 предупреждение',
      '2 предупреждения',
      '5 предупреждений',
      '21 предупреждение',
      '11 предупреждений',
    ]);
    expect(translate(catalog, 'en')('problems', { n: 1 })).toBe('1 warning');
  });

  it('gives plain text as ICU formats it, apostrophes included', () => {
    const texts = ["the author's name", "it's the seed's", "x ''y", "a '<b> c", "a '>b", "a '}'", 'a # b'];
    const plain = defineCatalog({
      area: 'plain',
      en: Object.fromEntries(texts.map((text, i) => [`m${i}`, text])),
      ru: Object.fromEntries(texts.map((text, i) => [`m${i}`, text])),
    });
    const t = translate(plain, 'en');
    texts.forEach((text, i) => {
      expect(t(`m${i}`), text).toBe(String(new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).format()));
    });
  });
});

describe('resolveLang', () => {
  it.each([
    [{ flag: 'ru', config: 'en', playbook: 'en', env: { LANG: 'en_US.UTF-8' } }, 'ru'],
    [{ config: 'ru', playbook: 'en' }, 'ru'],
    [{ playbook: 'ru', env: { LANG: 'en_US.UTF-8' } }, 'ru'],
    [{ env: { LANG: 'ru_RU.UTF-8' } }, 'ru'],
    [{ env: { LC_ALL: 'en_GB.UTF-8', LANG: 'ru_RU.UTF-8' } }, 'en'],
    [{ env: { LANG: 'C' } }, 'en'],
    [{ flag: 'de', env: { LANG: 'ru_RU' } }, 'ru'],
    [{}, 'en'],
  ] as const)('%j → %s', (sources, lang) => {
    expect(resolveLang(sources)).toBe(lang);
  });

  it('reads the language part of a locale name', () => {
    expect(langOf('ru-RU')).toBe('ru');
    expect(langOf('POSIX')).toBeUndefined();
  });
});
