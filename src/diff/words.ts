/** The word diff lives with the reporters (src/report/word-diff.ts); `diff` uses it as it is. */
export { wordDiff, wordTokens, diffSide } from '../report/word-diff.js';
