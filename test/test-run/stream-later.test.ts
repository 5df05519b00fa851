/**
 * `test` reads its complaint files one at a time (issue 13: memory flat in the number of
 * complaints): `collectFiles` finds them without reading them (`later`), and the streamed run reads
 * each through `readLater` when it comes to it — the same results as a run handed every file's bytes.
 */
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceFile } from '../../src/load/source-file.js';
import { collectFiles, readSourceFile } from '../../src/node/files.js';
import { poolAvailable, testGroups } from '../../src/node/pool.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { planTestRun, reviveResults } from '../../src/test-run/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

let base: string;
let door: ProjectFs;
beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'replybook-later-'));
  await cp(path.join(ROOT, 'playbooks/acme-market'), path.join(base, 'project/acme-market'), { recursive: true });
  await writeFile(path.join(base, 'secret.yaml'), 'complaints:\n  - id: stolen\n    text: the runner’s own file\n');
  door = await ProjectFs.at(path.join(base, 'project'), { cwd: path.join(base, 'project') });
});
afterAll(() => rm(base, { recursive: true, force: true }));

const seen = (results: Parameters<typeof reviveResults>[0]) => reviveResults(results).map((r) => [r.file, r.id, r.passed]);

describe('complaint files read when the run comes to them', () => {
  it('collectFiles finds the complaint files and leaves them unread; everything else is read', async () => {
    const all = await collectFiles(door, ['acme-market']);
    const later = await collectFiles(door, ['acme-market'], undefined, { later: true });
    expect(all.later).toEqual([]);
    expect(later.later).toEqual(
      all.files
        .map((f) => f.path)
        .filter((p) => /^acme-market\/complaints\/[^/]+\.yaml$/.test(p))
        .sort(),
    );
    expect(later.later.length).toBeGreaterThan(1);
    expect(later.files.map((f) => f.path)).toEqual(all.files.map((f) => f.path).filter((p) => !later.later.includes(p)));
  });

  it('a run reading them one at a time gives what a run handed every byte gives, in the same order', async () => {
    const all = await collectFiles(door, ['acme-market']);
    const whole = await planTestRun(all.files).run([], { keep: 'failures' });
    const found = await collectFiles(door, ['acme-market'], undefined, { later: true });
    const plan = planTestRun(found.files, { later: found.later });
    const asked: string[] = [];
    let open = 0;
    let most = 0;
    const streamed = await plan.run([], {
      keep: 'failures',
      readLater: async (file) => {
        asked.push(file);
        most = Math.max(most, ++open);
        const f = await readSourceFile(door, file);
        open--;
        return f;
      },
    });
    expect(asked).toEqual(plan.complaintFiles);
    expect(most).toBe(1);
    expect(streamed.passed).toBe(whole.passed);
    expect(streamed.passed).toBeGreaterThan(0);
    expect(streamed.failed).toBe(whole.failed);
    expect(seen(streamed.results)).toEqual(seen(whole.results));
    expect(streamed.diagnostics).toEqual(whole.diagnostics);
  });

  it('a complaint file left unread with nothing to read it is a bug said as such, not a silent skip', async () => {
    const found = await collectFiles(door, ['acme-market'], undefined, { later: true });
    await expect(planTestRun(found.files, { later: found.later }).run([])).rejects.toThrow(/was not read/);
  });

  it('a complaint file that is a link leading outside the project is refused at its path when the run comes to it', async () => {
    const link = path.join(base, 'project/acme-market/complaints/zz-link.yaml');
    await symlink(path.join(base, 'secret.yaml'), link);
    try {
      const found = await collectFiles(door, ['acme-market'], undefined, { later: true });
      expect(found.later).toContain('acme-market/complaints/zz-link.yaml');
      const out = await planTestRun(found.files, { later: found.later }).run([], {
        readLater: (file) => readSourceFile(door, file),
      });
      const d = out.complaintDiagnostics.find((x) => x.file === 'acme-market/complaints/zz-link.yaml');
      expect(d?.ruleId).toBe('load/outside-project');
      expect(JSON.stringify(out)).not.toContain('the runner’s own file');
      expect(out.blocked).toBe(true);
    } finally {
      await rm(link);
    }
  });

  it.runIf(poolAvailable())('groups complaint files not read yet by their number, each group with the playbook’s own files', async () => {
    const found = await collectFiles(door, ['acme-market'], undefined, { later: true });
    const groups = testGroups(found.files, 2, found.later);
    expect(groups).toHaveLength(2);
    expect(groups.flatMap((g) => g.later)).toEqual(found.later);
    expect(Math.abs(groups[0].later.length - groups[1].later.length)).toBeLessThanOrEqual(1);
    const own = (g: { files: SourceFile[] }) => g.files.some((f) => f.path === 'acme-market/playbook.yaml');
    expect(groups.every(own)).toBe(true);
    expect(groups.map((g) => g.quiet)).toEqual([[], ['acme-market']]);
  });
});
