/**
 * A channel's length unit after a number, in each language («280 знаков X», "280 X characters"): an
 * ICU `select` on `{unit}`, shared by the messages that count in a unit (the simulator's reply
 * length, the language server's channel descriptions, the trace's Russian render and limit checks:
 * «221 из 4096 символов»; the trace's English reproduces `message`, "(graphemes)", and is its own).
 */
import type { Lang } from '../index.js';

export const COUNTED_UNIT: Readonly<Record<Lang, string>> = {
  en: '{unit, select, graphemes {characters} twitter {X characters} bytes {bytes} utf16 {UTF-16 units} other {{unit}}}',
  ru: '{unit, select, graphemes {символов} twitter {знаков X} bytes {байт} utf16 {единиц UTF-16} other {{unit}}}',
};
