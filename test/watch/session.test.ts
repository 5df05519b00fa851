import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../../src/load/index.js';
import { createProjectChecker, type ProjectChecker } from '../../src/watch/checker.js';
import { createWatchSession } from '../../src/watch/session.js';
import { formatWatchReport } from '../../src/watch/format.js';

const FIXTURE = path.resolve(__dirname, '../build/fixtures/mini');

/** The fixture as an in-memory project: `a/…` and `b/…` are two copies of it. */
function project(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`);
      else files.set(`${rel}${e.name}`, readFileSync(path.join(dir, e.name), 'utf8'));
    }
  };
  walk(FIXTURE, '');
  const out = new Map<string, string>();
  for (const [p, t] of files) {
    out.set(`a/${p}`, t);
    out.set(`b/${p}`, t);
  }
  return out;
}

function setup() {
  const disk = project();
  const reads: string[] = [];
  const checked: Array<{ group: number; files: string[] }> = [];
  let made = 0;
  const toFile = (p: string): SourceFile => {
    const t = disk.get(p);
    return t === undefined ? { path: p, error: 'ENOENT' } : { path: p, bytes: new TextEncoder().encode(t) };
  };
  const session = createWatchSession({
    read: async (p) => {
      reads.push(p);
      return toFile(p);
    },
    createChecker: (): ProjectChecker => {
      const group = made++;
      const real = createProjectChecker();
      return {
        check: (files) => (checked.push({ group, files: files.map((f) => f.path) }), real.check(files)),
        forget: (p) => real.forget?.(p),
      };
    },
  });
  const first = session.start([...disk.keys()].sort().map(toFile));
  return { disk, reads, checked, session, first };
}

describe('createWatchSession (with the real validator)', () => {
  it('runs every playbook first, one checker per playbook', () => {
    const { first, checked, session } = setup();
    expect(first.initial).toBe(true);
    expect(first.rerun).toEqual(['a', 'b']);
    expect(first.newDiagnostics).toEqual([]);
    expect(checked.map((c) => c.files.length)).toEqual([4, 4]);
    expect(session.groups().get('a')?.check.playbooks[0]?.playbook?.brand).toBe('Мини Маркет');
  });

  it('re-reads only the changed file and re-checks only its playbook', async () => {
    const { disk, reads, checked, session } = setup();
    checked.length = 0;
    disk.set('a/types.yaml', `${disk.get('a/types.yaml')}\n# a comment\n`);
    const report = await session.apply([{ path: 'a/types.yaml', kind: 'change' }]);
    expect(reads).toEqual(['a/types.yaml']);
    expect(checked.map((c) => c.group)).toEqual([0]);
    expect(report.rerun).toEqual(['a']);
    expect(session.stats).toMatchObject({ reads: 1, checks: 3 });
  });

  it('reports an invalid save and its fix, and goes on', async () => {
    const { disk, session } = setup();
    const good = disk.get('a/templates/replies.yaml') as string;
    disk.set('a/templates/replies.yaml', 'templates:\n  constructive/default: [\n');
    const broken = await session.apply([{ path: 'a/templates/replies.yaml', kind: 'change' }]);
    expect(broken.newDiagnostics.length).toBeGreaterThan(0);
    expect(broken.newDiagnostics.every((d) => d.file.startsWith('a/'))).toBe(true);
    expect(broken.totals.errors).toBeGreaterThan(0);
    const text = formatWatchReport(broken);
    expect(text).toMatch(/^\+ a\/templates\/replies\.yaml:\d+:\d+ {2}error/m);
    disk.set('a/templates/replies.yaml', good);
    const fixed = await session.apply([{ path: 'a/templates/replies.yaml', kind: 'change' }]);
    expect(fixed.fixedDiagnostics.length).toBe(broken.newDiagnostics.length);
    expect(fixed.newDiagnostics).toEqual([]);
    expect(fixed.totals.errors).toBe(0);
  });

  it('follows a rename and a deletion', async () => {
    const { disk, session, reads } = setup();
    disk.set('a/templates/answers.yaml', disk.get('a/templates/replies.yaml') as string);
    disk.delete('a/templates/replies.yaml');
    const renamed = await session.apply([
      { path: 'a/templates/replies.yaml', kind: 'unlink' },
      { path: 'a/templates/answers.yaml', kind: 'add' },
    ]);
    expect(reads).toEqual(['a/templates/answers.yaml']);
    expect(renamed.newDiagnostics).toEqual([]);
    expect(session.files()).toContain('a/templates/answers.yaml');
    expect(session.files()).not.toContain('a/templates/replies.yaml');

    disk.delete('b/complaints.yaml');
    const deleted = await session.apply([{ path: 'b/complaints.yaml', kind: 'unlink' }]);
    expect(deleted.rerun).toEqual(['b']);
    expect(deleted.removed.map((r) => `${r.playbook}/${r.id}`).sort()).toEqual(['b/just-bad', 'b/late-order']);
  });

  it('drops a playbook whose files are all gone', async () => {
    const { disk, session } = setup();
    const gone = [...disk.keys()].filter((p) => p.startsWith('b/'));
    for (const p of gone) disk.delete(p);
    const report = await session.apply(gone.map((p) => ({ path: p, kind: 'unlink' as const })));
    expect([...session.groups().keys()]).toEqual(['a']);
    expect(report.removed).toHaveLength(2);
  });

  it('treats a file that vanished before it was read as deleted', async () => {
    const { disk, session } = setup();
    disk.delete('a/types.yaml');
    await session.apply([{ path: 'a/types.yaml', kind: 'change' }]);
    expect(session.files()).not.toContain('a/types.yaml');
  });

  it('a warm-up (a save checked and taken back) reports nothing and leaves the session reporting what one without it does', async () => {
    const warm = setup();
    const cold = setup();
    const groups = warm.session.groups();
    const stats = { ...warm.session.stats };
    const read = warm.session.file('a/templates/replies.yaml');
    warm.checked.length = 0;
    expect(warm.session.warmUp()).toBe(true);
    // The typed letter and its undo, both checked in the one playbook of the file; nothing else changed.
    expect(warm.checked.map((c) => c.group)).toEqual([0, 0]);
    expect(warm.session.groups()).toBe(groups);
    expect(warm.session.stats).toEqual(stats);
    expect(warm.session.file('a/templates/replies.yaml')).toBe(read);
    for (const s of [warm, cold])
      s.disk.set('a/templates/replies.yaml', s.disk.get('a/templates/replies.yaml')!.replace('Спасибо', 'Благодарим'));
    const [a, b] = await Promise.all([warm, cold].map((s) => s.session.apply([{ path: 'a/templates/replies.yaml', kind: 'change' }])));
    expect(formatWatchReport(a, { color: false })).toBe(formatWatchReport(b, { color: false }));
    expect(a.outcomeChanges.length).toBeGreaterThan(0);
  });
});
