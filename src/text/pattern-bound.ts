/**
 * Which playbook patterns V8's own engine may run: those whose backtracking is bounded by their
 * shape, whatever the text.
 *
 * re2js keeps every pattern linear, but costs 10–20 ns a character even when nothing matches
 * (`\d{8}` on a 150-character mention: 2.3 µs, most of one signal), where V8's compiled matcher
 * skips most positions at once. A backtracking engine is only dangerous when a failing match can be
 * retried in many ways: a quantifier whose run can be split between it and what follows (`\s*\s*`,
 * `\d+x` on a long run of digits), a quantified group of alternatives (`(a|a){20}`), or many
 * alternations in a row. A pattern is taken for V8 only when none of that can happen:
 *
 * - a quantifier with a choice (`*`, `+`, `?`, `{n,}`, `{n,m}`) stands on one character, class or
 *   escape that ends a top-level alternative (`судебн\p{L}*`, `no\.?`): nothing after it can make
 *   it give characters back, except the one-character look-around of a whole word, which ends its
 *   retries at the first character that is not part of a word (and whole words start apart);
 * - any other quantifier is an exact count (`\d{8}`, `(?:ab){2}`) on something without alternatives;
 * - the alternatives a match can try at one position, multiplied along each sequence, are at most
 *   MAX_PATHS, the characters they compare at most MAX_STEPS, and the pattern is at most MAX_SOURCE
 *   characters long;
 * - no look-behind (V8 would run it at each position).
 *
 * So an attempt at one position costs at most MAX_STEPS comparisons (re2js's slowest engine may take
 * MAX_PROGRAM_SIZE steps per character), and a whole text is linear.
 * Everything else stays on re2js. The syntax was accepted by V8 and by `translatePattern` before
 * this runs (no look-ahead, no back-reference), so the reader trusts the structure.
 */

/** The most alternatives a match may try at one position. */
export const MAX_PATHS = 32;
/** The most characters those alternatives may compare together at one position (exact counts multiplied out). */
export const MAX_STEPS = 1_000;
/** The longest pattern taken for V8. */
export const MAX_SOURCE = 500;

interface Shape {
  /** Alternatives tried at one position (see MAX_PATHS). */
  paths: number;
  /** Characters compared along all of them (see MAX_STEPS). */
  steps: number;
  /** Whether this is one character, class or escape (what a choice quantifier may stand on). */
  single: boolean;
}

class Unbounded extends Error {}

/** Whether V8 may run the pattern (written in JavaScript syntax) in bounded time per position. */
export function backtrackingBounded(source: string): boolean {
  if (source.length > MAX_SOURCE) return false;
  try {
    const r = new Reader(source);
    const { paths, steps } = r.alternation(0);
    return r.at === source.length && paths <= MAX_PATHS && steps <= MAX_STEPS;
  } catch (e) {
    if (e instanceof Unbounded) return false;
    throw e;
  }
}

class Reader {
  at = 0;
  constructor(private readonly p: string) {}

  /** Alternatives separated by `|` up to the closing `)` (not read) or the end. */
  alternation(depth: number): { paths: number; steps: number } {
    const all = this.sequence(depth);
    while (this.p[this.at] === '|') {
      this.at++;
      const next = this.sequence(depth);
      all.paths += next.paths;
      all.steps += next.steps;
      if (all.paths > MAX_PATHS || all.steps > MAX_STEPS) throw new Unbounded();
    }
    return all;
  }

  /** One alternative: its items in a row, the paths multiplied, each path's steps added up. */
  private sequence(depth: number): { paths: number; steps: number } {
    let paths = 1,
      steps = 0;
    while (this.at < this.p.length && this.p[this.at] !== '|' && this.p[this.at] !== ')') {
      const atom = this.atom(depth);
      const q = this.quantifier();
      let times = 1;
      if (q === 'choice') {
        // Only on one character, and only as the last item of a top-level alternative.
        const next = this.p[this.at];
        if (!atom.single || depth > 0 || (next !== undefined && next !== '|')) throw new Unbounded();
      } else if (q !== 'none') {
        if (atom.paths > 1) throw new Unbounded();
        times = q;
      }
      // Each path so far goes on to try each of the atom's (backtracking does not redo the prefix).
      steps += paths * atom.steps * times;
      paths *= atom.paths;
      if (paths > MAX_PATHS || steps > MAX_STEPS) throw new Unbounded();
    }
    return { paths, steps };
  }

  /** A quantifier after an atom: none, an exact count (the count), or one with a choice. */
  private quantifier(): 'none' | number | 'choice' {
    const c = this.p[this.at];
    let kind: 'none' | number | 'choice' = 'none';
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      kind = 'choice';
    } else if (c === '{') {
      const close = this.p.indexOf('}', this.at);
      const body = this.p.slice(this.at + 1, close);
      kind = /^\d+$/.test(body) ? Number(body) : 'choice';
      this.at = close + 1;
    }
    if (kind !== 'none' && this.p[this.at] === '?') this.at++; // lazy: the same choices, tried in the other order
    return kind;
  }

  private atom(depth: number): Shape {
    const p = this.p;
    const c = p[this.at];
    if (c === '(') {
      if (p.startsWith('(?<=', this.at) || p.startsWith('(?<!', this.at) || p.startsWith('(?=', this.at) || p.startsWith('(?!', this.at))
        throw new Unbounded();
      if (p.startsWith('(?<', this.at)) this.at = p.indexOf('>', this.at) + 1;
      else if (p[this.at + 1] === '?') this.at = p.indexOf(':', this.at) + 1;
      else this.at++;
      const inner = this.alternation(depth + 1);
      if (p[this.at] !== ')') throw new Unbounded();
      this.at++;
      return { ...inner, single: false };
    }
    if (c === '[') {
      this.at = classEnd(p, this.at);
      return { paths: 1, steps: 1, single: true };
    }
    if (c === '\\') {
      const n = p[this.at + 1];
      if (n === 'k' || (n >= '1' && n <= '9')) throw new Unbounded(); // a back-reference
      this.at = escapeEnd(p, this.at);
      return n === 'b' || n === 'B' ? { paths: 1, steps: 1, single: false } : { paths: 1, steps: 1, single: true };
    }
    if (c === '^' || c === '$') {
      this.at++;
      return { paths: 1, steps: 1, single: false };
    }
    const cp = p.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return { paths: 1, steps: 1, single: true };
  }
}

/** The offset just past a character class starting at `i` (`[`…`]`, escapes inside). */
function classEnd(p: string, i: number): number {
  let k = i + 1;
  if (p[k] === '^') k++;
  while (k < p.length && p[k] !== ']') k = p[k] === '\\' ? escapeEnd(p, k) : k + 1;
  if (k >= p.length) throw new Unbounded();
  return k + 1;
}

/** The offset just past an escape starting at `i` (`\d`, `\p{L}`, `\u{1F600}`, `\u0041`, `\x41`, `\cA`). */
function escapeEnd(p: string, i: number): number {
  const n = p[i + 1];
  if (n === undefined) throw new Unbounded();
  if ((n === 'p' || n === 'P' || n === 'u') && p[i + 2] === '{') {
    const close = p.indexOf('}', i);
    if (close < 0) throw new Unbounded();
    return close + 1;
  }
  if (n === 'u') return i + 6;
  if (n === 'x') return i + 4;
  if (n === 'c') return i + 3;
  const cp = p.codePointAt(i + 1)!;
  return i + 1 + (cp > 0xffff ? 2 : 1);
}
