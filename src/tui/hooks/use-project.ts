/**
 * The project's life on disk: load it, reload on every change of its files (newest load wins, an
 * older one finishing late is dropped), and write saves the reducer asks for.
 */
import { useEffect, useRef } from 'react';
import type { LoadedProject, SaveRequest, SimEvent } from '../state/types.js';

/** The simulator's I/O, injected so tests drive it with fakes. */
export interface SimDeps {
  load(): Promise<LoadedProject>;
  /** Calls `onChange` after the playbook's files changed; returns the function that stops watching. */
  watch(onChange: () => void): () => void | Promise<void>;
  save(request: SaveRequest): Promise<void>;
  now(): string;
}

/** Loads (unless `loaded` already), then reloads on every change until unmounted. */
export function useProject(deps: SimDeps, dispatch: (e: SimEvent) => void, loaded = false): void {
  const loadedRef = useRef(loaded);
  useEffect(() => {
    let alive = true;
    let seq = 0;
    const reload = async () => {
      const mine = ++seq;
      dispatch({ type: 'reloading' });
      try {
        const project = await deps.load();
        if (alive && mine === seq) dispatch({ type: 'loaded', project, at: deps.now() });
      } catch (e) {
        if (alive && mine === seq) dispatch({ type: 'load-failed', message: e instanceof Error ? e.message : String(e) });
      }
    };
    if (!loadedRef.current) void reload();
    const stop = deps.watch(() => void reload());
    return () => {
      alive = false;
      void stop();
    };
  }, [deps, dispatch]);
}

export function useSave(deps: SimDeps, pending: SaveRequest | null, dispatch: (e: SimEvent) => void): void {
  useEffect(() => {
    if (!pending) return;
    deps.save(pending).then(
      () => dispatch({ type: 'saved', request: pending }),
      (e: unknown) => dispatch({ type: 'save-failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [deps, pending, dispatch]);
}
