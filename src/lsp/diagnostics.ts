/**
 * replybook diagnostics as LSP diagnostics: a pure function, like every other output format. Same
 * ranges (0-based), severities, rule ids, messages (with the note on the lines below, as the
 * stylish format prints it) and related locations as `replybook check`.
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { Playbook } from '../model/playbook.js';
import { toLspRange } from './positions.js';

/** What the code action for an avoided phrase needs, carried in `Diagnostic.data`. */
export interface ReplaceFixData {
  fix: 'replace';
  /** The text the diagnostic's range must still hold. */
  found: string;
  replacement: string;
}

const SEVERITY: Readonly<Record<Severity, 1 | 2 | 3>> = { error: 1, warning: 2, info: 3 };

/** The message an editor shows: the message, then the note on the next line. */
export function lspMessage(d: Diagnostic): string {
  return d.note ? `${d.message}\n${d.note}` : d.message;
}

/** One diagnostic for the editor; `uriOf` maps a display path to the URI the client knows. */
export function toLspDiagnostic(d: Diagnostic, uriOf: (file: string) => string, data?: unknown): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toLspRange(d.range),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: 'replybook',
    message: lspMessage(d),
  };
  if (d.related?.length) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri: uriOf(r.file), range: toLspRange(r.range) }, message: r.message }));
  }
  if (data !== undefined) out.data = data;
  return out;
}

const AVOID = /uses «(.+?)»(?: \(as «(.+?)»\))?, which the tone of voice avoids; prefer «(.+)»$/;

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * For a `tone/avoid` diagnostic, the replacement when it is certain: the phrase is written as the
 * tone lists it (not an inflected form, which the replacement would not agree with), and `prefer` is
 * a drop-in phrase rather than advice ("explain the rule itself…" is advice: much longer than the phrase).
 */
export function avoidFix(d: Diagnostic, playbook: Playbook | null, text: string | undefined): ReplaceFixData | undefined {
  if (d.ruleId !== 'tone/avoid' || !playbook || text === undefined) return undefined;
  const m = AVOID.exec(d.message);
  if (!m || m[2] !== undefined) return undefined;
  const [, phrase, , prefer] = m;
  const rules = [playbook.tone, ...[...playbook.voices.values()].map((v) => v.tone)].flatMap((t) => t?.avoid ?? []);
  if (!rules.some((r) => r.phrase === phrase && r.prefer === prefer)) return undefined;
  if (words(prefer) > words(phrase) + 2) return undefined;
  const found = text.slice(d.range.start.offset, d.range.end.offset);
  if (found.toLocaleLowerCase() !== phrase.toLocaleLowerCase()) return undefined;
  const first = found.charAt(0);
  const capital = first !== first.toLocaleLowerCase() && first === first.toLocaleUpperCase();
  const replacement = capital ? prefer.charAt(0).toLocaleUpperCase() + prefer.slice(1) : prefer;
  return { fix: 'replace', found, replacement };
}
