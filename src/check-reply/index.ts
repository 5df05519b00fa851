export { checkReply, elementPhrases } from './check.js';
export { REPLY_CHECK_RULES } from './rules.js';
export type { CheckReplyOptions, CheckReplyResult } from './check.js';
export { measureLength, countGraphemes, countTwitter, countUtf8Bytes, TWITTER_URL_LENGTH } from './measure.js';
export { countEmoji, emojiSpans, EMOJI_SOURCE } from './emoji.js';
export { findTyForms, findLowercaseVy, TY_FORMS, VY_FORMS } from './address.js';
export type { WordHit } from './address.js';
export { ELEMENT_PHRASES } from './phrases/index.js';
export { findWords, fold, indexOfWords } from './words.js';
