/** Bytes → text, refusing what is not a UTF-8 text file before any parsing happens. */
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source-file.js';

const OUTSIDE_NOTE =
  'replybook reads only inside the project (the git repository, or the working folder outside git); remove the link or make it point inside.';

export type Decoded = { text: string } | { diagnostic: Diagnostic };

function fatal(
  file: string,
  ruleId: string,
  message: string,
  note?: string,
  severity: Diagnostic['severity'] = 'error',
): { diagnostic: Diagnostic } {
  return { diagnostic: { file, range: FILE_START, severity, ruleId, message, ...(note ? { note } : {}), fatal: true } };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

// String.prototype.isWellFormed is in Node 20 (ES2024); the project's lib is ES2023.
const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/** Texts whose bytes were made from them by {@link encodeText}: decoding those bytes gives the text back. */
const encodedTexts = new WeakMap<Uint8Array, string>();
const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of a text (an editor's buffer), remembered so that {@link decodeSource} of them
 * returns the text without decoding 0.4 MB again at every keystroke — only for a text that strict
 * decoding would give back unchanged: well-formed UTF-16, no leading BOM, no NUL.
 */
export function encodeText(text: string): Uint8Array {
  const bytes = encoder.encode(text);
  if (text.charCodeAt(0) !== 0xfeff && !text.includes('\0') && isWellFormed(text)) encodedTexts.set(bytes, text);
  return bytes;
}

/** Decodes a source file as strict UTF-8 (a BOM is dropped); the size limit is checked first. */
export function decodeSource(file: SourceFile, maxBytes: number): Decoded {
  if ('error' in file) {
    return fatal(
      file.path,
      file.ruleId ?? 'load/unreadable',
      `Cannot read the file: ${file.error}`,
      file.ruleId === 'load/outside-project' ? OUTSIDE_NOTE : undefined,
    );
  }
  const { bytes } = file;
  // Checked on the byte count alone, so a huge file costs nothing more than this comparison.
  if (bytes.length > maxBytes) {
    return fatal(
      file.path,
      'load/too-large',
      `The file is larger than ${formatBytes(maxBytes)} (it has ${bytes.length > maxBytes + 1 ? formatBytes(bytes.length) : 'more'}); a playbook file is expected to be a few kilobytes`,
      'Split the playbook into several files, or check that this is the file you meant.',
    );
  }
  // A NUL byte never occurs in a YAML text file; it marks a binary file with a .yaml name.
  const known = encodedTexts.get(bytes);
  if (known !== undefined) return { text: known };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fatal(file.path, 'load/binary', `The file is binary, not YAML text (a NUL byte at byte ${nul})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fatal(
      file.path,
      'load/binary',
      'The file is not valid UTF-8 text; playbooks must be saved as UTF-8',
      'Re-save the file as UTF-8 (without converting it from another code page this may be a binary file).',
    );
  }
  // TextDecoder drops one leading BOM itself; a second one would only come from a broken editor.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
