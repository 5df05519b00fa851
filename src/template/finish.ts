/**
 * The last step before a reply goes out: tidy whitespace and sign it, so the engine's reply is
 * byte for byte the text that is posted.
 */
import { trimLineEnds } from '../text/trim.js';

/**
 * Trims trailing spaces of lines and the whole text, collapses three or more newlines into one
 * blank line, and appends the voice's signature on its own line unless the text already
 * contains it (the template used `{{voice.signature}}`). Linear in the text (see text/trim.ts).
 */
export function finishReply(text: string, voice: { signature?: string }): string {
  let out = tidy(text)
    ? text.trim()
    : trimLineEnds(text.replace(/\r\n?/g, '\n'))
        .replace(/\n{3,}/g, '\n\n')
        .trim();
  const signature = voice.signature?.trim();
  if (signature && !out.includes(signature)) out = out === '' ? signature : `${out}\n${signature}`;
  return out;
}

/**
 * True when the replaces above would change nothing but the outer trim: no CR, no spaces before a
 * line end, no run of three newlines. One scan instead of three regexes over every reply.
 */
function tidy(text: string): boolean {
  let newlines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (++newlines >= 3) return false;
      continue;
    }
    newlines = 0;
    if (c === 0x0d) return false;
    if (c === 0x20 || c === 0x09 || c === 0xa0) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x0a; // the end is a line end
      if (next === 0x0a || next === 0x0d || next === 0x2028 || next === 0x2029) return false;
    }
  }
  return true;
}
