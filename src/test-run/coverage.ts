/** `replybook test --coverage`: which parts of a playbook the sample complaints reach, and which they never do. */
import type { Playbook } from '../model/playbook.js';
import type { ComplaintResult, CoverageItem, PlaybookCoverage } from '../model/test-result.js';

export type { CoverageItem, PlaybookCoverage } from '../model/test-result.js';

/** Counts, per playbook element, the sample complaints whose outcome used it. */
export function coverage(playbook: Playbook, results: ReadonlyArray<ComplaintResult>): PlaybookCoverage {
  const mine = results.filter((r) => r.playbook === playbook.id);
  const count = (pred: (r: ComplaintResult) => boolean) => mine.filter(pred).length;
  const items: CoverageItem[] = [
    ...playbook.types.map((t) => ({ kind: 'type' as const, id: t.id, hits: count((r) => r.outcome.type === t.id), source: t.source })),
    ...[...playbook.templates.values()].map((t) => ({
      kind: 'template' as const,
      id: t.id,
      hits: count((r) => r.outcome.template === t.id),
      source: t.source,
    })),
    ...playbook.escalations.map((e) => ({
      kind: 'escalation' as const,
      id: e.id,
      hits: count((r) => r.outcome.escalations.some((f) => f.id === e.id)),
      source: e.source,
    })),
    ...[...playbook.channels.values()].map((c) => ({
      kind: 'channel' as const,
      id: c.id,
      hits: count((r) => r.channel === c.id),
      source: c.source,
    })),
  ];
  return { playbook: playbook.id, items };
}
