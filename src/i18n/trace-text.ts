/**
 * A trace step, a reply check or a failed expectation for a person, in their language: the functions the simulator,
 * `sim --text` and the test reporter write the engine's explanations with. The English of a step's
 * `say` is its `message` exactly; a step without one (an outcome computed with the trace off) is
 * shown by its English `message`.
 */
import type { ReplyCheck, SayTime, SayValue, TraceSay, TraceStep } from '../model/outcome.js';
import type { ExpectationFailure } from '../model/test-result.js';
import { zoneName } from '../deadline/format.js';
import { traceMessages } from './catalogs/trace.js';
import { translate, type Lang, type Values } from './index.js';

/** A trace step or a reply check as a person reads it in `lang`. */
export function stepText(step: Pick<TraceStep | ReplyCheck, 'message' | 'say'>, lang: Lang): string {
  return step.say ? sayText(step.say, lang) : step.message;
}

/**
 * A failed expectation of a sample complaint as a person reads it in `lang`: its message, and its
 * expected and actual values (a word such as "a reply" or "none" in the language, anything found
 * as it is). Without `say` (a failure of the engine itself), the English as it is.
 */
export function failureText(
  f: Pick<ExpectationFailure, 'message' | 'expected' | 'actual' | 'say' | 'expectedSay' | 'actualSay'>,
  lang: Lang,
): { message: string; expected: string; actual: string } {
  return {
    message: f.say ? sayText(f.say, lang) : f.message,
    expected: f.expectedSay ? sayText(f.expectedSay, lang) : f.expected,
    actual: f.actualSay ? sayText(f.actualSay, lang) : f.actual,
  };
}

/** A message of the trace catalogue with its values, nested messages formatted first. */
export function sayText(say: TraceSay, lang: Lang): string {
  const t = translate(traceMessages, lang);
  if (!say.values) return t(say.id);
  const values: Values = {};
  for (const [k, v] of Object.entries(say.values)) values[k] = valueText(v, lang);
  return t(say.id, values);
}

function valueText(v: SayValue, lang: Lang): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('id' in v) return sayText(v, lang);
  if ('items' in v) return v.items.map((x) => valueText(x, lang)).join(translate(traceMessages, lang)(`join.${v.join}`));
  return timeText(v, lang);
}

const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_RU = ['вс', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб'];
const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** A time as the engine's English writes it, or in Russian with the month's name (and the zone's, for `iso`). */
function timeText(v: SayTime, lang: Lang): string {
  const m = LOCAL.exec(v.time);
  if (!m) return v.time;
  const [, y, mo, d, hh, mm, z, sign, oh, om] = m;
  const weekday = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay();
  const date = `${y}-${mo}-${d}`;
  if (lang === 'en') {
    if (v.as === 'iso') return v.time;
    if (v.as === 'clock') return `${hh}:${mm}`;
    if (v.as === 'date') return date;
    return v.as === 'day' ? `${WEEKDAYS_EN[weekday]} ${date}` : `${WEEKDAYS_EN[weekday]} ${date} ${hh}:${mm}`;
  }
  if (v.as === 'clock') return `${hh}:${mm}`;
  const day = `${Number(d)} ${MONTHS_RU[Number(mo) - 1]} ${y}`;
  if (v.as === 'date') return day;
  if (v.as === 'day') return `${WEEKDAYS_RU[weekday]}, ${day}`;
  if (v.as === 'label') return `${WEEKDAYS_RU[weekday]}, ${day}, ${hh}:${mm}`;
  const offset = z === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const zone = v.zone ? zoneName(v.zone, offset, 'ru') : z === 'Z' ? 'UTC' : `UTC${sign}${oh}:${om}`;
  return `${day}, ${hh}:${mm} ${zone}`;
}
