/**
 * The built-in profanity and insults lexicons on the shared lists (test/corpus/profanity/): every
 * profane form is found in a Russian and an English sentence, at its own span; no innocent one is.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_LEXICONS, LexiconMatcher, normalise, stemTokens, tokenise } from '../../src/text/index.js';
import { FRAMES, readList } from '../corpus/profanity/lists.js';

const matchers = ['profanity', 'insults'].map((id) => new LexiconMatcher({ id, builtins: BUILTIN_LEXICONS.get(id), locale: 'ru' }));

/** What the two lexicons find in a text, as the original stretches of text they quote (once each). */
function found(text: string, locale: 'ru' | 'en'): string[] {
  const n = normalise(text, locale);
  const tokens = tokenise(n);
  stemTokens(tokens);
  const spans = matchers.flatMap((m) => m.find(tokens, Infinity, undefined, undefined, text).map((h) => text.slice(h.oStart, h.oEnd)));
  return [...new Set(spans)];
}

const profane = readList('profane');
const innocent = readList('innocent');
const cases = (forms: typeof profane) => forms.flatMap((f) => FRAMES.map((fr) => ({ ...f, ...fr, text: fr.before + f.form + fr.after })));

describe('the profanity lists', () => {
  it('hold at least 300 forms each', () => {
    expect(profane.length).toBeGreaterThanOrEqual(300);
    expect(innocent.length).toBeGreaterThanOrEqual(300);
    const both = new Set(profane.map((f) => f.form));
    expect(innocent.filter((f) => both.has(f.form)).map((f) => f.form)).toEqual([]);
  });

  it.each(cases(profane))('finds $form ($section, line $line) in $locale', ({ form, text, locale }) => {
    expect(found(text, locale)).toEqual([form]);
  });

  it.each(cases(innocent))('finds nothing in $form ($section, line $line) in $locale', ({ text, locale }) => {
    expect(found(text, locale)).toEqual([]);
  });
});
