/**
 * `isPlainText` says `normalise` only lowers a text («ё» as «е»): checked against `normalise` on
 * the corpus, the example playbooks' samples, the profanity lists in their sentences, and random
 * texts built from the characters the normaliser treats apart (look-alikes, digits and symbols
 * inside words, stretched and spelled-apart letters, marks, invisibles, emoji).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isPlainText, normalise } from '../../src/text/normalise.js';
import { findWords, fold } from '../../src/check-reply/words.js';
import { FRAMES, readList } from '../corpus/profanity/lists.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Whether the text is plain; when it is, `normalise` must give it lowered, at the same offsets. */
function plainIsLowered(text: string): boolean {
  const plain = isPlainText(text);
  if (plain) {
    for (const locale of ['ru', 'en'] as const) {
      const n = normalise(text, locale);
      expect({ text: n.text, identity: n.identity }, JSON.stringify(text)).toEqual({
        text: text.toLowerCase().replace(/ё/g, 'е'),
        identity: true,
      });
    }
  }
  return plain;
}

/** Every `text:` of the YAML files under a folder. */
function textsUnder(dir: string): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'text' && typeof x === 'string') out.push(x);
        else visit(x);
      }
  };
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml')) visit(parse(readFileSync(p, 'utf8')));
    }
  };
  walk(dir);
  return out;
}

describe('isPlainText', () => {
  it('holds only where normalise lowers the text: the corpus and the example samples and templates', () => {
    const texts = [...textsUnder(path.join(root, 'test/corpus/complaints')), ...textsUnder(path.join(root, 'playbooks'))];
    expect(texts.length).toBeGreaterThan(400);
    const plain = texts.filter(plainIsLowered).length;
    // Most are plain (the short path is worth having); those with emoji, digits in words and the like are not.
    expect(plain).toBeGreaterThan(texts.length / 3);
    expect(plain).toBeLessThan(texts.length);
  });

  it('holds only where normalise lowers the text: the profanity lists in their sentences', () => {
    for (const { form } of [...readList('profane'), ...readList('innocent')])
      for (const f of FRAMES) plainIsLowered(`${f.before}${form}${f.after}`);
  });

  it.each([
    ['Здравствуйте, Ёлка! «Заказ» №5 — ok…', true],
    ['прoблема', false], // a Latin o among Cyrillic letters
    ['п1здец', false],
    ['ужжжас', false],
    ['с у к а', false],
    ['don’t', false], // the typographic apostrophe, which fold straightens
    ['й', true],
    ['и\u0306', false],
    ['за\u200bказ', false],
    ['😀', false],
    ['covid19', true], // digits after the letters stay digits
    ['Спасибо!', true],
    ['$hit', false],
    ['@brand', true],
  ])('%s → %s', (text, plain) => {
    expect(plainIsLowered(text)).toBe(plain);
  });

  it('holds only where normalise lowers the text: random texts of the characters it treats apart', () => {
    const parts = [
      'а',
      'о',
      'Ё',
      'ё',
      'Я',
      'x',
      'o',
      'B',
      'a',
      'K',
      'ааа',
      'ooo',
      'Ааа',
      'Аа',
      '0',
      '3',
      '1',
      '@',
      '!',
      '$',
      '*',
      '_',
      '-',
      '.',
      ' ',
      '  ',
      '\n',
      ',',
      '«',
      '»',
      '—',
      '…',
      '№',
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\u0301',
      '\u0306',
      '😀',
      'é',
      'İ',
      'ſ',
      '’',
      'Ѐ',
      'і',
      'с у к а',
      'х.у.й',
      'привет',
      'ПРИВЕТ',
      'hello',
      'заказ',
      'sh1t',
      'п1здец',
      '12345',
      'covid19',
      'B2B',
      'и',
      ' в ',
    ];
    let seed = 12345;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let plain = 0;
    for (let k = 0; k < 30_000; k++) {
      let t = '';
      for (let j = 1 + rnd(8); j > 0; j--) t += parts[rnd(parts.length)];
      if (plainIsLowered(t)) plain++;
    }
    expect(plain).toBeGreaterThan(1000);
  });

  it('lets findWords skip the stem search only where it finds nothing: the corpus against avoided phrases', () => {
    const texts = [...textsUnder(path.join(root, 'test/corpus/complaints')), ...textsUnder(path.join(root, 'playbooks'))];
    const phrases = [
      'проблема',
      'вы сами виноваты',
      'к сожалению',
      'заказ',
      'доставка не пришла',
      'hope',
      'file a claim',
      'unfortunately',
      'your order',
      'delivery',
    ];
    let skipped = 0;
    for (const text of texts)
      for (const phrase of phrases)
        for (const locale of ['ru', 'en'] as const) {
          const folded = fold(text);
          const plain = isPlainText(text);
          const found = findWords(text, folded, phrase, locale, undefined, plain);
          expect(found, `${phrase} in ${JSON.stringify(text)}`).toEqual(findWords(text, folded, phrase, locale));
          if (plain && found === null) skipped++;
        }
    expect(skipped).toBeGreaterThan(1000);
  });
});
