import type { Escalation, Locale, NegativityType, Playbook } from '../model/playbook.js';
import type { Mention, TraceSay, TraceStep } from '../model/outcome.js';
import type { WorkMeter } from '../model/budget.js';
import { MAX_MENTION_TEXT } from '../model/mention-limits.js';
import { BUILTIN_LEXICONS } from '../text/lexicons/builtins.js';
import { LexiconMatcher, LexiconMemo } from '../text/lexicons/lexicon.js';
import { normalise } from '../text/normalise.js';
import { PlaybookPatterns } from '../text/pattern.js';
import { DEFAULT_PHRASE_GAP, PhraseSet, StartIndex } from '../text/phrase.js';
import { StemCache, stemTokens } from '../text/stem.js';
import { tokenise } from '../text/tokenise.js';
import { compileCondition, type CompiledCondition, type ConditionContext } from './condition.js';
import type { MentionFacts } from './facts.js';
import { signalGates } from './signal-gates.js';
import { compileSignals, type SignalDetector, type SignalHit } from './signals.js';

/** A trace step's words when they do not depend on the mention: built once per rule, at compile time. */
export interface FixedWords {
  message: string;
  say: TraceSay;
}

/** The words of a type's step: `type \`id\`: why` (per mention, or once for a constant failure). */
export function typeWords(id: string, why: string, whySay: TraceSay): FixedWords {
  return { message: `type \`${id}\`: ${why}`, say: { id: 'classify.type', values: { type: id, why: whySay } } };
}

/** The words of an escalation rule's step when it did not fire. */
export function notFiredWords(id: string, why: string, whySay: TraceSay): FixedWords {
  return { message: `escalation \`${id}\` did not fire: ${why}`, say: { id: 'escalate.notFired', values: { id, why: whySay } } };
}

/** A playbook's matchers, compiled once: types, escalations, signals, lexicons. */
export interface Classifier {
  playbook: Playbook;
  locale: Locale;
  /** `failed`: the step of a type whose `match` does not hold, when its `failMessage` is constant. */
  types: Array<{ type: NegativityType; match: CompiledCondition | null; failed?: FixedWords }>;
  /** `notFired`: the step of a rule whose `when` does not hold, when its `failMessage` is constant. */
  escalations: Array<{ escalation: Escalation; when: CompiledCondition; notFired?: FixedWords }>;
  signals: SignalDetector[];
  lexicons: Map<string, LexiconMatcher>;
  /** The stems a phrase of each word list or lexicon can start with: one index, one pass a mention. */
  starts: StartIndex;
  /** Stems of words seen so far: a bounded memo shared by every mention of this playbook. */
  stems: StemCache;
  /** The longest text analysed; the rest of a longer mention is ignored (and the trace says so). */
  maxChars: number;
  /** What could not be compiled (a bad regex, an unknown lexicon): such a condition never holds. */
  problems: string[];
}

export interface ClassifierOptions {
  /** The longest text analysed, in UTF-16 code units (default MAX_MENTION_TEXT, 20,000; `respond` refuses longer texts before this). */
  maxChars?: number;
}

