/**
 * A playbook pattern's JavaScript syntax (read as with the `u` flag) rewritten in RE2's, in one
 * linear pass, for re2js.
 *
 * Playbook patterns are written, documented and validated as JavaScript, and run on RE2. The two
 * syntaxes differ in places that change what a pattern matches, not only in spelling: JavaScript's
 * `\s` and `.` take in more characters (no-break space, U+2028…), `[[:`…`:]]` and `\Q` mean
 * something in RE2 alone, `\u0041` is written `\x{41}`. re2js's `translateRegExp` covers the
 * spelling but not these meanings, and says nothing about what RE2 cannot run; this pass does
 * both, and records with its offsets every construct RE2 cannot run — lookaheads, backreferences,
 * captures inside a lookbehind, lone surrogates, repetition counts above 1000 — with the way to
 * write it instead.
 *
 * The input has already been accepted by V8 (`new RegExp(p, 'u')`), so the pass trusts its
 * structure (every group closes, every `{` outside a class is a quantifier, a range never has a
 * class escape at an end) and never backtracks.
 */

import { re2 } from './re2.js';

/**
 * What a pattern's problem is, as a code with its values (src/diagnostics/data.ts `PatternProblemData`),
 * beside the English sentence: `script-extensions` (`text`, `value`), `unknown-property` (`text`),
 * `lone-surrogate` (`text`), `backreference` (`text`), `capture-in-lookbehind`, `lookahead` (`text`;
 * `form` `trailing`, `single` or `other`; `replacement` for the first two; `word` 1 when a whole word is
 * the likely intent), `repeat-too-large` (`text`, `max`).
 */
export interface SyntaxProblemCode {
  code: string;
  values: Record<string, string | number>;
}

/** Something in a pattern the linear-time engine cannot run: where it is and why, in words. */
export interface SyntaxProblem extends SyntaxProblemCode {
  /** UTF-16 offsets in the pattern. */
  start: number;
  end: number;
  message: string;
}

/** A problem's sentence with its code. */
interface Said extends SyntaxProblemCode {
  message: string;
}

export interface Translation {
  /** The pattern in RE2 syntax (meaningless when there are problems). */
  source: string;
  /** The pattern has a lookbehind: it must be compiled with re2js's `LOOKBEHINDS` flag. */
  lookbehind: boolean;
  /** Capture groups, named or not, in JavaScript's numbering (which RE2's follows). */
  captures: number;
  problems: SyntaxProblem[];
}

/** RE2's largest repetition count (`{n}`, `{n,m}`). */
export const MAX_REPEAT = 1000;

/** Where the documentation explains patterns, for the messages. */
const DOCS = 'docs/playbook-format.md#regular-expressions';

const hex = (cp: number): string => `\\x{${cp.toString(16).toUpperCase()}}`;

// JavaScript's `\s`: WhiteSpace and LineTerminator of ECMA-262, as RE2 class items.
const WS = `\\t\\n${hex(0x0b)}\\f\\r ${hex(0xa0)}${hex(0x1680)}${hex(0x2000)}-${hex(0x200a)}${hex(0x2028)}${hex(0x2029)}${hex(0x202f)}${hex(0x205f)}${hex(0x3000)}${hex(0xfeff)}`;
// Its complement as ranges, for `\S` inside a class (RE2 cannot negate part of a class).
const NOT_WS = [
  [0, 8],
  [0x0e, 0x1f],
  [0x21, 0x9f],
  [0xa1, 0x167f],
  [0x1681, 0x1fff],
  [0x200b, 0x2027],
  [0x202a, 0x202e],
  [0x2030, 0x205e],
  [0x2060, 0x2fff],
  [0x3001, 0xfefe],
  [0xff00, 0x10ffff],
]
  .map(([a, b]) => `${hex(a)}-${hex(b)}`)
  .join('');
// JavaScript's `.` without the `s` flag: anything but a line terminator.
const NOT_LINE_END = `[^\\n\\r${hex(0x2028)}${hex(0x2029)}]`;
const ASCII_RANGE = `${hex(0)}-${hex(0x7f)}`;
const NON_ASCII_RANGE = `${hex(0x80)}-${hex(0x10ffff)}`;

