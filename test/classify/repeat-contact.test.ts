import { describe, expect, it } from 'vitest';
import { analyseMention, compileClassifier } from '../../src/classify/index.js';
import { mention, playbook } from './helpers.js';

const c = compileClassifier(playbook());
const repeat = (text: string) => analyseMention(c, mention(text)).signals.get('repeat-contact');

describe('repeat-contact: found', () => {
  it.each([
    // Russian: ordinal + «раз», in words (every case form) and digits, either order
    ['Пишу уже в четвёртый раз!', 'Пишу уже в четвёртый раз'],
    ['пишу в шестой раз', 'пишу в шестой раз'],
    // the number called between the verb and the count
    ['I phoned you on 0800 123 456 twice this week', 'phoned you on 0800 123 456 twice'],
    ['called you at +1 (212) 555-0199 three times', 'called you at +1 (212) 555-0199 three times'],
    ['Звонила на 8-800-100-20-30 дважды, никто не взял', 'Звонила на 8-800-100-20-30 дважды'],
    ['звонил вам на номер 8 495 123-45-67 три раза', 'звонил вам на номер 8 495 123-45-67 три раза'],
    ['в 5 раз звоню', 'в 5 раз звоню'],
    ['звоню вам уже в 3-й раз', 'звоню вам уже в 3-й раз'],
    ['уже третий раз обращаюсь', 'уже третий раз обращаюсь'],
    ['Который раз пишу, ответа нет', 'Который раз пишу'],
    ['не в первый раз обращаюсь', 'не в первый раз обращаюсь'],
    ['пишу вам в 5 раз', 'пишу вам в 5 раз'],
    // Russian: ordinal + noun
    ['Это уже третье обращение', 'третье обращение'],
    ['пятое письмо без ответа', 'пятое письмо'],
    ['вторая жалоба за неделю', 'вторая жалоба'],
    ['это моё 4-е обращение', '4-е обращение'],
    ['третьего обращения вы тоже не заметили', 'третьего обращения'],
    ['четвёртое по счёту обращение', 'четвёртое по счёту обращение'],
    // Russian: count + «раз» / noun
    ['писала вам три раза', 'писала вам три раза'],
    ['несколько раз обращалась', 'несколько раз обращалась'],
    ['звонил дважды', 'звонил дважды'],
    ['пять обращений и ноль ответов', 'пять обращений'],
    ['отправил три письма', 'отправил три письма'],
    // Russian: time spent contacting
    ['неделю пишу, никакой реакции', 'неделю пишу'],
    ['пишу уже третий день', 'пишу уже третий день'],
    ['второй день не могу дозвониться', 'второй день не могу дозвониться'],
    ['каждый день звоню', 'каждый день звоню'],
    // Russian: repetition, no answer
    ['Снова пишу вам', 'Снова пишу'],
    ['до сих пор нет ответа', 'до сих пор нет ответа'],
    // English: ordinal + noun, ordinal + time + verb
    ['This is the 4th email about it', 'the 4th email'],
    ['my third complaint this month', 'my third complaint'],
    ["This is the third time I'm writing", "the third time I'm writing"],
    ['third time I am asking', 'third time I am asking'],
    ['asking for the fifth time', 'asking for the fifth time'],
    ["not the first time I've contacted you", "not the first time I've contacted"],
    // English: count
    ["I've written three times now", 'written three times'],
    ['called you twice', 'called you twice'],
    ['I emailed 5 times', 'emailed 5 times'],
    ['sent 3 emails, nothing', 'sent 3 emails'],
    ['after four calls', 'after four calls'],
    // English: time spent contacting, repetition, no answer
    ["I've been calling for three days", 'been calling for three days'],
    ['been trying to reach you for a week', 'been trying to reach you for a week'],
    ['I keep emailing you', 'keep emailing'],
    ['I message you every day', 'message you every day'],
    ['I write to you every morning', 'write to you every morning'],
    ['Still no answer from you', 'Still no answer'],
    ['I contacted you again yesterday', 'contacted you again'],
    // a contact left unanswered
    ['Nobody has replied to my email', 'Nobody has replied'],
    ['no one got back to me after the call', 'no one got back'],
    ['My emails went unanswered', 'My emails went unanswered'],
    ['my tickets are still ignored', 'my tickets are still ignored'],
    ['no one answered my question', 'no one answered my'],
    ['Мои письма так и остались без ответа', 'письма так и остались без ответа'],
    ['обращение до сих пор без ответа', 'обращение до сих пор без ответа'],
    ['вы игнорируете мои сообщения? игнорируют мои звонки', 'игнорируют мои звонки'],
  ])('%j → %j', (text, value) => {
    expect(repeat(text)?.value).toBe(value);
  });
});

describe('repeat-contact: not found', () => {
  it.each([
    ['Пишу отзыв о заказе'],
    ['Please call me at 555-0123 twice a day if needed'],
    ['Звоните на 8-800-100-20-30, там ответят'],
    ['Это первый раз, когда я заказываю'],
    ['пишу впервые'],
    ['в первый раз обращаюсь'],
    ['Добрый день, пишу по поводу заказа'],
    ['Добрый день! Пишу вам из Казани'],
    ['жду уже неделю'],
    ['в 5 раз дороже, чем в магазине'],
    ['три раза заказывала, всё было хорошо'],
    ['второй заказ за месяц'],
    ['пришло два письма с подтверждением'],
    ['во вторник звоню курьеру'],
    ['в котором письме ссылка?'],
    ["I'm writing for the first time"],
    ['the first email was fine'],
    ['waiting for a week'],
    ['three times the price'],
    ['I ordered 3 times before'],
    ['I tried three times to pay'],
    ['the second item is broken'],
    ['I received 3 emails from you'],
    ['Good day, writing about my order'],
    ['Nobody has a better speaker'],
    ['no one answered the door, so the courier left'],
    ['the warning messages are ignored by the app'],
    ['Без ответа на письмо не оставлю, спасибо'],
    ['письмо пришло, ответ тоже'],
  ])('%j', (text) => {
    expect(repeat(text)).toBeUndefined();
  });
});

describe('repeat-contact: spans', () => {
  it('are in the original text, whatever its case', () => {
    const text = 'Пишу  УЖЕ в ЧЕТВЁРТЫЙ раз. THE 4TH EMAIL!';
    const hit = repeat(text)!;
    expect(hit.spans.map((s) => s.text)).toEqual(['Пишу  УЖЕ в ЧЕТВЁРТЫЙ раз', 'THE 4TH EMAIL']);
    for (const s of hit.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('stays linear on hostile runs', () => {
    for (const text of [
      `пишу${' '.repeat(19_000)}раз`,
      'пишу '.repeat(4_000),
      'третий '.repeat(2_800),
      `${'9'.repeat(19_000)} раз`,
      'the third time '.repeat(1_300),
    ]) {
      expect(() => repeat(text)).not.toThrow();
    }
  });
});
