import { KEYS } from '../state/keymap.js';
import { inner } from '../view/layout.js';
import { padEnd, wrapText, type Line } from '../text/wrap.js';
import { Lines } from './Lines.js';
import { Pane } from './Pane.js';
import { msg } from '../text/words.js';

/** Every key, in place of the panes until `?` or Esc. */
export function HelpOverlay({ width, height }: { width: number; height: number }) {
  const w = inner(width);
  const keyWidth = Math.min(18, Math.floor(w / 3));
  const lines: Line[] = KEYS.flatMap(([k, id]) => {
    const wrapped = wrapText(msg(id), Math.max(1, w - keyWidth - 1));
    return wrapped.map((l, i) => [{ text: padEnd(i === 0 ? k : '', keyWidth) + ' ', style: 'accent' as const }, ...l]);
  });
  lines.push([], [{ text: msg('help.footer'), style: 'dim' }]);
  return (
    <Pane title={msg('pane.keys')} right={msg('pane.keysClose')} width={width} height={height} focused>
      <Lines lines={lines.flatMap((l) => (l.length ? [l] : [[]]))} height={height} />
    </Pane>
  );
}
