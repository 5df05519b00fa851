/**
 * How long a reply is in the unit its channel counts: `graphemes` (what a person sees as one
 * character), `twitter` (X's weighted count, twitter-text v3), `bytes` (UTF-8), `utf16` (JS length).
 */
import type { LengthUnit } from '../model/playbook.js';
import { countGraphemeClusters } from '../text/graphemes.js';
import { charSet, trimEndWhile } from '../text/trim.js';
import { EMOJI_SOURCE, mayHaveEmoji } from './emoji.js';

/**
 * Text in which every UTF-16 unit is its own grapheme: Latin, Cyrillic, common punctuation and
 * symbols, no CR (CR LF is one grapheme), no combining marks, joiners, selectors or surrogates.
 */
const ONE_UNIT_GRAPHEMES = /^[\n\t\x20-\x7E\u00A0-\u02FF\u0400-\u0482\u048A-\u052F\u2010-\u205F\u20A0-\u20BF\u2100-\u214F]*$/;

/** A UTF-16 unit of ONE_UNIT_GRAPHEMES' class. */
function isOneUnit(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    c === 0x0a ||
    c === 0x09 ||
    (c >= 0xa0 && c <= 0x2ff) ||
    (c >= 0x400 && c <= 0x482) ||
    (c >= 0x48a && c <= 0x52f) ||
    (c >= 0x2010 && c <= 0x205f) ||
    (c >= 0x20a0 && c <= 0x20bf) ||
    (c >= 0x2100 && c <= 0x214f)
  );
}

/** Stretches up to this long are remembered: replies repeat the same emoji with the same neighbours. */
const SEGMENT_MEMO_MAX = 32;
const SEGMENT_MEMO_LIMIT = 4096;
const segmentMemo = new Map<string, number>();

/**
 * Intl.Segmenter's count, in windows (its iterator is quadratic on a long text: text/graphemes.ts);
 * a short stretch's count is remembered (bounded: cleared when full).
 */
function segmentCount(text: string): number {
  if (text.length > SEGMENT_MEMO_MAX) return countGraphemeClusters(text);
  let n = segmentMemo.get(text);
  if (n === undefined) {
    n = countGraphemeClusters(text);
    if (segmentMemo.size >= SEGMENT_MEMO_LIMIT) segmentMemo.clear();
    segmentMemo.set(text, n);
  }
  return n;
}

/**
 * Number of grapheme clusters (user-perceived characters). Between two one-unit characters there is
 * always a boundary, so only the stretches around other characters (an emoji in a signature) go
 * through Intl.Segmenter, each with the one-unit character on either side that it may join.
 */
export function countGraphemes(text: string): number {
  if (ONE_UNIT_GRAPHEMES.test(text)) return text.length;
  const len = text.length;
  let n = 0,
    i = 0;
  while (i < len) {
    let j = i;
    while (j < len && isOneUnit(text.charCodeAt(j))) j++;
    if (j === len) {
      n += len - i;
      break;
    }
    const start = j > i ? j - 1 : i; // the one-unit character before the stretch may take marks
    n += start - i;
    let k = j;
    for (;;) {
      while (k < len && !isOneUnit(text.charCodeAt(k))) k++;
      if (k >= len) break;
      k++; // the one-unit character after the stretch may be joined to it (a prepended mark, CR LF)
      if (k < len && !isOneUnit(text.charCodeAt(k))) continue;
      break;
    }
    n += segmentCount(text.slice(start, k));
    i = k;
  }
  return n;
}

/** Number of bytes of the text in UTF-8. */
export function countUtf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** twitter-text v3: every URL counts as this many characters. */
export const TWITTER_URL_LENGTH = 23;

const TLDS =
  'com|ru|рф|net|org|io|me|info|su|by|kz|ua|uz|app|dev|co|shop|store|online|site|tech|pro|biz|gov|edu|tv|ly|to|gl|link|page|club|xyz|de|uk|eu|fr|us|ai|gg';
/** URLs as X detects them, reasonably: with a scheme or `www.`, or a host with a well-known TLD. */
const URL_SOURCE =
  `(?:https?:\\/\\/|www\\.)[^\\s<>"«»]+` +
  `|(?<![\\p{L}\\p{N}@.\\-_])(?:[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*\\.)+(?:${TLDS})(?![\\p{L}\\p{N}\\-])(?::\\d{1,5})?(?:[/?#][^\\s<>"«»]*)?`;
const URL_OR_EMOJI = new RegExp(`(${URL_SOURCE})|${EMOJI_SOURCE}`, 'giu');
const MAYBE_URL = /\.[\p{L}\p{N}]/u;
/** Punctuation after a URL is not part of it (trimmed by a scan: `/[…]+$/` is quadratic on a long run). */
const isTrailingPunct = charSet('.,!?;:)]\'"»…');

/** X's weight of one code point: 1 in the v3 config's ranges, else 2. */
function weight(cp: number): number {
  return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247) ? 1 : 2;
}

function weighPlain(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      n += 2;
      i++;
    } else n += weight(c);
  }
  return n;
}

/** X's weighted length: URLs 23, emoji sequences 2, code points in the light ranges 1, others 2. */
export function countTwitter(input: string): number {
  const text = input.normalize('NFC');
  // every URL form has a dot followed by a word character; most replies have neither URLs nor emoji
  if (!MAYBE_URL.test(text) && !mayHaveEmoji(text)) return weighPlain(text, 0, text.length);
  let n = 0;
  let last = 0;
  URL_OR_EMOJI.lastIndex = 0;
  for (let m = URL_OR_EMOJI.exec(text); m !== null; m = URL_OR_EMOJI.exec(text)) {
    let end = m.index + m[0].length;
    if (m[1] !== undefined) {
      const trimmed = trimEndWhile(m[0], isTrailingPunct);
      end = m.index + trimmed.length;
      URL_OR_EMOJI.lastIndex = end;
      n += weighPlain(text, last, m.index) + TWITTER_URL_LENGTH;
    } else {
      n += weighPlain(text, last, m.index) + 2;
    }
    last = end;
  }
  return n + weighPlain(text, last, text.length);
}

/** The length of a text in a channel's unit. */
export function measureLength(text: string, unit: LengthUnit): number {
  switch (unit) {
    case 'twitter':
      return countTwitter(text);
    case 'bytes':
      return countUtf8Bytes(text);
    case 'utf16':
      return text.length;
    default:
      return countGraphemes(text);
  }
}
