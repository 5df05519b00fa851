#!/usr/bin/env node
/**
 * Generates test/bench/data/stem-families.json, the word list `npm run bench` compares stemmers
 * on: inflection families (every form of one lemma) of Russian and English words, taken from the
 * Hunspell dictionaries that Debian ships (hunspell-ru, hunspell-en-us) and expanded by Hunspell's
 * own `unmunch` (hunspell-tools). Not run by the build or CI: the JSON is committed.
 *
 *   apt-get install hunspell-ru hunspell-en-us hunspell-tools && node scripts/gen-stem-families.mjs
 *
 * Lemmas are taken in runs of three neighbours at an even stride through each dictionary
 * (inflectable, lower-case words of 4–14 letters), so the list is the same on every run, spans the
 * alphabet, and holds different words that begin alike («судно» beside «суд»): the test of words
 * staying apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'test/bench/data/stem-families.json');
const DICTS = [
  { locale: 'ru', dic: '/usr/share/hunspell/ru_RU.dic', aff: '/usr/share/hunspell/ru_RU.aff', letters: /^[а-яё]{4,14}$/u, lemmas: 450 },
  { locale: 'en', dic: '/usr/share/hunspell/en_US.dic', aff: '/usr/share/hunspell/en_US.aff', letters: /^[a-z]{4,14}$/u, lemmas: 1100 },
];

const tmp = mkdtempSync(path.join(tmpdir(), 'stem-families-'));
const out = { source: 'Hunspell ru_RU and en_US dictionaries (Debian hunspell-ru, hunspell-en-us), expanded by unmunch', families: {} };
try {
  for (const d of DICTS) {
    const entries = readFileSync(d.dic, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split('/'))
      .filter(([w, flags]) => flags && d.letters.test(w));
    const RUN = 3;
    const stride = Math.max(RUN, Math.floor((entries.length / d.lemmas) * RUN));
    const picked = [];
    for (let i = 0; i < entries.length && picked.length < d.lemmas; i += stride) picked.push(...entries.slice(i, i + RUN));
    const families = [];
    for (const [lemma, flags] of picked) {
      const file = path.join(tmp, 'one.dic');
      writeFileSync(file, `1\n${lemma}/${flags}\n`);
      const forms = execFileSync('unmunch', [file, d.aff], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')
        .map((w) => w.trim().toLowerCase().replace(/ё/g, 'е'))
        // Forms with a prefix («redeliver», «unkind») are other words: keep those that start as the lemma does.
        .filter((w) => d.letters.test(w) && w.slice(0, 2) === lemma.slice(0, 2).replace(/ё/g, 'е'));
      const unique = [...new Set([lemma.replace(/ё/g, 'е'), ...forms])];
      if (unique.length >= 2) families.push(unique);
    }
    out.families[d.locale] = families;
    process.stdout.write(`${d.locale}: ${families.length} families, ${families.reduce((n, f) => n + f.length, 0)} words\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
writeFileSync(OUT, JSON.stringify(out) + '\n');
