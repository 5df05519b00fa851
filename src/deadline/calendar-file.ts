/**
 * Production calendar files in the form Russian accounting tools publish (xmlcalendar.ru,
 * КонсультантПлюс): `<calendar year="2027"><holidays>…</holidays><days><day d="01.01" t="1" h="1"/>…`
 * where `d` is the date as MM.DD, `t` its kind (1 a day off, 2 a shortened pre-holiday day, 3 a
 * working weekend), `h` the holiday's id and `f` the date a day off was transferred from. The JSON
 * form is the same tree: `{ "year": 2027, "days": [{ "d": "01.01", "t": 1 }] }`, optionally inside
 * `{ "calendar": … }`, or a list of such years. The core parses the text; the front end reads the file
 * through the project's door (src/node/project-fs.ts). Parsing is linear and the text is bounded.
 */
import type { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Position } from '../diagnostics/diagnostic.js';
import type { CalendarYear } from '../model/playbook.js';

/**
 * The XML library (`fast-xml-parser`). The core does not import it: it takes about 20 ms to load,
 * which every `check` would pay for playbooks that name no XML calendar file. The front ends'
 * layer (`src/node/xml-library.ts`) provides a loader, called the first time an XML calendar file is
 * parsed; the core stays free of I/O and of module loading (as with the holiday library).
 */
export interface XmlLibrary {
  XMLParser: typeof XMLParser;
  XMLValidator: typeof XMLValidator;
}

let loadXml: (() => XmlLibrary) | undefined;
let xml: XmlLibrary | undefined;

/** Sets how the XML library is loaded (by src/node, once); the loader runs at most once. */
export function provideXmlLibrary(loader: () => XmlLibrary): void {
  loadXml = loader;
  xml = undefined;
}

function xmlLibrary(): XmlLibrary {
  if (!xml && loadXml) xml = loadXml();
  if (!xml) throw new Error('no XML library was provided to the core (src/node/xml-library.ts)');
  return xml;
}

/** The largest calendar file read (a year's calendar is about 3 KB; many years fit). */
export const MAX_CALENDAR_FILE_BYTES = 256 * 1024;

/** A problem in a calendar file or a supplied year, with its place in the text when known. */
export interface CalendarProblem {
  message: string;
  /**
   * The problem, beside the English sentence: `too-large` (`kib`), `xml` and `json` (`error`, the
   * parser's own English), `no-calendar` (`reason` `element` or `days`), `bad-year` (`year`),
   * `bad-day` (`day`, `year`), `bad-kind` (`day`, `year`, `kind`), `no-year`, or one of
   * {@link checkCalendarYear}'s.
   */
  code: string;
  values: Record<string, string | number>;
  /** Where in the file, when the problem is placed. */
  at?: Position;
  /** `error`, or `warning` for something that is used anyway. */
  severity: 'error' | 'warning';
}

const KIND_OFF = 1;
const KIND_SHORTENED = 2;
const KIND_WORKING = 3;

/** The position of an offset (1-based line and column). */
function place(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1, offset };
}

/** The position of a 1-based line and column. */
function positionAt(text: string, line: number, column: number): Position {
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1 || -1;
  return { line, column, offset: Math.max(0, offset) + Math.max(0, column - 1) };
}

/** Is this a real date (YYYY-MM-DD)? */
export function isIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
}

/** True for a Saturday or a Sunday. */
export function isWeekend(date: string): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

/**
 * A problem of one date of a year, beside the English sentence: `not-a-date` (`date`), `other-year`
 * (`date`, `year`), `off-and-working` (`date`, `list` `working` or `shortened`).
 */
export interface YearProblem {
  date: string;
  list: 'holidays' | 'workingDays' | 'shortenedDays';
  code: 'not-a-date' | 'other-year' | 'off-and-working';
  values: Record<string, string | number>;
  message: string;
}

/** What is wrong with one year of a calendar: a date outside the year, or one both off and working. */
export function checkCalendarYear(y: Pick<CalendarYear, 'year' | 'holidays' | 'workingDays' | 'shortenedDays'>): YearProblem[] {
  const out: YearProblem[] = [];
  const lists = [
    ['holidays', y.holidays],
    ['workingDays', y.workingDays],
    ['shortenedDays', y.shortenedDays],
  ] as const;
  for (const [list, dates] of lists)
    for (const d of dates) {
      if (!isIsoDate(d))
        out.push({ date: d, list, code: 'not-a-date', values: { date: d }, message: `\`${d}\` is not a date: expected YYYY-MM-DD` });
      else if (Number(d.slice(0, 4)) !== y.year)
        out.push({
          date: d,
          list,
          code: 'other-year',
          values: { date: d, year: y.year },
          message: `${d} is not in ${y.year}: a calendar year lists only its own dates`,
        });
    }
  const off = new Set(y.holidays);
  for (const [list, dates] of [lists[1], lists[2]])
    for (const d of dates)
      if (off.has(d))
        out.push({
          date: d,
          list,
          code: 'off-and-working',
          values: { date: d, list: list === 'workingDays' ? 'working' : 'shortened' },
          message: `${d} is both a day off and a ${list === 'workingDays' ? 'working' : 'shortened working'} day: list it once`,
        });
  return out;
}

interface RawDay {
  d?: unknown;
  t?: unknown;
}

