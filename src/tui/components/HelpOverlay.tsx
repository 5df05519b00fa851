import { KEYS } from '../state/keymap.js';
import { inner } from '../view/layout.js';
import { padEnd, wrapText, type Line } from '../text/wrap.js';
import { Lines } from './Lines.js';
import { Pane } from './Pane.js';

/** Every key, in place of the panes until `?` or Esc. */
export function HelpOverlay({ width, height }: { width: number; height: number }) {
  const w = inner(width);
  const keyWidth = Math.min(18, Math.floor(w / 3));
  const lines: Line[] = KEYS.flatMap(([k, what]) => {
    const wrapped = wrapText(what, Math.max(1, w - keyWidth - 1));
    return wrapped.map((l, i) => [{ text: padEnd(i === 0 ? k : '', keyWidth) + ' ', style: 'accent' as const }, ...l]);
  });
  lines.push([], [{ text: 'The view reloads by itself when a playbook file changes; Δ marks outcomes that changed.', style: 'dim' }]);
  return (
    <Pane title="Keys" right="? or Esc closes" width={width} height={height} focused>
      <Lines lines={lines.flatMap((l) => (l.length ? [l] : [[]]))} height={height} />
    </Pane>
  );
}
