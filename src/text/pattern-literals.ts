/**
 * The literal strings a playbook pattern cannot match without: a set such that every match holds
 * one of them (`\bhacked\b` → hacked; `(?:a|the) recall\b|\bwas recalled\b` → " recall",
 * " recalled"). A text with none of them is not searched at all — RE2's FilteredRE2 idea, for
 * the one text every `regex` condition of a mention reads.
 *
 * The pass is conservative: what it does not understand (a modifier group, a class, an escape of
 * a code point) contributes no literal and ends the run it is in, so the set it returns is always
 * required; null when it finds none worth testing (each literal at least MIN_LITERAL characters,
 * at most MAX_LITERALS of them). The input has been accepted by V8 with the `u` flag, so the pass
 * trusts its structure, as `pattern-syntax.ts` does.
 *
 * Case: with the `i` flag the literals are kept only of letters whose case-insensitive matches
 * the normaliser folds to one form (ASCII and Cyrillic а–я: `normalise` lowers them and folds the
 * few other characters that match them, «ſ» and the old Cyrillic letter forms), so a literal in
 * lower case is found in a normalised text exactly when a case-insensitive match could be there.
 */

/** The shortest literal worth a test: shorter ones are in most texts. */
export const MIN_LITERAL = 3;
/** The most literals in a set (one per alternative): more cost as much as the search. */
export const MAX_LITERALS = 8;

/** What a sequence requires: one of these strings (null: nothing known). */
type Need = string[] | null;

/** A character a literal may hold under the `i` flag: ASCII, or Cyrillic а–я and А–Я (not «ё», which the normaliser turns into «е»). */
function foldable(cp: number): boolean {
  return cp < 0x80 || (cp >= 0x410 && cp <= 0x44f);
}

