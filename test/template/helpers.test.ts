import { describe, expect, it } from 'vitest';
import {
  compileTemplates,
  renderReply,
  dearFor,
  greetingFor,
  nameGender,
  pluralForm,
  usableName,
  firstName,
} from '../../src/template/index.js';
import { HELPERS } from '../../src/template/vocabulary.js';
import { HELPER_FUNCTIONS } from '../../src/template/helpers/index.js';
import { ctx, playbook, template } from './support.js';

function render(text: string, over: Parameters<typeof ctx>[0] = {}): string {
  const out = renderReply(compileTemplates(playbook({ templates: [template('t', {}, text)] })), 't', ctx(over));
  if ('error' in out) throw new Error(out.error);
  return out.text;
}

function renderError(text: string, over: Parameters<typeof ctx>[0] = {}): string {
  const out = renderReply(compileTemplates(playbook({ templates: [template('t', {}, text)] })), 't', ctx(over));
  return 'error' in out ? out.error : `rendered ${JSON.stringify(out.text)}`;
}

describe('vocabulary', () => {
  it('registers exactly the documented helpers', () => {
    expect(Object.keys(HELPER_FUNCTIONS).sort()).toEqual(Object.keys(HELPERS).sort());
  });
});

describe('greeting', () => {
  it.each([
    // the same instant, two zones: 10:00 in Moscow is 17:00 in Vladivostok
    ['2026-03-02T00:59:00Z', 'Europe/Moscow', 'Здравствуйте'],
    ['2026-03-02T01:00:00Z', 'Europe/Moscow', 'Доброе утро'],
    ['2026-03-02T06:59:00Z', 'Europe/Moscow', 'Доброе утро'],
    ['2026-03-02T07:00:00Z', 'Europe/Moscow', 'Добрый день'],
    ['2026-03-02T07:00:00Z', 'Asia/Vladivostok', 'Добрый день'],
    ['2026-03-02T08:00:00Z', 'Asia/Vladivostok', 'Добрый вечер'],
    ['2026-03-02T14:59:00Z', 'Europe/Moscow', 'Добрый день'],
    ['2026-03-02T15:00:00Z', 'Europe/Moscow', 'Добрый вечер'],
    ['2026-03-02T15:00:00Z', 'Asia/Vladivostok', 'Здравствуйте'],
    ['2026-03-02T19:59:00Z', 'Europe/Moscow', 'Добрый вечер'],
    ['2026-03-02T20:00:00Z', 'Europe/Moscow', 'Здравствуйте'],
    ['2026-03-02T20:00:00Z', 'Asia/Vladivostok', 'Доброе утро'],
    ['2026-03-02T10:15:00+03:00', 'Europe/Moscow', 'Добрый день'],
    ['2026-03-02T10:15:00+03:00', 'Asia/Vladivostok', 'Добрый день'],
    ['2026-03-02T11:15:00+03:00', 'Asia/Vladivostok', 'Добрый вечер'],
    ['not a time', 'Europe/Moscow', 'Здравствуйте'],
  ])('ru %s in %s → %s', (at, tz, expected) => {
    expect(greetingFor(at, tz, 'ru')).toBe(expected);
    expect(render('{{greeting}}', { at, timezone: tz })).toBe(expected);
  });

  it.each([
    ['2026-03-02T03:59:00Z', 'Hello'],
    ['2026-03-02T04:00:00Z', 'Good morning'],
    ['2026-03-02T11:59:00Z', 'Good morning'],
    ['2026-03-02T12:00:00Z', 'Good afternoon'],
    ['2026-03-02T18:00:00Z', 'Good evening'],
    ['2026-03-02T23:00:00Z', 'Hello'],
  ])('en %s (UTC) → %s', (at, expected) => {
    expect(render('{{greeting}}', { at, timezone: 'UTC', locale: 'en' })).toBe(expected);
  });

  it('follows daylight saving time', () => {
    // 2026-03-08 is the US switch to EDT: 13:30Z is 08:30 EST the day before, 09:30 EDT that day
    expect(greetingFor('2026-03-08T16:30:00Z', 'America/New_York', 'en')).toBe('Good afternoon');
    expect(greetingFor('2026-03-07T16:30:00Z', 'America/New_York', 'en')).toBe('Good morning');
  });

  it.each([
    ['ru', 'Привет'],
    ['en', 'Hi'],
  ] as const)('style="casual" in %s → %s', (locale, expected) => {
    expect(render('{{greeting style="casual"}}', { locale })).toBe(expected);
  });
});

