import { stemmer as snowballRussian } from '@orama/stemmers/russian';

/**
 * The Snowball stemmer for Russian (snowballstem.org/algorithms/russian/stemmer.html), from
 * `@orama/stemmers`: endings are removed only inside RV, the part of the word after its first
 * vowel, so «заказ», «заказа», «заказом», «заказы» all become «заказ». It replaced a hand-written
 * port that gave the same stem for every one of the 4,232 words of the benchmark's Hunspell
 * families, and is faster (`npm run bench`, section "stemmers").
 */
export function stemRu(word: string): string {
  return snowballRussian(word.includes('ё') ? word.replace(/ё/g, 'е') : word);
}
