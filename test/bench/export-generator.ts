/**
 * A deterministic generator of realistic monitoring exports for the backtest's tests, the
 * benchmark and the bundled examples (`npm run gen:mentions`): the column layouts of Brand
 * Analytics, YouScan, Medialogia and RocketData exports, Russian and English texts of every
 * negativity type with typos and emoji, dates across a month with its weekends and holidays,
 * every channel of the example playbooks under the names exports use, a label column that
 * disagrees with the playbook now and then, and a few malformed rows. Same seed, same bytes.
 */
import iconv from 'iconv-lite';

export type ExportStyle = 'brand-analytics' | 'youscan' | 'medialogia' | 'rocketdata';

export interface GeneratedExport {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** The header name of the label column. */
  label: string;
  /** `--label-map` pairs that map the label values to the playbook's types. */
  labelMap: string[];
  /** Rows written broken on purpose (their line numbers, 1 = the header). */
  malformedLines: number[];
}

export interface GenerateOptions {
  locale: 'ru' | 'en';
  count: number;
  seed?: number;
  style?: ExportStyle;
  /** Malformed rows mixed in (default: about 1 in 200, at least 3 when count ≥ 50). */
  malformed?: number;
  /** First day of the month the mentions fall in (default 2026-03-01: 8 March is a holiday in Russia). */
  month?: string;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'constructive' | 'non-constructive' | 'profanity' | 'other-company' | 'systemic' | 'positive';

const RU: Record<Kind, string[]> = {
  constructive: [
    'Заказ {order} не привезли уже {n} дня, курьер не отвечает',
    'Пришел не тот размер, заказ {order}. Как оформить возврат?',
    'Списали деньги дважды за заказ {order}, верните пожалуйста',
    'Трек не обновляется с {day} марта, посылка где-то потерялась {emoji}',
    'Курьер опоздал на три часа и даже не позвонил. Заказ {order}',
    'Приложение вылетает при оплате, не могу оформить заказ',
    'Промокод не применился к заказу {order}, хотя срок еще не вышел',
    'Пункт выдачи на Ленина закрыт, а заказ {order} там уже {n} дня',
  ],
  'non-constructive': [
    'Худший магазин, обходите стороной.',
    'Больше никогда у вас ничего не куплю {emoji}',
    'Очень разочарована вашим магазином. Раньше было лучше.',
    'Ну и сервис... без комментариев',
    'Acme Market — это позор',
    'Одна звезда. Не советую.',
  ],
  profanity: [
    'бл@дь, опять курьер опоздал, уроды криворукие',
    'Acme, вы там х у й пойми что творите',
    'В пункте выдачи сидят дебилы, полчаса искали посылку',
    'п.и.з.д.е.ц а не магазин',
  ],
  'other-company': [
    'Заказала на Wildberries, а пришло не то. Acme, вы же тоже так делаете?',
    'Почта России потеряла мою посылку, уже месяц жду',
    'Озон опять задержал доставку, а вы как работаете?',
    'Сбер заблокировал карту при оплате, что делать?',
  ],
  systemic: [
    'У всех в чате одно и то же: заказы опаздывают который месяц',
    'Массовый сбой оплаты, уже полгода одно и то же',
    'Из раза в раз одна и та же история с доставкой',
  ],
  positive: [
    'Хочу сказать спасибо! Платье село идеально {emoji}',
    'Удобное приложение, нашла все за пять минут. Спасибо разработчикам',
    'Спасибо за быструю помощь в чате, вопрос решили за 10 минут',
    'Рекомендую, все отлично, доставили вовремя {emoji}',
    'Супер магазин, молодцы!',
  ],
};

const EN: Record<Kind, string[]> = {
  constructive: [
    'Order #{order} still not delivered after {n} days, tracking shows nothing',
    'Got the wrong size, order {order}. How do I return it?',
    'You charged me twice for order {order}, please refund',
    'The app crashes at checkout every time {emoji}',
    'My beans arrived stale, best before date already passed. Order {order}',
    'Subscription renewed even though I cancelled it last week',
  ],
  'non-constructive': [
    'Worst coffee ever. Never again.',
    'BrightBean is overrated {emoji}',
    'Used to be good, not anymore',
    'One star. Avoid.',
    'meh',
  ],
  profanity: ['this sh*t is f***ing awful, you idiots', 'what a bunch of morons', 'screw you brightbean, total crap'],
  'other-company': [
    'Bought BrightBean beans at Walmart and they were stale, is that on you or them?',
    'UPS lost my package again, any ideas?',
    'My bank declined the payment, is it your side?',
  ],
  systemic: ['Everyone in the group has had the same issue for months', 'Widespread outage again, third time this month'],
  positive: [
    'Thanks, the new roast is amazing {emoji}',
    'Love my BrightBean subscription, great service!',
    'Thank you for the quick help in chat',
    'Best coffee in town, highly recommend',
  ],
};

/** Which share of the mentions each kind is. */
const WEIGHTS: Array<[Kind, number]> = [
  ['constructive', 0.42],
  ['non-constructive', 0.18],
  ['positive', 0.17],
  ['profanity', 0.08],
  ['other-company', 0.09],
  ['systemic', 0.06],
];

/** Platform names as exports write them, per locale, and how often. */
const PLATFORMS: Record<'ru' | 'en', Array<[string, number]>> = {
  ru: [
    ['ВКонтакте', 0.3],
    ['vk.com', 0.05],
    ['Telegram', 0.15],
    ['Отзовик', 0.1],
    ['irecommend.ru', 0.07],
    ['Яндекс.Карты', 0.1],
    ['Twitter', 0.08],
    ['Google Play', 0.08],
    ['App Store', 0.07],
  ],
  en: [
    ['Twitter', 0.25],
    ['Instagram', 0.2],
    ['Facebook', 0.15],
    ['Trustpilot', 0.15],
    ['App Store', 0.07],
    ['Google Play', 0.08],
    ['E-mail', 0.1],
  ],
};

const NAMES = {
  ru: ['Роман', 'Ольга', 'Ирина', 'Сергей', 'Анна', 'Дмитрий', 'Мария', 'Алексей', 'Екатерина', 'Павел', '@vasya_88', '@kate.m'],
  en: ['Alex', 'Sam', 'Jordan', 'Taylor', 'Chris', 'Morgan', 'Jamie', 'Pat', '@beanlover', '@coffee.kate'],
};
const EMOJI = ['😡', '🙁', '😊', '👍', '🔥', '☕', ''];

const LABELS: Record<'ru' | 'en', Record<Kind, string>> = {
  ru: {
    constructive: 'Конструктив',
    'non-constructive': 'Неконструктив',
    profanity: 'Мат',
    'other-company': 'Не про нас',
    systemic: 'Системная',
    positive: 'Позитив',
  },
  en: {
    constructive: 'constructive',
    'non-constructive': 'non-constructive',
    profanity: 'abuse',
    'other-company': 'not us',
    systemic: 'systemic',
    positive: 'praise',
  },
};

const LAYOUTS: Record<ExportStyle, { header: string[]; delimiter: string; date: 'dmy' | 'ymd-s' | 'ymd' | 'iso' }> = {
  'brand-analytics': { header: ['Дата', 'Автор', 'Аудитория', 'Площадка', 'Текст', 'Ссылка', 'Тег'], delimiter: ';', date: 'dmy' },
  youscan: { header: ['ID', 'Published', 'Source', 'Author', 'Reach', 'Text', 'URL', 'Tags'], delimiter: ',', date: 'ymd-s' },
  medialogia: {
    header: ['ID', 'Дата публикации', 'Источник', 'Автор', 'Подписчики', 'Содержание', 'Ссылка', 'Метка'],
    delimiter: ';',
    date: 'ymd',
  },
  rocketdata: { header: ['ID', 'Date', 'Platform', 'Author', 'Followers', 'Text', 'Link', 'Label'], delimiter: '\t', date: 'iso' },
};

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function weighted<T>(rand: () => number, list: ReadonlyArray<[T, number]>): T {
  let r = rand() * list.reduce((n, [, w]) => n + w, 0);
  for (const [v, w] of list) if ((r -= w) < 0) return v;
  return list[list.length - 1][0];
}

/** A typo: two neighbouring letters swapped, or one doubled. */
function typo(rand: () => number, s: string): string {
  const i = 1 + Math.floor(rand() * Math.max(1, s.length - 3));
  if (!/\p{L}\p{L}/u.test(s.slice(i, i + 2))) return s;
  return rand() < 0.5 ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s.slice(0, i) + s[i] + s.slice(i);
}

const pad = (n: number) => String(n).padStart(2, '0');

function formatDate(
  style: 'dmy' | 'ymd-s' | 'ymd' | 'iso',
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  offset: string,
): string {
  if (style === 'dmy') return `${pad(d)}.${pad(mo)}.${y} ${pad(h)}:${pad(mi)}`;
  if (style === 'ymd-s') return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:00`;
  if (style === 'ymd') return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00${offset}`;
}

/** Generates an export: same options, same rows. */
export function generateExport(options: GenerateOptions): GeneratedExport {
  const { locale, count } = options;
  const rand = prng(options.seed ?? 15);
  const style = options.style ?? (locale === 'ru' ? 'brand-analytics' : 'youscan');
  const layout = LAYOUTS[style];
  const texts = locale === 'ru' ? RU : EN;
  const [y, mo] = (options.month ?? '2026-03-01').split('-').map(Number);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const malformed = options.malformed ?? (count >= 50 ? Math.max(3, Math.floor(count / 200)) : 0);
  const badAt = new Set<number>();
  while (badAt.size < Math.min(malformed, count)) badAt.add(Math.floor(rand() * count));
  const rows: string[][] = [];
  const malformedLines: number[] = [];
  const offset = locale === 'ru' ? '+03:00' : '-05:00';
  for (let i = 0; i < count; i++) {
    const kind = weighted(rand, WEIGHTS);
    let text = pick(rand, texts[kind])
      .replace('{order}', String(40_000_000 + Math.floor(rand() * 9_999_999)))
      .replace('{n}', String(2 + Math.floor(rand() * 6)))
      .replace('{day}', String(1 + Math.floor(rand() * 27)))
      .replace('{emoji}', pick(rand, EMOJI))
      .trim();
    if (rand() < 0.15) text = typo(rand, text);
    if (rand() < 0.05) text = `${text}\n${locale === 'ru' ? 'P.S. Жду ответа.' : 'P.S. Waiting for an answer.'}`;
    const author = pick(rand, NAMES[locale]);
    // Opinion leaders now and then: one post reaches thousands.
    const followers = rand() < 0.04 ? 50_000 + Math.floor(rand() * 400_000) : Math.floor(rand() * 900);
    const followersText =
      followers >= 10_000 && rand() < 0.5
        ? `${(followers / 1000).toFixed(1).replace('.', locale === 'ru' ? ',' : '.')}K`
        : String(followers);
    // Evenings and weekends get their share; a few at night.
    const d = 1 + Math.floor(rand() * days);
    const h = rand() < 0.8 ? 8 + Math.floor(rand() * 15) : Math.floor(rand() * 24);
    const mi = Math.floor(rand() * 60);
    let date = formatDate(layout.date, y, mo, d, h, mi, offset);
    let platform = weighted(rand, PLATFORMS[locale]);
    // The team's label: the kind the text was written as, and now and then a different opinion.
    let label = LABELS[locale][rand() < 0.06 ? weighted(rand, WEIGHTS) : kind];
    if (rand() < 0.02) label = '';
    const id = String(9_000_000 + i);
    const url = `https://${platform.toLowerCase().replace(/[^a-z.]/g, '') || 'site'}.example/${id}`;
    let cellsText = text;
    if (badAt.has(i)) {
      const how = i % 3;
      if (how === 0) date = locale === 'ru' ? 'вчера' : 'yesterday';
      else if (how === 1) cellsText = '';
      else platform = locale === 'ru' ? 'Дзен' : 'MySpace';
      malformedLines.push(0);
    }
    const byName: Record<string, string> = {
      Дата: date,
      Published: date,
      'Дата публикации': date,
      Date: date,
      Автор: author,
      Author: author,
      Аудитория: followersText,
      Подписчики: followersText,
      Reach: followersText,
      Followers: followersText,
      Площадка: platform,
      Source: platform,
      Источник: platform,
      Platform: platform,
      Текст: cellsText,
      Text: cellsText,
      Содержание: cellsText,
      Ссылка: url,
      URL: url,
      Link: url,
      ID: id,
      Тег: label,
      Tags: label,
      Метка: label,
      Label: label,
    };
    rows.push(layout.header.map((h2) => byName[h2] ?? ''));
  }
  // Line numbers of the malformed rows, counting multi-line texts (the header is line 1).
  let line = 2;
  malformedLines.length = 0;
  rows.forEach((r, i) => {
    if (badAt.has(i)) malformedLines.push(line);
    line += 1 + r.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  });
  const label = layout.header[layout.header.length - 1];
  const types = Object.keys(LABELS[locale]) as Kind[];
  return {
    header: layout.header,
    rows,
    delimiter: layout.delimiter,
    label,
    labelMap: types.map((t) => `${LABELS[locale][t]}=${t}`),
    malformedLines,
  };
}

/** A CSV field quoted as Excel writes it. */
function field(s: string, delimiter: string): string {
  return s.includes('"') || s.includes(delimiter) || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The export as CSV bytes: UTF-8 with a BOM (Excel's «CSV UTF-8»), or Windows-1251 (emoji become `?`, as Excel writes them). */
export function exportCsv(e: GeneratedExport, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1251' = 'utf-8-bom'): Uint8Array {
  const text = [e.header, ...e.rows].map((r) => r.map((c) => field(c, e.delimiter)).join(e.delimiter)).join('\r\n') + '\r\n';
  if (encoding === 'windows-1251') return iconv.encode(text, 'windows-1251');
  const bytes = Buffer.from(text, 'utf-8');
  return encoding === 'utf-8' ? bytes : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
}

/** The export as JSON Lines (keys: the header names). */
export function exportJsonl(e: GeneratedExport): string {
  return e.rows.map((r) => JSON.stringify(Object.fromEntries(e.header.map((h, i) => [h, r[i]])))).join('\n') + '\n';
}

/**
 * The export as an XLSX workbook (one sheet), as Excel saves it: dates as date cells (wall times;
 * Excel has no zones), followers as numbers where they are plain digits, the rest as text.
 */
export async function exportXlsx(e: GeneratedExport): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Упоминания');
  ws.addRow(e.header);
  const dateCol = e.header.findIndex((h) => ['Дата', 'Published', 'Дата публикации', 'Date'].includes(h));
  for (const r of e.rows) {
    const values: unknown[] = r.map((c) => (/^\d{1,9}$/.test(c) ? Number(c) : c));
    const m =
      /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/.exec(r[dateCol]) ?? /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/.exec(r[dateCol]);
    if (m) {
      const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
      values[dateCol] = new Date(Date.UTC(+y, +mo - 1, +d, +m[4], +m[5]));
    }
    ws.addRow(values);
  }
  ws.getColumn(dateCol + 1).numFmt = 'dd.mm.yyyy hh:mm';
  // A second sheet, as some services add a summary: the reader reads only the first.
  wb.addWorksheet('Сводка').addRow(['Итого', e.rows.length]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
