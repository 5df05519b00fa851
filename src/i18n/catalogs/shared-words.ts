/**
 * Words several catalogues put in their messages, as ICU `select`s, written once.
 */
import type { Lang } from '../index.js';

/**
 * A channel's length unit after a number, in each language («280 знаков X», "280 X characters"): a
 * `select` on `{unit}`, for the messages that count in a unit (the simulator's reply length, the
 * language server's channel descriptions, the trace's Russian render and limit checks: «221 из 4096
 * символов»; the trace's English reproduces `message`, "(graphemes)", and is its own).
 */
export const COUNTED_UNIT: Readonly<Record<Lang, string>> = {
  en: '{unit, select, graphemes {characters} twitter {X characters} bytes {bytes} utf16 {UTF-16 units} other {{unit}}}',
  ru: '{unit, select, graphemes {символов} twitter {знаков X} bytes {байт} utf16 {единиц UTF-16} other {{unit}}}',
};

/**
 * An escalation's priority in Russian words (`select` on `{priority}`): the trace's fired
 * escalation, the simulator's decision and `sim --text` (where English writes the id, `high`, as
 * the playbook does), and the handbook.
 */
export const PRIORITY_RU =
  '{priority, select, low {низкий приоритет} normal {обычный приоритет} high {высокий приоритет} urgent {срочно} other {{priority}}}';
