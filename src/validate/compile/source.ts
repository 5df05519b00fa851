/** Model `Source`s from a file's position index. */
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import type { JsonPath, PositionIndex } from '../../load/position-index.js';
import type { Source } from '../../model/playbook.js';

/** Where the key of `path` is written (an id's definition). */
export function keySource(positions: PositionIndex, path: JsonPath): Source {
  return { file: positions.file, range: positions.keyRange(path), path: [...path] };
}

/** Where the value of `path` is written. */
export function valueSource(positions: PositionIndex, path: JsonPath): Source {
  return { file: positions.file, range: positions.valueRange(path), path: [...path] };
}

/** A diagnostic at a source. */
export function diagnosticAt(at: Source, severity: Severity, ruleId: string, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { file: at.file, range: at.range, severity, ruleId, message, path: at.path, ...extra };
}
