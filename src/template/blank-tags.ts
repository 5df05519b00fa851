/**
 * A template's source with every Handlebars tag (`{{…}}`, `{{{…}}}`, `{{!-- … --}}`) replaced by
 * spaces of the same length: what is left is the literal text the customer will read, at the same
 * offsets, so tone checks can run on it and point into the source.
 */
const TAG = /\{\{!--[^]*?--\}\}|\{\{\{[^]*?\}\}\}|\{\{[^]*?\}\}/g;

/** The text with its tags blanked out (newlines inside tags kept, so lines stay lines). */
export function blankTags(text: string): string {
  return text.replace(TAG, (tag) => tag.replace(/[^\n]/g, ' '));
}

/** Offsets of the tags that call a helper by name (`{{salutation …}}`). */
export function helperCalls(text: string, helper: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`\\{\\{~?\\s*${helper}\\b`, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}
