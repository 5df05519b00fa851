import type { Comparison, Condition, Source } from '../model/playbook.js';
import type { TextSpan } from '../model/outcome.js';
import type { LexiconHit, LexiconMatcher, WordRecord } from '../text/lexicons/lexicon.js';
import type { PhraseHit, PhraseSet } from '../text/phrase.js';
import type { CompiledPattern, Pattern, PatternMatch, PatternOptions } from '../text/pattern.js';
import { presentOf, quote, tokenSpan, type MentionFacts } from './facts.js';

/** Why a condition holds or not: one line to read, and the stretches of text it is about. */
export interface Explanation {
  ok: boolean;
  message: string;
  spans: TextSpan[];
}

/**
 * A condition compiled once per playbook. `test` is the hot path and builds no strings; `explain`
 * is called only for the conditions that decided an outcome, to write the trace.
 */
export interface CompiledCondition {
  readonly source: Source;
  /** `type` is the mention's negativity type, for escalation conditions (undefined while classifying). */
  test(f: MentionFacts, type?: string): boolean;
  explain(f: MentionFacts, type?: string): Explanation;
  /**
   * What `explain` says whenever the condition does not hold, when that does not depend on the
   * mention (a list with no hit, a regex with no match): built once, so the trace of a rule that
   * did not fire costs no string building.
   */
  readonly failMessage?: string;
}

/** The explanation of a condition known not to hold: its constant message, or `explain`'s. */
export function explainFailure(c: CompiledCondition, f: MentionFacts, t?: string): Explanation {
  return c.failMessage !== undefined ? { ok: false, message: c.failMessage, spans: [] } : c.explain(f, t);
}

/** What conditions need from the classifier: compiled word lists, lexicons and patterns. */
export interface ConditionContext {
  /** A word list compiled once; `gap` as the list sets it (else the default). */
  phrases(words: string[], gap?: number): PhraseSet;
  lexicon(name: string): LexiconMatcher | undefined;
  /** Compiles a `regex` pattern (counted against the playbook's pattern bounds). */
  pattern(source: string, options: PatternOptions): CompiledPattern;
  problems: string[];
}

const MAX_QUOTED = 5;
const list = (xs: readonly string[]): string => xs.join(', ');
const OPS: Record<Comparison, [(a: number, b: number) => boolean, string]> = {
  gt: [(a, b) => a > b, '>'],
  gte: [(a, b) => a >= b, '≥'],
  lt: [(a, b) => a < b, '<'],
  lte: [(a, b) => a <= b, '≤'],
  eq: [(a, b) => a === b, '='],
};

/** The lexicon's hits in a mention, computed once per mention and lexicon. */
export function lexiconHits(f: MentionFacts, m: LexiconMatcher): LexiconHit[] {
  let hits = f.lexiconHits.get(m.id);
  if (!hits) {
    let records: Array<WordRecord | null> | undefined;
    if (m.shared !== null) {
      if (f.wordRecords === null || f.wordRecords.memo !== m.shared)
        f.wordRecords = { memo: m.shared, records: m.shared.records(f.tokens) };
      records = f.wordRecords.records;
    }
    f.meter?.spend(f.tokens.length + 1);
    const exceptStarts = m.exceptPhrases && f.starts ? f.starts.of(m.exceptPhrases) : undefined;
    hits = m.find(f.tokens, Infinity, f.starts?.of(m), records, f.norm.original, exceptStarts, presentOf(f));
    f.lexiconHits.set(m.id, hits);
  }
  return hits;
}

/** A word list's first hits in a mention (at most MAX_QUOTED: enough to test and to explain), computed once. */
function phraseHits(f: MentionFacts, set: PhraseSet): PhraseHit[] {
  let hits = f.phraseHits.get(set);
  if (!hits) {
    f.meter?.spend(f.tokens.length + 1);
    hits = set.find(f.tokens, MAX_QUOTED, f.starts?.of(set), presentOf(f));
    f.phraseHits.set(set, hits);
  }
  return hits;
}

