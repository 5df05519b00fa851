/**
 * A pre-parse estimate of how deeply a YAML text nests. The `yaml` package's parser recurses when
 * it closes nested block collections (a few thousand `- - - … x` levels overflow the stack), so a
 * hostile file must be refused before it reaches the parser. The scan is one pass over the
 * characters with no recursion; it over-estimates rather than under-estimates (it counts every
 * `key:` and `- ` of a line), which is harmless with a limit far above any real playbook.
 */

const SPACE = 32;

function isBlankOrEnd(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

/** What the scan carries from one line to the next. */
export interface NestingState {
  indents: readonly number[];
  flow: number;
  quote: '"' | "'" | null;
  blockScalarParent: number;
}

/** The state at the start of the text. */
export const NESTING_START: NestingState = { indents: [], flow: 0, quote: null, blockScalarParent: -1 };

/** True when the scan goes on the same way from either state. */
export function sameNestingState(a: NestingState, b: NestingState): boolean {
  return (
    a.flow === b.flow &&
    a.quote === b.quote &&
    a.blockScalarParent === b.blockScalarParent &&
    a.indents.length === b.indents.length &&
    a.indents.every((x, i) => x === b.indents[i])
  );
}

/** The scan's states at the line starts `onLine` is told of, by the parse of the text scanned (`reparse.ts` resumes there). */
const statesByParse = new WeakMap<object, ReadonlyMap<number, NestingState>>();

/** Keeps the scan states of the text a parse was made from. */
export function rememberNestingStates(parsed: object, states: ReadonlyMap<number, NestingState>): void {
  statesByParse.set(parsed, states);
}

/** The scan states kept for a parse, if any. */
export function nestingStatesOf(parsed: object): ReadonlyMap<number, NestingState> | undefined {
  return statesByParse.get(parsed);
}

/** The offset where the estimated nesting first exceeds `maxDepth`, or null when it never does. */
export function findExcessiveNesting(text: string, maxDepth: number): number | null {
  return scanNesting(text, maxDepth).at;
}

/**
 * {@link findExcessiveNesting} from the line starting at `from`, in `state` (what the scan had
 * there), up to the line starting at `to` (default: the end): the offset found, or null and the
 * state at `to`. `onLine` is told the state at the start of every line with fewer than three
 * leading spaces (a top-level key, or an entry of one), so a later scan can resume there — the
 * re-parser scans only the entry it re-parses (`reparse.ts`).
 */
export function scanNesting(
  text: string,
  maxDepth: number,
  from = 0,
  state: NestingState = NESTING_START,
  to = Infinity,
  onLine?: (lineStart: number, state: NestingState) => void,
): { at: number | null; state: NestingState } {
  const indents: number[] = [...state.indents];
  let flow = state.flow;
  let quote = state.quote;
  let blockScalarParent = state.blockScalarParent;
  const now = (): NestingState => ({ indents: [...indents], flow, quote, blockScalarParent });
  let lineStart = from;
  while (lineStart <= text.length) {
    if (lineStart >= to) return { at: null, state: now() };
    if (
      onLine &&
      !(text.charCodeAt(lineStart) === SPACE && text.charCodeAt(lineStart + 1) === SPACE && text.charCodeAt(lineStart + 2) === SPACE)
    )
      onLine(lineStart, now());
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && (text.charCodeAt(i) === SPACE || text[i] === '\t')) i++;
    const indent = i - lineStart;
    const blank = i >= lineEnd || text[i] === '\r';
    if (blockScalarParent >= 0) {
      if (blank || indent > blockScalarParent) {
        lineStart = lineEnd + 1;
        continue;
      }
      blockScalarParent = -1;
    }
    if (quote === null && flow === 0 && !blank && text[i] !== '#') {
      while (indents.length && indents[indents.length - 1] > indent) indents.pop();
      if (!indents.length || indents[indents.length - 1] !== indent) indents.push(indent);
    }
    let compact = 0;
    let atValueStart = quote === null;
    if (quote === null && text.startsWith('---', i) && isBlankOrEnd(text[i + 3])) i += 3;
    for (; i < lineEnd; i++) {
      const ch = text[i];
      if (quote !== null) {
        if (quote === '"' && ch === '\\') i++;
        else if (ch === quote) {
          if (quote === "'" && text[i + 1] === "'") i++;
          else {
            quote = null;
            atValueStart = false;
          }
        }
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r') continue;
      if (ch === '#' && (i === lineStart || isBlankOrEnd(text[i - 1]))) break;
      let opened = false;
      if (atValueStart && (ch === '-' || ch === '?') && isBlankOrEnd(text[i + 1])) {
        compact++;
        opened = true;
      } else if (ch === ':' && (isBlankOrEnd(text[i + 1]) || (flow > 0 && ',[]{}'.includes(text[i + 1])))) {
        compact++;
        atValueStart = true;
        opened = true;
      } else if (ch === '[' || ch === '{') {
        if (atValueStart || flow > 0) {
          flow++;
          atValueStart = true;
          opened = true;
        } else atValueStart = false;
      } else if (flow > 0 && (ch === ']' || ch === '}')) {
        flow--;
        atValueStart = false;
      } else if (flow > 0 && ch === ',') {
        atValueStart = true;
      } else if (atValueStart && (ch === '"' || ch === "'")) {
        quote = ch;
      } else if (atValueStart && flow === 0 && (ch === '|' || ch === '>')) {
        blockScalarParent = indent;
        break;
      } else if (atValueStart && (ch === '&' || ch === '!' || ch === '*')) {
        while (i + 1 < lineEnd && !isBlankOrEnd(text[i + 1]) && (flow === 0 || !',[]{}'.includes(text[i + 1]))) i++;
        if (ch === '*') atValueStart = false;
      } else {
        atValueStart = false;
      }
      if (opened && indents.length + compact + flow > maxDepth) return { at: i, state: now() };
    }
    lineStart = lineEnd + 1;
  }
  return { at: null, state: now() };
}
