/** Reply snapshots on disk: read the ones beside the complaint files, write or remove them on `--update`. */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SNAPSHOT_DIR } from '../test-run/snapshot.js';

/** Every snapshot file beside the given complaint files: display path → text. */
export async function readSnapshots(cwd: string, complaintFiles: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of complaintFiles) {
    const dir = path.posix.dirname(file);
    const base = path.posix.basename(file).replace(/\.ya?ml$/i, '');
    const rel = path.posix.join(dir, SNAPSHOT_DIR, base);
    let names: string[];
    try {
      names = await readdir(path.resolve(cwd, rel));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.txt'))) {
      try {
        out.set(path.posix.join(rel, name), await readFile(path.resolve(cwd, rel, name), 'utf8'));
      } catch {
        /* unreadable snapshot: treated as missing, rewritten on --update */
      }
    }
  }
  return out;
}

/** Brings the snapshot files to what is wanted: writes changed ones, removes stale ones. Returns what changed. */
export async function writeSnapshots(
  cwd: string,
  wanted: ReadonlyMap<string, string | null>,
  existing: ReadonlyMap<string, string>,
  complaintFilesRun: readonly string[],
): Promise<{ written: string[]; removed: string[] }> {
  const written: string[] = [];
  const removed: string[] = [];
  for (const [p, text] of wanted) {
    if (text === null) continue;
    if (existing.get(p) === text) continue;
    await mkdir(path.dirname(path.resolve(cwd, p)), { recursive: true });
    await writeFile(path.resolve(cwd, p), text);
    written.push(p);
  }
  // A snapshot whose complaint is gone (or now gets no reply) is stale — but only in the files that ran in full.
  const runDirs = new Set(complaintFilesRun.map((f) => path.posix.join(path.posix.dirname(f), SNAPSHOT_DIR, path.posix.basename(f).replace(/\.ya?ml$/i, ''))));
  for (const p of existing.keys()) {
    if (wanted.get(p) === undefined ? runDirs.has(path.posix.dirname(p)) : wanted.get(p) === null) {
      await rm(path.resolve(cwd, p), { force: true });
      removed.push(p);
    }
  }
  return { written, removed };
}
