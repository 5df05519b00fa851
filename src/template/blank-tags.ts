/**
 * A template's source with every Handlebars tag (`{{…}}`, `{{{…}}}`, `{{!-- … --}}`) replaced by
 * spaces of the same length: what is left is the literal text the customer will read, at the same
 * offsets, so tone checks can run on it and point into the source.
 */

/**
 * The first `close` at or after `from`, remembered: the scan asks with growing `from`, so an answer
 * (or "none") stays true until `from` passes it. One pass over the text per kind of closing.
 */
function finder(text: string, close: string): (from: number) => number {
  let at = -2; // -2: not asked yet
  let askedFrom = 0;
  return (from) => {
    if (at === -2 || (at !== -1 && at < from) || (at === -1 && from < askedFrom)) { at = text.indexOf(close, from); askedFrom = from; }
    return at;
  };
}

/**
 * The tags as `[start, end)` ranges, as the regex `/\{\{!--[^]*?--\}\}|\{\{\{[^]*?\}\}\}|\{\{[^]*?\}\}/g`
 * finds them, in linear time: that regex rescans to the end from every unclosed `{{`.
 */
function tagRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const comment = finder(text, '--}}'), triple = finder(text, '}}}'), double = finder(text, '}}');
  let i = text.indexOf('{{');
  while (i >= 0) {
    let end = -1;
    if (text.startsWith('{{!--', i)) { const c = comment(i + 5); if (c >= 0) end = c + 4; }
    if (end < 0 && text.startsWith('{{{', i)) { const c = triple(i + 3); if (c >= 0) end = c + 3; }
    if (end < 0) { const c = double(i + 2); if (c >= 0) end = c + 2; }
    if (end < 0) { i = text.indexOf('{{', i + 1); continue; }
    out.push([i, end]);
    i = text.indexOf('{{', end);
  }
  return out;
}

/** The text with its tags blanked out (newlines inside tags kept, so lines stay lines). */
export function blankTags(text: string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of tagRanges(text)) {
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Offsets of the tags that call a helper by name (`{{salutation …}}`). */
export function helperCalls(text: string, helper: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`\\{\\{~?\\s*${helper}\\b`, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}
