/**
 * replybook as a library. The core (everything but `loadPlaybook`) takes data and returns data;
 * `loadPlaybook` reads a playbook folder from disk.
 *
 *   import { loadPlaybook, respond } from 'replybook';
 *   const playbook = await loadPlaybook('playbooks/acme-market');
 *   const outcome = respond(playbook, { text, channel: 'vk', author: { name: 'Виктория' }, at: new Date().toISOString() });
 */
// Country calendars (`calendar: us`) load the date-holidays library on first use.
import './node/holiday-library.js';
import './node/xml-library.js';
export { loadPlaybook, PlaybookError, type LoadedPlaybook } from './node/load-playbook.js';
export {
  compileRuntime,
  respond,
  type Runtime,
  type RespondOptions,
  DEFAULT_COMPLAINT_BUDGET_MS,
  MAX_MENTION_TEXT,
  MAX_MENTION_FIELD,
} from './engine/index.js';
export { checkProject, createChecker } from './validate/index.js';
export { runComplaints } from './test-run/index.js';
export { formatDiagnostics, formatTestRun } from './report/index.js';
export type { Diagnostic, Severity, Position, Range } from './diagnostics/diagnostic.js';
export type * from './diagnostics/data.js';
export { ruleUrl, RULES_DOC } from './diagnostics/rule-url.js';
export type * from './model/index.js';
