/**
 * A built-in root's `cores` are letter pairs every word its pattern matches holds: the lexicon tries
 * a word only against the roots whose cores it holds (`LexiconMatcher`), so a pair missing from a
 * root's cores would make that root miss the words that need it. Checked on every word the shared
 * lists, the lexicons' own forms and look-alikes give, as the normaliser leaves them and undoubled.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_LEXICONS, normalise, tokenise } from '../../src/text/index.js';
import { readList } from '../corpus/profanity/lists.js';

const words = new Set<string>();
const add = (text: string) => {
  for (const locale of ['ru', 'en'] as const)
    for (const t of tokenise(normalise(text, locale))) {
      words.add(t.text);
      words.add(t.text.replace(/(\p{L})\1+/gu, '$1'));
    }
};
for (const f of [...readList('profane'), ...readList('innocent')]) add(f.form);
for (const [, lexicons] of BUILTIN_LEXICONS)
  for (const b of lexicons) for (const w of [...b.forms, ...(b.lookalikes ?? [])]) if (!w.includes('*')) add(w);

const pairs = (w: string): Set<string> => new Set([...w].slice(1).map((c, i) => w[i] + c));

describe('built-in roots and their cores', () => {
  const roots = [...BUILTIN_LEXICONS].flatMap(([id, lexicons]) =>
    lexicons.flatMap((b) => b.roots.filter((r) => r.pattern !== undefined && r.cores?.length).map((r) => ({ id, ...r }))),
  );

  it('has words to check and roots with cores', () => {
    expect(words.size).toBeGreaterThan(500);
    expect(roots.length).toBeGreaterThan(50);
  });

  it.each(roots)('$id: every word $root matches holds one of its cores', ({ pattern, cores }) => {
    const re = new RegExp(`^(?:${pattern})$`, 'u');
    const without = [...words].filter((w) => re.test(w) && !cores!.some((c) => pairs(w).has(c)));
    expect(without).toEqual([]);
  });
});
