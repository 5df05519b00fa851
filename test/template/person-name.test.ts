import { describe, expect, it } from 'vitest';
import { dearFor, firstName, usableName } from '../../src/template/index.js';
import { MAX_NAME_LENGTH, plausibleName } from '../../src/template/helpers/person-name.js';

describe('the names rule: a plausible personal name, used as written', () => {
  it.each([
    ['Виктория', 'Виктория'],
    ['виктория', 'Виктория'],
    ['ВИКТОРИЯ ПЕТРОВА', 'Виктория Петрова'],
    ['  иван  петров ', 'Иван Петров'],
    ['виктория 🌸', 'Виктория'],
    ['✨ Анна-Мария ✨', 'Анна-Мария'],
    ['Victoria', 'Victoria'],
    ['McDonald', 'McDonald'],
    ['DeShawn', 'DeShawn'],
    ["O'Brien", "O'Brien"],
    ['jean-luc', 'Jean-Luc'],
    ['Juan Carlos de la Cruz', 'Juan Carlos de la Cruz'],
    ['Ёлкина Алёна', 'Ёлкина Алёна'],
    ['Иван!', 'Иван'],
  ])('%j → %j', (raw, expected) => {
    expect(usableName(raw)).toBe(expected);
  });

  it.each([
    // template braces and markup: the customer's data, never a fake name
    ['{{name}}'],
    ['{{ author.name }}'],
    ['${user}'],
    ['%name%'],
    ['{Иван}'],
    ['<b>Иван</b>'],
    ['<script>alert(1)</script>'],
    ['[b]Victoria[/b]'],
    // addresses, handles, digits
    ['https://vk.com/id1'],
    ['www.example.org'],
    ['example.com'],
    ['vika@mail.ru'],
    ['@vika'],
    ['vika_1987'],
    ['12345'],
    ['Иван 2'],
    // emoji and symbols only
    ['🌸🌸🌸'],
    ['👍'],
    ['...'],
    ['—'],
    // role words, both languages
    ['Anonymous'],
    ['guest'],
    ['User'],
    ['admin'],
    ['Deleted User'],
    ['Гость'],
    ['Аноним'],
    ['Пользователь'],
    ['Удалённый пользователь'],
    ['Администратор'],
    ['Без имени'],
    // too long, too short
    ['Анна '.repeat(7)],
    ['Я'.repeat(MAX_NAME_LENGTH + 1)],
    ['Ж'],
    // not a string
    [42],
    [null],
    [{ toString: () => 'Иван' }],
  ])('%j is not a name', (raw) => {
    expect(usableName(raw)).toBeNull();
  });

  it('is one function: the helpers and the reply check use it alike', () => {
    for (const raw of ['{{name}}', 'Гость', '<b>Иван</b>']) {
      expect(plausibleName(raw)).toBeNull();
      expect(firstName(raw)).toBeNull();
      expect(dearFor(raw, 'ru')).toBe('Уважаемый клиент');
      expect(dearFor(raw, 'en')).toBe('Dear customer');
    }
    expect(dearFor('виктория 🌸', 'ru')).toBe('Уважаемая Виктория');
  });

  it.each([
    ['Иван Петрович Сидоров', 'Иван'],
    ['А. Петрова', null],
    ['J. R. R. Tolkien', null],
    ['Mary-Jane Watson', 'Mary-Jane'],
  ])('firstName(%j) = %j', (raw, expected) => {
    expect(firstName(raw)).toBe(expected);
  });
});
