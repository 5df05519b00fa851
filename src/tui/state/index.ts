export { reduce, initialState, outcomeFingerprint } from './reducer.js';
export { keyToEvent, editKey, splitKeys, KEYS } from './keymap.js';
export type { KeyPress } from './keymap.js';
export {
  allItems,
  visibleItems,
  selectedItem,
  playbookOf,
  effectiveMention,
  outcomeOf,
  counts,
  focusablePanes,
  screenLayout,
  maxScroll,
  UNSAVED_GROUP,
} from './selectors.js';
export type { ListItem } from './selectors.js';
export { editText, emptyText } from './text-edit.js';
export type { TextValue } from './text-edit.js';
export type * from './types.js';
