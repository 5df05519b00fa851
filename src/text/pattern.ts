/**
 * The regular expressions a playbook or a complaint file supplies (a type's or an escalation's
 * `regex`, a signal's `pattern`, a complaint's `expect.reply.matches`), compiled once onto re2js —
 * a pure-JavaScript port of RE2 — so that matching takes time linear in the text whatever the
 * pattern: there is no backtracking to make catastrophic. V8's backtracking engine runs only
 * replybook's own fixed patterns.
 *
 * Patterns keep JavaScript's syntax and flags (`i`, `m`, `s`; `u` is always on; `g` and `y` mean
 * nothing here and are ignored); `pattern-syntax.ts` rewrites them in RE2's. What RE2 cannot run
 * (lookaheads, backreferences) is refused with the reason and, where there is one, the way to
 * write it: the `word` option matches a whole word in any script, which is what playbooks wrote
 * lookarounds for.
 *
 * Bounds: a pattern has at most MAX_PATTERN_LENGTH characters and compiles to at most
 * MAX_PROGRAM_SIZE instructions; a playbook's patterns together at most MAX_PLAYBOOK_PROGRAM_SIZE
 * (matching time is proportional to text length × program size). Each pattern's lazy DFA keeps its
 * states (and its class table, see `limitDfa`) in at most PATTERN_DFA_BYTES, a playbook's together
 * in PLAYBOOK_DFA_BYTES: when the cache is full the DFA starts over, and if it keeps doing so re2js
 * falls back to its NFA, still linear.
 */
import { groupDigits } from '../model/mention-limits.js';
import type { RE2JS } from 're2js';
import { re2, type Matcher } from './re2.js';
import { translatePattern, type SyntaxProblem } from './pattern-syntax.js';
import { backtrackingBounded } from './pattern-bound.js';
import { requiredLiterals } from './pattern-literals.js';

/** The longest pattern accepted, in UTF-16 code units. */
export const MAX_PATTERN_LENGTH = 2_000;
/** The largest compiled program (re2js `programSize()`, about one instruction per character matched). */
export const MAX_PROGRAM_SIZE = 1_000;
/** The largest total program size of one playbook's patterns. */
export const MAX_PLAYBOOK_PROGRAM_SIZE = 10_000;
/** The most memory one pattern's DFA state cache may use, in bytes (re2js's own default is 8 MiB). */
export const PATTERN_DFA_BYTES = 1024 * 1024;
/** The most memory the DFA caches of one playbook's patterns may use together, in bytes. */
export const PLAYBOOK_DFA_BYTES = 32 * 1024 * 1024;

/** The flags of a pattern written without any. */
export const DEFAULT_FLAGS = 'iu';

export type PatternRule = 'invalid' | 'unsupported' | 'too-large';

/**
 * Why a pattern cannot be used: a rule (`regex/<rule>`), the reason, and where in the pattern.
 * `code` and `values` say the reason for a catalogue (src/diagnostics/data.ts `PatternProblemData`):
 * `too-long` (`length`, `limit`), `unknown-flags` (`flags`, the unknown ones), `invalid` (`pattern`,
 * `error` — V8's own English), `nests-too-deeply`, `re2-too-large` / `re2-unsupported` (`error` — re2js's
 * own English), `program-too-large` (`pattern`, `size`, `limit`), `playbook-too-large` (`pattern`,
 * `limit`, `before`, `size`), or one of pattern-syntax.ts's codes with `pattern` ("In `…`, …").
 */
export interface PatternProblem {
  rule: PatternRule;
  message: string;
  code: string;
  values: Record<string, string | number>;
  /** UTF-16 offsets in the pattern, when the problem is one construct of it. */
  start?: number;
  end?: number;
}

export interface PatternOptions {
  /** JavaScript flags (default `iu`): `i`, `m`, `s`, `u` (always on), `g` and `y` (ignored). */
  flags?: string;
  /** Match only a whole word: not preceded or followed by a letter, mark, digit or `_` of any script. */
  word?: boolean;
  /**
   * `auto` (the default): V8's engine runs a pattern whose backtracking its shape bounds
   * (pattern-bound.ts), re2js the rest; `re2`: re2js always (the tests compare the two).
   */
  engine?: 'auto' | 're2';
}

/** A match: offsets in the text, and each capture group's (undefined when it took no part). */
export interface PatternMatch {
  start: number;
  end: number;
  groups: Array<readonly [number, number] | undefined>;
}

export type CompiledPattern = { ok: true; pattern: Pattern } | { ok: false; problems: PatternProblem[] };

