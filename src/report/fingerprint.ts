/**
 * Stable fingerprints for code-scanning alerts (SARIF `partialFingerprints`, GitLab Code Quality
 * `fingerprint`). A fingerprint is built from what identifies a problem — rule id, file and the
 * JSON path of the offending value — and never from line numbers, so an alert survives lines moving
 * above it. The hash is FNV-1a 128 (http://www.isthe.com/chongo/tech/comp/fnv/) over the UTF-8
 * bytes: a small, fully specified pure function, not a security primitive; 32 hex digits.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

const FNV128_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const FNV128_PRIME = 0x0000000001000000000000000000013bn;
const MASK128 = (1n << 128n) - 1n;

function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let c = ch.codePointAt(0)!;
    // A lone surrogate has no UTF-8 form; hash it as U+FFFD like TextEncoder does.
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** FNV-1a 128-bit hash of the UTF-8 bytes of `text`, as 32 lowercase hex digits. */
export function fnv1a128(text: string): string {
  let h = FNV128_OFFSET;
  for (const byte of utf8(text)) {
    h ^= BigInt(byte);
    h = (h * FNV128_PRIME) & MASK128;
  }
  return h.toString(16).padStart(32, '0');
}

/** The key replybook's fingerprints are stored under in SARIF `partialFingerprints`. */
export const FINGERPRINT_KEY = 'replybook/v1';

/**
 * What identifies a diagnostic across edits: rule id, file and JSON path; without a path, the
 * message (messages name values, not lines). Parts are JSON-encoded so `a|b` + `c` ≠ `a` + `b|c`.
 */
export function diagnosticIdentity(d: Diagnostic): string {
  return JSON.stringify([d.ruleId, d.file, d.path ? ['path', ...d.path] : ['message', d.message]]);
}

/**
 * Fingerprints for a list of problems given their identities, in the same order. Equal identities
 * (two problems at one JSON path) get an occurrence number so each fingerprint is unique in a run.
 */
export function fingerprints(identities: ReadonlyArray<string>): string[] {
  const seen = new Map<string, number>();
  return identities.map((id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return fnv1a128(n === 0 ? id : `${id}#${n}`);
  });
}
