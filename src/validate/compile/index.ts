export { compilePlaybook } from './playbook.js';
export type { CompiledPlaybook, Definition, DefinitionKind, PlaybookFileData } from './playbook.js';
export { compileComplaints } from './complaints.js';
export { compileCondition, toList } from './condition.js';
export { compileSchedule, defaultWeekly } from './schedule.js';
export { keySource, valueSource, diagnosticAt } from './source.js';
