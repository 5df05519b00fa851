/**
 * A small analyser for the regular expressions of a playbook (conditions, signals). A playbook
 * comes from a pull request; a pattern such as `(a+)+` makes matching take exponential time on a
 * crafted mention, so the check refuses patterns whose repetition is ambiguous:
 *  - a repeated body holding another unbounded repetition, where nothing in the body separates
 *    the iterations (`(a+)+`, `(\w+\s?)*`, `(.*)*`);
 *  - a repeated alternation whose branches can start with the same character (`(a|a)*`, `(\w|\d)+`).
 * Backreferences and lookbehinds with unbounded repetition are refused as unsupported.
 * The parser is iterative (an explicit stack), and the analysis recurses only as deep as groups
 * nest, which is capped.
 */

export type RegexProblem = { rule: 'invalid' | 'catastrophic' | 'unsupported'; message: string };

type Bits = boolean[];
type RNode =
  | { t: 'atom'; src: string; start: number; end: number }
  | { t: 'zero'; start: number; end: number }
  | { t: 'backref'; start: number; end: number }
  | { t: 'seq'; items: RNode[]; start: number; end: number }
  | { t: 'alt'; branches: RNode[]; start: number; end: number }
  | { t: 'group'; kind: 'plain' | 'ahead' | 'behind'; body: RNode; start: number; end: number }
  | { t: 'quant'; body: RNode; min: number; max: number; start: number; end: number };

const MAX_GROUP_DEPTH = 32;

// Characters each atom is tested against: ASCII, Cyrillic, whitespace and a few others.
const SAMPLE: string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c < 128; c++) out.push(String.fromCharCode(c));
  for (let c = 0x400; c < 0x460; c++) out.push(String.fromCharCode(c));
  out.push('\u00a0', '\u2028', 'é', '№', '«', '»', '—', '😀');
  return out;
})();

const bitsCache = new Map<string, Bits>();

function atomBits(src: string, flags: string): Bits {
  const key = `${flags}\u0000${src}`;
  let bits = bitsCache.get(key);
  if (!bits) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(`^(?:${src})$`, flags.replace(/[gy]/g, ''));
    } catch {
      re = null;
    }
    bits = SAMPLE.map((ch) => (re ? re.test(ch) : true));
    if (bitsCache.size > 5000) bitsCache.clear();
    bitsCache.set(key, bits);
  }
  return bits;
}

function overlaps(a: Bits, b: Bits): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] && b[i]) return true;
  return false;
}

function union(a: Bits, b: Bits): Bits {
  return a.map((x, i) => x || b[i]);
}

const NONE: Bits = SAMPLE.map(() => false);