/** The calendars of the tree, with the year and the days of each. */
function calendarsOf(tree: unknown): Array<{ year?: unknown; days: RawDay[] }> | { reason: 'element' | 'days'; message: string } {
  const list = Array.isArray(tree) ? tree : [tree];
  const out: Array<{ year?: unknown; days: RawDay[] }> = [];
  for (const item of list) {
    const cal = item && typeof item === 'object' && 'calendar' in item ? (item as { calendar: unknown }).calendar : item;
    if (!cal || typeof cal !== 'object' || Array.isArray(cal))
      return { reason: 'element', message: 'expected a <calendar year="…"> element (or a JSON object with `year` and `days`)' };
    const c = cal as { year?: unknown; days?: unknown };
    // XML: <days><day …/></days> → { days: { day: [...] } }; JSON: { days: [...] } or the same.
    let days: unknown = c.days;
    if (days === undefined || (typeof days === 'string' && days.trim() === ''))
      days = []; // `<days/>`
    else if (days && typeof days === 'object' && !Array.isArray(days) && 'day' in days) days = (days as { day: unknown }).day;
    if (!Array.isArray(days)) return { reason: 'days', message: 'expected `days` to be a list of days' };
    out.push({ year: c.year, days: days as RawDay[] });
  }
  return out;
}

/**
 * The years a calendar file holds, and its problems (a year with problems is still returned with
 * its good dates, so one bad line does not drop a year's holidays). `kind` is `xml` or `json`.
 */
export function parseCalendarFile(text: string, kind: 'xml' | 'json'): { years: CalendarYear[]; problems: CalendarProblem[] } {
  const problems: CalendarProblem[] = [];
  if (text.length > MAX_CALENDAR_FILE_BYTES) {
    problems.push({
      severity: 'error',
      code: 'too-large',
      values: { kib: MAX_CALENDAR_FILE_BYTES / 1024 },
      message: `The calendar file is larger than ${MAX_CALENDAR_FILE_BYTES / 1024} KiB and is not read`,
    });
    return { years: [], problems };
  }
  let tree: unknown;
  if (kind === 'xml') {
    const { XMLParser, XMLValidator } = xmlLibrary();
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      problems.push({
        severity: 'error',
        code: 'xml',
        values: { error: valid.err.msg },
        message: `The calendar file is not well-formed XML: ${valid.err.msg}`,
        at: positionAt(text, valid.err.line, valid.err.col),
      });
      return { years: [], problems };
    }
    // No entity expansion (nothing to expand in a calendar, and no way to make a small file large).
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: false,
      parseTagValue: false,
      parseAttributeValue: false,
      isArray: (name) => name === 'day' || name === 'holiday',
    });
    tree = parser.parse(text);
  } else {
    try {
      tree = JSON.parse(text);
    } catch (e) {
      const error = (e as Error).message;
      problems.push({ severity: 'error', code: 'json', values: { error }, message: `The calendar file is not valid JSON: ${error}` });
      return { years: [], problems };
    }
  }
  const cals = calendarsOf(tree);
  if (!Array.isArray(cals)) {
    problems.push({
      severity: 'error',
      code: 'no-calendar',
      values: { reason: cals.reason },
      message: `The calendar file has no calendar: ${cals.message}`,
    });
    return { years: [], problems };
  }
  // Places a problem at the first `d="MM.DD"` (XML) or `"MM.DD"` (JSON) of the file, else at its start.
  const at = (needle: string): { at?: Position } => {
    const i = text.indexOf(needle);
    return i < 0 ? {} : { at: place(text, i) };
  };
  const years: CalendarYear[] = [];
  for (const cal of cals) {
    const year = Number(cal.year);
    if (!Number.isInteger(year) || year < 1970 || year > 2999) {
      problems.push({
        severity: 'error',
        code: 'bad-year',
        values: { year: String(cal.year) },
        message: `The calendar's year \`${String(cal.year)}\` is not a year from 1970 to 2999`,
        ...at('year'),
      });
      continue;
    }
    const holidays: string[] = [];
    const workingDays: string[] = [];
    const shortenedDays: string[] = [];
    for (const day of cal.days) {
      const d = String(day?.d ?? '');
      const t = Number(day?.t);
      const m = /^(\d{2})\.(\d{2})$/.exec(d);
      const where = at(kind === 'xml' ? `d="${d}"` : `"${d}"`);
      const date = m ? `${year}-${m[1]}-${m[2]}` : '';
      if (!m || !isIsoDate(date)) {
        problems.push({
          severity: 'error',
          code: 'bad-day',
          values: { day: d, year },
          message: `Day \`${d}\` of ${year} is not a date: expected MM.DD (01.07 is 7 January)`,
          ...where,
        });
        continue;
      }
      if (t === KIND_OFF) holidays.push(date);
      else if (t === KIND_WORKING) workingDays.push(date);
      else if (t === KIND_SHORTENED) {
        shortenedDays.push(date);
        // A shortened Saturday (1 November 2025) is a working weekend too.
        if (isWeekend(date)) workingDays.push(date);
      } else
        problems.push({
          severity: 'error',
          code: 'bad-kind',
          values: { day: d, year, kind: String(day?.t ?? '') },
          message: `Day ${d} of ${year} has kind t="${String(day?.t ?? '')}": expected 1 (a day off), 2 (a shortened day) or 3 (a working weekend)`,
          ...where,
        });
    }
    const y: CalendarYear = { year, holidays, workingDays, shortenedDays, origin: '' };
    for (const p of checkCalendarYear(y)) {
      const mmdd = p.date.slice(5).replace('-', '.');
      problems.push({
        severity: 'error',
        code: p.code,
        values: p.values,
        message: p.message,
        ...at(kind === 'xml' ? `d="${mmdd}"` : `"${mmdd}"`),
      });
    }
    years.push(y);
  }
  if (years.length === 0 && problems.length === 0)
    problems.push({ severity: 'error', code: 'no-year', values: {}, message: 'The calendar file holds no year' });
  return { years, problems };
}