// General categories by their long names (JavaScript accepts both), as RE2 knows them: short.
const CATEGORY: Record<string, string> = {
  Other: 'C',
  Control: 'Cc',
  cntrl: 'Cc',
  Format: 'Cf',
  Unassigned: 'Cn',
  Private_Use: 'Co',
  Surrogate: 'Cs',
  Letter: 'L',
  Cased_Letter: 'LC',
  Lowercase_Letter: 'Ll',
  Modifier_Letter: 'Lm',
  Other_Letter: 'Lo',
  Titlecase_Letter: 'Lt',
  Uppercase_Letter: 'Lu',
  Mark: 'M',
  Combining_Mark: 'M',
  Spacing_Mark: 'Mc',
  Enclosing_Mark: 'Me',
  Nonspacing_Mark: 'Mn',
  Number: 'N',
  Decimal_Number: 'Nd',
  digit: 'Nd',
  Letter_Number: 'Nl',
  Other_Number: 'No',
  Punctuation: 'P',
  punct: 'P',
  Connector_Punctuation: 'Pc',
  Dash_Punctuation: 'Pd',
  Close_Punctuation: 'Pe',
  Final_Punctuation: 'Pf',
  Initial_Punctuation: 'Pi',
  Other_Punctuation: 'Po',
  Open_Punctuation: 'Ps',
  Symbol: 'S',
  Currency_Symbol: 'Sc',
  Modifier_Symbol: 'Sk',
  Math_Symbol: 'Sm',
  Other_Symbol: 'So',
  Separator: 'Z',
  Line_Separator: 'Zl',
  Paragraph_Separator: 'Zp',
  Space_Separator: 'Zs',
};

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isDigitChar = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAsciiPunct = (cp: number): boolean =>
  (cp >= 0x21 && cp <= 0x2f) || (cp >= 0x3a && cp <= 0x40) || (cp >= 0x5b && cp <= 0x60) || (cp >= 0x7b && cp <= 0x7e);

/** One escape (`\…`) read from the pattern. */
interface Escape {
  end: number;
  /** Its RE2 form outside a class. */
  outside: string;
  /** Its RE2 form as class items (undefined: it is an assertion, not allowed in a class). */
  inside?: string;
  /** The code point it stands for, when it is one character. */
  cp?: number;
  problem?: Said;
}

/** A property escape's name (`L`, `Letter`, `Script=Cyrillic`) → RE2's, or a reason it has none. */
function propertyName(body: string): { name: string } | { ascii: true } | { problem: Said } {
  const eq = body.indexOf('=');
  if (eq >= 0) {
    const key = body.slice(0, eq),
      value = body.slice(eq + 1);
    if (key === 'General_Category' || key === 'gc') return { name: CATEGORY[value] ?? value };
    if (key === 'Script' || key === 'sc') return { name: value };
    return {
      problem: {
        message: `\`\\p{${body}}\` (script extensions) is not supported by the linear-time engine; use \`\\p{Script=${value}}\``,
        code: 'script-extensions',
        values: { text: `\\p{${body}}`, value },
      },
    };
  }
  if (body === 'ASCII') return { ascii: true };
  return { name: CATEGORY[body] ?? body };
}

// Property names RE2 was asked about (few in practice; cleared if a pattern invents many).
const known = new Map<string, boolean>();

/** Whether RE2 knows the Unicode property `name` (as in `\p{name}`). */
function knownProperty(name: string): boolean {
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      re2().compile(`\\p{${name}}`);
      ok = true;
    } catch {
      ok = false;
    }
    if (known.size >= 500) known.clear();
    known.set(name, ok);
  }
  return ok;
}