describe('salutation', () => {
  it.each([
    ['Виктория', 'Добрый день, Виктория!'],
    ['Виктория Петрова', 'Добрый день, Виктория!'],
    ['  виктория 🌸 ', 'Добрый день, Виктория!'],
    ['ВИКТОРИЯ', 'Добрый день, Виктория!'],
    ['Анна-Мария', 'Добрый день, Анна-Мария!'],
    [undefined, 'Добрый день!'],
    ['', 'Добрый день!'],
    ['   ', 'Добрый день!'],
    ['vika@mail.ru', 'Добрый день!'],
    ['vika_1987', 'Добрый день!'],
    ['user12345', 'Добрый день!'],
    ['🌸🌸', 'Добрый день!'],
  ])('%j → %s', (name, expected) => {
    expect(render('{{salutation author.name}}', { author: { name } })).toBe(expected);
  });

  it('works in English and casual', () => {
    expect(render('{{salutation author.name style="casual"}}', { author: { name: 'Victoria' }, locale: 'en' })).toBe('Hi, Victoria!');
  });
});

describe('name', () => {
  it.each([
    ['{{name author.name}}', { name: 'Виктория Петрова' }, 'ru', 'Виктория Петрова'],
    ['{{name author.name}}', {}, 'ru', 'уважаемый клиент'],
    ['{{name author.name}}', { name: 'vika_1987' }, 'ru', 'уважаемый клиент'],
    ['{{name author.name fallback="друг"}}', { name: '' }, 'ru', 'друг'],
    ['Hi {{name author.name}}', {}, 'en', 'Hi there'],
    ['{{name author.followers}}', { followers: 35 }, 'ru', 'уважаемый клиент'],
  ] as const)('%s with %j (%s) → %s', (text, author, locale, expected) => {
    expect(render(text, { author, locale })).toBe(expected);
  });

  it.each([
    ['Виктория', 'Виктория'],
    ['  иван  петров ', 'Иван Петров'],
    ['McDonald', 'McDonald'],
    ['@vika', null],
    ['https://vk.com/id1', null],
    [42, null],
    [null, null],
    [{ toString: () => 'x' }, null],
  ])('usableName(%j) = %j', (raw, expected) => {
    expect(usableName(raw)).toBe(expected);
  });

  it('firstName takes the first word', () => {
    expect(firstName('Иван Петрович Сидоров')).toBe('Иван');
  });
});

describe('dear', () => {
  it.each([
    ['Виктория', 'Уважаемая Виктория'],
    ['Иван', 'Уважаемый Иван'],
    ['Никита', 'Уважаемый Никита'],
    ['Илья', 'Уважаемый Илья'],
    ['Любовь', 'Уважаемая Любовь'],
    ['Игорь', 'Уважаемый Игорь'],
    ['Фома Киселёв', 'Уважаемый Фома'],
    ['Артём', 'Уважаемый Артём'],
    ['Саша', 'Здравствуйте, Саша'],
    ['Женя', 'Здравствуйте, Женя'],
    ['John', 'Здравствуйте, John'],
    ['', 'Уважаемый клиент'],
    ['ivan_1990', 'Уважаемый клиент'],
  ])('ru %j → %s', (name, expected) => {
    expect(dearFor(name, 'ru')).toBe(expected);
    expect(render('{{dear author.name}}', { author: { name } })).toBe(expected);
  });

  it.each([
    ['Victoria', 'Dear Victoria'],
    [undefined, 'Dear customer'],
  ])('en %j → %s', (name, expected) => {
    expect(render('{{dear author.name}}', { author: { name }, locale: 'en' })).toBe(expected);
  });

  it.each([
    ['Ёлка', 'female'],
    ['Лука', 'male'],
    ['Рахиль', 'female'],
    ['Мишель', null],
    ['Ли', null],
  ] as const)('nameGender(%s) = %s', (n, g) => {
    expect(nameGender(n)).toBe(g);
  });
});

