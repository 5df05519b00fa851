/** What git says about the working tree: the source commit of a build (`git rev-parse HEAD` and whether the sources differ from it) (the repository's top folder is found without git: `repositoryTop` in project-fs.ts). */
import { execFile } from 'node:child_process';
import type { SourceCommit } from '../build/manifest.js';

function git(args: string[], cwd: string): Promise<string | null> {
  return new Promise((resolve) => {
    // execFile, never a shell: paths are passed as arguments, not interpolated into a command line.
    execFile('git', args, { cwd, encoding: 'utf8', windowsHide: true, timeout: 10_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      resolve(err ? null : stdout);
    });
  });
}

/**
 * The commit checked out at `cwd` and whether `paths` (the playbook folders; the whole tree when
 * empty) have uncommitted or untracked changes; null outside git or before the first commit.
 * Only the sources count as dirty, so a build folder inside the repository does not make the next
 * build's manifest differ.
 */
export async function gitInfo(cwd: string, paths: readonly string[] = []): Promise<SourceCommit | null> {
  const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD'], cwd);
  if (head === null || !/^[0-9a-f]{40,64}$/.test(head.trim())) return null;
  const status = await git(['status', '--porcelain', '--untracked-files=normal', '--', ...(paths.length ? paths : ['.'])], cwd);
  return { commit: head.trim(), dirty: status === null ? true : status.trim() !== '' };
}
