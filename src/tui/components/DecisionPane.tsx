import type { Mention, Outcome } from '../../model/outcome.js';
import type { PlaybookInfo } from '../state/types.js';
import { inner } from '../view/layout.js';
import { decisionLines } from '../view/lines.js';
import { Lines } from './Lines.js';
import { Pane } from './Pane.js';
import { msg } from '../text/words.js';

/** The decision: type, template, voice, escalations (team, priority, due and how far away), the due time. */
export function DecisionPane({
  outcome,
  mention,
  playbook,
  width,
  height,
  stale,
}: {
  outcome: Outcome;
  mention: Mention;
  playbook: PlaybookInfo | undefined;
  width: number;
  height: number;
  stale: boolean;
}) {
  const lines = decisionLines(outcome, mention, playbook, inner(width));
  return (
    <Pane
      title={msg('pane.decision')}
      right={lines.length > height ? `+${lines.length - height} lines (t: trace)` : undefined}
      width={width}
      height={height}
    >
      <Lines lines={lines} height={height} stale={stale} />
    </Pane>
  );
}