/** Compiles every condition, signal and lexicon of a playbook once, for `analyseMention`, `classify`, `escalate`. */
export function compileClassifier(pb: Playbook, options: ClassifierOptions = {}): Classifier {
  const problems: string[] = [];
  const stems = new StemCache();
  const lexicons = new Map<string, LexiconMatcher>();
  const memo = new LexiconMemo();
  for (const [id, builtins] of BUILTIN_LEXICONS) {
    const def = pb.lexicons.get(id);
    lexicons.set(
      id,
      new LexiconMatcher({
        id,
        builtins,
        words: def?.words,
        except: def?.except,
        gap: def?.gap ?? DEFAULT_PHRASE_GAP,
        locale: pb.locale,
        cache: stems,
        memo,
      }),
    );
  }
  for (const def of pb.lexicons.values()) {
    if (BUILTIN_LEXICONS.has(def.id)) continue;
    const gap = def.gap ?? DEFAULT_PHRASE_GAP;
    lexicons.set(
      def.id,
      new LexiconMatcher({ id: def.id, words: def.words, except: def.except, gap, locale: pb.locale, cache: stems, memo }),
    );
  }
  const phraseSets = new Map<string, PhraseSet>();
  // The lexicons some condition reads: only their phrases need start tokens (a built-in lexicon
  // the playbook never names costs a mention nothing).
  const used = new Set<LexiconMatcher>();
  // Every pattern of the playbook, in the order the `regex` check counts them: signals, types, escalations.
  const patterns = new PlaybookPatterns();
  const signals = compileSignals(pb.signals.values(), problems, (source, o) => patterns.compile(source, o));
  const ctx: ConditionContext = {
    problems,
    pattern: (source, o) => patterns.compile(source, o),
    lexicon(name) {
      const m = lexicons.get(name);
      if (m) used.add(m);
      return m;
    },
    phrases(words, gap = DEFAULT_PHRASE_GAP) {
      const key = `${gap}\u0000${words.join('\u0000')}`;
      let set = phraseSets.get(key);
      if (!set) {
        set = PhraseSet.compile(words, pb.locale, stems, { gap });
        phraseSets.set(key, set);
      }
      return set;
    },
  };
  // Most types and rules do not hold for a mention, and most fail with a constant message (no word
  // of a lexicon, a signal not found): their trace steps' words are built here once, not per mention.
  const types = pb.types.map((type) => {
    const match = type.match ? compileCondition(type.match, ctx) : null;
    const failed = match?.failMessage === undefined ? undefined : typeWords(type.id, match.failMessage, match.failSay!);
    return { type, match, failed };
  });
  const escalations = pb.escalations.map((escalation) => {
    const when = compileCondition(escalation.when, ctx);
    const notFired = when.failMessage === undefined ? undefined : notFiredWords(escalation.id, when.failMessage, when.failSay!);
    return { escalation, when, notFired };
  });
  patterns.seal();
  // After the conditions: they compile the word lists.
  const starts = new StartIndex();
  for (const set of phraseSets.values()) starts.add(set, set.firstStems());
  for (const m of used) {
    starts.add(m, m.firstStems());
    if (m.exceptPhrases) starts.add(m.exceptPhrases, m.exceptPhrases.firstStems());
  }
  return {
    playbook: pb,
    locale: pb.locale,
    types,
    escalations,
    signals,
    starts,
    lexicons,
    stems,
    maxChars: options.maxChars ?? MAX_MENTION_TEXT,
    problems,
  };
}

/**
 * Normalises, tokenises and stems a mention and finds its signals: everything matching reads.
 * `meter`, the mention's time budget, is told before each pass over the text.
 */
export function analyseMention(c: Classifier, m: Mention, meter: WorkMeter | null = null, explain = true): MentionFacts {
  const trace: TraceStep[] = [];
  let text = typeof m.text === 'string' ? m.text : '';
  let truncated = false;
  if (text.length > c.maxChars) {
    let cut = c.maxChars;
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--; // do not split a surrogate pair
    trace.push({
      stage: 'normalise',
      ok: false,
      message: `text is ${text.length} characters; only the first ${cut} were analysed`,
      ...(explain ? { say: { id: 'normalise.truncated', values: { length: text.length, cut } } } : {}),
    });
    text = text.slice(0, cut);
    truncated = true;
  }
  const locale = m.locale ?? c.locale;
  meter?.spend(3 * text.length + 1);
  const norm = normalise(text, locale);
  const tokens = tokenise(norm);
  stemTokens(tokens, c.stems);
  const signals = new Map<string, SignalHit>();
  const gates = signalGates(tokens);
  for (const s of c.signals) {
    meter?.spend(norm.text.length + 1);
    const hit = s.detect(norm, gates);
    if (hit) signals.set(s.id, hit);
  }
  return {
    mention: m,
    locale,
    norm,
    tokens,
    starts: c.starts.starts(tokens),
    signals,
    author: m.author ?? {},
    channel: m.channel,
    truncated,
    trace,
    lexiconHits: new Map(),
    wordRecords: null,
    present: null,
    phraseHits: new Map(),
    regexHits: new Map(),
    meter,
  };
}
