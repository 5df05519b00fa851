export type * from './playbook.js';
export { LOCALES, PRIORITIES } from './playbook.js';
export type * from './outcome.js';
export type * from './test-result.js';
export type * from './budget.js';
export type * from './checked-playbook.js';
export { isUsable } from './checked-playbook.js';
