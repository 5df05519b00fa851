/**
 * Trims and scans in linear time, for text a mention or a playbook controls.
 *
 * V8's backtracking engine runs an end-anchored run such as `/\s+$/`, `/[.'’-]+$/` or
 * `/[ \t]+$/gm` in time quadratic in the length of a run that is NOT at the end: it tries the run
 * from each of its characters, scans to the run's end and fails there. 100 KB of spaces followed by
 * a letter took seconds. These functions walk the text once instead; every trim of untrusted text
 * in replybook goes through them (docs/security.md, "bounded time").
 */

/** A test on one UTF-16 code unit. */
export type CharTest = (code: number) => boolean;

/**
 * White space and line terminators as `\s` (and `String.prototype.trim`) define them: the same set,
 * so `trimEndWhile(s, isSpace)` equals `s.replace(/\s+$/u, '')`.
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Space, tab and no-break space: what trails a line of a template's output. */
export function isLineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** The line terminators of a `m`-flag `$`: LF, CR, LS, PS. */
export function isLineEnd(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** A set of characters as a test: `charSet(".'’-")`. Only BMP characters (each one code unit). */
export function charSet(chars: string): CharTest {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return (c) => set.has(c);
}

/** The text without the characters at its end that pass `test`. */
export function trimEndWhile(s: string, test: CharTest): string {
  let end = s.length;
  while (end > 0 && test(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The text without the characters at its start that pass `test`. */
export function trimStartWhile(s: string, test: CharTest): string {
  let start = 0;
  while (start < s.length && test(s.charCodeAt(start))) start++;
  return start === 0 ? s : s.slice(start);
}

/** The text without the characters at either end that pass `test`. */
export function trimWhile(s: string, test: CharTest): string {
  let start = 0;
  let end = s.length;
  while (start < end && test(s.charCodeAt(start))) start++;
  while (end > start && test(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * Every line without its trailing characters that pass `test` (default: space, tab, NBSP), in one
 * pass: `s.replace(/[ \t\u00A0]+$/gm, '')` in linear time. Lines end at LF, CR, LS and PS, as `$`
 * with the `m` flag sees them; the terminators are kept.
 */
export function trimLineEnds(s: string, test: CharTest = isLineSpace): string {
  let out = '';
  let from = 0; // start of the text not yet copied
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!test(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && test(s.charCodeAt(j))) j++;
    if (j === n || isLineEnd(s.charCodeAt(j))) {
      out += s.slice(from, i);
      from = j;
    }
    i = j;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Each run of characters that pass `test` replaced by `by`: `s.replace(/[^\p{L}\p{N}]+/gu, '-')`
 * written as a scan (already linear as a regex; here for callers that trim right after).
 */
export function collapseRuns(s: string, test: CharTest, by: string): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!test(s.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && !test(s.charCodeAt(j))) j++;
      out += s.slice(i, j);
      i = j;
      continue;
    }
    while (i < n && test(s.charCodeAt(i))) i++;
    out += by;
  }
  return out;
}

/** The length of the longest run of `ch` (one code unit) in the text; 0 when it does not occur. */
export function longestRun(s: string, ch: string): number {
  const c = ch.charCodeAt(0);
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === c) {
      if (++run > best) best = run;
    } else run = 0;
  }
  return best;
}

/**
 * The length of the longest run of `ch` that starts a line (after LF, CR, LS, PS, or at the start),
 * after at most `indent` spaces (CommonMark lets a closing fence be indented by up to three).
 */
export function longestRunAtLineStart(s: string, ch: string, indent = 0): number {
  const c = ch.charCodeAt(0);
  let best = 0;
  let lineStart = true;
  for (let i = 0; i < s.length; i++) {
    let code = s.charCodeAt(i);
    if (lineStart && indent > 0 && code === 0x20) {
      let k = i;
      while (k < s.length && k - i < indent && s.charCodeAt(k) === 0x20) k++;
      if (k < s.length && s.charCodeAt(k) === c) {
        i = k;
        code = c;
      }
    }
    if (lineStart && code === c) {
      let j = i + 1;
      while (j < s.length && s.charCodeAt(j) === c) j++;
      if (j - i > best) best = j - i;
      i = j - 1;
      lineStart = false;
      continue;
    }
    lineStart = isLineEnd(code);
  }
  return best;
}
