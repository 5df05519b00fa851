/** `replybook test --coverage`: which parts of a playbook the sample complaints reach, and which they never do. */
import type { Playbook, Source } from '../model/playbook.js';
import type { ComplaintResult } from '../model/test-result.js';
import { visible } from '../report/visible.js';

export interface CoverageItem {
  kind: 'type' | 'template' | 'escalation' | 'channel';
  id: string;
  hits: number;
  source: Source;
}

export interface PlaybookCoverage {
  playbook: string;
  items: CoverageItem[];
}

/** Counts, per playbook element, the sample complaints whose outcome used it. */
export function coverage(playbook: Playbook, results: ReadonlyArray<ComplaintResult>): PlaybookCoverage {
  const mine = results.filter((r) => r.playbook === playbook.id);
  const count = (pred: (r: ComplaintResult) => boolean) => mine.filter(pred).length;
  const items: CoverageItem[] = [
    ...playbook.types.map((t) => ({ kind: 'type' as const, id: t.id, hits: count((r) => r.outcome.type === t.id), source: t.source })),
    ...[...playbook.templates.values()].map((t) => ({ kind: 'template' as const, id: t.id, hits: count((r) => r.outcome.template === t.id), source: t.source })),
    ...playbook.escalations.map((e) => ({ kind: 'escalation' as const, id: e.id, hits: count((r) => r.outcome.escalations.some((f) => f.id === e.id)), source: e.source })),
    ...[...playbook.channels.values()].map((c) => ({ kind: 'channel' as const, id: c.id, hits: count((r) => r.channel === c.id), source: c.source })),
  ];
  return { playbook: playbook.id, items };
}

/** The coverage report as text: a line per kind with reached/total, then every unreached element at file:line. */
export function formatCoverage(list: ReadonlyArray<PlaybookCoverage>): string {
  const lines: string[] = [];
  for (const pc of list) {
    lines.push(`Coverage of ${visible(pc.playbook)}:`);
    for (const kind of ['type', 'template', 'escalation', 'channel'] as const) {
      const items = pc.items.filter((i) => i.kind === kind);
      if (items.length === 0) continue;
      const reached = items.filter((i) => i.hits > 0).length;
      const pct = Math.round((reached / items.length) * 100);
      lines.push(`  ${`${kind}s`.padEnd(12)} ${String(reached).padStart(3)}/${items.length} (${pct}%)`);
      for (const i of items.filter((x) => x.hits === 0)) {
        lines.push(`    ${visible(i.source.file)}:${i.source.range.start.line}:${i.source.range.start.column}  ${kind} \`${visible(i.id)}\` is never reached by a sample complaint`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
