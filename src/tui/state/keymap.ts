/**
 * Keys → events: which key does what in which mode (the form, the filter, help, the panes).
 * Pure, so the whole keyboard is tested without a terminal; `KEYS` is what `?` shows.
 */
import type { EditKey, SimEvent, SimState } from './types.js';

/** The parts of Ink's `Key` the simulator reads (kept here so the state never imports Ink). */
export interface KeyPress {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  meta?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

/** Every key, for the help overlay and the README. */
export const KEYS = [
  ['↑ ↓  j k', 'key.move'],
  ['PgUp PgDn  g G', 'key.page'],
  ['Tab  Shift+Tab', 'key.pane'],
  ['/', 'key.filter'],
  ['c', 'key.channel'],
  ['v', 'key.voice'],
  ['C / V', 'key.compare'],
  ['r', 'key.reset'],
  ['n', 'key.new'],
  ['s', 'key.save'],
  ['t', 'key.trace'],
  ['Esc', 'key.escape'],
  ['?', 'key.help'],
  ['q  Ctrl+C', 'key.quit'],
] as const;

/** Keys of the new-complaint form, shown under it. */

/**
 * Splits one read from the terminal into keys. Fast typing or a script (tmux send-keys) can deliver
 * `\tDana\t120\x13` in one chunk, which Ink passes on as one "pasted" input; Tab, Enter,
 * Backspace and Ctrl+letter inside it must still act as keys.
 */
export function splitKeys(input: string, key: KeyPress): Array<{ input: string; key: KeyPress }> {
  // eslint-disable-next-line no-control-regex -- Ctrl+letter, Tab, Backspace arrive as control characters: finding them is the point
  const CONTROL = /([\u0001-\u0009\u000b-\u001a\u007f])/;
  if (input.length < 2 || key.ctrl || key.meta || !CONTROL.test(input)) return [{ input, key }];
  const out: Array<{ input: string; key: KeyPress }> = [];
  for (const part of input.split(CONTROL)) {
    if (part === '') continue;
    if (part === '\t') out.push({ input: '', key: { tab: true } });
    else if (part === '\r') out.push({ input: '\r', key: { return: true } });
    else if (part === '\u007f' || part === '\b') out.push({ input: '', key: { delete: true } });
    else if (part.length === 1 && part < ' ') out.push({ input: String.fromCharCode(part.charCodeAt(0) + 96), key: { ctrl: true } });
    else out.push({ input: part, key: {} });
  }
  return out;
}

/** Decodes a key for a text input; null when it is not an editing key. */
export function editKey(input: string, key: KeyPress): EditKey | null {
  if (key.backspace || key.delete) return { kind: 'backspace' }; // terminals send DEL (0x7f) for Backspace
  if (key.leftArrow) return { kind: 'left' };
  if (key.rightArrow) return { kind: 'right' };
  if (key.upArrow) return { kind: 'up' };
  if (key.downArrow) return { kind: 'down' };
  if (key.home || (key.ctrl && input === 'a')) return { kind: 'home' };
  if (key.end || (key.ctrl && input === 'e')) return { kind: 'end' };
  if (key.ctrl || key.escape || key.tab) return null;
  if (input) return { kind: 'insert', text: input };
  return null;
}

function composerKey(state: SimState, input: string, key: KeyPress, now: () => string): SimEvent | null {
  const field = state.composer!.field;
  if (key.escape) return { type: 'compose-cancel' };
  if (key.ctrl && input === 's') return { type: 'compose-submit', at: now() };
  if (key.tab) return { type: 'compose-field', direction: key.shift ? -1 : 1 };
  if (key.ctrl && input === 'd') return { type: 'compose-field', direction: 1 };
  if (key.return) {
    if (field === 'text') return { type: 'compose-edit', key: { kind: 'insert', text: '\n' } };
    if (field === 'followers') return { type: 'compose-submit', at: now() };
    return { type: 'compose-field', direction: 1 };
  }
  if (field === 'channel' || field === 'file') {
    const cycle = field === 'channel' ? 'compose-cycle-channel' : 'compose-cycle-file';
    if (key.leftArrow) return { type: cycle, direction: -1 };
    if (key.rightArrow || input === ' ' || (field === 'channel' && input === 'c')) return { type: cycle, direction: 1 };
    if (key.upArrow) return { type: 'compose-field', direction: -1 };
    if (key.downArrow) return { type: 'compose-field', direction: 1 };
    return null;
  }
  const k = editKey(input, key);
  return k ? { type: 'compose-edit', key: k } : null;
}

function filterKey(input: string, key: KeyPress): SimEvent | null {
  if (key.escape) return { type: 'filter-cancel' };
  if (key.tab) return { type: 'filter-complete' };
  if (key.return || key.upArrow || key.downArrow) return { type: 'filter-accept' };
  const k = editKey(input, key);
  return k ? { type: 'filter-edit', key: k } : null;
}

/** The event a key press means in the current state, or null when it means nothing. */
export function keyToEvent(
  state: SimState,
  input: string,
  key: KeyPress,
  now: () => string = () => new Date().toISOString(),
): SimEvent | null {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (state.composer) return composerKey(state, input, key, now);
  if (state.confirmSave) {
    if (input === 'a') return { type: 'save-choice', accept: true };
    if (input === 'k') return { type: 'save-choice', accept: false };
    return key.escape ? { type: 'escape' } : null;
  }
  if (state.filtering) return filterKey(input, key);
  if (state.help) {
    if (input === 'q') return { type: 'quit' };
    return key.escape || input === '?' || key.return ? { type: 'toggle-help' } : null;
  }
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (key.pageUp) return { type: 'move', delta: -Math.max(1, Math.floor(state.size.rows / 3)) };
  if (key.pageDown || input === ' ') return { type: 'move', delta: Math.max(1, Math.floor(state.size.rows / 3)) };
  if (key.home || input === 'g') return { type: 'move-to', where: 'first' };
  if (key.end || input === 'G') return { type: 'move-to', where: 'last' };
  if (key.tab) return { type: 'focus', direction: key.shift ? -1 : 1 };
  if (key.escape) return { type: 'escape' };
  switch (input) {
    case 'q':
      return { type: 'quit' };
    case '/':
      return { type: 'filter-start' };
    case 'c':
      return { type: 'cycle-channel' };
    case 'v':
      return { type: 'cycle-voice' };
    case 'C':
      return { type: 'toggle-compare', what: 'channels' };
    case 'V':
      return { type: 'toggle-compare', what: 'voices' };
    case 'r':
      return { type: 'reset-overrides' };
    case 'n':
      return { type: 'compose-start' };
    case 's':
      return { type: 'save' };
    case 't':
      return { type: 'toggle-trace' };
    case '?':
      return { type: 'toggle-help' };
    default:
      return null;
  }
}
