/**
 * The handbook's words in its language: the messages of the handbook's catalogue
 * (src/i18n/catalogs/handbook.ts), and what is said with them — durations («в течение 1 рабочего
 * дня», "within 1 business day"), deadlines («до 3 марта, 14:10 МСК», "by 3 March, 14:10 MSK") and
 * the working week («Пн–Пт: 09:00–18:00»).
 */
import { formatDue } from '../deadline/format.js';
import { translate, type Lang, type Translate } from '../i18n/index.js';
import { handbookMessages } from '../i18n/catalogs/handbook.js';
import type { Duration, Interval, Schedule } from '../model/playbook.js';

export type HandbookMessageId = keyof (typeof handbookMessages)['en'];
export type Words = Translate<HandbookMessageId>;

/** The handbook's messages in `lang`. */
export function wordsFor(lang: Lang): Words {
  return translate(handbookMessages, lang);
}

/** A response time in words: «в течение 2 рабочих часов», "by the end of the next business day". */
export function withinWords(d: Duration, w: Words): string {
  switch (d.kind) {
    case 'calendar': {
      const m = d.minutes;
      if (m % 1440 === 0) return w('within.calendarDays', { n: m / 1440 });
      if (m % 60 === 0) return w('within.hours', { n: m / 60 });
      return w('within.minutes', { n: m });
    }
    case 'business-minutes':
      return d.minutes % 60 === 0 ? w('within.businessHours', { n: d.minutes / 60 }) : w('within.businessMinutes', { n: d.minutes });
    case 'business-days':
      return w('within.businessDays', { n: d.days });
    case 'end-of-business-day':
      return w(d.offset === 0 ? 'within.endOfDay' : 'within.endOfNextDay');
  }
}

/** A deadline as the agent is told it: «ответить до 3 марта, 14:10 МСК», "reply by 3 March, 14:10 MSK". */
export function dueWords(dueIso: string, lang: Lang, zone: string, w: Words): string {
  return w('dueBy', { time: formatDue(dueIso, lang, zone, { zone: true, dayFirst: true }) });
}

function hhmm(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

const DAY_IDS = ['day.0', 'day.1', 'day.2', 'day.3', 'day.4', 'day.5', 'day.6'] as const;

/** Weekly hours as lines: consecutive days with the same hours are joined («Пн–Пт: 09:00–18:00»). */
export function scheduleLines(schedule: Schedule, w: Words): string[] {
  const text = schedule.weekly.map((day) =>
    day.length ? day.map((i: Interval) => `${hhmm(i.start)}–${hhmm(i.end)}`).join(', ') : w('dayOff'),
  );
  const day = (i: number) => w(DAY_IDS[i]);
  const lines: string[] = [];
  for (let i = 0; i < 7;) {
    let j = i;
    while (j + 1 < 7 && text[j + 1] === text[i]) j++;
    lines.push(`${i === j ? day(i) : `${day(i)}–${day(j)}`}: ${text[i]}`);
    i = j + 1;
  }
  return lines;
}

/** A message id made of a prefix and a playbook value (`action.hide`), or the value itself when the catalogue has none. */
export function wordOf(w: Words, prefix: string, value: string): string {
  const id = `${prefix}.${value}`;
  return id in handbookMessages.en ? w(id as HandbookMessageId) : value;
}
