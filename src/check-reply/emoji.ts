/**
 * Emoji as a reader sees them: one emoji is one sequence — a pictograph with its skin tone and
 * variation selector, ZWJ families («👨‍👩‍👧» is one), flags (two regional indicators), keycaps and tag
 * sequences. ©, ® and ™ are typography, not emoji, unless they carry the emoji selector.
 */

const PIC = '\\p{Extended_Pictographic}';
const MODS = '(?:\\uFE0F|\\p{Emoji_Modifier}|[\\u{E0020}-\\u{E007F}])*';
/** One emoji sequence, as regex source (needs the `u` flag). */
export const EMOJI_SOURCE = `(?:\\p{Regional_Indicator}{2}|[#*0-9]\\uFE0F?\\u20E3|(?![\\u00A9\\u00AE\\u2122](?!\\uFE0F))${PIC}${MODS}(?:\\u200D${PIC}${MODS})*)`;

const EMOJI = new RegExp(EMOJI_SOURCE, 'gu');

/**
 * Whether a text may hold an emoji at all: pictographs live in U+203C–U+3299 and the astral planes
 * (surrogates), keycaps need U+20E3. Most replies have none, and this test is much cheaper than the
 * sequence regex.
 */
const MAYBE_EMOJI = /[\u203C-\u3299\uD800-\uDBFF]/;

/** Whether the text may contain an emoji (false means it certainly does not). */
export function mayHaveEmoji(text: string): boolean {
  return MAYBE_EMOJI.test(text);
}

/** Number of emoji (sequences) in a text. */
export function countEmoji(text: string): number {
  if (!MAYBE_EMOJI.test(text)) return 0;
  let n = 0;
  EMOJI.lastIndex = 0;
  while (EMOJI.exec(text) !== null) n++;
  return n;
}

/** Where the emoji of a text are: UTF-16 offsets (end exclusive). */
export function emojiSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!MAYBE_EMOJI.test(text)) return out;
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m !== null; m = EMOJI.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
