import type { ExpectationFailure } from '../../model/test-result.js';
import { inner } from '../view/layout.js';
import { lengthCounter, replyLines } from '../view/lines.js';
import { Lines, scrollLabel } from './Lines.js';
import { Pane, type OutcomePaneProps } from './Pane.js';
import { msg } from '../text/words.js';

/** The reply as the customer reads it, its length against the channel's limit, and the reply checks. */
export function ReplyPane({
  outcome,
  failures = [],
  width,
  height,
  scroll,
  focused,
  stale,
}: OutcomePaneProps & { failures?: ReadonlyArray<ExpectationFailure> }) {
  const lines = replyLines(outcome, inner(width), failures);
  const counter = lengthCounter(outcome);
  const failed = outcome.checks.filter((c) => !c.ok).length;
  const from = Math.min(scroll, Math.max(0, lines.length - height));
  const right = counter ? `${counter.text}${counter.over ? ' over!' : ''}` : undefined;
  return (
    <Pane
      title={`${msg('pane.reply')}${failed ? ` ✗${failed}` : ''}${failures.length ? msg('pane.replyFails', { fields: [...new Set(failures.map((f) => f.field))].join(', ') }) : ''}${scrollLabel(from, height, lines.length)}`}
      right={right}
      rightColor={counter?.over ? 'red' : 'green'}
      width={width}
      height={height}
      focused={focused}
    >
      <Lines lines={lines} from={from} height={height} stale={stale} />
    </Pane>
  );
}
