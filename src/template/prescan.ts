/**
 * A linear scan of a template's text before Handlebars sees it. Handlebars' parser is table-driven,
 * but what runs after it — its whitespace pass, the compiler — recurses once per nested block and
 * per nested sub-expression, so 20,000 nested `{{#if}}` or 5,000 nested `(name (name …))` overflow
 * the stack after minutes of work, and every tag costs compile time. The scan counts what the
 * parser would nest, the way Handlebars' lexer reads tags (comments, escaped `\{{`, string and `[…]`
 * literals inside tags, raw blocks), and refuses a text over a limit at the offending tag; such a
 * text is never parsed or compiled. It never throws: text it cannot follow (an unclosed tag) is
 * left to the parser, whose syntax error names it.
 */
import { groupDigits } from '../model/mention-limits.js';

/** Most blocks (`{{#…}}`, `{{^…}}`, `{{#> …}}`, `{{else if …}}` chains, raw blocks) open at once. */
export const MAX_TEMPLATE_NESTING = 32;
/** Most sub-expressions `(…)` nested inside one tag. */
export const MAX_SUBEXPRESSION_NESTING = 16;
/** Most tags in one template or partial text (comments not counted). */
export const MAX_TEMPLATE_TAGS = 1_000;

/** What the scan refused, at which tag (UTF-16 offsets into the text). */
export interface PrescanProblem {
  rule: 'too-deep' | 'too-many-tags';
  start: number;
  end: number;
  message: string;
  /** The problem beside its English sentence: `nesting`, `subexpressions` or `tags`, over `limit`. */
  code: 'nesting' | 'subexpressions' | 'tags';
  values: { limit: number };
}

export interface PrescanResult {
  /** Tags counted (comments not included); up to the problem when there is one. */
  tags: number;
  /** The deepest block nesting seen (up to the problem when there is one). */
  nesting: number;
  problem: PrescanProblem | null;
}

const fmt = groupDigits;
const SUBEXPRESSIONS = `sub-expressions \`(…)\` nest more than ${MAX_SUBEXPRESSION_NESTING} levels deep in this tag (the limit is ${MAX_SUBEXPRESSION_NESTING})`;

/** Whether the `{{` at `at` is escaped (`\{{` is text; `\\{{` is a backslash and a tag). */
function escaped(text: string, at: number): boolean {
  return at > 0 && text.charCodeAt(at - 1) === 0x5c && !(at > 1 && text.charCodeAt(at - 2) === 0x5c);
}

interface TagScan {
  /** Offset just past the closing braces, or -1 when the tag is not closed. */
  end: number;
  /** Deepest `(` nesting inside the tag. */
  parens: number;
}

/** Scans a tag's inside from `from` to its `}}`, skipping `"…"`, `'…'` and `[…]` literals. */
function scanTag(text: string, from: number): TagScan {
  let depth = 0;
  let max = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7d /* } */ && text.charCodeAt(i + 1) === 0x7d) {
      let end = i + 2;
      while (end < text.length && text.charCodeAt(end) === 0x7d && end < i + 4) end++;
      return { end, parens: max };
    }
    if (c === 0x28 /* ( */) {
      if (++depth > max) max = depth;
    } else if (c === 0x29 /* ) */) {
      if (depth > 0) depth--;
    } else if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      // Handlebars' string literal: up to the same quote, `\"` does not close it.
      let j = i + 1;
      while (j < text.length && !(text.charCodeAt(j) === c && text.charCodeAt(j - 1) !== 0x5c)) j++;
      if (j >= text.length) return { end: -1, parens: max };
      i = j;
    } else if (c === 0x5b /* [ */) {
      let j = i + 1;
      while (j < text.length && !(text.charCodeAt(j) === 0x5d && text.charCodeAt(j - 1) !== 0x5c)) j++;
      if (j >= text.length) return { end: -1, parens: max };
      i = j;
    }
  }
  return { end: -1, parens: max };
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;

/** What a tag does to the nesting, read from its start (after `{{`, `{{{` or `~`). */
type TagKind = 'open' | 'chain' | 'close' | 'other';

function kindOf(text: string, at: number, end: number): TagKind {
  let i = at;
  if (text.charCodeAt(i) === 0x7e /* ~ */) i++;
  const c = text.charCodeAt(i);
  if (c === 0x23 /* # */) return 'open';
  if (c === 0x2f /* / */) return 'close';
  if (c === 0x5e /* ^ */) return hasWords(text, i + 1, end) ? 'open' : 'other'; // `{{^}}` alone is an `else`
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (text.startsWith('else', i)) return hasWords(text, i + 4, end) ? 'chain' : 'other'; // `{{else if …}}` nests one more
  return 'other';
}

/** Whether anything but spaces, `~` and the closing braces lies in [from, end). */
function hasWords(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 0x7e && c !== 0x7d) return true;
  }
  return false;
}

