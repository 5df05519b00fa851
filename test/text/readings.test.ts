import { describe, expect, it } from 'vitest';
import { MAX_READING_CHARS, MAX_READINGS, rawSpelling, readings } from '../../src/text/lexicons/readings.js';

describe('readings of a spelling', () => {
  it.each([
    // Latin for Cyrillic by sound (a whole Latin word), with digraphs and the dropped soft sign
    ['blyat', 'блят'],
    ['pizdets', 'пиздец'],
    ['zaebali', 'заебали'],
    ['shluha', 'шлуха'],
    ['suchka', 'сучка'],
    ['yebat', 'ебать'],
    ['nahuy', 'нахуй'],
    // Latin inside a Cyrillic word, by shape and by sound
    ['xуй', 'хуй'],
    ['сuка', 'сука'],
    ['сuка', 'сика'],
    ['пиzдец', 'пиздец'],
    ['nахуй', 'нахуй'],
    // digits and symbols of several letters
    ['бл@дь', 'блядь'],
    ['бл@дь', 'бладь'],
    ['3аебали', 'заебали'],
    ['х3р', 'хер'],
    ['6ля', 'бля'],
    ['ху€та', 'хуета'],
    ['пи$дец', 'пиздец'],
    // English: v/u, + for t, zz for ss, 1 for i or l, @ for a
    ['fvck', 'fuck'],
    ['sh1+', 'shit'],
    ['+wat', 'twat'],
    ['azzhole', 'asshole'],
    ['@ss', 'ass'],
    ['a$$', 'ass'],
  ])('%j reads as %j', (raw, reading) => {
    expect(readings(raw)).toContain(reading);
  });

  it.each([
    ['other', 'отхер'], // consonant digraphs stand for their letter only
    ['span', 'срап'], // no reading by shape for a whole Latin word
    ['job', 'еб'], // no two-letter reading of a three-letter Latin word
  ])('%j does not read as %j', (raw, reading) => {
    expect(readings(raw)).not.toContain(reading);
  });

  it.each(['заказ', 'привет', 'ok', 'a'])('%j, a plain word of one script (or too short), has none', (raw) => {
    expect(readings(raw)).toEqual([]);
  });

  it('is bounded, whatever the word', () => {
    expect(readings('y'.repeat(MAX_READING_CHARS)).length).toBeLessThanOrEqual(2 * MAX_READINGS);
    expect(readings('@'.repeat(MAX_READING_CHARS + 1))).toEqual([]);
  });

  it.each([
    ['П.И.З.Д.Е.Ц', 'пиздец'],
    ['су\u00adка', 'сука'],
    ['Ёб', 'еб'],
    ['fu-ck', 'fuck'],
  ])('rawSpelling(%j) = %j', (raw, expected) => {
    expect(rawSpelling(raw)).toBe(expected);
  });
});
