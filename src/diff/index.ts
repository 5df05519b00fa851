/** `replybook diff`: what a playbook change does to customers, as data and as text. */
export {
  diffProjects,
  newDiagnostics,
  outcomeChanges,
  pairUp,
  playbookHasChanges,
  repliesChanged,
  summariseOutcome,
} from './diff-projects.js';
export type { DiffOptions } from './diff-projects.js';
export { wordDiff, diffSide } from '../report/word-diff.js';
export { describeDue, describeEscalations, describeActions, changeLines, complaintVerdict, comparisonNote } from './describe.js';
export type { ChangeLine } from './describe.js';
export { formatDiffMarkdown, markdownText, codeSpan, quoteReply, DIFF_COMMENT_MARKER } from './format-markdown.js';
export type { DiffMarkdownOptions } from './format-markdown.js';
export { formatDiffTerminal } from './format-terminal.js';
export { renderWordDiff } from '../report/reply-diff.js';
export type { DiffTerminalOptions } from './format-terminal.js';
export { formatDiffJson, jsonDiff } from './format-json.js';
export type { JsonPlaybookDiff } from './format-json.js';
export { ROUTING_CHANGES } from './types.js';
export { snapshotStatus, snapshotsStale } from './snapshots.js';
export { snapshotLineTerminal, snapshotSectionMarkdown } from './format-snapshots.js';
export type {
  ChangeKind,
  ComplaintChange,
  DiffSummary,
  EscalationSummary,
  OutcomeSummary,
  PlaybookChange,
  PlaybookDiff,
  ProjectRevision,
  Responder,
  RevisionPlaybook,
  SamplePresence,
  SideState,
  SnapshotStatus,
  TrafficChange,
  TemplateChange,
  WordChange,
} from './types.js';