// What is part of a word for `word: true`: letters and marks of any script, digits, underscore.
const WORD_CHAR = '\\p{L}\\p{M}\\p{N}_';
const NOT_WORD = `[^${WORD_CHAR}]`;

/** A pattern shortened for a message. */
export function shownPattern(source: string): string {
  return source.length > 60 ? `${source.slice(0, 57)}…` : source;
}

const int = groupDigits;

/** RE2's anchor flag for a search anywhere (re2js `RE2Flags.UNANCHORED`). */
const UNANCHORED = 0;

/** UTF-16 units of the character at `i` (1 past the end). */
const charWidth = (text: string, i: number): number => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Reads JavaScript flags; unknown ones are a problem. */
function readFlags(flags: string): { i: boolean; m: boolean; s: boolean } | PatternProblem {
  const bad = [...new Set([...flags].filter((f) => !'imsugy'.includes(f)))];
  if (bad.length) {
    return {
      rule: 'invalid',
      message: `Unknown regular expression flag${bad.length > 1 ? 's' : ''} ${bad.map((f) => `\`${f}\``).join(', ')}; expected \`i\`, \`m\`, \`s\` or \`u\``,
      code: 'unknown-flags',
      values: { flags: bad.join('') },
    };
  }
  return { i: flags.includes('i'), m: flags.includes('m'), s: flags.includes('s') };
}

/** V8's syntax error for a pattern read as JavaScript with the `u` flag, or null when it is valid. */
function syntaxError(source: string, flags: string): string | null {
  try {
    // Only parsed (V8 compiles a RegExp on its first use, and this one is never used).
    new RegExp(source, flags);
    return null;
  } catch (e) {
    const message = (e as Error).message;
    const prefix = `Invalid regular expression: /${source}/${flags}: `;
    return message.startsWith(prefix) ? message.slice(prefix.length) : message;
  }
}

/** re2js's error in words (the syntax was checked before, so this is a limit of RE2). */
function re2Problem(e: unknown): PatternProblem {
  const message = (e as Error).message.replace(/^error parsing regexp: /, '');
  if (/nests too deeply/.test(message))
    return {
      rule: 'unsupported',
      message: 'The regular expression nests groups too deeply for the linear-time engine (at most 1,000 levels)',
      code: 'nests-too-deeply',
      values: {},
    };
  if (/too large|invalid repeat count/.test(message))
    return {
      rule: 'too-large',
      message: `The regular expression is too large for the linear-time engine: ${message}`,
      code: 're2-too-large',
      values: { error: message },
    };
  return {
    rule: 'unsupported',
    message: `The linear-time engine cannot run this regular expression: ${message}`,
    code: 're2-unsupported',
    values: { error: message },
  };
}

/**
 * Compiles a playbook or complaint pattern. Never throws for a bad pattern: it returns the
 * problems, each with its rule and, where it is one construct, its offsets in the pattern.
 */
export function compilePattern(source: string, options: PatternOptions = {}): CompiledPattern {
  const fail = (...problems: PatternProblem[]): CompiledPattern => ({ ok: false, problems });
  if (source.length > MAX_PATTERN_LENGTH) {
    return fail({
      rule: 'too-large',
      message: `The regular expression is ${int(source.length)} characters long; the limit is ${int(MAX_PATTERN_LENGTH)} (for a list of words, use \`words\` or a lexicon)`,
      code: 'too-long',
      values: { length: source.length, limit: MAX_PATTERN_LENGTH },
    });
  }
  const flags = options.flags ?? DEFAULT_FLAGS;
  const f = readFlags(flags);
  if ('rule' in f) return fail(f);
  const v8flags = `${f.i ? 'i' : ''}${f.m ? 'm' : ''}${f.s ? 's' : ''}u`;
  const error = syntaxError(source, v8flags);
  if (error !== null)
    return fail({
      rule: 'invalid',
      message: `Invalid regular expression \`${shownPattern(source)}\` (read as JavaScript with the \`u\` flag): ${error}`,
      code: 'invalid',
      values: { pattern: shownPattern(source), error },
    });
  const t = translatePattern(source, { dotAll: f.s, multiline: f.m });
  if (t.problems.length) {
    return fail(
      ...t.problems.map((p: SyntaxProblem): PatternProblem => ({
        rule: 'unsupported',
        message: `In \`${shownPattern(source)}\`, ${p.message}`,
        code: p.code,
        values: { ...p.values, pattern: shownPattern(source) },
        start: p.start,
        end: p.end,
      })),
    );
  }
  const R = re2();
  const re2flags = (f.i ? R.CASE_INSENSITIVE : 0) | (f.m ? R.MULTILINE : 0) | (f.s ? R.DOTALL : 0) | (t.lookbehind ? R.LOOKBEHINDS : 0);
  const word = options.word === true;
  // A whole word: a non-word character (or the text's edge) on each side, the match itself in group 1.
  const compiled = word ? `(?:\\A|${NOT_WORD})(${t.source})(?:${NOT_WORD}|\\z)` : t.source;
  let re: RE2JS;
  try {
    re = R.compile(compiled, re2flags);
  } catch (e) {
    return fail(re2Problem(e));
  }
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    return fail({
      rule: 'too-large',
      message: `The regular expression \`${shownPattern(source)}\` compiles to ${int(size)} instructions; the limit is ${int(MAX_PROGRAM_SIZE)} (for a list of words, use \`words\` or a lexicon)`,
      code: 'program-too-large',
      values: { pattern: shownPattern(source), size, limit: MAX_PROGRAM_SIZE },
    });
  }
  // A pattern whose backtracking its shape bounds runs on V8's engine (see pattern-bound.ts); RE2's
  // program still counts against the playbook's bounds, so both engines accept the same playbooks.
  const native = options.engine !== 're2' && !t.lookbehind && backtrackingBounded(source) ? nativeSource(source, word) : null;
  return {
    ok: true,
    pattern: new Pattern(
      source,
      flags,
      word,
      re,
      compiled,
      re2flags,
      t.captures,
      native === null ? null : { source: native, flags: v8flags },
    ),
  };
}

