/**
 * What a mention's words say about the built-in signals that read its whole text: whether any word
 * could start a repeat contact or sarcasm. Worked out once per distinct word (a bounded memo) and
 * once per mention over its tokens, so the most mentions — none of whose words can — skip those
 * signals without lowering or scanning the text. The gates only let a signal run or not: what it
 * finds when it runs is as before (the tests run every signal with and without them).
 */
import type { Token } from '../text/tokenise.js';
import { repeatGateWord, repeatNeededWord } from './repeat-contact.js';
import { sarcasmGateWord } from './sarcasm.js';

/** The gates of one mention. */
export interface SignalGates {
  /** A word holds one of repeat-contact's gate words (the search may start). */
  repeatGate: boolean;
  /** A word holds a word every repeat-contact alternative needs. */
  repeatNeeded: boolean;
  /** A word starts as praise, thanks or an ironic word does (quotes and 👏 are looked for in the text). */
  sarcasm: boolean;
}

const REPEAT_GATE = 1,
  REPEAT_NEEDED = 2,
  SARCASM = 4;
const MEMO_LIMIT = 20_000;
/** Longer words (rare, and unbounded in size) are read every time. */
const MEMO_MAX_WORD = 40;
const memo = new Map<string, number>();

function wordBits(w: string): number {
  return (repeatGateWord(w) ? REPEAT_GATE : 0) | (repeatNeededWord(w) ? REPEAT_NEEDED : 0) | (sarcasmGateWord(w) ? SARCASM : 0);
}

/** The gates of a mention's tokens. */
export function signalGates(tokens: readonly Token[]): SignalGates {
  let bits = 0;
  for (let i = 0; i < tokens.length && bits !== 7; i++) {
    const w = tokens[i].text;
    if (w.length > MEMO_MAX_WORD) {
      bits |= wordBits(w);
      continue;
    }
    let b = memo.get(w);
    if (b === undefined) {
      b = wordBits(w);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(w, b);
    }
    bits |= b;
  }
  return { repeatGate: (bits & REPEAT_GATE) !== 0, repeatNeeded: (bits & REPEAT_NEEDED) !== 0, sarcasm: (bits & SARCASM) !== 0 };
}