/** Reads the escape at `i` (a backslash); `inClass` changes `\b` and the form of sets. */
function readEscape(p: string, i: number, inClass: boolean): Escape {
  const c = p[i + 1];
  const char = (cp: number, end: number): Escape => ({ end, outside: hex(cp), inside: hex(cp), cp });
  switch (c) {
    case 'd':
    case 'D':
    case 'w':
    case 'W':
      return { end: i + 2, outside: `\\${c}`, inside: `\\${c}` };
    case 's':
      return { end: i + 2, outside: `[${WS}]`, inside: WS };
    case 'S':
      return { end: i + 2, outside: `[^${WS}]`, inside: NOT_WS };
    case 'b':
      return inClass ? char(8, i + 2) : { end: i + 2, outside: '\\b' };
    case 'B':
      return { end: i + 2, outside: '\\B' };
    case 't':
      return char(9, i + 2);
    case 'n':
      return char(10, i + 2);
    case 'v':
      return char(11, i + 2);
    case 'f':
      return char(12, i + 2);
    case 'r':
      return char(13, i + 2);
    case '0':
      return char(0, i + 2);
    case 'c':
      return char(p.charCodeAt(i + 2) % 32, i + 3);
    case 'x':
      return char(parseInt(p.slice(i + 2, i + 4), 16), i + 4);
    case 'u': {
      if (p[i + 2] === '{') {
        const close = p.indexOf('}', i + 3);
        const cp = parseInt(p.slice(i + 3, close), 16);
        if (cp >= 0xd800 && cp <= 0xdfff) return { end: close + 1, outside: '', problem: loneSurrogate(p.slice(i, close + 1)) };
        return char(cp, close + 1);
      }
      const unit = parseInt(p.slice(i + 2, i + 6), 16);
      if (unit >= 0xd800 && unit <= 0xdbff && p[i + 6] === '\\' && p[i + 7] === 'u' && [8, 9, 10, 11].every((k) => isHex(p[i + k]))) {
        const low = parseInt(p.slice(i + 8, i + 12), 16);
        if (low >= 0xdc00 && low <= 0xdfff) return char(0x10000 + (unit - 0xd800) * 0x400 + (low - 0xdc00), i + 12);
      }
      if (unit >= 0xd800 && unit <= 0xdfff) return { end: i + 6, outside: '', problem: loneSurrogate(p.slice(i, i + 6)) };
      return char(unit, i + 6);
    }
    case 'p':
    case 'P': {
      const close = p.indexOf('}', i + 3);
      const body = p.slice(i + 3, close);
      const end = close + 1;
      const name = propertyName(body);
      if ('problem' in name) return { end, outside: '', problem: name.problem };
      if ('ascii' in name) {
        return c === 'p'
          ? { end, outside: `[${ASCII_RANGE}]`, inside: ASCII_RANGE }
          : { end, outside: `[${NON_ASCII_RANGE}]`, inside: NON_ASCII_RANGE };
      }
      if (!/^[A-Za-z_]+$/.test(name.name) || !knownProperty(name.name)) {
        return {
          end,
          outside: '',
          problem: {
            message: `the Unicode property \`${p.slice(i, end)}\` is not known to the linear-time engine; it knows general categories (\`\\p{L}\`, \`\\p{Lu}\`, \`\\p{N}\`…), scripts by their full name (\`\\p{Script=Cyrillic}\`) and binary properties such as \`\\p{White_Space}\``,
            code: 'unknown-property',
            values: { text: p.slice(i, end) },
          },
        };
      }
      const text = `\\${c}{${name.name}}`;
      return { end, outside: text, inside: text };
    }
    case 'k': {
      const close = p.indexOf('>', i + 3);
      return { end: close + 1, outside: '', problem: backreference(p.slice(i, close + 1)) };
    }
    default: {
      if (isDigitChar(c)) {
        let end = i + 1;
        while (isDigitChar(p[end])) end++;
        return { end, outside: '', problem: backreference(p.slice(i, end)) };
      }
      // An identity escape: `\.`, `\/`, `\-` (in a class) …
      const cp = p.codePointAt(i + 1)!;
      return char(cp, i + 1 + (cp > 0xffff ? 2 : 1));
    }
  }
}

function loneSurrogate(text: string): Said {
  const message = `\`${text}\` is half of a surrogate pair: the linear-time engine matches whole characters; write the character itself or \`\\u{…}\` with its code point`;
  return { message, code: 'lone-surrogate', values: { text } };
}

function backreference(text: string): Said {
  const message = `the backreference \`${text}\` is not supported: no linear-time engine can match a repeat of captured text; match the text itself (or use two conditions)`;
  return { message, code: 'backreference', values: { text } };
}

/** A class item's RE2 form: a code point that RE2 could read as syntax is escaped. */
function classChar(cp: number): string {
  return isAsciiPunct(cp) ? hex(cp) : String.fromCodePoint(cp);
}

interface ClassRead {
  end: number;
  text: string;
  problems: SyntaxProblem[];
}

