/**
 * Watching the playbook folder: any change to one of its YAML files (an editor's save, its
 * write-to-temp-then-rename, a `git checkout` touching many files at once) becomes one call of
 * `onChange`, after the burst of file events has been quiet for `debounceMs`.
 */
import path from 'node:path';
import { watch } from 'chokidar';

const YAML_FILE = /\.ya?ml$/i;
const SKIP = new Set(['node_modules', '.git', '__replies__', 'dist']);

export interface WatchOptions {
  /** Quiet time that ends a burst of events (default 80 ms). */
  debounceMs?: number;
  onError?: (error: Error) => void;
}

/** Starts watching `folder` (absolute); returns the function that stops it. */
export function watchPlaybook(folder: string, onChange: () => void, opts: WatchOptions = {}): () => Promise<void> {
  const debounceMs = opts.debounceMs ?? 80;
  const skipped = (p: string): boolean => {
    const rel = path.relative(folder, p);
    if (!rel || rel.startsWith('..')) return false;
    return rel.split(path.sep).some((part) => SKIP.has(part) || part.startsWith('.'));
  };
  const watcher = watch(folder, {
    ignoreInitial: true,
    // Editors that save by writing a temporary file and renaming it over the original produce
    // unlink+add; `atomic` folds those into one `change`.
    atomic: true,
    ignored: skipped,
  });
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  watcher.on('all', (event, p) => {
    const relevant = YAML_FILE.test(p) || event === 'addDir' || event === 'unlinkDir';
    if (!relevant || closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!closed) onChange();
    }, debounceMs);
  });
  watcher.on('error', (e) => opts.onError?.(e instanceof Error ? e : new Error(String(e))));
  return async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    await watcher.close();
  };
}
