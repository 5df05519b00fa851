/**
 * Stemmers compared on inflection families (test/bench/data/stem-families.json, from the Hunspell
 * dictionaries, see scripts/gen-stem-families.mjs): how often forms of one word meet (the same
 * stem), how often different words collide, and words stemmed per second. replybook's stemmers
 * against Snowball from npm (@orama/stemmers, snowball-stemmers).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stemmer as oramaEn } from '@orama/stemmers/english';
import snowball from 'snowball-stemmers';
import { stemEn, stemRu } from '../../src/text/stem.js';
import { repoRoot } from './support.js';

type Stemmer = (w: string) => string;

interface Figures {
  /** Pairs of forms of one family with the same stem, of all such pairs. */
  meet: number;
  /** Families whose forms all share one stem. */
  whole: number;
  /** Pairs of words of different families with the same stem, per million such pairs. */
  collide: number;
  wordsPerSecond: number;
}

/** The figures of one stemmer on one language's families. */
export function stemFigures(families: readonly (readonly string[])[], stem: Stemmer, seconds = 0.5): Figures {
  let same = 0,
    pairs = 0,
    whole = 0;
  const byStem = new Map<string, Map<number, number>>(); // stem → family → words
  families.forEach((f, i) => {
    const stems = f.map(stem);
    const counts = new Map<string, number>();
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const c of counts.values()) same += (c * (c - 1)) / 2;
    pairs += (f.length * (f.length - 1)) / 2;
    if (counts.size === 1) whole++;
    for (const [s, c] of counts) {
      let m = byStem.get(s);
      if (!m) byStem.set(s, (m = new Map()));
      m.set(i, (m.get(i) ?? 0) + c);
    }
  });
  const words = families.reduce((n, f) => n + f.length, 0);
  let crossSame = 0;
  for (const m of byStem.values()) {
    let total = 0,
      within = 0;
    for (const c of m.values()) {
      total += c;
      within += c * c;
    }
    crossSame += (total * total - within) / 2;
  }
  const withinPairs = families.reduce((n, f) => n + f.length * f.length, 0);
  const crossPairs = (words * words - withinPairs) / 2;
  const flat = families.flat();
  let n = 0;
  const start = performance.now();
  let elapsed: number;
  while ((elapsed = performance.now() - start) < seconds * 1000) {
    for (let i = 0; i < flat.length; i++) stem(flat[i]);
    n += flat.length;
  }
  return {
    meet: same / pairs,
    whole: whole / families.length,
    collide: (crossSame / crossPairs) * 1e6,
    wordsPerSecond: (n / elapsed) * 1000,
  };
}

export async function benchStemmers(): Promise<string[]> {
  const data = JSON.parse(readFileSync(path.join(repoRoot(), 'test/bench/data/stem-families.json'), 'utf8')) as {
    families: Record<'ru' | 'en', string[][]>;
  };
  const snowRu = snowball.newStemmer('russian'),
    snowEn = snowball.newStemmer('english');
  const candidates: Record<'ru' | 'en', Array<[string, Stemmer]>> = {
    ru: [
      // replybook's stemRu is @orama/stemmers' (with «ё» folded): it replaced a hand-written port
      // that gave the same stems, slower.
      ['replybook stemRu (@orama)', stemRu],
      ['snowball-stemmers russian', (w) => snowRu.stem(w)],
    ],
    en: [
      ['replybook stemEn', stemEn],
      ['@orama/stemmers english', oramaEn],
      ['snowball-stemmers english', (w) => snowEn.stem(w)],
    ],
  };
  const lines: string[] = [];
  for (const locale of ['ru', 'en'] as const) {
    const families = data.families[locale];
    const words = families.reduce((n, f) => n + f.length, 0);
    lines.push(`stems   ${locale}: ${families.length} families, ${words} words`);
    let floor = Infinity;
    const rows = candidates[locale].map(([name, s]) => {
      const f = stemFigures(families, s);
      floor = Math.min(floor, f.wordsPerSecond);
      return [name, f] as const;
    });
    for (const [name, f] of rows)
      lines.push(
        `stems   ${locale}: ${name.padEnd(26)} forms meet ${(f.meet * 100).toFixed(1)}% of pairs, whole families ${(f.whole * 100).toFixed(1)}%, ` +
          `different words collide ${f.collide.toFixed(1)} per million pairs; ${Math.round(f.wordsPerSecond).toLocaleString('en')} words/s ` +
          `(${(f.wordsPerSecond / floor).toFixed(2)}× the slowest)`,
      );
  }
  return lines;
}
