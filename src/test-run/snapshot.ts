/**
 * Reply snapshots: the rendered reply of each sample complaint as a plain-text file beside the
 * complaint file (`complaints/delivery.yaml` → `complaints/__replies__/delivery/<id>.txt`), so a
 * reviewer reads in a pull request exactly what customers will get.
 */
import type { Outcome } from '../model/outcome.js';
import { isSpace, trimEndWhile } from '../text/trim.js';

export const SNAPSHOT_DIR = '__replies__';

/** Where the snapshot of a complaint's reply lives (forward slashes, relative like `file`). */
export function snapshotPath(complaintFile: string, complaintId: string): string {
  const slash = complaintFile.lastIndexOf('/');
  const dir = slash < 0 ? '' : complaintFile.slice(0, slash + 1);
  const base = complaintFile.slice(slash + 1).replace(/\.ya?ml$/i, '');
  const safeId = complaintId.replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return `${dir}${SNAPSHOT_DIR}/${base}/${safeId}.txt`;
}

/** The snapshot's content: the reply and a final newline; null when the type gets no reply. */
export function snapshotText(outcome: Outcome): string | null {
  return outcome.reply === null ? null : `${trimEndWhile(outcome.reply, isSpace)}\n`;
}
