import type { SignalDef, Source } from '../model/playbook.js';
import type { TextSpan } from '../model/outcome.js';
import type { NormalisedText } from '../text/normalise.js';
import { isLetter, isLower, isUpper } from '../text/char-class.js';
import type { Pattern } from '../text/pattern.js';
import { compilePattern, type CompiledPattern, type PatternOptions } from '../text/pattern.js';
import { detectOrderNumber } from './order-number.js';
import { detectRepeatContact } from './repeat-contact.js';
import { detectSarcasm } from './sarcasm.js';
import type { SignalGates } from './signal-gates.js';

/** A signal found in a mention: its value and where it occurs in the original text. */
export interface SignalHit {
  value: string;
  spans: TextSpan[];
}

/** A compiled signal: looks at the original and the normalised text of one mention. */
export interface SignalDetector {
  id: string;
  builtin: boolean;
  source?: Source;
  /** `gates`, from the mention's words, let a built-in signal skip a text it cannot fire on (undefined: read it all). */
  detect(text: NormalisedText, gates?: SignalGates): SignalHit | null;
}

const MAX_SPANS = 10;
const span = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

/** Runs one of replybook's own global regexes over a text; the value is the first capture group or the whole first match. */
function regexHits(re: RegExp, text: string, offsets?: Int32Array): SignalHit | null {
  re.lastIndex = 0;
  let value: string | null = null;
  const spans: TextSpan[] = [];
  const original = offsets ? null : text;
  for (let m = re.exec(text); m !== null && spans.length < MAX_SPANS; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const group = m.slice(1).find((g) => g !== undefined);
    if (value === null) value = group ?? m[0];
    if (original !== null) spans.push(span(original, m.index, m.index + m[0].length));
    else spans.push({ start: offsets![m.index], end: offsets![m.index + m[0].length], text: '' });
  }
  return value === null ? null : { value, spans };
}

/** A built-in regex signal over the original text. */
function builtinPatternSignal(id: string, re: RegExp): SignalDetector {
  return { id, builtin: true, detect: (n) => regexHits(re, n.original) };
}

/**
 * A playbook's signal over the original text, on the linear-time engine: the fast test first (most
 * mentions have no match), then the matches' positions; the value is the first match's first
 * capture group that took part, or the whole match.
 */
function playbookSignal(id: string, p: Pattern, source?: Source): SignalDetector {
  return {
    id,
    builtin: false,
    source,
    detect(n) {
      const text = n.original;
      if (!p.test(text)) return null;
      const matches = p.all(text, MAX_SPANS);
      if (!matches.length) return null;
      const first = matches[0];
      const g = first.groups.find((x) => x !== undefined);
      const value = g ? text.slice(g[0], g[1]) : text.slice(first.start, first.end);
      return { value, spans: matches.map((m) => span(text, m.start, m.end)) };
    },
  };
}

const EXCLAMATIONS = /[!?]{3,}/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'«»]+[^\s<>"'«».,;:!?)]/giu;
const SHOUT_MIN_LETTERS = 12;
const SHOUT_RATIO = 0.6;

