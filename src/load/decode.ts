/** Bytes → text, refusing what is not a UTF-8 text file before any parsing happens. */
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source-file.js';

const OUTSIDE_NOTE =
  'replybook reads only inside the project (the git repository, or the working folder outside git); remove the link or make it point inside.';

export type Decoded = { text: string } | { diagnostic: Diagnostic };

function fatal(file: string, ruleId: string, message: string, note?: string, data?: Diagnostic['data']): { diagnostic: Diagnostic } {
  return {
    diagnostic: {
      file,
      range: FILE_START,
      severity: 'error',
      ruleId,
      message,
      ...(note ? { note } : {}),
      fatal: true,
      ...(data ? { data } : {}),
    },
  };
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
      file.why && {
        kind: 'file-refusal',
        code: file.why.code,
        values: { ...file.why.values, verb: 'read', what: 'file', note: file.ruleId === 'load/outside-project' ? 'read' : '' },
      },
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
      // A count of one over the limit is all a capped read knows: "more".
      { kind: 'over-limit', unit: 'bytes', count: bytes.length, limit: maxBytes },
    );
  }
  // A NUL byte never occurs in a YAML text file; it marks a binary file with a .yaml name.
  const known = encodedTexts.get(bytes);
  if (known !== undefined) return { text: known };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fatal(file.path, 'load/binary', `The file is binary, not YAML text (a NUL byte at byte ${nul})`, undefined, {
      kind: 'file-problem',
      problem: 'nul-byte',
      offset: nul,
    });
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
      { kind: 'file-problem', problem: 'not-utf8' },
    );
  }
  // TextDecoder drops one leading BOM itself; a second one would only come from a broken editor.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** UTF-16 code units of the UTF-8 bytes `[from, to)`, which start and end at character boundaries. */
function utf16Length(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    // A lead or ASCII byte starts a character; a four-byte one is a surrogate pair in UTF-16.
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

const isContinuation = (bytes: Uint8Array, i: number): boolean => i < bytes.length && (bytes[i] & 0xc0) === 0x80;

/**
 * {@link decodeSource} of a file whose previous content `prevBytes` decoded to `prevText`: a save in
 * watch mode changes a few bytes of a large file, so only the bytes between the common prefix and
 * suffix are decoded and spliced between the previous text's. The same result as decoding the whole
 * (UTF-8 decodes character by character, and both ends are cut at character boundaries); anything
 * unusual — a BOM, a NUL or invalid bytes in the changed stretch — is left to {@link decodeSource}.
 */
export function decodeSourceAfter(prevBytes: Uint8Array, prevText: string, file: SourceFile, maxBytes: number): Decoded {
  if ('error' in file || file.bytes.length > maxBytes) return decodeSource(file, maxBytes);
  const a = prevBytes;
  const b = file.bytes;
  const known = encodedTexts.get(b);
  if (known !== undefined) return { text: known };
  const hasBom = (x: Uint8Array) => x.length >= 3 && x[0] === 0xef && x[1] === 0xbb && x[2] === 0xbf;
  if (hasBom(a) || hasBom(b)) return decodeSource(file, maxBytes);
  const min = Math.min(a.length, b.length);
  let p = 0;
  while (p < min && a[p] === b[p]) p++;
  while (p > 0 && (isContinuation(a, p) || isContinuation(b, p))) p--;
  let s = 0;
  while (s < min - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  while (s > 0 && isContinuation(b, b.length - s)) s--;
  const middle = b.subarray(p, b.length - s);
  if (middle.includes(0)) return decodeSource(file, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(middle);
  } catch {
    return decodeSource(file, maxBytes);
  }
  const head = utf16Length(a, 0, p);
  const tail = utf16Length(a, a.length - s, a.length);
  if (head + tail + utf16Length(a, p, a.length - s) !== prevText.length) return decodeSource(file, maxBytes);
  return { text: prevText.slice(0, head) + text + prevText.slice(prevText.length - tail) };
}
