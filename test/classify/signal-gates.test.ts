/**
 * The signal gates (src/classify/signal-gates.ts) only let repeat-contact and sarcasm skip a
 * mention none of whose words could fire them: with the gates, each signal finds exactly what it
 * finds reading the whole text — on the labelled corpus, the profane and innocent word lists, and
 * random texts built from the signals' own words.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRepeatContact } from '../../src/classify/repeat-contact.js';
import { detectSarcasm } from '../../src/classify/sarcasm.js';
import { signalGates } from '../../src/classify/signal-gates.js';
import { normalise } from '../../src/text/normalise.js';
import { tokenise } from '../../src/text/tokenise.js';
import { readCorpus } from '../bench/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function same(text: string): void {
  for (const locale of ['ru', 'en'] as const) {
    const n = normalise(text, locale);
    const gates = signalGates(tokenise(n));
    expect(detectRepeatContact(n, gates), `repeat-contact: ${text}`).toEqual(detectRepeatContact(n));
    expect(detectSarcasm(n, gates), `sarcasm: ${text}`).toEqual(detectSarcasm(n));
  }
}

describe('signal gates change nothing the signals find', () => {
  it('on every text of the labelled corpus', () => {
    const texts = [...readCorpus(root)].flatMap((f) => f.complaints.map((c) => String(c.mention.text)));
    expect(texts.length).toBeGreaterThan(400);
    let fired = 0;
    for (const t of texts) {
      same(t);
      const n = normalise(t, 'ru');
      if (detectRepeatContact(n) || detectSarcasm(n)) fired++;
    }
    expect(fired).toBeGreaterThan(20); // the corpus has both signals in it, so the comparison means something
  });

  it('on random texts of the signals’ words, disguised, cased and glued', () => {
    const words = [
      'пишу',
      'в',
      'пятый',
      'раз',
      'уже',
      'третье',
      'обращение',
      'никто',
      'не',
      'ответил',
      'до',
      'сих',
      'пор',
      'нет',
      'ответа',
      'спасибо',
      'удружили',
      'ну',
      'браво',
      'молодцы',
      'опять',
      'снова',
      'задержали',
      'неделю',
      'звоню',
      'ага',
      'конечно',
      'thanks',
      'for',
      'nothing',
      'great',
      'job',
      'losing',
      'yeah',
      'right',
      'the',
      '4th',
      'email',
      'written',
      'three',
      'times',
      'no',
      'one',
      'no-one',
      'still',
      'reply',
      'again',
      'amazing',
      '3',
      'weeks',
      'сп@сибо',
      'СПАСИБО',
      'Thank',
      'you',
      '👏',
      '"быстрая"',
      'доставка',
      '«отличный»',
      'сервис',
      'e-mail',
      'tickets',
      'дней',
      '5',
      'звёзд',
      'ёлки',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '. ', '! ', '-', '')), { maxLength: 14 }),
        (parts) => same(parts.map(([w, s]) => w + s).join('')),
      ),
      { numRuns: 1500 },
    );
  });
});
