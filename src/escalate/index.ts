export { escalate } from './escalate.js';
export type { EscalationResult, FiredRule } from './escalate.js';
