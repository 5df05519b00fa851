/** The backtest's readers of an export's cells: columns, platforms, dates, followers, labels. */
import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../src/deadline/zone-clock.js';
import { channelMapper, labelMap, mapColumns, parseExportDate, parseFollowers, parseMapOptions } from '../../src/backtest/index.js';

const moscow = zoneClock('Europe/Moscow')!;
const newYork = zoneClock('America/New_York')!;

describe('column detection', () => {
  it.each([
    [
      'Brand Analytics (ru)',
      ['Дата', 'Автор', 'Аудитория', 'Площадка', 'Текст', 'Ссылка', 'Тег'],
      { at: 0, author: 1, followers: 2, channel: 3, text: 4, url: 5 },
    ],
    [
      'YouScan (en)',
      ['ID', 'Published', 'Source', 'Author', 'Reach', 'Text', 'URL', 'Tags'],
      { id: 0, at: 1, channel: 2, author: 3, followers: 4, text: 5, url: 6 },
    ],
    [
      'Medialogia (ru)',
      ['ID', 'Дата публикации', 'Источник', 'Автор', 'Подписчики', 'Содержание', 'Ссылка'],
      { id: 0, at: 1, channel: 2, author: 3, followers: 4, text: 5, url: 6 },
    ],
    [
      'RocketData (en)',
      ['ID', 'Date', 'Platform', 'Author', 'Followers', 'Text', 'Link'],
      { id: 0, at: 1, channel: 2, author: 3, followers: 4, text: 5, url: 6 },
    ],
    ['case, spaces, ё and underscores', [' ТЕКСТ ', 'published_at', 'PLATFORM'], { text: 0, at: 1, channel: 2 }],
  ])('%s', (_name, header, columns) => {
    const m = mapColumns(header);
    expect(m.problems).toEqual([]);
    expect(m.columns).toEqual(columns);
  });

  it('--map wins over detection, by exact name or by the same key', () => {
    const m = mapColumns(['Текст', 'Комментарий', 'Дата', 'Соцсеть'], { text: 'комментарий' });
    expect(m.columns.text).toBe(1);
    expect(m.how.text).toBe('map');
    expect(m.columns.channel).toBe(3);
  });

  it('says which required field has no column, and what the file has', () => {
    const m = mapColumns(['Текст', 'Автор']);
    expect(m.problems).toHaveLength(2);
    expect(m.problems[0]).toMatch(/no column for `channel`.*--map channel=COLUMN.*`Текст`, `Автор`/);
    expect(mapColumns(['Текст'], { channel: 'Нет такой' }).problems[0]).toMatch(/--map channel=Нет такой: the file has no column/);
  });

  it('refuses a --map that is no FIELD=COLUMN or names an unknown field', () => {
    expect(parseMapOptions(['text']).problems[0]).toMatch(/not FIELD=COLUMN/);
    expect(parseMapOptions(['body=Текст']).problems[0]).toMatch(/unknown field `body`/);
    expect(parseMapOptions(['text=Текст, полный']).map).toEqual({ text: 'Текст, полный' });
  });
});

describe('platform names', () => {
  const channels = new Map(
    ['vk', 'telegram', 'x', 'otzovik', 'yandex-maps', 'google-play', 'app-store', 'email'].map((id) => [
      id,
      { id, name: id === 'vk' ? 'ВКонтакте' : id },
    ]),
  );
  const mapper = channelMapper(channels, new Map([['Дзен', 'telegram']]));
  it.each([
    ['ВКонтакте', 'vk'],
    ['vk.com', 'vk'],
    ['https://vk.com/wall-1_2', 'vk'],
    ['Twitter', 'x'],
    ['X', 'x'],
    ['Яндекс.Карты', 'yandex-maps'],
    ['Яндекс Карты', 'yandex-maps'],
    ['Отзовик', 'otzovik'],
    ['Google Play', 'google-play'],
    ['App Store', 'app-store'],
    ['E-mail', 'email'],
    ['telegram', 'telegram'],
    ['Дзен', 'telegram'],
    ['Instagram', null],
    ['Одноклассники', null],
  ])('%s → %s', (name, id) => {
    expect(mapper.map(name)).toBe(id);
  });
});

describe('dates in the playbook’s zone', () => {
  it.each([
    ['01.03.2026 14:10', moscow, '2026-03-01T11:10:00.000Z'],
    ['1.3.2026 9:05', moscow, '2026-03-01T06:05:00.000Z'],
    ['01.03.2026', moscow, '2026-02-28T21:00:00.000Z'],
    ['2026-03-01 14:10:00', moscow, '2026-03-01T11:10:00.000Z'],
    ['2026-03-01T14:10', moscow, '2026-03-01T11:10:00.000Z'],
    ['2026-03-01 14:10', newYork, '2026-03-01T19:10:00.000Z'],
    // New York moves to summer time on 8 March 2026: the offset of the date itself counts.
    ['2026-03-09 14:10', newYork, '2026-03-09T18:10:00.000Z'],
    ['2026-03-01T14:10:00+05:00', moscow, '2026-03-01T09:10:00.000Z'],
    ['2026-03-01T14:10:00Z', moscow, '2026-03-01T14:10:00.000Z'],
  ])('%s', (text, clock, iso) => {
    expect(new Date(parseExportDate(text, clock)).toISOString()).toBe(iso);
  });

  it.each(['', 'вчера', '31.02.2026 10:00', '2026-13-01 10:00', '01.03.2026 25:00', '2026-03-01T14:10:00'.replace('T', 'x')])(
    '%j is no date',
    (text) => {
      expect(parseExportDate(text, moscow)).toBeNaN();
    },
  );
});

describe('followers', () => {
  it.each([
    ['12345', 12345],
    ['12 345', 12345],
    ['12\u00a0345', 12345],
    ['12,345', 12345],
    ['1.2K', 1200],
    ['1,2K', 1200],
    ['339,1К', 339100],
    ['3 млн', 3_000_000],
    ['15 тыс.', 15000],
    ['', undefined],
    ['—', undefined],
    ['много', undefined],
  ])('%j → %j', (text, n) => {
    expect(parseFollowers(text)).toBe(n);
  });
});

describe('labels', () => {
  const types = ['constructive', 'non-constructive', 'positive'];
  it('maps by --label-map, then by type id, case and ё aside', () => {
    const { map, problems } = labelMap(['Конструктив=constructive', 'Позитив=positive'], types);
    expect(problems).toEqual([]);
    expect(map.typeOf(' конструктив ')).toBe('constructive');
    expect(map.typeOf('Non-Constructive')).toBe('non-constructive');
    expect(map.typeOf('Мат')).toBeNull();
  });
  it('refuses an unknown type', () => {
    expect(labelMap(['Мат=profanity'], types).problems[0]).toMatch(/unknown type `profanity`, expected one of `constructive`/);
  });
});
