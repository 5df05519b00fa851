/** What the I/O layer hands the core: a file's bytes, or why it could not be read. */
export type SourceFile =
  | { path: string; bytes: Uint8Array }
  | {
      path: string;
      error: string;
      /** The rule to report it under (default `load/unreadable`; `load/outside-project` for a link that leads out). */
      ruleId?: string;
      /** `error` as a code and its values, for a person's language (the door's `RefusalWhy`). */
      why?: { code: string; values: Record<string, string | number> };
      /** Nothing is at the path (gone since it was listed). */
      missing?: boolean;
    };

/** True when the I/O layer could not read the file. */
export function isUnreadable(file: SourceFile): file is Extract<SourceFile, { error: string }> {
  return 'error' in file;
}