/** The pattern for V8, as a whole word when `word` is set (one-character look-arounds). */
function nativeSource(source: string, word: boolean): string {
  return word ? `(?<![${WORD_CHAR}])(?:${source})(?![${WORD_CHAR}])` : source;
}

/** A rune-class table for the whole BMP: 2 bytes per code point. */
const BMP_TABLE_BYTES = 0x10000 * 2;

/**
 * Sets the most memory a compiled pattern's lazy DFA may hold (re2js keeps one DFA per pattern),
 * and, when the budget allows, gives the DFA a class table for the BMP.
 *
 * re2js's DFA maps each character to its class by a table for Latin-1 and a binary search beyond
 * it; a pattern with `\p{L}` or a folded Cyrillic letter has hundreds of class bounds, and the
 * search was most of the time a Cyrillic mention took (`\d{8}` with `word: true`: 2.3 µs on a
 * 100-character mention, 1.0 µs with the table). The table is filled as
 * characters are met and is counted against the DFA's budget. It replaces `runeClass`, a public
 * member of re2js's DFA (see its index.d.ts); if a later re2js changes that shape, the table is
 * simply not used (test/text/pattern.test.ts checks that it is, and that answers do not change).
 */
function limitDfa(re: RE2JS, bytes: number): void {
  const dfa = re.re2().dfa;
  const table =
    bytes >= 4 * BMP_TABLE_BYTES &&
    typeof dfa.searchClass === 'function' &&
    dfa.latin1Class instanceof Int32Array &&
    dfa.numClasses < 0xffff &&
    dfa.classBounds.length > 0 &&
    dfa.classBounds[dfa.classBounds.length - 1] > 0xff;
  const states = table ? bytes - BMP_TABLE_BYTES : bytes;
  dfa.maxMem = states;
  dfa.stateBudget = states;
  dfa.memBudget = Math.min(dfa.memBudget, states);
  if (!table) {
    delete (dfa as { runeClass?: unknown }).runeClass; // back to the prototype's search
    return;
  }
  const latin1 = dfa.latin1Class;
  let classes: Uint16Array | null = null; // made on the first character past Latin-1
  dfa.runeClass = (r: number): number => {
    if (r <= 0xff) return latin1[r];
    if (r > 0xffff) return dfa.searchClass(r);
    classes ??= new Uint16Array(0x10000);
    let c = classes[r];
    if (c === 0) classes[r] = c = dfa.searchClass(r) + 1;
    return c - 1;
  };
}

/** A compiled pattern: `test` on the hot path, positions and captures only when asked. */
export class Pattern {
  /** Instructions of the compiled program (what MAX_PROGRAM_SIZE bounds). */
  readonly programSize: number;
  private continuation: RE2JS | null = null;
  /** The memory this pattern's DFAs may hold together. */
  private budget = PATTERN_DFA_BYTES;
  private readonly lookbehind: boolean;
  /** V8's compiled pattern, for `test` and (with indices, global) for the matches; null: re2js runs it. */
  private readonly nativeTest: RegExp | null = null;
  private readonly nativeAll: RegExp | null = null;

