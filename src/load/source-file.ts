/** What the I/O layer hands the core: a file's bytes, or why it could not be read. */
export type SourceFile =
  | { path: string; bytes: Uint8Array }
  | { path: string; error: string };

/** True when the I/O layer could not read the file. */
export function isUnreadable(file: SourceFile): file is { path: string; error: string } {
  return 'error' in file;
}
