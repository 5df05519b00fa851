import { inner } from '../view/layout.js';
import { traceLines } from '../view/lines.js';
import { Lines, scrollLabel } from './Lines.js';
import { Pane, type OutcomePaneProps } from './Pane.js';
import { msg } from '../text/words.js';

/** The full trace of the outcome, stage by stage, scrollable. */
export function TracePane({ outcome, width, height, scroll, focused, stale }: OutcomePaneProps) {
  const lines = traceLines(outcome, inner(width));
  const from = Math.min(scroll, Math.max(0, lines.length - height));
  return (
    <Pane
      title={`${msg('pane.trace')}${scrollLabel(from, height, lines.length)}`}
      right={msg('pane.traceCloses')}
      width={width}
      height={height}
      focused={focused}
    >
      <Lines lines={lines} from={from} height={height} stale={stale} />
    </Pane>
  );
}
