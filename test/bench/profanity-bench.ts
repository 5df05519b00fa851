/**
 * The built-in profanity lexicons against kept datasets, on the shared lists
 * (test/corpus/profanity/): `obscenity` (its English dataset with the recommended leetspeak and
 * confusable transformers) and `russian-bad-words` (a dictionary of inflected Russian forms, matched
 * word by word). For each: recall on the profane forms, false positives on the innocent look-alikes
 * (each form in a Russian and an English sentence), and sentences per second. Recall is given per
 * language too, since each dataset covers one.
 */
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { flatWords } from 'russian-bad-words';
import { BUILTIN_LEXICONS, LexiconMatcher, normalise, stemTokens, tokenise } from '../../src/text/index.js';
import { FRAMES, readList, type ListedForm } from '../corpus/profanity/lists.js';

interface Detector {
  name: string;
  found(text: string, locale: 'ru' | 'en'): boolean;
}

const now = () => performance.now();

function replybook(): Detector {
  const matchers = ['profanity', 'insults'].map((id) => new LexiconMatcher({ id, builtins: BUILTIN_LEXICONS.get(id), locale: 'ru' }));
  return {
    name: 'replybook (profanity + insults)',
    found(text, locale) {
      const tokens = tokenise(normalise(text, locale));
      stemTokens(tokens);
      return matchers.some((m) => m.find(tokens, 1, undefined, undefined, text).length > 0);
    },
  };
}

function replybookProfanityOnly(): Detector {
  const m = new LexiconMatcher({ id: 'profanity', builtins: BUILTIN_LEXICONS.get('profanity'), locale: 'ru' });
  return {
    name: 'replybook (profanity only)',
    found(text, locale) {
      const tokens = tokenise(normalise(text, locale));
      stemTokens(tokens);
      return m.find(tokens, 1, undefined, undefined, text).length > 0;
    },
  };
}

function obscenity(): Detector {
  const m = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return { name: 'obscenity 0.4 (English dataset)', found: (text) => m.hasMatch(text) };
}

function russianBadWords(): Detector {
  // flatWords also holds each entry's part of speech ("noun", "imperfective verb"): only Cyrillic words count.
  const words = new Set(flatWords.filter((w) => /^[а-яё]+$/iu.test(w)).map((w) => w.toLowerCase().replace(/ё/g, 'е')));
  const wordRe = /\p{L}+/gu;
  return {
    name: `russian-bad-words 0.5 (${words.size} forms)`,
    found(text) {
      for (const m of text.toLowerCase().replace(/ё/g, 'е').matchAll(wordRe)) if (words.has(m[0])) return true;
      return false;
    },
  };
}

interface Case {
  text: string;
  locale: 'ru' | 'en';
  lang: 'ru' | 'en';
}

const cases = (forms: readonly ListedForm[]): Case[] =>
  forms.flatMap((f) =>
    FRAMES.map((fr) => ({
      text: fr.before + f.form + fr.after,
      locale: fr.locale,
      lang: f.section.startsWith('en') ? ('en' as const) : ('ru' as const),
    })),
  );

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

/** Recall, false positives and speed of each detector on the lists. */
export async function benchProfanity(): Promise<string[]> {
  const profane = cases(readList('profane'));
  const innocent = cases(readList('innocent'));
  const all = [...profane, ...innocent];
  const lines = [
    `lists: ${profane.length / FRAMES.length} profane forms, ${innocent.length / FRAMES.length} innocent look-alikes, each in ${FRAMES.length} sentences`,
  ];
  for (const d of [replybook(), replybookProfanityOnly(), obscenity(), russianBadWords()]) {
    const hitRu = profane.filter((c) => c.lang === 'ru' && d.found(c.text, c.locale)).length;
    const hitEn = profane.filter((c) => c.lang === 'en' && d.found(c.text, c.locale)).length;
    const ru = profane.filter((c) => c.lang === 'ru').length;
    const en = profane.length - ru;
    const fp = innocent.filter((c) => d.found(c.text, c.locale)).length;
    // Speed: every sentence of both lists, for about a second after a warm-up.
    for (const c of all) d.found(c.text, c.locale);
    let n = 0;
    const start = now();
    while (now() - start < 1000) {
      for (const c of all) d.found(c.text, c.locale);
      n += all.length;
    }
    const perSecond = (n / (now() - start)) * 1000;
    lines.push(
      `${d.name}: recall ${pct(hitRu + hitEn, profane.length)} (ru ${pct(hitRu, ru)}, en ${pct(hitEn, en)}), ` +
        `false positives ${pct(fp, innocent.length)} (${fp} of ${innocent.length}), ${Math.round(perSecond).toLocaleString('en')} sentences/s`,
    );
  }
  return lines;
}
