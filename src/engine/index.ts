export { compileRuntime, respond } from './respond.js';
export type { Runtime, RespondOptions } from './respond.js';
export { mentionProblems } from './mention-check.js';
export type { MentionProblems } from './mention-check.js';
export { BudgetMeter, CLOCK_STRIDE, formatMs, DEFAULT_COMPLAINT_BUDGET_MS, MAX_COMPLAINT_BUDGET_MS } from './budget.js';
export { MAX_MENTION_FIELD, MAX_MENTION_TEXT, mentionTooLong, tooLongMessage } from '../model/mention-limits.js';
export type { MentionTooLong } from '../model/mention-limits.js';