/** Whether a regex condition's pattern matches the normalised text, tested once per mention. */
function regexFound(f: MentionFacts, p: Pattern): boolean {
  let hit = f.regexHits.get(p);
  if (hit === undefined) {
    f.meter?.spend(f.norm.text.length + 1);
    hit = { found: p.testNormalised(f.norm.text) };
    f.regexHits.set(p, hit);
  }
  return hit.found;
}

/** A regex condition's first match in the normalised text (positions only when a trace asks). */
function regexMatch(f: MentionFacts, p: Pattern): PatternMatch | null {
  if (!regexFound(f, p)) return null;
  const hit = f.regexHits.get(p)!;
  if (hit.match === undefined) hit.match = p.first(f.norm.text);
  return hit.match;
}

/** Compiles a condition tree. Unknown lexicons and bad regexes never hold, and say why. */
export function compileCondition(c: Condition, ctx: ConditionContext): CompiledCondition {
  const source = c.source;
  switch (c.kind) {
    case 'all': {
      const of = c.of.map((x) => compileCondition(x, ctx));
      return {
        source,
        test: (f, t) => {
          for (const x of of) if (!x.test(f, t)) return false;
          return true;
        },
        explain(f, t) {
          const parts: Explanation[] = [];
          for (const x of of) {
            if (!x.test(f, t)) return explainFailure(x, f, t); // the first that fails is the reason
            parts.push(x.explain(f, t));
          }
          return { ok: true, message: parts.map((p) => p.message).join('; '), spans: parts.flatMap((p) => p.spans) };
        },
      };
    }
    case 'any': {
      const of = c.of.map((x) => compileCondition(x, ctx));
      // When none holds, every part fails: the message is constant if every part's is.
      const failMessage = !of.length
        ? 'empty `any`'
        : of.every((x) => x.failMessage !== undefined)
          ? `none of: ${of.map((x) => x.failMessage).join(' | ')}`
          : undefined;
      return {
        source,
        failMessage,
        test: (f, t) => {
          for (const x of of) if (x.test(f, t)) return true;
          return false;
        },
        explain(f, t) {
          for (const x of of) if (x.test(f, t)) return x.explain(f, t); // the first that holds decides
          if (failMessage !== undefined) return { ok: false, message: failMessage, spans: [] };
          const fails: string[] = [];
          for (const x of of) fails.push(explainFailure(x, f, t).message);
          return { ok: false, message: of.length ? `none of: ${fails.join(' | ')}` : 'empty `any`', spans: [] };
        },
      };
    }
    case 'not': {
      const of = compileCondition(c.of, ctx);
      return {
        source,
        test: (f, t) => !of.test(f, t),
        explain(f, t) {
          const e = of.explain(f, t);
          return { ok: !e.ok, message: `not (${e.message})`, spans: e.ok ? e.spans : [] };
        },
      };
    }
    case 'words': {
      const set = ctx.phrases(c.words, c.gap);
      const noWord = `no word of [${list(c.words)}]`; // built once: most lists do not occur
      return {
        source,
        failMessage: noWord,
        test: (f) => phraseHits(f, set).length > 0,
        explain(f) {
          const hits = phraseHits(f, set);
          if (!hits.length) return { ok: false, message: noWord, spans: [] };
          const spans = hits.map((h) => tokenSpan(f, h.first, h.last));
          const msg = hits.map((h, i) => `${quote(spans[i])} (${set.phrases[h.phrase]})`).join(', ');
          return { ok: true, message: `words matched ${msg}`, spans };
        },
      };
    }
    case 'regex': {
      const compiled = ctx.pattern(c.pattern, { flags: c.flags, word: c.word });
      const re = compiled.ok ? compiled.pattern : null;
      if (!compiled.ok) ctx.problems.push(`regex /${c.pattern}/: ${compiled.problems.map((p) => p.message).join('; ')}`);
      const shown = `/${c.pattern}/${c.word ? ' (whole word)' : ''}`;
      const noMatch = `regex ${shown} did not match`;
      return {
        source,
        failMessage: re === null ? `regex ${shown} is invalid` : noMatch,
        test: (f) => re !== null && regexFound(f, re),
        explain(f) {
          if (re === null) return { ok: false, message: `regex ${shown} is invalid`, spans: [] };
          const m = regexMatch(f, re);
          if (!m) return { ok: false, message: noMatch, spans: [] };
          const { map, original } = f.norm;
          const start = map[m.start],
            end = map[m.end];
          const s = { start, end, text: original.slice(start, end) };
          return { ok: true, message: `regex ${shown} matched ${quote(s)}`, spans: [s] };
        },
      };
    }
    case 'lexicon': {
      const ms = c.names.map((n) => ({ name: n, m: ctx.lexicon(n) }));
      for (const { name, m } of ms) if (!m) ctx.problems.push(`unknown lexicon \`${name}\``);
      const unknown = ms.filter((x) => !x.m).map((x) => x.name);
      const why = unknown.length ? ` (unknown: ${list(unknown)})` : '';
      const noWord = `no word of lexicon ${c.names.map((n) => `\`${n}\``).join(', ')}${why}`;
      return {
        source,
        failMessage: noWord,
        test(f) {
          for (const { m } of ms) if (m && lexiconHits(f, m).length) return true;
          return false;
        },
        explain(f) {
          for (const { name, m } of ms) {
            if (!m) continue;
            const hits = lexiconHits(f, m);
            if (!hits.length) continue;
            const shown = hits.slice(0, MAX_QUOTED);
            const spans = shown.map((h) => ({ start: h.oStart, end: h.oEnd, text: f.norm.original.slice(h.oStart, h.oEnd) }));
            const msg = shown.map((h, i) => `${quote(spans[i])} (${h.root})`).join(', ');
            return { ok: true, message: `lexicon \`${name}\` matched ${msg}`, spans };
          }
          return { ok: false, message: noWord, spans: [] };
        },
      };
    }
    case 'signal':
      return {
        source,
        // One signal: when it fails, that one is missing.
        failMessage: c.names.length === 1 ? `signal \`${c.names[0]}\` not found` : undefined,
        test(f) {
          for (const n of c.names) if (!f.signals.has(n)) return false;
          return true;
        },
        explain(f) {
          const missing = c.names.filter((n) => !f.signals.has(n));
          if (missing.length) return { ok: false, message: `signal ${missing.map((n) => `\`${n}\``).join(', ')} not found`, spans: [] };
          const spans = c.names.flatMap((n) => f.signals.get(n)!.spans.slice(0, 1));
          const msg = c.names.map((n) => `\`${n}\` = «${f.signals.get(n)!.value}»`).join(', ');
          return { ok: true, message: `signal ${msg}${spans[0] ? ` at ${spans[0].start}–${spans[0].end}` : ''}`, spans };
        },
      };
    case 'channel': {
      const set = new Set(c.channels);
      return {
        source,
        test: (f) => set.has(f.channel),
        explain: (f) =>
          set.has(f.channel)
            ? { ok: true, message: `channel \`${f.channel}\``, spans: [] }
            : { ok: false, message: `channel \`${f.channel}\` is not ${list(c.channels)}`, spans: [] },
      };
    }
    case 'type': {
      const set = new Set(c.types);
      return {
        source,
        test: (_f, t) => t !== undefined && set.has(t),
        explain: (_f, t) =>
          t !== undefined && set.has(t)
            ? { ok: true, message: `type \`${t}\``, spans: [] }
            : { ok: false, message: t === undefined ? 'no type yet' : `type \`${t}\` is not ${list(c.types)}`, spans: [] },
      };
    }
    case 'followers': {
      const [op, sign] = OPS[c.op];
      return {
        source,
        test: (f) => f.author.followers !== undefined && op(f.author.followers, c.value),
        explain(f) {
          const n = f.author.followers;
          if (n === undefined) return { ok: false, message: 'author.followers unknown', spans: [] };
          const ok = op(n, c.value);
          return { ok, message: `author.followers ${n} ${ok ? '' : 'is not '}${sign} ${c.value}`, spans: [] };
        },
      };
    }
    case 'verified':
      return {
        source,
        failMessage: `author.verified is ${!c.value}, not ${c.value}`,
        test: (f) => (f.author.verified === true) === c.value,
        explain(f) {
          const ok = (f.author.verified === true) === c.value;
          return { ok, message: `author.verified is ${f.author.verified === true}${ok ? '' : `, not ${c.value}`}`, spans: [] };
        },
      };
  }
}
