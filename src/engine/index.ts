export { compileRuntime, respond } from './respond.js';
export type { Runtime, RespondOptions } from './respond.js';
