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
}

export const BUILTIN_CALENDARS: readonly string[] = ['ru'];

export function builtinCalendar(id: string): BuiltinCalendar | undefined {
  void id;
  return undefined; // STUB: owned by the deadline stage
}
