/**
 * Words several catalogues put in their messages, as ICU `select`s, written once.
 */
import type { Lang } from '../index.js';

/**
 * A channel's length unit after its limit («из 280 знаков X», «из 281 знака X», "280 X characters"):
 * a `select` on `{unit}`, in the case the number `{limit}` asks for (Russian: the genitive, singular
 * after 1, 21, 31…, as «из», «до» and «при лимите» take it). For the simulator's reply length, the
 * language server's channel descriptions and the trace's Russian render and limit checks (the
 * trace's English reproduces `message`, "(graphemes)", and keeps its own words).
 */
export const COUNTED_UNIT: Readonly<Record<Lang, string>> = {
  en: '{unit, select, graphemes {{limit, plural, one {character} other {characters}}} twitter {{limit, plural, one {X character} other {X characters}}} bytes {{limit, plural, one {byte} other {bytes}}} utf16 {{limit, plural, one {UTF-16 unit} other {UTF-16 units}}} other {{unit}}}',
  ru: '{unit, select, graphemes {{limit, plural, one {символа} other {символов}}} twitter {{limit, plural, one {знака X} other {знаков X}}} bytes {{limit, plural, one {байта} other {байт}}} utf16 {{limit, plural, one {единицы UTF-16} other {единиц UTF-16}}} other {{unit}}}',
};

/**
 * An escalation's priority in Russian words (`select` on `{priority}`): the trace's fired
 * escalation, the simulator's decision and `sim --text` (where English writes the id, `high`, as
 * the playbook does), the handbook, the backtest report's mentions and the diff's escalations.
 */
export const PRIORITY_RU =
  '{priority, select, low {низкий приоритет} normal {обычный приоритет} high {высокий приоритет} urgent {срочно} other {{priority}}}';

/** The same, as a cell of a column headed «Приоритет» (the backtest report's escalations). */
export const PRIORITY_CELL_RU = '{priority, select, low {низкий} normal {обычный} high {высокий} urgent {срочный} other {{priority}}}';
