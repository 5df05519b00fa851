import type { Mention, Outcome } from '../../model/outcome.js';
import type { PlaybookInfo } from '../state/types.js';
import { inner } from '../view/layout.js';
import { complaintMetaLine, complaintTextView } from '../view/lines.js';
import { Lines } from './Lines.js';
import { Pane } from './Pane.js';
import { useTheme } from './theme.js';
import { msg } from '../text/words.js';

export interface ComplaintPaneProps {
  id: string;
  mention: Mention;
  outcome: Outcome | null;
  playbook: PlaybookInfo | undefined;
  channelChanged: boolean;
  draft: boolean;
  width: number;
  /** Rows for the text (the meta line is one more). */
  textRows: number;
  stale: boolean;
}

/** The selected complaint: channel, author, followers, time, and its text with the matched words marked. */
export function ComplaintPane(p: ComplaintPaneProps) {
  const { color } = useTheme();
  const w = inner(p.width);
  const view = complaintTextView(p.mention.text, p.outcome, w, color);
  const text = view.lines;
  const shown = text.slice(0, p.textRows);
  const cut = text.length > p.textRows || !view.complete;
  if (cut) shown[shown.length - 1] = [...shown[shown.length - 1], { text: ' …', style: 'dim' }];
  // A complaint longer than the lines wrapped is counted in characters (counting its lines would mean wrapping all of it).
  const right = !cut
    ? undefined
    : view.complete
      ? `${p.textRows}/${text.length} lines`
      : `${p.textRows} lines shown of ${p.mention.text.length.toLocaleString('en-US')} characters`;
  return (
    <Pane title={`${p.id}${p.draft ? msg('pane.unsaved') : ''}`} right={right} width={p.width} height={p.textRows + 1}>
      <Lines lines={[complaintMetaLine(p.mention, p.playbook, p.channelChanged, w), ...shown]} height={p.textRows + 1} stale={p.stale} />
    </Pane>
  );
}
