/**
 * Which column of an export holds which field of a mention: `--map field=Column` first, then the
 * header names that Brand Analytics, YouScan, Medialogia and RocketData exports use, in Russian and
 * English. Pure: takes the header row, returns the mapping and what could not be mapped.
 */

/** The fields a backtest reads from a row. `text`, `channel` and `at` are required. */
export const MENTION_FIELDS = ['text', 'channel', 'author', 'followers', 'at', 'url', 'id'] as const;
export type MentionField = (typeof MENTION_FIELDS)[number];
export const REQUIRED_FIELDS: readonly MentionField[] = ['text', 'channel', 'at'];

/**
 * Header names per field, lower-cased, in the order they are preferred when several are present
 * (an export with both «Текст» and «Заголовок» maps `text` to «Текст»).
 */
export const HEADER_NAMES: Readonly<Record<MentionField, readonly string[]>> = {
  text: [
    'text',
    'текст',
    'текст сообщения',
    'текст упоминания',
    'содержание',
    'content',
    'message',
    'сообщение',
    'body',
    'mention',
    'упоминание',
    'full text',
    'snippet',
    'фрагмент',
  ],
  channel: [
    'channel',
    'platform',
    'source',
    'площадка',
    'источник',
    'тип площадки',
    'source type',
    'социальная сеть',
    'соцсеть',
    'site',
    'сайт',
    'ресурс',
    'resource',
    'network',
  ],
  author: ['author', 'автор', 'author name', 'имя автора', 'user', 'пользователь', 'author login', 'логин автора', 'nickname', 'ник'],
  followers: [
    'followers',
    'подписчики',
    'аудитория',
    'reach',
    'охват',
    'audience',
    'подписчиков',
    'число подписчиков',
    'author followers',
    'subscribers',
    'аудитория автора',
  ],
  at: [
    'date',
    'дата',
    'published',
    'published at',
    'дата публикации',
    'время',
    'дата и время',
    'datetime',
    'created at',
    'created',
    'timestamp',
    'время публикации',
    'publication date',
    'at',
  ],
  url: ['url', 'ссылка', 'link', 'ссылка на упоминание', 'адрес', 'permalink', 'post url'],
  id: ['id', 'ид', 'идентификатор', 'mention id', 'post id', 'uid', '№', 'номер'],
};

export interface ColumnMapping {
  /** Column index per field. */
  columns: Partial<Record<MentionField, number>>;
  /** How each mapped field was found: from `--map`, or detected from its header name. */
  how: Partial<Record<MentionField, 'map' | 'detected'>>;
  /** Problems that stop the run: a `--map` naming a column the file lacks, a required field not found. */
  problems: string[];
}

/** Normalises a header cell for comparison: trimmed, lower-case, inner spaces and `_`/`-` as one space, `ё` as `е`. */
export function headerKey(cell: string): string {
  let s = cell.trim().toLowerCase().replace(/ё/g, 'е');
  s = s.replace(/[\s_\-.:]+/g, ' ').trim();
  return s;
}

/** `--map field=Column` pairs, checked: unknown fields are problems. */
export function parseMapOptions(pairs: readonly string[]): { map: Partial<Record<MentionField, string>>; problems: string[] } {
  const map: Partial<Record<MentionField, string>> = {};
  const problems: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) {
      problems.push(`--map \`${pair}\` is not FIELD=COLUMN (e.g. text=Текст)`);
      continue;
    }
    const field = pair.slice(0, eq).trim() as MentionField;
    if (!MENTION_FIELDS.includes(field)) {
      problems.push(`--map: unknown field \`${field}\`, expected one of ${MENTION_FIELDS.map((f) => `\`${f}\``).join(', ')}`);
      continue;
    }
    map[field] = pair.slice(eq + 1);
  }
  return { map, problems };
}

/** Maps the header row to fields: `--map` first, then detection; reports required fields not found. */
export function mapColumns(header: readonly string[], explicit: Partial<Record<MentionField, string>> = {}): ColumnMapping {
  const keys = header.map(headerKey);
  const columns: ColumnMapping['columns'] = {};
  const how: ColumnMapping['how'] = {};
  const problems: string[] = [];
  const taken = new Set<number>();
  for (const field of MENTION_FIELDS) {
    const want = explicit[field];
    if (want === undefined) continue;
    let i = header.indexOf(want);
    if (i < 0) i = keys.indexOf(headerKey(want));
    if (i < 0) {
      problems.push(
        `--map ${field}=${want}: the file has no column \`${want}\` (its columns: ${header.map((h) => `\`${h}\``).join(', ')})`,
      );
      continue;
    }
    columns[field] = i;
    how[field] = 'map';
    taken.add(i);
  }
  for (const field of MENTION_FIELDS) {
    if (columns[field] !== undefined || explicit[field] !== undefined) continue;
    for (const name of HEADER_NAMES[field]) {
      const i = keys.indexOf(name);
      if (i >= 0 && !taken.has(i)) {
        columns[field] = i;
        how[field] = 'detected';
        taken.add(i);
        break;
      }
    }
  }
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] === undefined && explicit[field] === undefined)
      problems.push(
        `no column for \`${field}\` (looked for ${HEADER_NAMES[field]
          .slice(0, 4)
          .map((n) => `«${n}»`)
          .join(', ')}…); name it with --map ${field}=COLUMN (the file's columns: ${header.map((h) => `\`${h}\``).join(', ')})`,
      );
  }
  return { columns, how, problems };
}
