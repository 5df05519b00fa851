/**
 * English words read as Russian by sound must not be Russian profanity or insults: every word of an
 * English dictionary (`an-array-of-english-words`, 275,000 words) is run through the built-in
 * lexicons, and none may match a Cyrillic root (the English roots match English swearing, as they
 * should). This is what keeps the look-alike dictionaries (`lookalikes`) complete.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LEXICONS, LexiconMatcher } from '../../src/text/index.js';

const require = createRequire(import.meta.url);
const words = JSON.parse(readFileSync(require.resolve('an-array-of-english-words/index.json'), 'utf8')) as string[];
const cyrillic = /^[\u0400-\u04ff]/u;

describe('English words are not read as Russian profanity', () => {
  it.each(['profanity', 'insults'])('%s', (id) => {
    const m = new LexiconMatcher({ id, builtins: BUILTIN_LEXICONS.get(id), locale: 'en' });
    expect(words.length).toBeGreaterThan(200_000);
    const read: string[] = [];
    for (const w of words) {
      if (m.matchWord(w) !== null) continue; // matched as English: an English root
      const root = m.matchRaw(w);
      if (root !== null && cyrillic.test(root) && !m.isLookalike(w)) read.push(`${w} → ${root}`);
    }
    expect(read).toEqual([]);
  });
});
