import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { countBySeverity } from '../../diagnostics/diagnostic.js';
import { inner } from '../view/layout.js';
import { problemLines } from '../view/lines.js';
import { Lines, scrollLabel } from './Lines.js';
import { Pane } from './Pane.js';
import { msg } from '../text/words.js';

/** The playbook's problems (file:line:col, severity, message, rule id), like an editor's Problems panel. */
export function ProblemsPanel({
  diagnostics,
  width,
  height,
  scroll,
  focused,
}: {
  diagnostics: Diagnostic[];
  width: number;
  height: number;
  scroll: number;
  focused: boolean;
}) {
  const lines = problemLines(diagnostics, inner(width));
  const from = Math.min(scroll, Math.max(0, lines.length - height));
  const c = countBySeverity(diagnostics);
  const summary = [
    c.error ? `${c.error} error${c.error === 1 ? '' : 's'}` : '',
    c.warning ? `${c.warning} warning${c.warning === 1 ? '' : 's'}` : '',
    c.info ? `${c.info} info` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Pane
      title={`${msg('pane.problems')}${scrollLabel(from, height, lines.length)}`}
      right={summary}
      rightColor={c.error ? 'red' : 'yellow'}
      width={width}
      height={height}
      focused={focused}
    >
      <Lines lines={lines} from={from} height={height} />
    </Pane>
  );
}