/** The better of two needs: the one whose shortest literal is longer, then the one with fewer literals. */
function better(a: Need, b: Need): Need {
  if (a === null) return b;
  if (b === null) return a;
  const min = (n: string[]) => Math.min(...n.map((s) => s.length));
  if (min(a) !== min(b)) return min(a) > min(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** A need worth testing: every literal long enough, not too many. */
function worth(n: Need): Need {
  if (n === null || n.length === 0 || n.length > MAX_LITERALS) return null;
  return n.every((s) => s.length >= MIN_LITERAL) ? n : null;
}

class Reader {
  i = 0;
  constructor(
    private readonly p: string,
    private readonly ignoreCase: boolean,
  ) {}

  /** An alternation up to `)` or the end: the union of its alternatives' needs, null if one has none. */
  alternation(): Need {
    const all: string[] = [];
    let ok = true;
    for (;;) {
      const need = this.sequence();
      if (need === null) ok = false;
      else all.push(...need);
      if (this.p[this.i] === '|') {
        this.i++;
        continue;
      }
      break;
    }
    return ok ? worth([...new Set(all)]) : null;
  }

  /** A sequence up to `|`, `)` or the end: its best literal run or required group. */
  private sequence(): Need {
    const p = this.p;
    let best: Need = null;
    let run = '';
    const end = (): void => {
      if (run.length > 0) best = better(best, worth([run]));
      run = '';
    };
    while (this.i < p.length && p[this.i] !== '|' && p[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.kind === 'zero') continue; // an assertion takes no characters: the run goes on
      if (atom.kind === 'char') {
        if (q.min === 0) end();
        else if (q.max === 1) run += atom.text;
        else {
          // `ab{2,}c`: «abb» and «bc» are required, «abbc» is not
          run += atom.text.repeat(q.min);
          end();
          run = atom.text;
        }
        continue;
      }
      end();
      if (q.min > 0) best = better(best, atom.need);
    }
    end();
    return best;
  }

  /** One atom: a literal character, an assertion, or anything else (with what it requires). */
  private atom(): { kind: 'char'; text: string } | { kind: 'zero' } | { kind: 'other'; need: Need } {
    const p = this.p;
    const c = p[this.i];
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'zero' };
    }
    if (c === '.') {
      this.i++;
      return { kind: 'other', need: null };
    }
    if (c === '[') {
      this.skipClass();
      return { kind: 'other', need: null };
    }
    if (c === '(') return this.group();
    if (c === '\\') return this.escape();
    const cp = p.codePointAt(this.i)!;
    const text = String.fromCodePoint(cp);
    this.i += text.length;
    if (this.ignoreCase && !foldable(cp)) return { kind: 'other', need: null };
    return { kind: 'char', text: this.ignoreCase ? text.toLowerCase() : text };
  }

  private group(): { kind: 'zero' } | { kind: 'other'; need: Need } {
    const p = this.p;
    let kind: 'plain' | 'look' | 'modifier' = 'plain';
    if (p[this.i + 1] !== '?') this.i++;
    else if (p[this.i + 2] === ':') this.i += 3;
    else if (p[this.i + 2] === '=' || p[this.i + 2] === '!') {
      kind = 'look';
      this.i += 3;
    } else if (p[this.i + 2] === '<' && (p[this.i + 3] === '=' || p[this.i + 3] === '!')) {
      kind = 'look';
      this.i += 4;
    } else if (p[this.i + 2] === '<') this.i = p.indexOf('>', this.i) + 1;
    else {
      // `(?i:…)`, `(?-i:…)`: the case rule changes inside
      kind = 'modifier';
      this.i = p.indexOf(':', this.i) + 1;
    }
    const need = this.alternation();
    this.i++; // `)`
    if (kind === 'look') return { kind: 'zero' };
    return { kind: 'other', need: kind === 'plain' ? need : null };
  }

  private escape(): { kind: 'char'; text: string } | { kind: 'zero' } | { kind: 'other'; need: Need } {
    const p = this.p;
    const e = p[this.i + 1];
    this.i += 2;
    if (e === 'b' || e === 'B') return { kind: 'zero' };
    if (e === 'p' || e === 'P' || e === 'u' || e === 'x' || e === 'k' || e === 'c') {
      // `\p{…}`, `\u{…}`, `\uXXXX`, `\xXX`, `\k<name>`, `\cX`: read past it, no literal
      if (p[this.i] === '{') this.i = p.indexOf('}', this.i) + 1;
      else if (p[this.i] === '<') this.i = p.indexOf('>', this.i) + 1;
      else if (e === 'u') this.i += 4;
      else if (e === 'x') this.i += 2;
      else if (e === 'c') this.i += 1;
      return { kind: 'other', need: null };
    }
    if (/^[\^$\\.*+?()[\]{}|/-]$/.test(e)) return { kind: 'char', text: e };
    if (e === 'n') return { kind: 'char', text: '\n' };
    if (e === 't') return { kind: 'char', text: '\t' };
    // `\d`, `\w`, `\s` and their complements, back references, `\0`, `\f`, `\r`, `\v`
    while (e >= '1' && e <= '9' && p[this.i] >= '0' && p[this.i] <= '9') this.i++;
    return { kind: 'other', need: null };
  }

  private skipClass(): void {
    const p = this.p;
    this.i++;
    while (this.i < p.length && p[this.i] !== ']') this.i += p[this.i] === '\\' ? 2 : 1;
    this.i++;
  }

  /** The quantifier after an atom, if any (`{1}` when none); a lazy `?` after it changes nothing here. */
  private quantifier(): { min: number; max: number } {
    const p = this.p;
    const c = p[this.i];
    let q = { min: 1, max: 1 };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const close = p.indexOf('}', this.i);
      const [lo, hi] = p.slice(this.i + 1, close).split(',');
      q = { min: Number(lo), max: hi === undefined ? Number(lo) : hi === '' ? Infinity : Number(hi) };
      this.i = close;
    } else return q;
    this.i++;
    if (p[this.i] === '?') this.i++;
    return q;
  }
}

/**
 * The literals one of which every match of the pattern holds (in lower case under `i`), or null.
 * `source` must be a pattern V8 accepts with the `u` flag.
 */
export function requiredLiterals(source: string, ignoreCase: boolean): string[] | null {
  return new Reader(source, ignoreCase).alternation();
}
