/**
 * The last step before a reply goes out: tidy whitespace and sign it, so the engine's reply is
 * byte for byte the text that is posted.
 */

/**
 * Trims trailing spaces of lines and the whole text, collapses three or more newlines into one
 * blank line, and appends the voice's signature on its own line unless the text already
 * contains it (the template used `{{voice.signature}}`).
 */
export function finishReply(text: string, voice: { signature?: string }): string {
  let out = text.replace(/\r\n?/g, '\n').replace(/[ \t\u00A0]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
  const signature = voice.signature?.trim();
  if (signature && !out.includes(signature)) out = out === '' ? signature : `${out}\n${signature}`;
  return out;
}
