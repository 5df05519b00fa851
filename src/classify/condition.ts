import type { Comparison, Condition, Source } from '../model/playbook.js';
import type { SayValue, TextSpan, TraceSay } from '../model/outcome.js';
import type { LexiconHit, LexiconMatcher, WordRecord } from '../text/lexicons/lexicon.js';
import type { PhraseHit, PhraseSet } from '../text/phrase.js';
import type { CompiledPattern, Pattern, PatternMatch, PatternOptions } from '../text/pattern.js';
import { presentOf, quote, quoteSay, tokenSpan, type MentionFacts } from './facts.js';

/** Why a condition holds or not: one line to read, and the stretches of text it is about. */
export interface Explanation {
  ok: boolean;
  message: string;
  spans: TextSpan[];
  /** `message` as data for a person's language (src/i18n/catalogs/trace.ts). */
  say: TraceSay;
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
  /** `failMessage` as data (set with it). */
  readonly failSay?: TraceSay;
}

/** The explanation of a condition known not to hold: its constant message, or `explain`'s. */
export function explainFailure(c: CompiledCondition, f: MentionFacts, t?: string): Explanation {
  return c.failMessage !== undefined ? { ok: false, message: c.failMessage, spans: [], say: c.failSay! } : c.explain(f, t);
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
const ticked = (xs: readonly string[]): string => xs.map((n) => `\`${n}\``).join(', ');
const comma = (items: readonly SayValue[]): SayValue => ({ join: 'comma', items });
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
        explain(f, t): Explanation {
          // One pass builds the message, the spans and the says (no `map`, `join`, `flatMap`: this runs
          // for every rule of this kind, for every mention, while the trace is on).
          let message = '';
          const spans: TextSpan[] = [];
          const items: TraceSay[] = [];
          for (const x of of) {
            if (!x.test(f, t)) return explainFailure(x, f, t); // the first that fails is the reason
            const p = x.explain(f, t);
            message = items.length ? `${message}; ${p.message}` : p.message;
            for (const s of p.spans) spans.push(s);
            items.push(p.say);
          }
          return { ok: true, message, spans, say: { id: 'cond.all', values: { parts: { join: 'semicolon', items } } } };
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
      const failSay: TraceSay | undefined = !of.length
        ? { id: 'cond.anyEmpty' }
        : failMessage !== undefined
          ? { id: 'cond.none', values: { fails: { join: 'bar', items: of.map((x) => x.failSay!) } } }
          : undefined;
      return {
        source,
        failMessage,
        failSay,
        test: (f, t) => {
          for (const x of of) if (x.test(f, t)) return true;
          return false;
        },
        explain(f, t): Explanation {
          for (const x of of) if (x.test(f, t)) return x.explain(f, t); // the first that holds decides
          if (failMessage !== undefined) return { ok: false, message: failMessage, spans: [], say: failSay! };
          const fails: Explanation[] = [];
          for (const x of of) fails.push(explainFailure(x, f, t));
          return {
            ok: false,
            message: `none of: ${fails.map((e) => e.message).join(' | ')}`,
            spans: [],
            say: { id: 'cond.none', values: { fails: { join: 'bar', items: fails.map((e) => e.say) } } },
          };
        },
      };
    }
    case 'not': {
      const of = compileCondition(c.of, ctx);
      return {
        source,
        test: (f, t) => !of.test(f, t),
        explain(f, t): Explanation {
          const e = of.explain(f, t);
          return {
            ok: !e.ok,
            message: `not (${e.message})`,
            spans: e.ok ? e.spans : [],
            say: { id: 'cond.not', values: { inner: e.say } },
          };
        },
      };
    }
    case 'words': {
      const set = ctx.phrases(c.words, c.gap);
      const noWord = `no word of [${list(c.words)}]`; // built once: most lists do not occur
      const noWordSay: TraceSay = { id: 'cond.words.none', values: { words: list(c.words) } };
      return {
        source,
        failMessage: noWord,
        failSay: noWordSay,
        test: (f) => phraseHits(f, set).length > 0,
        explain(f): Explanation {
          const hits = phraseHits(f, set);
          if (!hits.length) return { ok: false, message: noWord, spans: [], say: noWordSay };
          // One pass over the hits for the spans, the line and the says.
          const spans: TextSpan[] = [];
          const said: SayValue[] = [];
          let msg = '';
          for (const h of hits) {
            const span = tokenSpan(f, h.first, h.last);
            const root = set.phrases[h.phrase];
            msg = `${spans.length ? `${msg}, ` : ''}${quote(span)} (${root})`;
            spans.push(span);
            said.push({ id: 'hit', values: { quote: quoteSay(span), root } });
          }
          return { ok: true, message: `words matched ${msg}`, spans, say: { id: 'cond.words.matched', values: { hits: comma(said) } } };
        },
      };
    }
    case 'regex': {
      const compiled = ctx.pattern(c.pattern, { flags: c.flags, word: c.word });
      const re = compiled.ok ? compiled.pattern : null;
      if (!compiled.ok) ctx.problems.push(`regex /${c.pattern}/: ${compiled.problems.map((p) => p.message).join('; ')}`);
      const shown = `/${c.pattern}/${c.word ? ' (whole word)' : ''}`;
      const noMatch = `regex ${shown} did not match`;
      const regexValues = { pattern: c.pattern, word: c.word ? 'yes' : 'no' };
      const invalidSay: TraceSay = { id: 'cond.regex.invalid', values: regexValues };
      const noMatchSay: TraceSay = { id: 'cond.regex.none', values: regexValues };
      return {
        source,
        failMessage: re === null ? `regex ${shown} is invalid` : noMatch,
        failSay: re === null ? invalidSay : noMatchSay,
        test: (f) => re !== null && regexFound(f, re),
        explain(f): Explanation {
          if (re === null) return { ok: false, message: `regex ${shown} is invalid`, spans: [], say: invalidSay };
          const m = regexMatch(f, re);
          if (!m) return { ok: false, message: noMatch, spans: [], say: noMatchSay };
          const { map, original } = f.norm;
          const start = map[m.start],
            end = map[m.end];
          const s = { start, end, text: original.slice(start, end) };
          return {
            ok: true,
            message: `regex ${shown} matched ${quote(s)}`,
            spans: [s],
            say: { id: 'cond.regex.matched', values: { ...regexValues, quote: quoteSay(s) } },
          };
        },
      };
    }
    case 'lexicon': {
      const ms = c.names.map((n) => ({ name: n, m: ctx.lexicon(n) }));
      for (const { name, m } of ms) if (!m) ctx.problems.push(`unknown lexicon \`${name}\``);
      const unknown = ms.filter((x) => !x.m).map((x) => x.name);
      const why = unknown.length ? ` (unknown: ${list(unknown)})` : '';
      const noWord = `no word of lexicon ${c.names.map((n) => `\`${n}\``).join(', ')}${why}`;
      const noWordSay: TraceSay = unknown.length
        ? { id: 'cond.lexicon.noneUnknown', values: { names: ticked(c.names), unknown: list(unknown) } }
        : { id: 'cond.lexicon.none', values: { names: ticked(c.names) } };
      return {
        source,
        failMessage: noWord,
        failSay: noWordSay,
        test(f) {
          for (const { m } of ms) if (m && lexiconHits(f, m).length) return true;
          return false;
        },
        explain(f): Explanation {
          for (const { name, m } of ms) {
            if (!m) continue;
            const hits = lexiconHits(f, m);
            if (!hits.length) continue;
            // One pass over the first MAX_QUOTED hits for the spans, the line and the says.
            const spans: TextSpan[] = [];
            const said: SayValue[] = [];
            let msg = '';
            for (let i = 0; i < hits.length && i < MAX_QUOTED; i++) {
              const h = hits[i];
              const span = { start: h.oStart, end: h.oEnd, text: f.norm.original.slice(h.oStart, h.oEnd) };
              msg = `${i ? `${msg}, ` : ''}${quote(span)} (${h.root})`;
              spans.push(span);
              said.push({ id: 'hit', values: { quote: quoteSay(span), root: h.root } });
            }
            return {
              ok: true,
              message: `lexicon \`${name}\` matched ${msg}`,
              spans,
              say: { id: 'cond.lexicon.matched', values: { name, hits: comma(said) } },
            };
          }
          return { ok: false, message: noWord, spans: [], say: noWordSay };
        },
      };
    }
    case 'signal':
      return {
        source,
        // One signal: when it fails, that one is missing.
        failMessage: c.names.length === 1 ? `signal \`${c.names[0]}\` not found` : undefined,
        failSay: c.names.length === 1 ? { id: 'cond.signal.missing', values: { names: ticked(c.names) } } : undefined,
        test(f) {
          for (const n of c.names) if (!f.signals.has(n)) return false;
          return true;
        },
        explain(f): Explanation {
          let missing: string[] | null = null;
          for (const n of c.names) if (!f.signals.has(n)) (missing ??= []).push(n);
          if (missing !== null)
            return {
              ok: false,
              message: `signal ${ticked(missing)} not found`,
              spans: [],
              say: { id: 'cond.signal.missing', values: { names: ticked(missing) } },
            };
          // One pass over the names for each one's first span, the line and the says (no `flatMap`).
          const spans: TextSpan[] = [];
          const items: SayValue[] = [];
          let msg = '';
          for (const n of c.names) {
            const hit = f.signals.get(n)!;
            if (hit.spans.length) spans.push(hit.spans[0]);
            msg = `${items.length ? `${msg}, ` : ''}\`${n}\` = «${hit.value}»`;
            items.push({ id: 'cond.signal.pair', values: { name: n, value: hit.value } });
          }
          const pairs = comma(items);
          return {
            ok: true,
            message: `signal ${msg}${spans[0] ? ` at ${spans[0].start}–${spans[0].end}` : ''}`,
            spans,
            say: spans[0]
              ? { id: 'cond.signal.foundAt', values: { pairs, start: spans[0].start, end: spans[0].end } }
              : { id: 'cond.signal.found', values: { pairs } },
          };
        },
      };
    case 'channel': {
      const set = new Set(c.channels);
      return {
        source,
        test: (f) => set.has(f.channel),
        explain: (f): Explanation =>
          set.has(f.channel)
            ? { ok: true, message: `channel \`${f.channel}\``, spans: [], say: { id: 'cond.channel', values: { channel: f.channel } } }
            : {
                ok: false,
                message: `channel \`${f.channel}\` is not ${list(c.channels)}`,
                spans: [],
                say: { id: 'cond.channel.not', values: { channel: f.channel, channels: list(c.channels) } },
              },
      };
    }
    case 'type': {
      const set = new Set(c.types);
      return {
        source,
        test: (_f, t) => t !== undefined && set.has(t),
        explain: (_f, t): Explanation =>
          t !== undefined && set.has(t)
            ? { ok: true, message: `type \`${t}\``, spans: [], say: { id: 'cond.type', values: { type: t } } }
            : t === undefined
              ? { ok: false, message: 'no type yet', spans: [], say: { id: 'cond.type.none' } }
              : {
                  ok: false,
                  message: `type \`${t}\` is not ${list(c.types)}`,
                  spans: [],
                  say: { id: 'cond.type.not', values: { type: t, types: list(c.types) } },
                },
      };
    }
    case 'followers': {
      const [op, sign] = OPS[c.op];
      return {
        source,
        test: (f) => f.author.followers !== undefined && op(f.author.followers, c.value),
        explain(f): Explanation {
          const n = f.author.followers;
          if (n === undefined) return { ok: false, message: 'author.followers unknown', spans: [], say: { id: 'cond.followers.unknown' } };
          const ok = op(n, c.value);
          return {
            ok,
            message: `author.followers ${n} ${ok ? '' : 'is not '}${sign} ${c.value}`,
            spans: [],
            say: { id: ok ? 'cond.followers' : 'cond.followers.not', values: { n, sign, value: c.value } },
          };
        },
      };
    }
    case 'verified':
      return {
        source,
        failMessage: `author.verified is ${!c.value}, not ${c.value}`,
        failSay: { id: 'cond.verified.not', values: { actual: String(!c.value), expected: String(c.value) } },
        test: (f) => (f.author.verified === true) === c.value,
        explain(f): Explanation {
          const ok = (f.author.verified === true) === c.value;
          const actual = String(f.author.verified === true);
          return {
            ok,
            message: `author.verified is ${actual}${ok ? '' : `, not ${c.value}`}`,
            spans: [],
            say: ok
              ? { id: 'cond.verified', values: { actual } }
              : { id: 'cond.verified.not', values: { actual, expected: String(c.value) } },
          };
        },
      };
  }
}