/** Parses a pattern into a tree (no recursion: groups are kept on an explicit stack). */
function parse(p: string): RNode | { error: string } {
  interface Frame { kind: 'plain' | 'ahead' | 'behind' | 'root'; start: number; branches: RNode[][] }
  const stack: Frame[] = [{ kind: 'root', start: 0, branches: [[]] }];
  const cur = (): RNode[] => { const f = stack[stack.length - 1]; return f.branches[f.branches.length - 1]; };
  const close = (f: Frame, end: number): RNode => {
    const seqs = f.branches.map((items): RNode => ({ t: 'seq', items, start: items[0]?.start ?? end, end: items[items.length - 1]?.end ?? end }));
    return seqs.length === 1 ? seqs[0] : { t: 'alt', branches: seqs, start: f.start, end };
  };
  let i = 0;
  while (i < p.length) {
    const ch = p[i];
    const start = i;
    if (ch === '(') {
      let kind: Frame['kind'] = 'plain';
      if (p.startsWith('(?<=', i) || p.startsWith('(?<!', i)) { kind = 'behind'; i += 4; }
      else if (p.startsWith('(?=', i) || p.startsWith('(?!', i)) { kind = 'ahead'; i += 3; }
      else if (p.startsWith('(?:', i)) i += 3;
      else if (p.startsWith('(?<', i)) { const e = p.indexOf('>', i); i = e < 0 ? p.length : e + 1; }
      else i += 1;
      stack.push({ kind, start, branches: [[]] });
      if (stack.length > MAX_GROUP_DEPTH) return { error: `groups nest more than ${MAX_GROUP_DEPTH} deep` };
      continue;
    }
    if (ch === ')') {
      const f = stack.pop()!;
      if (!stack.length || f.kind === 'root') return { error: 'unbalanced parenthesis' };
      const body = close(f, i);
      cur().push({ t: 'group', kind: f.kind as 'plain' | 'ahead' | 'behind', body, start: f.start, end: i + 1 });
      i++;
      continue;
    }
    if (ch === '|') {
      stack[stack.length - 1].branches.push([]);
      i++;
      continue;
    }
    const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(p.slice(i, i + 24));
    if (q && (ch !== '{' || q[1] !== undefined)) {
      const items = cur();
      const body = items.pop();
      if (!body) return { error: 'nothing to repeat' };
      let min = 0;
      let max = Infinity;
      if (ch === '+') min = 1;
      else if (ch === '?') max = 1;
      else if (ch === '{') { min = Number(q[1]); max = q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]); }
      items.push({ t: 'quant', body, min, max, start: body.start, end: i + q[0].length });
      i += q[0].length;
      continue;
    }
    if (ch === '^' || ch === '$') { cur().push({ t: 'zero', start, end: i + 1 }); i++; continue; }
    if (ch === '\\') {
      const n = p[i + 1];
      if (n === 'b' || n === 'B') { cur().push({ t: 'zero', start, end: i + 2 }); i += 2; continue; }
      if (n !== undefined && /[1-9]/.test(n)) { const m = /^\\\d+/.exec(p.slice(i))!; cur().push({ t: 'backref', start, end: i + m[0].length }); i += m[0].length; continue; }
      if (n === 'k' && p[i + 2] === '<') { const e = p.indexOf('>', i); const end = e < 0 ? p.length : e + 1; cur().push({ t: 'backref', start, end }); i = end; continue; }
      let len = 2;
      if ((n === 'p' || n === 'P') && p[i + 2] === '{') len = Math.max(2, p.indexOf('}', i) + 1 - i);
      else if (n === 'u' && p[i + 2] === '{') len = Math.max(2, p.indexOf('}', i) + 1 - i);
      else if (n === 'u') len = 6;
      else if (n === 'x') len = 4;
      else if (n === 'c') len = 3;
      cur().push({ t: 'atom', src: p.slice(i, i + len), start, end: i + len });
      i += len;
      continue;
    }
    if (ch === '[') {
      let j = i + 1;
      if (p[j] === '^') j++;
      if (p[j] === ']') j++;
      while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
      cur().push({ t: 'atom', src: p.slice(i, j + 1), start, end: j + 1 });
      i = j + 1;
      continue;
    }
    // A surrogate pair is one character under the `u` flag.
    const len = ch.codePointAt(0)! > 0xffff ? 2 : 1;
    cur().push({ t: 'atom', src: p.slice(i, i + len).replace(/[.*+?^${}()|[\]\\/]/g, (m) => (m === '.' ? '.' : `\\${m}`)), start, end: i + len });
    i += len;
  }
  if (stack.length !== 1) return { error: 'unclosed group' };
  return close(stack[0], p.length);
}

function strip(n: RNode): RNode {
  while (n.t === 'group' && n.kind === 'plain') n = n.body;
  if (n.t === 'seq' && n.items.length === 1) return strip(n.items[0]);
  return n;
}

function nullable(n: RNode): boolean {
  switch (n.t) {
    case 'atom': return false;
    case 'seq': return n.items.every(nullable);
    case 'alt': return n.branches.some(nullable);
    case 'group': return n.kind !== 'plain' || nullable(n.body);
    case 'quant': return n.min === 0 || nullable(n.body);
    default: return true;
  }
}

