/**
 * The fixes a diagnostic's `data` makes certain — the one place both the language server's quick
 * fixes and `check --fix` read them from (never from the English message): an avoided phrase
 * replaced with the tone's drop-in `prefer`, a form of address the tone wants, a misspelt name
 * changed to the one it most likely means (offered, not applied by `--fix`: a likely typo is not a
 * certainty). Pure.
 */
import type { DiagnosticData } from './data.js';
import type { Diagnostic } from './diagnostic.js';

/** A fix for one diagnostic: a title and the text that replaces the diagnostic's range. */
export interface Fix {
  title: string;
  newText: string;
  /** Certain: the editor's preferred quick fix, and what `check --fix` applies. */
  preferred: boolean;
}

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/** `prefer` with the first letter's case of the text it replaces (a sentence may start with it). */
function sameCase(current: string, replacement: string): string {
  const first = current.charAt(0);
  const capital = first !== first.toLocaleLowerCase() && first === first.toLocaleUpperCase();
  return capital ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1) : replacement;
}

/**
 * The fix a diagnostic's data makes certain, given the text its range holds now (the buffer may
 * have changed since: fix only what is still there).
 */
export function fixFor(data: DiagnosticData, current: string): Fix | undefined {
  if (data.kind === 'avoided-phrase') {
    // Only the phrase as the tone lists it (an inflected form would not agree with the replacement),
    // and only a drop-in `prefer` ("explain the rule itself…" is advice: much longer than the phrase).
    if (data.inflected || data.prefer === undefined || words(data.prefer) > words(data.phrase) + 2) return undefined;
    if (current.toLocaleLowerCase() !== data.phrase.toLocaleLowerCase()) return undefined;
    const newText = sameCase(current, data.prefer);
    return { title: `Replace «${current}» with «${newText}»`, newText, preferred: true };
  }
  if (data.kind === 'address-form') {
    if (data.replacement === undefined || current !== data.found) return undefined;
    return { title: `Write «${data.replacement}»`, newText: data.replacement, preferred: true };
  }
  if (data.kind === 'unknown-name') {
    if (data.suggestion === undefined || current !== data.name) return undefined;
    return { title: `Change \`${data.name}\` to \`${data.suggestion}\``, newText: data.suggestion, preferred: false };
  }
  return undefined;
}

/** One file's text with the certain fixes of its diagnostics applied, and which diagnostics they fixed. */
export interface FixedText {
  text: string;
  fixed: Diagnostic[];
}

/**
 * Applies the preferred fixes of `diagnostics` (all of one file) to its `text`: each replaces
 * exactly its diagnostic's range, so every other byte — comments, quoting, block styles — stays.
 * Overlapping fixes: the first (by position) wins, the other waits for the next run.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): FixedText {
  const edits: Array<{ start: number; end: number; newText: string; d: Diagnostic }> = [];
  for (const d of diagnostics) {
    if (!d.data) continue;
    const { offset: start } = d.range.start;
    const { offset: end } = d.range.end;
    if (!(start >= 0 && end >= start && end <= text.length)) continue;
    const fix = fixFor(d.data, text.slice(start, end));
    if (fix?.preferred) edits.push({ start, end, newText: fix.newText, d });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: typeof edits = [];
  for (const e of edits) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);
  let out = '';
  let at = 0;
  for (const e of kept) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return { text: out + text.slice(at), fixed: kept.map((e) => e.d) };
}
