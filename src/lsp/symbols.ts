/**
 * Where every id of a playbook is defined and referenced, from each file's position index: the
 * base of completion, go to definition, find references and hover. Works on every file that
 * parses, so it still answers while the playbook as a whole has errors.
 */
import type { Range } from '../diagnostics/diagnostic.js';
import type { ParsedFile } from '../load/parse-file.js';
import type { JsonPath } from './positions.js';

/** The kinds of ids the language server knows. */
export type IdKind = 'type' | 'template' | 'voice' | 'channel' | 'team' | 'signal' | 'lexicon' | 'escalation' | 'partial';

/** One place an id is written: its definition or a reference to it. */
export interface IdOccurrence {
  kind: IdKind;
  id: string;
  file: string;
  range: Range;
  path: JsonPath;
  role: 'definition' | 'reference';
}

/** Sections whose keys define ids. */
const SECTION_KINDS: Readonly<Record<string, IdKind>> = {
  types: 'type',
  templates: 'template',
  voices: 'voice',
  channels: 'channel',
  teams: 'team',
  signals: 'signal',
  lexicons: 'lexicon',
  partials: 'partial',
};

/** Condition keys that name ids (types' `match`, escalations' `when`). */
const CONDITION_KINDS: Readonly<Record<string, IdKind>> = { type: 'type', channel: 'channel', signal: 'signal', lexicon: 'lexicon' };

/** Template `when` keys that name ids. */
const TEMPLATE_WHEN_KINDS: Readonly<Record<string, IdKind>> = {
  type: 'type',
  channel: 'channel',
  voice: 'voice',
  signals: 'signal',
  missing: 'signal',
  escalation: 'escalation',
};

/** True when every element between `from` and the end is a combinator of a condition (`any`, `all`, `not`, an index). */
function conditionTail(path: JsonPath, from: number): boolean {
  for (let i = from; i < path.length; i++) {
    const p = path[i];
    if (typeof p === 'number') {
      if (path[i - 1] !== 'any' && path[i - 1] !== 'all') return false;
    } else if (p !== 'any' && p !== 'all' && p !== 'not') return false;
  }
  return true;
}

/**
 * The kind of id expected as the value at `path` (a list item's path ends with its index), or
 * null where no id is expected.
 */
export function referenceKindAt(path: JsonPath, complaintFile: boolean): IdKind | null {
  const p = typeof path[path.length - 1] === 'number' && path.length > 1 ? path.slice(0, -1) : path;
  const last = p[p.length - 1];
  if (typeof last !== 'string') return null;
  if (complaintFile) {
    if (p[0] !== 'complaints' || typeof p[1] !== 'number') return null;
    if (p.length === 3 && last === 'channel') return 'channel';
    if (p.length === 3 && last === 'voice') return 'voice';
    if (p.length === 4 && p[2] === 'expect' && last === 'type') return 'type';
    if (p.length === 4 && p[2] === 'expect' && last === 'template') return 'template';
    // `expect.escalations`: ids, or `{ to: team }` items.
    if (p.length === 4 && p[2] === 'expect' && last === 'escalations' && path.length === 5) return 'escalation';
    if (p.length === 6 && p[2] === 'expect' && p[3] === 'escalations' && last === 'to') return 'team';
    return null;
  }
  if (p[0] === 'templates' && p.length === 4 && p[2] === 'when') return TEMPLATE_WHEN_KINDS[last] ?? null;
  if (p[0] === 'escalations' && p.length === 3 && last === 'to') return 'team';
  const condStart = p[0] === 'types' && p[2] === 'match' ? 3 : p[0] === 'escalations' && p[2] === 'when' ? 3 : -1;
  if (condStart < 0 || !(last in CONDITION_KINDS)) return null;
  if (!conditionTail(p.slice(0, -1), condStart)) return null;
  return CONDITION_KINDS[last];
}

/** The kind of id defined by the key at `path` (`templates.<id>`, …), or null. */
export function definitionKindAt(path: JsonPath): IdKind | null {
  if (path.length === 2 && typeof path[0] === 'string' && typeof path[1] === 'string') return SECTION_KINDS[path[0]] ?? null;
  return null;
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, k)) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** Every id definition and reference of one parsed file. */
export function fileOccurrences(file: ParsedFile, complaintFile: boolean): IdOccurrence[] {
  const out: IdOccurrence[] = [];
  if (file.data === null) return out;
  for (const key of file.positions.paths()) {
    const path = JSON.parse(key) as JsonPath;
    const loc = file.positions.get(path);
    if (!loc) continue;
    if (!complaintFile) {
      const def = definitionKindAt(path);
      if (def) {
        out.push({ kind: def, id: String(path[1]), file: file.path, range: loc.key ?? loc.value, path, role: 'definition' });
        continue;
      }
      if (path.length === 3 && path[0] === 'escalations' && typeof path[1] === 'number' && path[2] === 'id') {
        const id = valueAt(file.data, path);
        if (typeof id === 'string') out.push({ kind: 'escalation', id, file: file.path, range: loc.value, path, role: 'definition' });
        continue;
      }
    }
    const kind = referenceKindAt(path, complaintFile);
    if (!kind) continue;
    const value = valueAt(file.data, path);
    if (typeof value === 'string') out.push({ kind, id: value, file: file.path, range: loc.value, path, role: 'reference' });
  }
  return out;
}

/** The ids of a playbook: every definition and reference across its files. */
export class SymbolIndex {
  constructor(readonly occurrences: readonly IdOccurrence[]) {}

  /** Defined ids of a kind, in reading order, each once. */
  ids(kind: IdKind): string[] {
    return [...new Set(this.occurrences.filter((o) => o.kind === kind && o.role === 'definition').map((o) => o.id))];
  }

  /** The occurrence under the cursor in `file`, if any. */
  at(file: string, offset: number): IdOccurrence | undefined {
    return this.occurrences.find((o) => o.file === file && o.range.start.offset <= offset && offset <= o.range.end.offset);
  }

  /** Where an id is defined (the first definition first). */
  definitions(kind: IdKind, id: string): IdOccurrence[] {
    return this.occurrences.filter((o) => o.kind === kind && o.id === id && o.role === 'definition');
  }

  /** Every reference to an id. */
  references(kind: IdKind, id: string): IdOccurrence[] {
    return this.occurrences.filter((o) => o.kind === kind && o.id === id && o.role === 'reference');
  }
}
