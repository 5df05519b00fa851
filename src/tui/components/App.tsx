import { useApp, useInput } from 'ink';
import { useCallback, useEffect, useReducer } from 'react';
import { useProject, useSave, type SimDeps } from '../hooks/use-project.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { splitKeys } from '../state/keymap.js';
import { initialState, noticeMs, reduce } from '../state/reducer.js';
import { composerKey, composerMention, zonedAt } from '../state/composer.js';
import { playbookOf } from '../state/selectors.js';
import type { LoadedProject } from '../state/types.js';
import { Screen } from './Screen.js';
import { ThemeContext } from './theme.js';

/** How long after the last key the new complaint's outcome is worked out. */
export const PREVIEW_MS = 150;

export interface AppProps {
  deps: SimDeps;
  color: boolean;
  /** A load already done (the command loads once before drawing, to fail early on a bad folder). */
  initial?: LoadedProject;
  size?: { columns: number; rows: number };
}

/** The simulator: the reducer, the I/O hooks and the keyboard around the display-only Screen. */
export function App({ deps, color, initial, size }: AppProps) {
  // The first load is in the state from the first frame, so the screen never flashes "loading".
  const [state, dispatch] = useReducer(reduce, undefined, () =>
    initial ? reduce(initialState(size, color), { type: 'loaded', project: initial, at: deps.now() }) : initialState(size, color),
  );
  const { exit } = useApp();
  useProject(deps, dispatch, Boolean(initial));
  useSave(deps, state.pendingSave, dispatch);
  useTerminalSize(useCallback((s) => dispatch({ type: 'resize', ...s }), []));
  useInput((input, key) => {
    dispatch({ type: 'keys', keys: splitKeys(input, key), at: deps.now() });
  });
  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);
  // The new complaint's outcome, worked out a moment after the last key (a paste or fast typing
  // runs the engine once), for the inputs typed then; the reducer drops one that came too late.
  const composer = state.composer;
  const project = state.project;
  const previewFor = composer && composer.text.value.trim() ? composerKey(composer) : null;
  useEffect(() => {
    if (!composer || !project || previewFor === null) return;
    const timer = setTimeout(() => {
      const zone = playbookOf(state, composer.playbookDir)?.timezone;
      const at = zone ? zonedAt(deps.now(), zone) : deps.now();
      const outcome = project.respond(composer.playbookDir, composerMention(composer, at));
      dispatch({ type: 'compose-preview', for: previewFor, outcome, at });
    }, PREVIEW_MS);
    return () => clearTimeout(timer);
    // The inputs are in `previewFor` (the composer object changes with the cursor too).
  }, [previewFor, project, deps]);
  // A notice goes after a few seconds (an error a little later), and the key bar comes back.
  const notice = state.notice;
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => dispatch({ type: 'notice-expire', notice }), noticeMs(notice));
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <ThemeContext.Provider value={{ color }}>
      <Screen state={state} />
    </ThemeContext.Provider>
  );
}
