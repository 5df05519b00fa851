import type { Compared } from '../state/selectors.js';
import { inner } from '../view/layout.js';
import { compareLines } from '../view/lines.js';
import { Lines, scrollLabel } from './Lines.js';
import { Pane } from './Pane.js';
import { msg } from '../text/words.js';

/** The selected complaint's reply across every channel or voice, side by side with lengths and limits (`C`, `V`); scrollable. */
export function ComparePane({
  list,
  what,
  width,
  height,
  scroll,
  focused,
  stale,
}: {
  list: readonly Compared[];
  what: 'channels' | 'voices';
  width: number;
  height: number;
  scroll: number;
  focused: boolean;
  stale: boolean;
}) {
  const lines = compareLines(list, inner(width));
  const from = Math.min(scroll, Math.max(0, lines.length - height));
  return (
    <Pane
      title={`${msg(what === 'channels' ? 'pane.compareChannels' : 'pane.compareVoices')}${scrollLabel(from, height, lines.length)}`}
      right={msg('pane.compareCloses', { key: what === 'channels' ? 'C' : 'V' })}
      width={width}
      height={height}
      focused={focused}
    >
      <Lines lines={lines} from={from} height={height} stale={stale} />
    </Pane>
  );
}
