import { describe, it, expect } from 'vitest';
import { parseDuration } from '../../src/deadline/index.js';

describe('parseDuration: accepted forms', () => {
  it.each([
    ['30m', { kind: 'calendar', minutes: 30 }],
    ['2h', { kind: 'calendar', minutes: 120 }],
    ['90 minutes', { kind: 'calendar', minutes: 90 }],
    ['3d', { kind: 'calendar', minutes: 4320 }],
    ['2 days', { kind: 'calendar', minutes: 2880 }],
    ['1.5h', { kind: 'calendar', minutes: 90 }],
    ['2h 30m', { kind: 'calendar', minutes: 150 }],
    ['1h30m', { kind: 'calendar', minutes: 90 }],
    ['  2H  ', { kind: 'calendar', minutes: 120 }],
    ['2 часа', { kind: 'calendar', minutes: 120 }],
    ['30 минут', { kind: 'calendar', minutes: 30 }],
    ['1 сутки', { kind: 'calendar', minutes: 1440 }],
    ['4 business hours', { kind: 'business-minutes', minutes: 240 }],
    ['1 business hour', { kind: 'business-minutes', minutes: 60 }],
    ['30 business minutes', { kind: 'business-minutes', minutes: 30 }],
    ['4 working hours', { kind: 'business-minutes', minutes: 240 }],
    ['4 рабочих часа', { kind: 'business-minutes', minutes: 240 }],
    ['1 рабочий час', { kind: 'business-minutes', minutes: 60 }],
    ['1 business day', { kind: 'business-days', days: 1 }],
    ['2 business days', { kind: 'business-days', days: 2 }],
    ['1 рабочий день', { kind: 'business-days', days: 1 }],
    ['3 рабочих дня', { kind: 'business-days', days: 3 }],
    ['5 рабочих дней', { kind: 'business-days', days: 5 }],
    ['end of business day', { kind: 'end-of-business-day', offset: 0 }],
    ['End of the business day', { kind: 'end-of-business-day', offset: 0 }],
    ['end of next business day', { kind: 'end-of-business-day', offset: 1 }],
    ['конец рабочего дня', { kind: 'end-of-business-day', offset: 0 }],
    ['до конца рабочего дня', { kind: 'end-of-business-day', offset: 0 }],
    ['конец следующего рабочего дня', { kind: 'end-of-business-day', offset: 1 }],
  ])('%s', (text, expected) => {
    expect(parseDuration(text)).toEqual({ ...expected, text: text.trim() });
  });
});

describe('parseDuration: rejected forms say what was expected', () => {
  it.each([
    ['', /Empty duration: expected a number with a unit/],
    ['soon', /Unknown duration «soon»: expected a number with a unit \(30m, 2h/],
    ['2 weeks', /Unknown duration «2 weeks»/],
    ['30', /Unknown duration «30»/],
    ['h', /Unknown duration «h»/],
    ['2h 3h', /Unknown duration «2h 3h»/],
    ['-2h', /Unknown duration «-2h»/],
    ['0m', /expected a time greater than zero/],
    ['0.01h', /expected a whole number of minutes/],
    ['400d', /expected at most 366 days/],
    ['1.5 business days', /expected a whole number of business days from 1 to 365/],
    ['0 business days', /expected a whole number of business days/],
    ['business hours', /expected «N business hours», «N business minutes» or «N business days»/],
    ['4 business weeks', /Unknown working-time duration «4 business weeks»/],
    ['end of week', /Unknown duration «end of week»/],
  ])('%j', (text, message) => {
    const result = parseDuration(text);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(message);
  });
});
