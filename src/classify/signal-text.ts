/**
 * The text the built-in word signals (order numbers, repeat contact, sarcasm) read: the mention's
 * original text in lower case with «ё» as «е», one UTF-16 unit for one, so a match's offsets are
 * the original's. Not the normalised text: the normaliser folds digits and symbols into letters for
 * the profanity lexicons («3» between letters is «з»), which would turn «3й раз» into «зй раз».
 */

/**
 * What counts as part of a word for the built-in signals' boundaries, as a regex class body: digits,
 * `_`, Latin and Cyrillic letters. Not `\p{L}`: V8 keeps a pattern with many Unicode property
 * classes in its slow interpreter, and these patterns run on every mention.
 */
export const WORD_CLASS = String.raw`\dA-Za-z_\u00c0-\u024f\u0400-\u04ff`;

let lastIn = '';
let lastOut = '';

/** Lower case of one UTF-16 code, or the code itself (never a change of length). */
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  if (c === 0x401 || c === 0x451) return 0x435; // ё → е
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const decoder = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;
/**
 * The longest text lowered by `lowerSimple`: on a long one `toLowerCase`'s fixed cost is spread
 * thin and its inner loop is the faster (18,000 characters: about 0.05 ms against 0.1 ms).
 */
const SIMPLE_MAX = 2048;
const scratch = new Uint16Array(SIMPLE_MAX);

/**
 * `s` lowered code by code when every code is one whose lower case `toLowerCase` gives without
 * context or tables: ASCII, the basic Cyrillic block (U+0400–U+045F), Latin-1 punctuation, general
 * punctuation, «№», «₽», and emoji pairs (U+1F000–U+1FBFF have no case). Null for any other code
 * (Greek «Σ» lowers by context, a lone surrogate would not survive the decoder): then `toLowerCase`.
 * `toLowerCase` of a text with Cyrillic takes V8's table-driven path, which costs several times
 * this loop on a mention when its tables are out of the cache (as between the classifier's passes).
 */
function lowerSimple(s: string): string | null {
  const n = s.length;
  if (decoder === null || n > SIMPLE_MAX) return null;
  const out = scratch;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 32;
    } else if (c >= 0x400 && c <= 0x45f) {
      if (c >= 0x410 && c <= 0x42f) c += 32;
      else if (c === 0x401 || c === 0x451)
        c = 0x435; // ё → е
      else if (c < 0x410) c += 80;
    } else if (c >= 0xd83c && c <= 0xd83e) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return null;
      out[i++] = c;
      c = d;
    } else if (!((c >= 0xa0 && c <= 0xbf) || (c >= 0x2000 && c <= 0x206f) || c === 0x2116 || c === 0x20bd)) return null;
    out[i] = c;
  }
  return decoder.decode(out.subarray(0, n));
}

/** `s` in lower case, «ё» as «е», same length and offsets (the last text is remembered: several signals ask). */
export function signalText(s: string): string {
  if (s === lastIn) return lastOut;
  const simple = lowerSimple(s);
  if (simple !== null) {
    lastIn = s;
    lastOut = simple;
    return simple;
  }
  let out = s.toLowerCase();
  // A few letters lower to two units («İ» → «i̇»): then code by code, which never changes the length.
  if (out.length !== s.length) {
    const codes: string[] = [];
    for (let i = 0; i < s.length; i++) codes.push(String.fromCharCode(lowerCode(s.charCodeAt(i))));
    out = codes.join('');
  }
  if (out.includes('ё')) out = out.replaceAll('ё', 'е');
  lastIn = s;
  lastOut = out;
  return out;
}
