/**
 * Built-in production calendars: public holidays, the transfers that make weekends working days,
 * and pre-holiday shortened days. Only years whose data is certain are listed (see `years`).
 */
import { RU_CALENDAR } from './calendar-ru.js';

/** Built-in production calendars: public holidays and the transfers that make weekends working days. */
export interface BuiltinCalendar {
  id: string;
  description: string;
  /** ISO dates (YYYY-MM-DD) that are days off. */
  holidays: string[];
  /** ISO dates that are working days although they fall on a weekend. */
  workingDays: string[];
  /** Years the data covers. */
  years: number[];
  /** Working days shortened by one hour because a public holiday follows (RU Labour Code, art. 95). */
  shortenedDays?: string[];
}

export const BUILTIN_CALENDARS: readonly string[] = ['ru'];

/** The built-in calendar with this id (`ru`), or undefined. Returns a fresh copy each call. */
export function builtinCalendar(id: string): BuiltinCalendar | undefined {
  if (id !== 'ru') return undefined;
  return {
    ...RU_CALENDAR,
    holidays: [...RU_CALENDAR.holidays],
    workingDays: [...RU_CALENDAR.workingDays],
    years: [...RU_CALENDAR.years],
    shortenedDays: [...(RU_CALENDAR.shortenedDays ?? [])],
  };
}
