/** Limits that keep a hostile file from exhausting memory, time or the stack. */
export interface LoadLimits {
  /** Largest file accepted, in bytes (checked before decoding or parsing). */
  maxBytes: number;
  /** Deepest nesting of mappings and sequences accepted. */
  maxDepth: number;
  /** Most aliases (`*name`) a file may use. */
  maxAliasCount: number;
  /** Most values aliases may expand to in one file (the billion-laughs guard). */
  maxAliasNodes: number;
}

/** Defaults: far above any real playbook, far below what hurts. */
export const DEFAULT_LIMITS: LoadLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
  maxAliasNodes: 20_000,
};