/** Scans a template or partial text; linear in its length. */
export function prescanTemplate(text: string): PrescanResult {
  let tags = 0;
  // One entry per open block: how many levels it holds (`{{else if}}` adds one to its block).
  const frames: number[] = [];
  let depth = 0;
  let nesting = 0;
  const deeper = (levels: number): boolean => {
    if (levels > nesting) nesting = levels;
    return levels > MAX_TEMPLATE_NESTING;
  };
  const problem = (rule: PrescanProblem['rule'], start: number, end: number, message: string): PrescanResult => {
    const [code, limit] =
      rule === 'too-many-tags'
        ? (['tags', MAX_TEMPLATE_TAGS] as const)
        : message === SUBEXPRESSIONS
          ? (['subexpressions', MAX_SUBEXPRESSION_NESTING] as const)
          : (['nesting', MAX_TEMPLATE_NESTING] as const);
    return { tags, nesting, problem: { rule, start, end: Math.max(start + 1, end), message, code, values: { limit } } };
  };
  const tooDeep = (start: number, end: number): PrescanResult =>
    problem(
      'too-deep',
      start,
      end,
      `blocks nest more than ${MAX_TEMPLATE_NESTING} levels deep here (the limit is ${MAX_TEMPLATE_NESTING})`,
    );

  let i = text.indexOf('{{');
  while (i !== -1) {
    if (escaped(text, i)) {
      i = text.indexOf('{{', i + 2);
      continue;
    }
    if (text.startsWith('{{!--', i) || text.startsWith('{{~!--', i)) {
      const end = longCommentEnd(text, i + (text.charCodeAt(i + 2) === 0x7e ? 6 : 5));
      if (end === -1) break;
      i = text.indexOf('{{', end);
      continue;
    }
    if (text.charCodeAt(i + 2) === 0x21 /* ! */ || (text.charCodeAt(i + 2) === 0x7e && text.charCodeAt(i + 3) === 0x21)) {
      const end = text.indexOf('}}', i + 2);
      if (end === -1) break;
      i = text.indexOf('{{', end + 2);
      continue;
    }
    tags++;
    if (tags > MAX_TEMPLATE_TAGS)
      return problem(
        'too-many-tags',
        i,
        i + 2,
        `the text has more than ${fmt(MAX_TEMPLATE_TAGS)} tags (the limit is ${fmt(MAX_TEMPLATE_TAGS)}); split it into partials`,
      );
    if (text.startsWith('{{{{', i)) {
      // A raw block: its content is text up to the matching `{{{{/…}}}}`; raw blocks inside it nest.
      const open = scanTag(text, i + 4);
      if (open.end === -1) break;
      if (open.parens > MAX_SUBEXPRESSION_NESTING) return problem('too-deep', i, open.end, SUBEXPRESSIONS);
      if (text.charCodeAt(i + 4) === 0x2f) {
        i = text.indexOf('{{', open.end);
        continue;
      }
      let level = 1;
      if (deeper(depth + level)) return tooDeep(i, open.end);
      let k = open.end;
      while (level > 0) {
        const m = text.indexOf('{{{{', k);
        if (m === -1) return { tags, nesting, problem: null }; // unclosed: the parser reports it
        const close = text.charCodeAt(m + 4) === 0x2f;
        const end = text.indexOf('}}}}', m + 4);
        if (close) {
          level--;
          k = end === -1 ? text.length : end + 4;
        } else {
          level++;
          if (deeper(depth + level)) return tooDeep(m, end === -1 ? m + 4 : end + 4);
          k = m + 4;
        }
      }
      i = text.indexOf('{{', k);
      continue;
    }
    const inner = text.charCodeAt(i + 2) === 0x7b ? i + 3 : i + 2;
    const tag = scanTag(text, inner);
    if (tag.end === -1) break; // an unclosed tag: the parser reports it
    if (tag.parens > MAX_SUBEXPRESSION_NESTING) return problem('too-deep', i, tag.end, SUBEXPRESSIONS);
    const kind = kindOf(text, inner, tag.end);
    if (kind === 'open') {
      frames.push(1);
      if (deeper(++depth)) return tooDeep(i, tag.end);
    } else if (kind === 'chain' && frames.length > 0) {
      frames[frames.length - 1]++;
      if (deeper(++depth)) return tooDeep(i, tag.end);
    } else if (kind === 'close' && frames.length > 0) {
      depth -= frames.pop()!;
    }
    i = text.indexOf('{{', tag.end);
  }
  return { tags, nesting, problem: null };
}

/** Offset past the `--}}` (or `--~}}`) that ends a `{{!-- … --}}` comment, or -1. */
function longCommentEnd(text: string, from: number): number {
  for (let k = text.indexOf('--', from); k !== -1; k = text.indexOf('--', k + 1)) {
    const after = text.charCodeAt(k + 2) === 0x7e ? k + 3 : k + 2;
    if (text.startsWith('}}', after)) return after + 2;
  }
  return -1;
}

/** The 1-based line and 0-based column (as Handlebars counts) of an offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart };
}
