/**
 * Character classes by UTF-16 code, without regexes: the normaliser and tokeniser look at every
 * character of every mention, and a table lookup is far cheaper than `\p{L}` per character.
 */

const LETTER_RE = /^[\p{L}\p{M}]$/u;
const DIGIT_RE = /^\p{Nd}$/u;

/** A Latin letter a–z or A–Z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A Cyrillic letter (the basic block; covers Russian, Ukrainian, Belarusian). */
export function isCyrillic(c: number): boolean {
  return c >= 0x400 && c <= 0x4ff;
}

/** A Latin letter, including the accented ones of Latin-1 and Latin Extended-A/B. */
export function isLatin(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** An ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A letter or combining mark of any script. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (isCyrillic(c) || isLatin(c)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral letters are rare in mentions; emoji are not letters
  return LETTER_RE.test(String.fromCharCode(c));
}

/** A character that belongs inside a word token: a letter, mark or digit. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c) || isDigit(c);
  return isLetter(c) || (c > 0xff && c < 0xd800 && DIGIT_RE.test(String.fromCharCode(c)));
}

/** An upper-case letter of the scripts replybook reads (Latin, Cyrillic). */
export function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || (c >= 0x400 && c <= 0x40f) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** A lower-case letter of the scripts replybook reads (Latin, Cyrillic). */
export function isLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Characters that are invisible in print and only serve to split words: dropped by the normaliser. */
export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || c === 0x34f || c === 0x180e;
}

/** A combining mark of the basic block (NFC composes these with the letter before). */
export function isCombining(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}
