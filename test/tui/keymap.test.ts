import { describe, expect, it } from 'vitest';
import { keyToEvent, splitKeys, type KeyPress } from '../../src/tui/state/keymap.js';
import { initialState, reduce } from '../../src/tui/state/reducer.js';
import type { SimState } from '../../src/tui/state/types.js';
import { project, sample } from './fake-project.js';

const NOW = () => '2026-03-02T12:00:00.000Z';
const base = reduce(initialState(), { type: 'loaded', project: project([sample('a'), sample('b')]), at: NOW() });
const composing = reduce(base, { type: 'compose-start' });
const filtering = reduce(base, { type: 'filter-start' });
const help = reduce(base, { type: 'toggle-help' });

describe('keys in the panes', () => {
  it.each<[string, string, KeyPress, ReturnType<typeof keyToEvent>]>([
    ['↓', '', { downArrow: true }, { type: 'move', delta: 1 }],
    ['j', 'j', {}, { type: 'move', delta: 1 }],
    ['k', 'k', {}, { type: 'move', delta: -1 }],
    ['↑', '', { upArrow: true }, { type: 'move', delta: -1 }],
    ['G', 'G', { shift: true }, { type: 'move-to', where: 'last' }],
    ['Tab', '', { tab: true }, { type: 'focus', direction: 1 }],
    ['Shift+Tab', '', { tab: true, shift: true }, { type: 'focus', direction: -1 }],
    ['/', '/', {}, { type: 'filter-start' }],
    ['c', 'c', {}, { type: 'cycle-channel' }],
    ['v', 'v', {}, { type: 'cycle-voice' }],
    ['n', 'n', {}, { type: 'compose-start' }],
    ['s', 's', {}, { type: 'save' }],
    ['t', 't', {}, { type: 'toggle-trace' }],
    ['?', '?', {}, { type: 'toggle-help' }],
    ['q', 'q', {}, { type: 'quit' }],
    ['Ctrl+C', 'c', { ctrl: true }, { type: 'quit' }],
    ['Esc', '', { escape: true }, { type: 'escape' }],
    ['an unbound key', 'z', {}, null],
  ])('%s', (_name, input, key, want) => {
    expect(keyToEvent(base, input, key, NOW)).toEqual(want);
  });
});

describe('keys in the new-complaint form', () => {
  const inField = (field: 'text' | 'channel' | 'author' | 'followers'): SimState => ({
    ...composing,
    composer: { ...composing.composer!, field },
  });
  it.each<[string, SimState, string, KeyPress, ReturnType<typeof keyToEvent>]>([
    ['letters type (q does not quit)', composing, 'q', {}, { type: 'compose-edit', key: { kind: 'insert', text: 'q' } }],
    ['Enter is a new line in the text', composing, '\r', { return: true }, { type: 'compose-edit', key: { kind: 'insert', text: '\n' } }],
    ['Ctrl+D goes to the next field', composing, 'd', { ctrl: true }, { type: 'compose-field', direction: 1 }],
    ['Tab goes to the next field', composing, '', { tab: true }, { type: 'compose-field', direction: 1 }],
    ['Ctrl+S finishes', composing, 's', { ctrl: true }, { type: 'compose-submit', at: NOW() }],
    ['Esc discards', composing, '', { escape: true }, { type: 'compose-cancel' }],
    ['Backspace (DEL) deletes', composing, '', { delete: true }, { type: 'compose-edit', key: { kind: 'backspace' } }],
    ['→ changes the channel', inField('channel'), '', { rightArrow: true }, { type: 'compose-cycle-channel', direction: 1 }],
    ['Enter on author goes on', inField('author'), '\r', { return: true }, { type: 'compose-field', direction: 1 }],
    ['Enter on followers finishes', inField('followers'), '\r', { return: true }, { type: 'compose-submit', at: NOW() }],
    ['Ctrl+C still quits', composing, 'c', { ctrl: true }, { type: 'quit' }],
  ])('%s', (_name, state, input, key, want) => {
    expect(keyToEvent(state, input, key, NOW)).toEqual(want);
  });
});

describe('keys while filtering and in help', () => {
  it.each<[string, SimState, string, KeyPress, ReturnType<typeof keyToEvent>]>([
    ['letters go to the filter', filtering, 'q', {}, { type: 'filter-edit', key: { kind: 'insert', text: 'q' } }],
    ['Enter keeps the filter', filtering, '\r', { return: true }, { type: 'filter-accept' }],
    ['Esc clears it', filtering, '', { escape: true }, { type: 'filter-cancel' }],
    ['? closes help', help, '?', {}, { type: 'toggle-help' }],
    ['other keys do nothing in help', help, 'j', {}, null],
  ])('%s', (_name, state, input, key, want) => {
    expect(keyToEvent(state, input, key, NOW)).toEqual(want);
  });
});

describe('one read holding several keys', () => {
  it.each<[string, string, Array<{ input: string; key: KeyPress }>]>([
    ['a plain word stays one input', 'Dana', [{ input: 'Dana', key: {} }]],
    [
      'Tab and Enter inside act as keys',
      '\tDana\t120\r',
      [
        { input: '', key: { tab: true } },
        { input: 'Dana', key: {} },
        { input: '', key: { tab: true } },
        { input: '120', key: {} },
        { input: '\r', key: { return: true } },
      ],
    ],
    [
      'Ctrl+S and Backspace inside act as keys',
      '12\u007f0\u0013',
      [
        { input: '12', key: {} },
        { input: '', key: { delete: true } },
        { input: '0', key: {} },
        { input: 's', key: { ctrl: true } },
      ],
    ],
  ])('%s', (_name, input, want) => {
    expect(splitKeys(input, {})).toEqual(want);
  });
});