/** Capital letters over most of the text, or a stretch of capitalised words of ≥ 12 letters. */
function detectShouting(n: NormalisedText): SignalHit | null {
  const t = n.original;
  let capitals = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) capitals++;
  }
  if (capitals < SHOUT_MIN_LETTERS) return null; // the common case, without the word walk below
  let letters = 0,
    upper = 0;
  // the longest run of all-capital words (each ≥ 2 letters), counted in letters
  let runStart = -1,
    runEnd = -1,
    runLetters = 0,
    bestStart = -1,
    bestEnd = -1,
    bestLetters = 0;
  let wStart = -1,
    wLetters = 0,
    wUpper = true,
    longCaps = 0,
    runLong = false,
    bestLong = false;
  const endWord = (end: number): void => {
    if (wStart < 0) return;
    if (wUpper && wLetters >= 2) {
      if (runStart < 0) {
        runStart = wStart;
        runLetters = 0;
        runLong = false;
      }
      // Words of two or three capitals are mostly abbreviations (ООО, МТС, ВТБ): a shout needs a longer one.
      if (wLetters >= 4) {
        longCaps++;
        runLong = true;
      }
      runEnd = end;
      runLetters += wLetters;
      if (runLong && runLetters > bestLetters) {
        bestLetters = runLetters;
        bestStart = runStart;
        bestEnd = runEnd;
        bestLong = true;
      }
    } else if (wLetters > 0 && !(wLetters === 1 && wUpper)) {
      runStart = -1;
      runLetters = 0;
    }
    wStart = -1;
    wLetters = 0;
    wUpper = true;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isLetter(c)) {
      if (wStart < 0) wStart = i;
      wLetters++;
      letters++;
      if (isUpper(c)) upper++;
      else if (isLower(c)) wUpper = false;
    } else endWord(i);
  }
  endWord(t.length);
  if (letters >= SHOUT_MIN_LETTERS && upper / letters >= SHOUT_RATIO && longCaps > 0) {
    const s = t.search(/\S/u),
      e = t.trimEnd().length;
    return { value: t.slice(s, e), spans: [span(t, s, e)] };
  }
  if (bestLong && bestLetters >= SHOUT_MIN_LETTERS) return { value: t.slice(bestStart, bestEnd), spans: [span(t, bestStart, bestEnd)] };
  return null;
}

const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;

/**
 * Sentences ending in «?», found by scanning back from each «?» (a regex such as
 * `[^.!?]*\?` backtracks quadratically on a long text without one).
 */
function detectQuestion(n: NormalisedText): SignalHit | null {
  const t = n.original;
  const spans: TextSpan[] = [];
  let from = 0;
  for (let q = t.indexOf('?', from); q >= 0 && spans.length < MAX_SPANS; q = t.indexOf('?', from)) {
    let s = q;
    while (s > from && !isSentenceEnd(t.charCodeAt(s - 1))) s--;
    while (s < q && /\s/u.test(t[s])) s++;
    if (s < q) spans.push(span(t, s, q + 1));
    from = q + 1;
    while (from < t.length && t.charCodeAt(from) === 0x3f) from++; // «??» is one question
  }
  return spans.length ? { value: spans[0].text, spans } : null;
}

/** The built-in signals, in the order they are reported. */
export function builtinSignals(): SignalDetector[] {
  return [
    { id: 'order-number', builtin: true, detect: detectOrderNumber },
    { id: 'shouting', builtin: true, detect: detectShouting },
    builtinPatternSignal('exclamations', EXCLAMATIONS),
    { id: 'repeat-contact', builtin: true, detect: detectRepeatContact },
    { id: 'url', builtin: true, detect: (n) => (/https?:|www\./iu.test(n.original) ? regexHits(URL, n.original) : null) },
    { id: 'question', builtin: true, detect: detectQuestion },
    { id: 'sarcasm', builtin: true, detect: detectSarcasm },
  ];
}

export { BUILTIN_SIGNALS } from './signal-ids.js';

/**
 * Compiles the built-in signals and the playbook's: a playbook signal with a built-in's id replaces
 * it. A pattern that cannot be compiled is reported in `problems` and left out (the validator
 * reports it to the user with its position). `compile` compiles a playbook pattern (by default on
 * its own; the classifier counts it against the playbook's bounds).
 */
export function compileSignals(
  defs: Iterable<SignalDef>,
  problems: string[],
  compile: (source: string, options: PatternOptions) => CompiledPattern = compilePattern,
): SignalDetector[] {
  const list = builtinSignals();
  for (const d of defs) {
    const r = compile(d.pattern, { flags: d.flags, word: d.word });
    if (!r.ok) {
      problems.push(`signal \`${d.id}\`: invalid pattern /${d.pattern}/: ${r.problems.map((p) => p.message).join('; ')}`);
      continue;
    }
    const det = playbookSignal(d.id, r.pattern, d.source);
    const at = list.findIndex((s) => s.id === d.id);
    if (at >= 0) list[at] = det;
    else list.push(det);
  }
  return list;
}
