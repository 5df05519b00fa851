/** `replybook test --coverage` as text: which parts of a playbook the sample complaints reach, and which they never do. */
import type { PlaybookCoverage } from '../model/test-result.js';
import { visible } from './visible.js';

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
        lines.push(
          `    ${visible(i.source.file)}:${i.source.range.start.line}:${i.source.range.start.column}  ${kind} \`${visible(i.id)}\` is never reached by a sample complaint`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
