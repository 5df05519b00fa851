/** Places a diagnostic on a stretch of a scalar's value (a construct inside a pattern) instead of the whole scalar. */
import type { Range } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../load/positions.js';
import { scalarOffsets } from '../load/scalar-map.js';
import type { Source } from '../model/playbook.js';

/** Where a stretch of a scalar's value is written; the scalar itself when the file text is unknown. */
export type ScalarPlacer = (
  at: Source,
  value: string,
  start?: number,
  end?: number,
) => { file: string; range: Range; path?: ReadonlyArray<string | number> };

/** A placer over the files' texts (one line index per file, built on first use). */
export function scalarPlacer(sourceText: (file: string) => string | undefined): ScalarPlacer {
  const lines = new Map<string, LineIndex>();
  return (at, value, start, end) => {
    if (start === undefined || end === undefined) return at;
    const text = sourceText(at.file);
    if (text === undefined) return at;
    let index = lines.get(at.file);
    if (!index) {
      index = new LineIndex(text);
      lines.set(at.file, index);
    }
    const map = scalarOffsets(text, at.range.start.offset, at.range.end.offset, value);
    if (map.length !== value.length + 1) return at;
    return { file: at.file, range: index.range(map[start], map[end]), path: at.path };
  };
}