describe('plural', () => {
  it.each([
    [1, '1 день'],
    [2, '2 дня'],
    [5, '5 дней'],
    [11, '11 дней'],
    [21, '21 день'],
    [22, '22 дня'],
    [25, '25 дней'],
    [0, '0 дней'],
    [1.5, '1,5 дня'],
    ['3', '3 дня'],
    ['1,5', '1,5 дня'],
    [111, '111 дней'],
    [1001, '1001 день'],
    [10001, '10\u00A0001 день'],
  ])('ru %j → %s', (n, expected) => {
    expect(render('{{plural n "день" "дня" "дней"}}', { n } as never)).toBe(expected);
  });

  it.each([
    [1, '1 day'],
    [2, '2 days'],
    [5, '5 days'],
    [11, '11 days'],
    [21, '21 days'],
    [22, '22 days'],
    [25, '25 days'],
    [1.5, '1.5 days'],
    [0, '0 days'],
  ])('en %j → %s', (n, expected) => {
    expect(render('{{plural n "day" "days"}}', { n, locale: 'en' } as never)).toBe(expected);
  });

  it('takes a fourth ru form for fractions', () => {
    expect(pluralForm(1.5, ['штука', 'штуки', 'штук', 'штуки*'], 'ru')).toBe('штуки*');
  });

  it.each([
    [undefined, 'nothing'],
    ['abc', '`"abc"`'],
    [null, '`null`'],
    [{}, 'an object'],
    [Number.NaN, '`NaN`'],
  ])('is a render error, not an empty string, with %j', (n, shown) => {
    expect(renderError('[{{plural n "день" "дня" "дней"}}]', { n } as never)).toBe(
      `Template \`t\` failed to render: \`plural\` got ${shown}, which is not a number: {{plural n "день" "дня" "дней"}} or {{plural n "day" "days"}}`,
    );
  });

  it.each([
    ['[{{plural 2}}]', /needs the word forms after the number/],
    ['[{{plural n f}}]', /word forms are text, got `3`/],
  ])('is a render error for %s', (text, error) => {
    expect(renderError(text, { n: 2, f: 3 } as never)).toMatch(error);
  });
});

describe('formatDate', () => {
  it.each([
    ['{{formatDate due}}', 'ru', 'Europe/Moscow', '3 марта в 10:15'],
    ['{{formatDate due "date"}}', 'ru', 'Europe/Moscow', '3 марта'],
    ['{{formatDate due "time"}}', 'ru', 'Europe/Moscow', '10:15'],
    ['{{formatDate due}}', 'ru', 'Asia/Vladivostok', '3 марта в 17:15'],
    ['{{formatDate due}}', 'en', 'Europe/Moscow', 'March 3 at 10:15 AM'],
    ['{{formatDate due "date"}}', 'en', 'Europe/Moscow', 'March 3'],
    ['{{formatDate due "time"}}', 'en', 'Europe/Moscow', '10:15 AM'],
  ] as const)('%s in %s, %s → %s', (text, locale, timezone, expected) => {
    expect(render(text, { due: '2026-03-03T10:15:00+03:00', locale, timezone })).toBe(expected);
  });

  it("adds the year when it differs from the mention's", () => {
    expect(render('{{formatDate due "date"}}', { due: '2027-01-11T12:00:00+03:00', at: '2026-12-30T12:00:00+03:00' })).toBe(
      '11 января 2027',
    );
  });

  it.each([
    [null, '`null`'],
    ['soon', '`"soon"`'],
    [42, '`42`'],
    ['9999999-01-01T00:00:00Z', '`"9999999-01-01T00:00:00Z"`'],
  ])('is a render error, not an empty string, with %j', (due, shown) => {
    expect(renderError('[{{formatDate due}}]', { due } as never)).toBe(
      `Template \`t\` failed to render: \`formatDate\` got ${shown}, which is not a time; expected an ISO 8601 time such as \`2026-03-03T10:15:00+03:00\` (or the variable \`due\` or \`at\`)`,
    );
  });

  it('is a render error with a style it does not know', () => {
    expect(renderError('{{formatDate due s}}', { s: 'YYYY-MM-DD' } as never)).toMatch(
      /`formatDate` got the style `"YYYY-MM-DD"`, expected `"datetime"`, `"date"`, `"time"`/,
    );
    expect(render('{{formatDate due s}}', { due: '2026-03-03T10:15:00+03:00', s: 'date' } as never)).toBe('3 марта');
  });
});