  /** Whether V8's engine runs this pattern (its backtracking is bounded by its shape). */
  get onV8(): boolean {
    return this.nativeTest !== null;
  }

  /** @internal use `compilePattern` */
  constructor(
    readonly source: string,
    readonly flags: string,
    readonly word: boolean,
    private readonly re: RE2JS,
    private readonly compiled: string,
    private readonly re2flags: number,
    /** Capture groups of the pattern as written. */
    readonly captures: number,
    /** The pattern for V8's engine when its backtracking is bounded (pattern-bound.ts), else null. */
    native: { source: string; flags: string } | null = null,
  ) {
    this.lookbehind = (re2flags & re2().LOOKBEHINDS) !== 0;
    if (native !== null) {
      this.nativeTest = new RegExp(native.source, native.flags);
      this.nativeAll = new RegExp(native.source, `${native.flags}dg`);
    }
    this.programSize = re.programSize();
    this.limitMemory(PATTERN_DFA_BYTES);
  }

  /** The memory this pattern's DFA may hold, in bytes (its states, and its class table if it has one). */
  get dfaBytes(): number {
    const bytes = (re: RE2JS): number =>
      re.re2().dfa.stateBudget + (Object.prototype.hasOwnProperty.call(re.re2().dfa, 'runeClass') ? BMP_TABLE_BYTES : 0);
    return bytes(this.re) + (this.word ? (this.continuation ? bytes(this.continuation) : Math.floor(this.budget / 2)) : 0);
  }

  /** Whether the DFA maps characters to classes by a BMP table (see `limitDfa`). */
  get classTable(): boolean {
    return Object.prototype.hasOwnProperty.call(this.re.re2().dfa, 'runeClass');
  }

  /** Lowers the memory this pattern's DFA may hold (never raises it above PATTERN_DFA_BYTES). */
  limitMemory(bytes: number): void {
    this.budget = Math.min(bytes, PATTERN_DFA_BYTES);
    // A whole-word pattern has a second program (see `all`): the budget is shared between both.
    const each = this.word ? Math.floor(this.budget / 2) : this.budget;
    limitDfa(this.re, each);
    if (this.continuation) limitDfa(this.continuation, each);
  }

  /** Whether the pattern matches somewhere in `text` (the lazy DFA: no positions computed). */
  test(text: string): boolean {
    return this.nativeTest !== null ? this.nativeTest.test(text) : this.re.test(text);
  }

  /** The literals one of which every match holds (`pattern-literals.ts`); null: none known. Worked out on first use. */
  private literals: string[] | null | undefined = undefined;

  /**
   * `test` of a text as `normalise` gives it: a text holding none of the literals every match
   * needs is not searched (most mentions, for most patterns). Only for normalised text: under the
   * `i` flag the literals are in lower case, and only the normaliser guarantees the text's letters
   * are too.
   */
  testNormalised(text: string): boolean {
    let literals = this.literals;
    if (literals === undefined) this.literals = literals = requiredLiterals(this.source, this.flags.includes('i'));
    if (literals !== null) {
      let found = false;
      for (let k = 0; k < literals.length && !found; k++) found = text.includes(literals[k]);
      if (!found) return false;
    }
    return this.test(text);
  }

  /** The leftmost match, with its capture groups, or null. */
  first(text: string): PatternMatch | null {
    if (this.nativeAll !== null) return this.nativeMatches(text, 1)[0] ?? null;
    const m = this.re.matcher(text);
    return m.find() ? this.read(m) : null;
  }

