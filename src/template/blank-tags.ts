/**
 * A template's source with every Handlebars tag (`{{…}}`, `{{{…}}}`, `{{!-- … --}}`) replaced by
 * spaces of the same length: what is left is the literal text the customer will read, at the same
 * offsets, so tone checks can run on it and point into the source.
 */
/**
 * The text with its tags blanked out (newlines inside tags kept, so lines stay lines). A tag is what
 * `/\{\{!--[^]*?--\}\}|\{\{\{[^]*?\}\}\}|\{\{[^]*?\}\}/g` would match, found by a linear scan: that
 * regular expression rescans the rest of the text from every unclosed `{{` (quadratic on a text of
 * `{{` without `}}`); here a closing mark found missing once is never searched for again.
 */
export function blankTags(text: string): string {
  let out = '';
  let last = 0;
  let noLongEnd = false; // no `--}}` after the last search: none after any later `{{` either
  let noTripleEnd = false;
  for (let at = text.indexOf('{{'); at !== -1; at = text.indexOf('{{', last)) {
    let end = -1;
    if (!noLongEnd && text.startsWith('{{!--', at)) {
      const e = text.indexOf('--}}', at + 5);
      if (e === -1) noLongEnd = true;
      else end = e + 4;
    }
    if (end === -1 && !noTripleEnd && text.startsWith('{{{', at)) {
      const e = text.indexOf('}}}', at + 3);
      if (e === -1) noTripleEnd = true;
      else end = e + 3;
    }
    if (end === -1) {
      const e = text.indexOf('}}', at + 2);
      if (e === -1) break;
      end = e + 2;
    }
    const tag = text.slice(at, end);
    // Most tags are on one line: spaces of the same length, without a regex replace for each.
    out += text.slice(last, at) + (tag.includes('\n') ? tag.replace(/[^\n]/g, ' ') : ' '.repeat(tag.length));
    last = end;
  }
  return out + text.slice(last);
}

/** Offsets of the tags that call a helper by name (`{{salutation …}}`). */
export function helperCalls(text: string, helper: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`\\{\\{~?\\s*${helper}\\b`, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}
