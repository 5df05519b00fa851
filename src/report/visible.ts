/**
 * The one way text from a playbook or a mention (author and channel names, complaint text and
 * ids, messages that quote them, file names) reaches a terminal or a CI log: every human
 * reporter, `sim --text`, the simulator, the GitHub annotations and the CLI's own messages call
 * `visible` (or `visibleLines`, built on it) on such text. Nothing a pull request writes can then
 * move the cursor, clear the screen, set the window title, ring the bell, overwrite a line, reorder
 * what is shown, or start a GitHub Actions workflow command.
 *
 * What is escaped, and how (a backslash notation a reader recognises, never an invisible change):
 *
 * | characters | why | shown as |
 * |---|---|---|
 * | C0 controls U+0000–U+001F (tab and carriage return too; the newline in single-line text) | ESC starts CSI/OSC sequences (colours, cursor, clear, title, hyperlinks), BEL rings, CR overwrites a line, BS deletes | `\t` `\n` `\r`, else `\xHH` (`\x1B`) |
 * | DEL U+007F and the C1 controls U+0080–U+009F | DEL erases; C1 holds 8-bit CSI (U+009B) and OSC (U+009D) | `\xHH` (`\x7F`, `\x9B`) |
 * | the bidirectional embedding, override and isolate controls U+202A–U+202E, U+2066–U+2069 | they reorder what follows ("Trojan Source", CVE-2021-42574; the set rustc's `text_direction_codepoint_in_literal` lint names) | `\u202E` |
 * | the line and paragraph separators U+2028, U+2029 | some terminals and log viewers break lines there | `\u2028` |
 * | `::` at the start of a line (after spaces) | GitHub's runner reads such a line as a workflow command (`::add-mask::`, `::stop-commands::`, `::error::`) | `\x3A:` |
 * | `##[` anywhere | the runner's older command syntax (`##[add-mask]…`), found anywhere in a line | `\x23#[` |
 *
 * Kept as they are: printable text of every script, emoji (with their zero-width joiners), the
 * marks U+200E, U+200F and U+061C that right-to-left writing needs, and backslashes (so `\x1B`
 * in the output may also be those four characters in the input: the output is for reading).
 * A newline is kept only where the layout means one: `visibleLines` splits multi-line text
 * (`\r\n` and `\n`) into lines, each escaped as single-line text.
 */

// eslint-disable-next-line no-control-regex -- the characters that must never reach a terminal raw: finding them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]|##\[/g;

/** A line that GitHub's runner would read as a workflow command (it trims leading white space first). */
const COMMAND_START = /^(\s*)::/u;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeOne(m: string): string {
  if (m === '##[') return '\\x23#[';
  const named = NAMED[m];
  if (named) return named;
  const code = m.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

export interface VisibleOptions {
  /**
   * The text continues a line that something else began (a styled piece after another one), so a
   * `::` at its start starts no command and is left as it is. Default: the text may start a line.
   */
  continuesLine?: boolean;
}

/**
 * Single-line untrusted text made safe for a terminal or CI log: every character of the table
 * above escaped, newlines included. Idempotent: its output has nothing left to escape.
 */
export function visible(text: string, opts: VisibleOptions = {}): string {
  const escaped = text.replace(UNSAFE, escapeOne);
  return opts.continuesLine ? escaped : escaped.replace(COMMAND_START, '$1\\x3A:');
}

/** Multi-line untrusted text (a complaint, a reply, a message with a note) as escaped lines. */
export function visibleLines(text: string): string[] {
  return text.split(/\r\n|\n/).map((line) => visible(line));
}

/**
 * Whether `s` holds anything `visible` would escape (the tests' check that no reporter lets a
 * control character through). `newlines` allows `\n` (output is made of lines).
 */
export function hasUnsafeText(s: string, opts: { newlines?: boolean } = {}): boolean {
  const re = opts.newlines
    ? // eslint-disable-next-line no-control-regex -- the characters that must never reach a terminal raw: finding them is the point
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]|##\[/
    : // eslint-disable-next-line no-control-regex -- the characters that must never reach a terminal raw: finding them is the point
      /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]|##\[/;
  return re.test(s);
}
