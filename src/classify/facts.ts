import type { Locale } from '../model/playbook.js';
import type { Author, Mention, TextSpan, TraceSay, TraceStep } from '../model/outcome.js';
import type { NormalisedText } from '../text/normalise.js';
import type { Token } from '../text/tokenise.js';
import type { LexiconHit, LexiconMemo, WordRecord } from '../text/lexicons/lexicon.js';
import { presentStems, type MentionStarts, type PhraseHit, type PhraseSet } from '../text/phrase.js';
import type { SignalHit } from './signals.js';
import type { Pattern, PatternMatch } from '../text/pattern.js';
import type { WorkMeter } from '../model/budget.js';

/** What the matchers know about one mention: computed once by `analyseMention`, read by every stage. */
export interface MentionFacts {
  mention: Mention;
  locale: Locale;
  /** The analysed text (the mention's, cut at the classifier's limit) normalised, with its offset map. */
  norm: NormalisedText;
  tokens: Token[];
  /**
   * The tokens where a phrase of each word list and lexicon of the classifier can start (see
   * `StartIndex`); undefined: search every token.
   */
  starts?: MentionStarts;
  /** Signals found, by id, in the classifier's signal order. */
  signals: Map<string, SignalHit>;
  author: Author;
  channel: string;
  /** True when the text was longer than the limit and only its beginning was analysed. */
  truncated: boolean;
  /** Notes of the analysis (the cut), to put before the classify trace. */
  trace: TraceStep[];
  /** Lexicon hits by lexicon id, filled on first use: types and escalations ask for the same ones. */
  lexiconHits: Map<string, LexiconHit[]>;
  /** The tokens' records in the lexicons' shared memo, made on first use: one look-up per word. */
  wordRecords: { memo: LexiconMemo; records: Array<WordRecord | null> } | null;
  /** The stems the tokens count as (`presentStems`), made on first use by a phrase list or lexicon. */
  present: Set<string> | null;
  /** Hits of `words` lists, filled on first use: several conditions test the same list. */
  phraseHits: Map<PhraseSet, PhraseHit[]>;
  /**
   * `regex` conditions on this mention, filled on first use: whether the pattern matches (the fast
   * test), then its first match once a trace wants it (null: none).
   */
  regexHits: Map<Pattern, { found: boolean; match?: PatternMatch | null }>;
  /** The mention's time budget (null: none): told about the work before each scan of the text. */
  meter: WorkMeter | null;
}

/** The mention's `presentStems`, made once. */
export function presentOf(f: MentionFacts): Set<string> {
  return (f.present ??= presentStems(f.tokens));
}

/** A stretch of the original text covered by tokens first…last. */
export function tokenSpan(f: MentionFacts, first: number, last: number): TextSpan {
  const start = f.tokens[first].oStart,
    end = f.tokens[last].oEnd;
  return { start, end, text: f.norm.original.slice(start, end) };
}

/** «text» at start–end, the way traces quote a match. */
export function quote(s: TextSpan): string {
  return `«${s.text}» at ${s.start}–${s.end}`;
}

/** `quote` as data for a person's language. */
export function quoteSay(s: TextSpan): TraceSay {
  return { id: 'quote', values: { text: s.text, start: s.start, end: s.end } };
}
