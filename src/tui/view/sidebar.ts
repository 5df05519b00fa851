/** The sidebar's rows: complaints grouped by file, each with pass/fail, changed and override marks. */
import type { ListItem } from '../state/selectors.js';
import { visible } from '../../report/visible.js';
import { graphemes, padEnd, width, type Line } from '../text/wrap.js';

export interface SidebarRows {
  lines: Line[];
  /** The row of the selected item, or -1. */
  selectedRow: number;
}

/** Cuts from the start (`…/delivery.yaml`): a file's name says more than its folder. Escaped first (a file name is untrusted). */
function truncateStart(raw: string, max: number): string {
  const s = visible(raw);
  if (width(s) <= max) return s;
  const gs = graphemes(s);
  let out = '';
  for (let i = gs.length - 1; i >= 0 && width(gs[i] + out) <= max - 1; i--) out = gs[i] + out;
  return `…${out}`;
}

function groupLabel(group: string, playbookDir: string): string {
  const prefix = `${playbookDir}/`;
  return group.startsWith(prefix) ? group.slice(prefix.length) : group;
}

export function sidebarRows(
  items: ReadonlyArray<ListItem>,
  opts: { selectedKey: string | null; changed: ReadonlySet<string>; overridden: ReadonlySet<string>; width: number; color: boolean },
): SidebarRows {
  const lines: Line[] = [];
  let selectedRow = -1;
  let group: string | null = null;
  for (const item of items) {
    if (item.group !== group) {
      group = item.group;
      const inGroup = items.filter((i) => i.group === group);
      const failed = inGroup.filter((i) => i.passed === false).length;
      const tally = ` ${inGroup.length}${failed ? ` ✗${failed}` : ''}`;
      const label = truncateStart(groupLabel(group, item.playbookDir), Math.max(4, opts.width - tally.length - 1));
      lines.push([
        { text: label, style: 'bold' },
        { text: ` ${inGroup.length}`, style: 'dim' },
        ...(failed ? [{ text: ` ✗${failed}`, style: 'fail' as const }] : []),
      ]);
    }
    const selected = item.key === opts.selectedKey;
    if (selected) selectedRow = lines.length;
    const mark = item.passed === null ? '·' : item.passed ? '✓' : '✗';
    const changed = opts.changed.has(item.key);
    const overridden = opts.overridden.has(item.key);
    const tail = `${overridden ? '*' : ' '}${changed ? 'Δ' : ' '}`;
    const idWidth = Math.max(1, opts.width - 4 - 2);
    lines.push([
      { text: selected ? '›' : ' ', style: selected ? 'accent' : undefined },
      { text: `${mark} `, style: item.passed === null ? 'dim' : item.passed ? 'ok' : 'fail' },
      { text: padEnd(item.id, idWidth), style: selected && opts.color ? 'select' : undefined },
      { text: tail, style: changed ? 'warn' : 'accent' },
    ]);
  }
  return { lines, selectedRow };
}
