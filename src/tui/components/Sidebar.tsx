import type { ListItem } from '../state/selectors.js';
import { scrollWindow, inner } from '../view/layout.js';
import { sidebarRows } from '../view/sidebar.js';
import { Lines } from './Lines.js';
import { Pane } from './Pane.js';
import { useTheme } from './theme.js';
import { msg } from '../text/words.js';

export interface SidebarProps {
  items: ListItem[];
  selectedKey: string | null;
  changed: ReadonlySet<string>;
  overridden: ReadonlySet<string>;
  filter: string;
  width: number;
  height: number;
  focused: boolean;
  stale: boolean;
}

/** The sample complaints grouped by file, pass ✓ / fail ✗, Δ when the last reload changed the outcome. */
export function Sidebar(p: SidebarProps) {
  const { color } = useTheme();
  const { lines, selectedRow } = sidebarRows(p.items, {
    selectedKey: p.selectedKey,
    changed: p.changed,
    overridden: p.overridden,
    width: inner(p.width),
    color,
  });
  const from = scrollWindow(lines.length, Math.max(0, selectedRow), p.height);
  const title = `${msg('pane.complaints')}${p.filter ? ` /${p.filter}` : ''}${p.stale ? msg('pane.lastGood') : ''}`;
  const at = p.items.findIndex((i) => i.key === p.selectedKey);
  const position = p.items.length > 1 && at >= 0 ? `${at + 1}/${p.items.length}` : undefined;
  const body = lines.length ? lines : [[{ text: p.filter ? msg('list.nothingMatches') : msg('list.empty'), style: 'dim' as const }]];
  return (
    <Pane title={title} right={position} width={p.width} height={p.height} focused={p.focused}>
      <Lines lines={body} from={from} height={p.height} stale={p.stale} />
    </Pane>
  );
}
