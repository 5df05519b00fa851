/** The project's door: what it reads, lists and writes, and what it refuses. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { collectFiles } from '../../src/node/files.js';
import { MAX_CONCURRENT_READS, nodeFs, ProjectFs, refusalDiagnostic, type RawFs } from '../../src/node/project-fs.js';
import { readSnapshots, writeSnapshots } from '../../src/node/snapshots.js';

let base: string;
let project: string;
let outside: string;
const SECRET = 'SECRET-CANARY-7f3a';

beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'replybook-door-'));
  project = path.join(base, 'project');
  outside = path.join(base, 'outside');
  await mkdir(path.join(project, 'pb'), { recursive: true });
  await mkdir(path.join(outside, 'dir'), { recursive: true });
  await writeFile(path.join(outside, 'secret.txt'), SECRET);
  await writeFile(path.join(outside, 'dir/a.txt'), SECRET);
  await writeFile(path.join(project, 'pb/playbook.yaml'), 'replybook: 1\n');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const door = (fs?: RawFs) => ProjectFs.at(project, { cwd: project, fs });

describe('reads', () => {
  it('reads a file inside, and through a link that stays inside', async () => {
    await symlink(path.join(project, 'pb/playbook.yaml'), path.join(project, 'pb/alias.yaml'));
    await symlink('playbook.yaml', path.join(project, 'pb/relative.yaml'));
    const d = await door();
    for (const p of ['pb/playbook.yaml', 'pb/alias.yaml', 'pb/relative.yaml']) {
      const r = await d.readText(p, 100);
      expect(r, p).toEqual({ ok: true, value: 'replybook: 1\n' });
    }
  });

  it.each([
    [
      'a link to a file outside',
      () => path.join(outside, 'secret.txt'),
      'outside-project',
      /it links outside the project \(to \.\.\/outside\/secret\.txt\)/,
    ],
    ['a link to /proc/self/environ', () => '/proc/self/environ', 'outside-project', /links outside the project \(to .*proc\/.*environ\)/],
    ['a relative link climbing out', () => '../../outside/secret.txt', 'outside-project', /links outside the project/],
    ['a link to nothing', () => path.join(outside, 'nothing.txt'), 'broken-link', /symbolic link to something that does not exist/],
    ['a link to itself (ELOOP)', () => 'self.txt', 'link-loop', /loop of symbolic links \(ELOOP\)/],
  ])('refuses %s, reading nothing', async (_name, target, kind, reason) => {
    await symlink(target(), path.join(project, 'pb/self.txt'));
    const d = await door();
    const r = await d.readText('pb/self.txt', 1_000_000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.refusal.kind).toBe(kind);
    expect(r.refusal.path).toBe('pb/self.txt');
    expect(r.refusal.reason).toMatch(reason);
    expect(JSON.stringify(r)).not.toContain(SECRET);
  });

  it('refuses a folder where a file is wanted, a file too large, a path outside', async () => {
    const d = await door();
    await writeFile(path.join(project, 'big.txt'), 'x'.repeat(101));
    expect(await d.readText('pb', 10)).toMatchObject({ ok: false, refusal: { kind: 'not-a-file' } });
    expect(await d.readText('big.txt', 100)).toMatchObject({
      ok: false,
      refusal: { kind: 'too-large', reason: expect.stringContaining('100 bytes') },
    });
    expect(await d.readText('big.txt', 101)).toMatchObject({ ok: true });
    expect(await d.readText('../outside/secret.txt', 100)).toMatchObject({
      ok: false,
      refusal: { kind: 'outside-project', path: '../outside/secret.txt' },
    });
    expect(await d.readText('pb/playbook.yaml/x', 100)).toMatchObject({ ok: false, refusal: { kind: 'not-a-folder', code: 'ENOTDIR' } });
    expect(await d.readText('nothing.txt', 100)).toMatchObject({ ok: false, refusal: { kind: 'not-found' } });
  });

  it('turns a refusal into a located diagnostic at line 1, column 1', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(project, 'pb/s.txt'));
    const r = await (await door()).readText('pb/s.txt', 100);
    if (r.ok) throw new Error('read');
    expect(refusalDiagnostic(r.refusal, 'reply snapshot')).toMatchObject({
      file: 'pb/s.txt',
      severity: 'error',
      ruleId: 'load/outside-project',
      range: { start: { line: 1, column: 1 } },
      message: 'Cannot read the reply snapshot: it links outside the project (to ../outside/secret.txt)',
    });
  });

  it(`keeps at most MAX_CONCURRENT_READS (${MAX_CONCURRENT_READS}) reads open at once`, async () => {
    let open = 0;
    let most = 0;
    const fs: RawFs = {
      ...nodeFs,
      async readFile(p, cap) {
        open++;
        most = Math.max(most, open);
        await new Promise((r) => setTimeout(r, 2));
        try {
          return await nodeFs.readFile(p, cap);
        } finally {
          open--;
        }
      },
    };
    const d = await door(fs);
    const reads = await Promise.all(Array.from({ length: 300 }, () => d.readBytes('pb/playbook.yaml', 100)));
    expect(reads.every((r) => r.ok)).toBe(true);
    expect(most).toBe(MAX_CONCURRENT_READS);
  });
});

describe('listing', () => {
  it('lists a folder with links as links, and refuses one whose real path is outside', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(project, 'pb/link.txt'));
    await symlink(path.join(outside, 'dir'), path.join(project, 'pb/linked-dir'));
    const d = await door();
    expect(await d.list('pb')).toEqual({
      ok: true,
      value: [
        { name: 'link.txt', kind: 'link' },
        { name: 'linked-dir', kind: 'link' },
        { name: 'playbook.yaml', kind: 'file' },
      ],
    });
    expect(await d.list('pb/linked-dir')).toMatchObject({
      ok: false,
      refusal: { kind: 'outside-project', path: 'pb/linked-dir', leadsTo: '../outside/dir' },
    });
  });

  it.each(['EACCES', 'ELOOP', 'ENOTDIR', 'EIO'])(
    'an unreadable sub-folder (%s) is a located diagnostic in collectFiles, the rest is read',
    async (code) => {
      await mkdir(path.join(project, 'pb/templates'), { recursive: true });
      await writeFile(path.join(project, 'pb/templates/a.yaml'), 'templates: {}\n');
      await mkdir(path.join(project, 'pb/locked'), { recursive: true });
      await writeFile(path.join(project, 'pb/locked/b.yaml'), 'templates: {}\n');
      const fs: RawFs = {
        ...nodeFs,
        readdir: (p) => (path.basename(p) === 'locked' ? Promise.reject(Object.assign(new Error(code), { code })) : nodeFs.readdir(p)),
      };
      const { files, problems, missing } = await collectFiles(await door(fs), ['pb']);
      expect(missing).toEqual([]);
      expect(files.map((f) => f.path)).toEqual(['pb/playbook.yaml', 'pb/templates/a.yaml']);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        file: 'pb/locked',
        severity: 'error',
        ruleId: 'load/unreadable',
        range: { start: { line: 1, column: 1 } },
      });
      expect(problems[0].message).toMatch(new RegExp(`^Cannot list the folder: .*${code === 'EIO' ? 'EIO' : code}`));
    },
  );

  it('collectFiles reports a path given that leads outside, and reads no linked YAML outside', async () => {
    await symlink(path.join(outside, 'dir'), path.join(project, 'elsewhere'));
    await writeFile(path.join(outside, 'x.yaml'), `brand: ${SECRET}\n`);
    await symlink(path.join(outside, 'x.yaml'), path.join(project, 'pb/leak.yaml'));
    const { files, problems } = await collectFiles(await door(), ['pb', 'elsewhere']);
    expect(problems.map((p) => [p.file, p.ruleId])).toEqual([['elsewhere', 'load/outside-project']]);
    expect(files.find((f) => f.path === 'pb/leak.yaml')).toMatchObject({
      ruleId: 'load/outside-project',
      error: expect.stringContaining('links outside the project'),
    });
    expect(JSON.stringify(files.map((f) => ('bytes' in f ? new TextDecoder().decode(f.bytes) : f)))).not.toContain(SECRET);
  });
});

describe('writes', () => {
  it('replaces a link at the name instead of writing through it', async () => {
    const link = path.join(project, 'pb/out.txt');
    await symlink(path.join(outside, 'secret.txt'), link);
    const r = await (await door()).writeFile('pb/out.txt', 'new text');
    expect(r).toEqual({ ok: true, value: undefined });
    expect((await lstat(link)).isSymbolicLink()).toBe(false);
    expect(await readFile(link, 'utf8')).toBe('new text');
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe(SECRET);
    expect((await readdir(path.join(project, 'pb'))).sort()).toEqual(['out.txt', 'playbook.yaml']);
  });

  it.each([
    [
      'a parent folder linked outside',
      async () => symlink(path.join(outside, 'dir'), path.join(project, 'pb/__replies__')),
      'pb/__replies__/a.txt',
    ],
    [
      'a parent folder linked to a folder outside that does not exist yet',
      async () => symlink(path.join(outside, 'new'), path.join(project, 'pb/__replies__')),
      'pb/__replies__/x/a.txt',
    ],
    ['a path outside the project', async () => undefined, '../outside/dir/a.txt'],
  ])('never creates or writes through %s', async (_name, setup, file) => {
    await setup();
    const r = await (await door()).writeFile(file, 'attack');
    expect(r.ok).toBe(false);
    expect(await readdir(outside)).toEqual(['dir', 'secret.txt']);
    expect(await readdir(path.join(outside, 'dir'))).toEqual(['a.txt']);
    expect(await readFile(path.join(outside, 'dir/a.txt'), 'utf8')).toBe(SECRET);
  });

  it('creates missing folders, refuses a folder at the name, and keeps inside links working', async () => {
    await mkdir(path.join(project, 'real'));
    await symlink(path.join(project, 'real'), path.join(project, 'pb/inner'));
    const d = await door();
    expect(await d.writeFile('pb/a/b/c.txt', 'c')).toMatchObject({ ok: true });
    expect(await readFile(path.join(project, 'pb/a/b/c.txt'), 'utf8')).toBe('c');
    expect(await d.writeFile('pb/inner/d.txt', 'd')).toMatchObject({ ok: true });
    expect(await readFile(path.join(project, 'real/d.txt'), 'utf8')).toBe('d');
    expect(await d.writeFile('pb', 'x')).toMatchObject({ ok: false, refusal: { kind: 'not-a-file' } });
  });

  it('removes a link itself, never its target; refuses removing through a folder linked outside', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(project, 'pb/s.txt'));
    await symlink(path.join(outside, 'dir'), path.join(project, 'pb/d'));
    const d = await door();
    expect(await d.removeFile('pb/s.txt')).toEqual({ ok: true, value: true });
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe(SECRET);
    expect(await d.removeFile('pb/d/a.txt')).toMatchObject({ ok: false, refusal: { kind: 'outside-project' } });
    expect(await readdir(path.join(outside, 'dir'))).toEqual(['a.txt']);
    expect(await d.removeFile('pb/none.txt')).toEqual({ ok: true, value: false });
  });
});

describe('outputs the command line names', () => {
  it.each([
    ['.', 'file', 'not-a-file', /it is a folder; give a file name/],
    ['pb', 'file', 'not-a-file', /it is a folder/],
    ['pb/playbook.yaml/report.txt', 'file', 'not-a-folder', /pb\/playbook\.yaml is a file, not a folder/],
    ['reports/x.sarif', 'file', 'outside-project', /links outside the project/],
    ['pb/playbook.yaml', 'folder', 'not-a-folder', /exists and is not a folder/],
    ['reports', 'folder', 'outside-project', /links outside the project/],
  ] as const)('refuses -o/--out %s (%s)', async (given, want, kind, reason) => {
    await symlink(path.join(outside, 'dir'), path.join(project, 'reports'));
    const r = await (await door()).outputTarget(given, want);
    expect(r).toMatchObject({ ok: false, refusal: { kind } });
    if (!r.ok) expect(r.refusal.reason).toMatch(reason);
  });

  it('writes a report inside the project without following a link at its name, and one outside as named', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(project, 'report.sarif'));
    const d = await door();
    const inside = await d.outputTarget('report.sarif', 'file');
    expect(inside).toMatchObject({ ok: true, value: { trusted: false, exists: true } });
    if (inside.ok) expect(await d.writeOutput(inside.value, 'R')).toMatchObject({ ok: true });
    expect(await readFile(path.join(project, 'report.sarif'), 'utf8')).toBe('R');
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe(SECRET);

    const named = path.join(base, 'reports-dir/deep/r.json');
    const out = await d.outputTarget(named, 'file');
    expect(out).toMatchObject({ ok: true, value: { trusted: true, exists: false } });
    if (out.ok) expect(await d.writeOutput(out.value, '{}')).toMatchObject({ ok: true });
    expect(await readFile(named, 'utf8')).toBe('{}');

    const devNull = await d.outputTarget('/dev/null', 'file');
    expect(devNull).toMatchObject({ ok: true, value: { trusted: true } });
    if (devNull.ok) expect(await d.writeOutput(devNull.value, 'x')).toMatchObject({ ok: true });
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true);
  });

  it('resolves --out through a link that stays inside', async () => {
    await mkdir(path.join(project, 'builds/current'), { recursive: true });
    await symlink('builds/current', path.join(project, 'out'));
    const r = await (await door()).outputTarget('out', 'folder');
    expect(r).toMatchObject({
      ok: true,
      value: { real: path.join(await (await import('node:fs/promises')).realpath(project), 'builds/current'), exists: true },
    });
    expect(await readlink(path.join(project, 'out'))).toBe('builds/current');
  });
});

describe('reply snapshots', () => {
  beforeEach(async () => {
    await mkdir(path.join(project, 'pb/__replies__/complaints'), { recursive: true });
    await writeFile(path.join(project, 'pb/__replies__/complaints/ok.txt'), 'Hello\n');
  });

  it('reads the snapshots inside; a link outside is a located problem, never read, and --update leaves it', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(project, 'pb/__replies__/complaints/first.txt'));
    await symlink('/proc/self/environ', path.join(project, 'pb/__replies__/complaints/env.txt'));
    const d = await door();
    const read = await readSnapshots(d, ['pb/complaints.yaml']);
    expect([...read.snapshots]).toEqual([['pb/__replies__/complaints/ok.txt', 'Hello\n']]);
    expect(read.problems.map((p) => [p.file, p.ruleId, p.range.start.line, p.range.start.column])).toEqual([
      ['pb/__replies__/complaints/env.txt', 'load/outside-project', 1, 1],
      ['pb/__replies__/complaints/first.txt', 'load/outside-project', 1, 1],
    ]);
    expect(JSON.stringify(read)).not.toContain(SECRET);
    const wanted = new Map<string, string | null>([
      ['pb/__replies__/complaints/first.txt', 'attack\n'],
      ['pb/__replies__/complaints/env.txt', null],
    ]);
    const w = await writeSnapshots(d, wanted, read, ['pb/complaints.yaml']);
    expect(w.written).toEqual([]);
    // ok.txt's complaint is gone: it is stale and removed; the refused links are not touched.
    expect(w.removed).toEqual(['pb/__replies__/complaints/ok.txt']);
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe(SECRET);
    expect((await lstat(path.join(project, 'pb/__replies__/complaints/first.txt'))).isSymbolicLink()).toBe(true);
  });

  it('reads a folder of snapshots with one check of the folder: the same answers from the real door and a wrapped one', async () => {
    const dir = path.join(project, 'pb/__replies__/complaints');
    await writeFile(path.join(dir, 'big.txt'), 'x'.repeat(2 * 1024 * 1024 + 1));
    await symlink('ok.txt', path.join(dir, 'alias.txt'));
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'out.txt'));
    await mkdir(path.join(dir, 'folder.txt'));
    spawnSync('mkfifo', [path.join(dir, 'fifo.txt')]);
    await writeFile(path.join(dir, 'notes.md'), 'not a snapshot');
    // The real door reads plain files synchronously; a door with wrapped system calls (a copy) through `readFile`.
    const wrapped: RawFs = { ...nodeFs };
    const answers = [];
    for (const fs of [nodeFs, wrapped]) {
      const read = await readSnapshots(await door(fs), ['pb/complaints.yaml']);
      answers.push(read);
      expect([...read.snapshots]).toEqual([
        ['pb/__replies__/complaints/alias.txt', 'Hello\n'],
        ['pb/__replies__/complaints/ok.txt', 'Hello\n'],
      ]);
      expect(read.problems.map((p) => [p.file, p.ruleId, p.message])).toEqual([
        [
          'pb/__replies__/complaints/big.txt',
          'load/too-large',
          'Cannot read the reply snapshot: it is larger than the limit of 2097152 bytes',
        ],
        ['pb/__replies__/complaints/fifo.txt', 'load/unreadable', 'Cannot read the reply snapshot: it is not a regular file'],
        ['pb/__replies__/complaints/folder.txt', 'load/unreadable', 'Cannot read the reply snapshot: it is a folder, not a file'],
        ['pb/__replies__/complaints/out.txt', 'load/outside-project', expect.stringContaining('it links outside the project')],
      ]);
      expect(JSON.stringify([...read.snapshots])).not.toContain(SECRET);
    }
    expect(answers[0]).toEqual(answers[1]);
  });

  it('says a snapshot became a symbolic link when one is put in its place during the read', async () => {
    const dir = path.join(project, 'pb/__replies__/complaints');
    await writeFile(path.join(dir, 'swapped.txt'), 'Hello\n');
    // Between the folder's listing and the read, the file is replaced by a link (to a file inside).
    const swapping: RawFs = {
      ...nodeFs,
      async readFile(p, cap) {
        if (p.endsWith('swapped.txt')) {
          await rm(p);
          await symlink('ok.txt', p);
        }
        return nodeFs.readFile(p, cap);
      },
    };
    const read = await readSnapshots(await door(swapping), ['pb/complaints.yaml']);
    expect(read.snapshots.has('pb/__replies__/complaints/swapped.txt')).toBe(false);
    expect(read.problems.map((p) => [p.file, p.ruleId, p.message])).toContainEqual([
      'pb/__replies__/complaints/swapped.txt',
      'load/unreadable',
      'Cannot read the reply snapshot: it became a symbolic link while it was being read (ELOOP)',
    ]);
  });

  it('a snapshot folder linked outside is refused whole: nothing read, written or removed behind it', async () => {
    await rm(path.join(project, 'pb/__replies__/complaints'), { recursive: true });
    await symlink(path.join(outside, 'dir'), path.join(project, 'pb/__replies__/complaints'));
    const d = await door();
    const read = await readSnapshots(d, ['pb/complaints.yaml']);
    expect(read.snapshots.size).toBe(0);
    expect(read.problems.map((p) => [p.file, p.ruleId])).toEqual([['pb/__replies__/complaints', 'load/outside-project']]);
    const w = await writeSnapshots(d, new Map([['pb/__replies__/complaints/first.txt', 'x\n']]), read, ['pb/complaints.yaml']);
    expect(w).toEqual({ written: [], removed: [], problems: [] });
    expect(await readdir(path.join(outside, 'dir'))).toEqual(['a.txt']);
  });

  it('a write the door refuses (the __replies__ folder itself linked outside) is a located problem', async () => {
    await rm(path.join(project, 'pb/__replies__'), { recursive: true });
    await symlink(path.join(outside, 'dir'), path.join(project, 'pb/__replies__'));
    const d = await door();
    const read = await readSnapshots(d, ['pb/complaints.yaml']);
    const w = await writeSnapshots(d, new Map([['pb/__replies__/complaints/first.txt', 'x\n']]), read, ['pb/complaints.yaml']);
    expect(w.written).toEqual([]);
    expect(w.problems.map((p) => [p.file, p.ruleId])).toEqual([['pb/__replies__/complaints/first.txt', 'load/outside-project']]);
    expect(await readdir(path.join(outside, 'dir'))).toEqual(['a.txt']);
  });
});

describe('the other readers go through the door', () => {
  it('loadPlaybook uses the playbook folder as the root: a file linked to its parent folder is refused', async () => {
    const { loadPlaybook, PlaybookError } = await import('../../src/node/load-playbook.js');
    await writeFile(
      path.join(project, 'pb/playbook.yaml'),
      'replybook: 1\nbrand: B\nlocale: en\ntimezone: Europe/London\nchannels:\n  x: { name: X, limit: 280 }\nsla:\n  first_response: 1 business day\ntypes:\n  complaint:\n    fallback: true\ntemplates:\n  complaint:\n    when: { type: complaint }\n    text: "Hello."\n',
    );
    await writeFile(path.join(project, 'shared.yaml'), `brand: ${SECRET}\n`);
    await symlink(path.join(project, 'shared.yaml'), path.join(project, 'pb/shared.yaml'));
    const err = await loadPlaybook('pb', { cwd: project }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlaybookError);
    expect((err as InstanceType<typeof PlaybookError>).diagnostics.map((d) => [d.file, d.ruleId])).toContainEqual([
      'pb/shared.yaml',
      'load/outside-project',
    ]);
    expect(JSON.stringify((err as InstanceType<typeof PlaybookError>).diagnostics)).not.toContain(SECRET);
  });

  it("the simulator's loader shows a snapshot linked outside as a problem and never reads it", async () => {
    const { loadAndRunPlaybook } = await import('../../src/tui/effects/load-and-run-playbook.js');
    await writeFile(
      path.join(project, 'pb/playbook.yaml'),
      'replybook: 1\nbrand: B\nlocale: en\ntimezone: Europe/London\nchannels:\n  x: { name: X, limit: 280 }\nsla:\n  first_response: 1 business day\ntypes:\n  complaint:\n    fallback: true\ntemplates:\n  complaint:\n    when: { type: complaint }\n    text: "Hello."\n',
    );
    await writeFile(
      path.join(project, 'pb/complaints.yaml'),
      'complaints:\n  - id: first\n    channel: x\n    text: "It broke."\n    at: 2026-03-02T10:00:00Z\n',
    );
    await mkdir(path.join(project, 'pb/__replies__/complaints'), { recursive: true });
    await symlink(path.join(outside, 'secret.txt'), path.join(project, 'pb/__replies__/complaints/first.txt'));
    const loaded = await loadAndRunPlaybook('pb', await door());
    expect(loaded.diagnostics.map((d) => [d.file, d.ruleId])).toContainEqual([
      'pb/__replies__/complaints/first.txt',
      'load/outside-project',
    ]);
    expect(JSON.stringify(loaded.samples)).not.toContain(SECRET);
    expect(JSON.stringify(loaded.diagnostics)).not.toContain(SECRET);
  });
});
