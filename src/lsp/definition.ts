/**
 * Go to definition and find references for the ids of a playbook (templates, types, voices,
 * channels, teams, escalations, and also signals, lexicons and partials) across its files. Pure.
 */
import type { IdOccurrence, SymbolIndex } from './symbols.js';

/** Where the id under the cursor is defined (empty when the cursor is on no id, or the id is not defined). */
export function definitionsAt(symbols: SymbolIndex, file: string, offset: number): IdOccurrence[] {
  const o = symbols.at(file, offset);
  return o ? symbols.definitions(o.kind, o.id) : [];
}

/** Every place the id under the cursor is written: its references, and its definitions when asked. */
export function referencesAt(symbols: SymbolIndex, file: string, offset: number, includeDeclaration: boolean): IdOccurrence[] {
  const o = symbols.at(file, offset);
  if (!o) return [];
  return [...(includeDeclaration ? symbols.definitions(o.kind, o.id) : []), ...symbols.references(o.kind, o.id)];
}
