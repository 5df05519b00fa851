import { isCyrillic, isLatin } from './char-class.js';
import { stemEn } from './stem-en.js';
import { stemRu } from './stem-ru.js';
import type { Token } from './tokenise.js';

export { stemEn } from './stem-en.js';
export { stemRu } from './stem-ru.js';

/**
 * Stems a normalised word by its own script, whatever the mention's locale: Russian complaints
 * quote English words and the other way round. Words of neither script (numbers) stay as they are.
 */
export function stem(word: string): string {
  if (word.length < 3) return word;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isCyrillic(c)) return stemRu(word);
    if (isLatin(c)) return stemEn(word);
  }
  return word;
}

/** A bounded memo of stems: mentions repeat the same few thousand words. */
export class StemCache {
  private readonly map = new Map<string, string>();
  constructor(private readonly limit = 50_000) {}

  /** The stem of a normalised word. */
  get(word: string): string {
    let s = this.map.get(word);
    if (s === undefined) {
      s = stem(word);
      if (this.map.size >= this.limit) this.map.clear(); // cheap reset beats LRU bookkeeping here
      this.map.set(word, s);
    }
    return s;
  }
}

/** Fills in `stem` of every token. */
export function stemTokens(tokens: Token[], cache?: StemCache): void {
  for (const t of tokens) t.stem = cache ? cache.get(t.text) : stem(t.text);
}