/** Reads the class `[…]` at `i`. */
function readClass(p: string, i: number): ClassRead {
  let j = i + 1;
  const negated = p[j] === '^';
  if (negated) j++;
  if (p[j] === ']') {
    // `[]` never matches and `[^]` matches anything, in JavaScript; RE2 reads `[]…]` differently.
    return { end: j + 1, text: negated ? `[${hex(0)}-${hex(0x10ffff)}]` : `[^${hex(0)}-${hex(0x10ffff)}]`, problems: [] };
  }
  const problems: SyntaxProblem[] = [];
  const items: string[] = [];
  const atom = (): { text: string; end: number; single: boolean } => {
    if (p[j] === '\\') {
      const start = j;
      const e = readEscape(p, j, true);
      if (e.problem !== undefined) problems.push({ start, end: e.end, ...e.problem });
      return { text: e.inside ?? '', end: e.end, single: e.cp !== undefined };
    }
    const cp = p.codePointAt(j)!;
    return { text: classChar(cp), end: j + (cp > 0xffff ? 2 : 1), single: true };
  };
  while (j < p.length && p[j] !== ']') {
    const a = atom();
    j = a.end;
    if (a.single && p[j] === '-' && p[j + 1] !== ']' && j + 1 < p.length) {
      j++;
      const b = atom();
      j = b.end;
      items.push(`${a.text}-${b.text}`);
    } else items.push(a.text);
  }
  return { end: j + 1, text: `[${negated ? '^' : ''}${items.join('')}]`, problems };
}

interface Frame {
  kind: 'capture' | 'group' | 'ahead' | 'behind';
  negative: boolean;
  /** Offset of `(` and of the body. */
  start: number;
  body: number;
}

/** The end of the single-character atom at `i` of `p`, or -1 when `p[i…]` is not one. */
function singleAtomEnd(p: string, i: number): number {
  const c = p[i];
  if (c === '[') return readClass(p, i).end;
  if (c === '\\') {
    const e = readEscape(p, i, false);
    return e.problem === undefined && e.inside !== undefined ? e.end : -1;
  }
  if (c === undefined || '()|^$*+?{'.includes(c)) return -1;
  const cp = p.codePointAt(i)!;
  return i + (cp > 0xffff ? 2 : 1);
}

