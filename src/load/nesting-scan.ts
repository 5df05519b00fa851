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

/** The offset where the estimated nesting first exceeds `maxDepth`, or null when it never does. */
export function findExcessiveNesting(text: string, maxDepth: number): number | null {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let blockScalarParent = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
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
      if (opened && indents.length + compact + flow > maxDepth) return i;
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
