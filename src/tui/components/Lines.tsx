import type { Line } from '../text/wrap.js';
import { StyledLine } from './StyledLine.js';

/** A window of `height` lines starting at `from` (the rest of a pane's lines scroll). */
export function Lines({ lines, from = 0, height, stale = false }: { lines: Line[]; from?: number; height: number; stale?: boolean }) {
  return (
    <>
      {lines.slice(from, from + height).map((line, i) => (
        <StyledLine key={from + i} line={line} stale={stale} />
      ))}
    </>
  );
}

/** ` 3–9 of 20` for a scrolled pane's title, empty when everything fits. */
export function scrollLabel(from: number, height: number, total: number): string {
  if (total <= height) return '';
  return ` ${from + 1}–${Math.min(total, from + height)}/${total}`;
}