/** A single-character atom's complement, in JavaScript syntax: `\d` → `\D`, `[ab]` → `[^ab]`. */
function complement(atom: string): string {
  if (atom === '.') return '[\\n\\r\\u2028\\u2029]';
  if (atom.startsWith('[^')) return `[${atom.slice(2)}`;
  if (atom.startsWith('[')) return `[^${atom.slice(1)}`;
  if (/^\\[dDwWsS]$/.test(atom)) return `\\${atom[1] === atom[1].toLowerCase() ? atom[1].toUpperCase() : atom[1].toLowerCase()}`;
  if (/^\\[pP]\{/.test(atom)) return `\\${atom[1] === 'p' ? 'P' : 'p'}${atom.slice(2)}`;
  if (atom.startsWith('\\')) return `[^${atom}]`;
  return `[^${/[\]\\^-]/.test(atom) ? `\\${atom}` : atom}]`;
}

/** What to say about a lookahead `(?=…)`/`(?!…)` at `f.start…end` of `p`. */
function lookaheadMessage(p: string, f: Frame, end: number, trailing: boolean, multiline: boolean): Said {
  const text = p.slice(f.start, end);
  const body = p.slice(f.body, end - 1);
  const head = `the lookahead \`${text}\` is not supported: the linear-time engine (RE2) cannot look ahead`;
  const wordish = f.negative && /\\p\{(?:L|Letter|Lu|Ll|Alphabetic|N|Nd)\}|\\[wd]|a-z|а-я|0-9/i.test(body);
  const wordHint = wordish
    ? `; for a whole word in any script (not next to a letter, digit or \`_\`), drop the lookarounds and set \`word: true\` (${DOCS})`
    : '';
  const word = wordish ? 1 : 0;
  if (trailing && !f.negative) {
    const replacement = `(?:${body})`;
    return {
      message: `${head}; it ends the pattern, so \`${replacement}\` in its place holds for the same texts (the match then also covers what it looked at)`,
      code: 'lookahead',
      values: { text, form: 'trailing', replacement, word },
    };
  }
  const single = singleAtomEnd(body, 0) === body.length;
  if (trailing && single && !multiline) {
    const replacement = `(?:${complement(body)}|$)`;
    return {
      message: `${head}; it ends the pattern, so \`${replacement}\` in its place holds for the same texts (the match then also covers the next character)${wordHint}`,
      code: 'lookahead',
      values: { text, form: 'single', replacement, word },
    };
  }
  return {
    message: `${head}; match what must follow as part of the pattern instead${wordHint}`,
    code: 'lookahead',
    values: { text, form: 'other', word },
  };
}

/** Rewrites a JavaScript pattern (already accepted by V8 with the `u` flag) in RE2 syntax. */
export function translatePattern(p: string, opts: { dotAll: boolean; multiline: boolean }): Translation {
  const out: string[] = [];
  const problems: SyntaxProblem[] = [];
  const stack: Frame[] = [];
  let behind = 0;
  let lookbehind = false;
  let captures = 0;
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      const e = readEscape(p, i, false);
      if (e.problem !== undefined) problems.push({ start: i, end: e.end, ...e.problem });
      out.push(e.outside);
      i = e.end;
    } else if (c === '[') {
      const cls = readClass(p, i);
      problems.push(...cls.problems);
      out.push(cls.text);
      i = cls.end;
    } else if (c === '(') {
      const start = i;
      let kind: Frame['kind'] = 'capture';
      let negative = false;
      let open = '(';
      if (p[i + 1] === '?') {
        const n = p[i + 2];
        if (n === '=' || n === '!') {
          kind = 'ahead';
          negative = n === '!';
          i += 3;
          open = '(?:';
        } else if (n === '<' && (p[i + 3] === '=' || p[i + 3] === '!')) {
          kind = 'behind';
          negative = p[i + 3] === '!';
          open = p.slice(i, i + 4);
          i += 4;
        } else if (n === '<') {
          i = p.indexOf('>', i) + 1;
        } // a named group: a plain capture for RE2
        else {
          // `(?:` or a modifier group `(?i:`, `(?-i:`: RE2 writes them the same way.
          const colon = p.indexOf(':', i);
          open = p.slice(i, colon + 1);
          kind = 'group';
          i = colon + 1;
        }
      } else i++;
      if (kind === 'capture') {
        captures++;
        if (behind > 0)
          problems.push({
            start,
            end: i,
            message:
              'a capture group inside a lookbehind is not supported: the linear-time engine runs lookbehinds without captures; write `(?:…)`',
            code: 'capture-in-lookbehind',
            values: {},
          });
      }
      if (kind === 'behind') {
        behind++;
        lookbehind = true;
      }
      stack.push({ kind, negative, start, body: i });
      out.push(open);
    } else if (c === ')') {
      const f = stack.pop()!;
      i++;
      if (f.kind === 'behind') behind--;
      if (f.kind === 'ahead') {
        problems.push({ start: f.start, end: i, ...lookaheadMessage(p, f, i, stack.length === 0 && i === p.length, opts.multiline) });
      }
      out.push(')');
    } else if (c === '.') {
      out.push(opts.dotAll ? '.' : NOT_LINE_END);
      i++;
    } else if (c === '{') {
      const close = p.indexOf('}', i);
      const counts = p
        .slice(i + 1, close)
        .split(',')
        .filter((x) => x !== '')
        .map(Number);
      const most = Math.max(...counts);
      if (most > MAX_REPEAT) {
        problems.push({
          start: i,
          end: close + 1,
          message: `the repetition \`${p.slice(i, close + 1)}\` counts past ${MAX_REPEAT}, the most the linear-time engine allows; repeat a group instead or match fewer`,
          code: 'repeat-too-large',
          values: { text: p.slice(i, close + 1), max: MAX_REPEAT },
        });
      }
      out.push(p.slice(i, close + 1));
      i = close + 1;
    } else {
      const cp = p.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      if (cp >= 0xd800 && cp <= 0xdfff) problems.push({ start: i, end: i + 1, ...loneSurrogate(`\\u${cp.toString(16).toUpperCase()}`) });
      out.push(p.slice(i, i + len));
      i += len;
    }
  }
  return { source: out.join(''), lookbehind, captures, problems };
}
