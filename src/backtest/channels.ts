/**
 * The platform names monitoring exports write («ВКонтакте», «vk.com», «Яндекс.Карты», «Twitter»)
 * mapped to channel ids (`vk`, `yandex-maps`, `x`) — the ids the example playbooks use. A name the
 * table does not know is tried against the playbook's own channel ids and names.
 */
import { charSet, trimEndWhile } from '../text/trim.js';

/** Canonical channel id → the names exports use for it (compared by `channelKey`). */
export const CHANNEL_NAMES: Readonly<Record<string, readonly string[]>> = {
  vk: ['vk', 'vkontakte', 'вконтакте', 'вк', 'vk.com', 'm.vk.com', 'в контакте'],
  telegram: ['telegram', 'телеграм', 'телеграмм', 't.me', 'tg', 'telegram.org'],
  instagram: ['instagram', 'инстаграм', 'instagram.com', 'insta', 'ig'],
  facebook: ['facebook', 'фейсбук', 'facebook.com', 'fb', 'fb.com'],
  x: ['x', 'twitter', 'твиттер', 'twitter.com', 'x.com', 'x (twitter)', 'twitter (x)'],
  youtube: ['youtube', 'ютуб', 'youtube.com', 'youtu.be'],
  ok: ['ok', 'odnoklassniki', 'одноклассники', 'ok.ru'],
  dzen: ['dzen', 'дзен', 'яндекс дзен', 'dzen.ru', 'zen.yandex.ru'],
  tiktok: ['tiktok', 'тикток', 'tiktok.com'],
  otzovik: ['otzovik', 'отзовик', 'otzovik.com'],
  irecommend: ['irecommend', 'irecommend.ru', 'айрекоменд'],
  'yandex-maps': ['yandex maps', 'яндекс карты', 'яндекс.карты', 'yandex.ru/maps', 'yandex-maps', 'яндекс бизнес'],
  '2gis': ['2gis', '2гис', '2gis.ru', 'дубльгис'],
  'google-maps': ['google maps', 'google карты', 'google-maps', 'maps.google.com'],
  'google-play': ['google play', 'google-play', 'play.google.com', 'гугл плей', 'google play market'],
  'app-store': ['app store', 'appstore', 'app-store', 'apps.apple.com', 'apple app store'],
  trustpilot: ['trustpilot', 'trustpilot.com'],
  email: ['email', 'e-mail', 'почта', 'электронная почта', 'mail'],
};

/** A platform name as compared: lower-case, `ё` as `е`, `www.`, `https://` and a trailing `/` dropped, inner spaces single. */
const SLASH = charSet('/');

export function channelKey(name: string): string {
  const bare = name
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '');
  return trimEndWhile(bare, SLASH).replace(/\s+/g, ' ');
}

const BY_NAME = new Map<string, string>();
for (const [id, names] of Object.entries(CHANNEL_NAMES)) for (const n of names) BY_NAME.set(channelKey(n), id);

/** How an export's platform names become the playbook's channel ids. */
export interface ChannelMapper {
  /** The playbook's channel id for a platform name, or null when none fits. */
  map(name: string): string | null;
}

/**
 * A mapper for a playbook's channels: `--channel-map NAME=id` first, then the table, then the
 * playbook's own ids and names. Results are cached per distinct name (exports repeat a few names).
 */
export function channelMapper(
  channels: ReadonlyMap<string, { id: string; name: string }>,
  explicit: ReadonlyMap<string, string> = new Map(),
): ChannelMapper {
  const own = new Map<string, string>();
  for (const [id, c] of channels) {
    own.set(channelKey(id), id);
    own.set(channelKey(c.name), id);
  }
  const overrides = new Map([...explicit].map(([k, v]) => [channelKey(k), v]));
  const cache = new Map<string, string | null>();
  return {
    map(name) {
      const hit = cache.get(name);
      if (hit !== undefined) return hit;
      const key = channelKey(name);
      let id = overrides.get(key) ?? own.get(key) ?? null;
      if (id === null) {
        // A URL of a post (`https://vk.com/wall-1_2`): its host names the platform.
        const host = key.includes('/') ? key.slice(0, key.indexOf('/')) : key;
        const known = BY_NAME.get(key) ?? BY_NAME.get(host);
        if (known !== undefined && channels.has(known)) id = known;
      }
      if (id !== null && !channels.has(id)) id = null;
      if (cache.size < 10_000) cache.set(name, id);
      return id;
    },
  };
}