  /**
   * Up to `max` non-empty matches, left to right, each starting where the previous ended (as a
   * global JavaScript regex would find them). Each search is linear, so this is `max` times linear.
   * Before each search after the first, the DFA says whether there is another match at all: a
   * search that finds nothing runs on the slower engines to the end of the text, and that last,
   * failing search was most of the cost of a signal with one match (6 µs of 7 on a short mention).
   */
  all(text: string, max: number): PatternMatch[] {
    const out: PatternMatch[] = [];
    if (max <= 0) return out;
    if (this.nativeAll !== null) return this.nativeMatches(text, max);
    const m = this.re.matcher(text);
    if (!m.find()) return out;
    let last = this.read(m);
    if (last.end > last.start) out.push(last);
    if (!this.word) {
      while (out.length < max) {
        const from = last.end > last.start ? last.end : last.end + charWidth(text, last.end);
        if (from > text.length || !this.anotherFrom(this.re, text, from) || !m.find()) break;
        last = this.read(m);
        if (last.end > last.start) out.push(last);
      }
      return out;
    }
    // A whole word's boundary characters belong to the match, so the next word cannot reuse the
    // one that ended the last: search again from the last word's last character, with a form
    // that needs a non-word character before the word (the text's start is behind us).
    if (this.continuation === null) {
      this.continuation = re2().compile(this.compiled.replace(/^\(\?:\\A\|/, '(?:'), this.re2flags);
      limitDfa(this.continuation, Math.floor(this.budget / 2));
    }
    const c = this.continuation.matcher(text);
    while (out.length < max) {
      // The next word starts at or after `min`: the end of the last, or one character on from an empty one.
      const min = last.end > last.start ? last.end : last.end + charWidth(text, last.end);
      if (min > text.length || min < 1 || !this.anotherFrom(this.continuation, text, min - 1) || !c.find(min - 1)) break;
      last = this.read(c);
      if (last.end > last.start) out.push(last);
    }
    return out;
  }

  /**
   * Whether `re` matches `text` at or after `from` (the characters before `from` still count for
   * `\b` and lookbehinds): RE2's match with no groups, which runs on the DFA.
   */
  private anotherFrom(re: RE2JS, text: string, from: number): boolean {
    if (this.lookbehind) return true; // no DFA for lookbehinds: let the search itself answer
    return re.re2().matchWithGroup(text, from, text.length, UNANCHORED, 0)[0] === true;
  }

  /** `all` on V8: empty matches skipped by one character, as the search on re2js does. */
  private nativeMatches(text: string, max: number): PatternMatch[] {
    const re = this.nativeAll!;
    const out: PatternMatch[] = [];
    re.lastIndex = 0;
    while (out.length < max) {
      const m = re.exec(text);
      if (m === null) break;
      const [start, end] = m.indices![0];
      if (end === start) {
        if (start >= text.length) break;
        re.lastIndex = start + charWidth(text, start);
        continue;
      }
      const groups: PatternMatch['groups'] = [];
      for (let g = 1; g <= this.captures; g++) {
        const at = m.indices![g];
        groups.push(at === undefined ? undefined : [at[0], at[1]]);
      }
      out.push({ start, end, groups });
    }
    return out;
  }

  private read(m: Matcher): PatternMatch {
    const shift = this.word ? 1 : 0;
    const groups: PatternMatch['groups'] = [];
    for (let g = 1; g <= this.captures; g++) {
      const s = m.start(g + shift);
      groups.push(s < 0 ? undefined : [s, m.end(g + shift)]);
    }
    return { start: m.start(shift), end: m.end(shift), groups };
  }
}

/**
 * The patterns of one playbook, compiled in a fixed order (signals, then types, then escalations)
 * by both the check and the engine, so both refuse the same pattern when the playbook's total
 * program size passes MAX_PLAYBOOK_PROGRAM_SIZE. `seal` shares PLAYBOOK_DFA_BYTES between them.
 */
export class PlaybookPatterns {
  private total = 0;
  private readonly compiled: Pattern[] = [];

  /** `compileOne` compiles one pattern (the check passes a memoised `compilePattern`). */
  constructor(private readonly compileOne: (source: string, options: PatternOptions) => CompiledPattern = compilePattern) {}

  /** Compiles one pattern of the playbook and counts it against the playbook's total. */
  compile(source: string, options: PatternOptions = {}): CompiledPattern {
    const r = this.compileOne(source, options);
    if (!r.ok) return r;
    if (this.total + r.pattern.programSize > MAX_PLAYBOOK_PROGRAM_SIZE) {
      return {
        ok: false,
        problems: [
          {
            rule: 'too-large',
            message: `The playbook's regular expressions compile to more than ${int(MAX_PLAYBOOK_PROGRAM_SIZE)} instructions together with \`${shownPattern(source)}\` (${int(this.total)} before it, ${int(r.pattern.programSize)} for it); for lists of words, use \`words\` or a lexicon`,
            code: 'playbook-too-large',
            values: { pattern: shownPattern(source), limit: MAX_PLAYBOOK_PROGRAM_SIZE, before: this.total, size: r.pattern.programSize },
          },
        ],
      };
    }
    this.total += r.pattern.programSize;
    this.compiled.push(r.pattern);
    return r;
  }

  /** Total program size of the patterns compiled so far. */
  get programSize(): number {
    return this.total;
  }

  /** Splits PLAYBOOK_DFA_BYTES between the patterns compiled (each gets at most PATTERN_DFA_BYTES). */
  seal(): void {
    if (!this.compiled.length) return;
    const share = Math.floor(PLAYBOOK_DFA_BYTES / this.compiled.length);
    for (const p of this.compiled) p.limitMemory(share);
  }
}