function first(n: RNode, flags: string): Bits {
  switch (n.t) {
    case 'atom': return atomBits(n.src, flags);
    case 'seq': {
      let acc = NONE;
      for (const it of n.items) {
        acc = union(acc, first(it, flags));
        if (!nullable(it)) break;
      }
      return acc;
    }
    case 'alt': return n.branches.reduce((acc, b) => union(acc, first(b, flags)), NONE);
    case 'group': return n.kind === 'plain' ? first(n.body, flags) : NONE;
    case 'quant': return first(n.body, flags);
    default: return NONE;
  }
}

function items(n: RNode): RNode[] {
  const s = strip(n);
  return s.t === 'seq' ? s.items.flatMap((x) => { const y = strip(x); return y.t === 'seq' ? items(y) : [y]; }) : [s];
}

function hasUnbounded(n: RNode): boolean {
  switch (n.t) {
    case 'quant': return n.max === Infinity || hasUnbounded(n.body);
    case 'seq': return n.items.some(hasUnbounded);
    case 'alt': return n.branches.some(hasUnbounded);
    case 'group': return hasUnbounded(n.body);
    default: return false;
  }
}

/** Problems of one pattern: invalid, catastrophic, or unsupported; empty when it is safe. */
export function analyseRegex(pattern: string, flags: string): RegexProblem[] {
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    return [{ rule: 'invalid', message: `Invalid regular expression \`${pattern}\`: ${(e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '')}` }];
  }
  const tree = parse(pattern);
  if ('error' in tree) return [{ rule: 'catastrophic', message: `The regular expression \`${pattern}\` is too complex to check (${tree.error})` }];
  const problems: RegexProblem[] = [];
  const text = (n: RNode): string => pattern.slice(n.start, n.end);
  const visit = (n: RNode, inBehind: boolean): void => {
    switch (n.t) {
      case 'backref':
        problems.push({ rule: 'unsupported', message: `The regular expression \`${pattern}\` uses a backreference \`${text(n)}\`; replybook does not allow them (their matching time cannot be bounded)` });
        return;
      case 'seq': n.items.forEach((x) => visit(x, inBehind)); return;
      case 'alt': n.branches.forEach((x) => visit(x, inBehind)); return;
      case 'group':
        if (n.kind === 'behind' && hasUnbounded(n.body)) {
          problems.push({ rule: 'unsupported', message: `The lookbehind \`${text(n)}\` repeats without a bound; write it with a bounded repetition such as \`{0,20}\`` });
        }
        visit(n.body, inBehind || n.kind === 'behind');
        return;
      case 'quant': {
        if (n.max > 1 && (n.max === Infinity || n.max >= 16)) {
          const body = strip(n.body);
          const its = items(body);
          const inner = its.find((x) => (x.t === 'quant' && x.max > 1 && x.max > x.min) || (x.t === 'alt' && hasUnbounded(x)));
          if (inner) {
            const innerFirst = first(inner, flags);
            const separated = its.some((x) => x !== inner && !nullable(x) && !overlaps(first(x, flags), innerFirst));
            if (!separated) {
              problems.push({ rule: 'catastrophic', message: `The regular expression \`${pattern}\` can take exponential time (catastrophic backtracking): \`${text(n)}\` repeats \`${text(inner)}\`, which itself repeats, with nothing between the repetitions to tell them apart` });
              return;
            }
          }
          if (body.t === 'alt') {
            const firsts = body.branches.map((b) => first(b, flags));
            const clash = firsts.findIndex((f, i) => firsts.some((g, j) => j > i && overlaps(f, g)));
            if (clash >= 0) {
              problems.push({ rule: 'catastrophic', message: `The regular expression \`${pattern}\` can take exponential time (catastrophic backtracking): the repeated alternatives of \`${text(n)}\` can match the same text` });
              return;
            }
          }
        }
        visit(n.body, inBehind);
        return;
      }
      default:
        return;
    }
  };
  visit(tree, false);
  return problems;
}
