/**
 * `replybook diff` end to end: the compiled CLI in a temporary git repository whose commits the
 * test makes. Each case states the command, the exit code and what the output says.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CLI, ensureDist } from '../build/support/dist.js';

const FIXTURE = path.resolve(__dirname, 'fixtures/shop');
let repo: string;

/** The CLI in English: the fixture's playbook is Russian (`locale: ru`), and the comment follows a playbook's locale. */
function cli(args: string[], cwd = repo, lang: string[] = ['--lang', 'en']): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...lang, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: '' } },
      (e, out, err) => {
        resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, out, err });
      },
    );
  });
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const shop = (...p: string[]) => path.join(repo, 'playbooks/shop', ...p);

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the fixture ${file} has no ${from}`);
  await writeFile(file, next);
}

async function commitFixture(): Promise<void> {
  await mkdir(path.join(repo, 'playbooks'), { recursive: true });
  await cp(FIXTURE, shop(), { recursive: true });
  git('add', '.');
  git('commit', '-qm', 'playbook');
}

/** Changes a template's text and what makes a mention constructive: two replies change, one of them also its type. */
async function changeTemplateAndType(): Promise<void> {
  await edit(shop('templates.yaml'), 'Спасибо за ваш отзыв.', 'Благодарим за ваш отзыв.');
  await edit(shop('playbook.yaml'), 'words: [заказ, заказала, доставка, курьер]', 'words: [заказ, заказала, доставка, курьер, куплю]');
}

beforeAll(ensureDist, 180_000);

beforeEach(async () => {
  repo = await realpath(await mkdtemp(path.join(os.tmpdir(), 'replybook-cli-diff-')));
  git('init', '-q');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
});
afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('replybook diff', () => {
  it('--format markdown: a changed template and type, for a pull-request comment; exit 0, or 1 with --fail-on-change', async () => {
    await commitFixture();
    await changeTemplateAndType();
    const statusBefore = git('status', '--porcelain');

    const md = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown']);
    expect(md.code, md.err).toBe(0);
    expect(md.out).toMatch(/^<!-- replybook-diff -->\n## What this change does to customer replies\n/);
    expect(md.out).toContain('| 💬 Replies that change | 3 |');
    expect(md.out).toContain('| 🔀 Complaints handled differently (type, who it is passed to, deadline) | 1 |');
    expect(md.out).toContain('| 📝 Templates added / removed / edited | 0 / 0 / 1 |');
    expect(md.out).toContain('#### Complaint `viktoria-unidentified` (Отзовик): the reply changed');
    expect(md.out).toContain('> Добрый день, Виктория! <del>Спасибо</del> за ваш отзыв.');
    expect(md.out).toContain('> Добрый день, Виктория! <ins>Благодарим</ins> за ваш отзыв.');
    expect(md.out).toContain('#### Complaint `anna-general` (ВКонтакте): the reply and its handling changed');
    expect(md.out).toContain('- Negativity type: `non-constructive` → **`constructive`**');
    expect(md.out).toContain('- Reply template: `non-constructive/general` → **`constructive/unidentified`**');
    // Reading the base touched neither the working tree nor the index.
    expect(git('status', '--porcelain')).toBe(statusBefore);

    const gate = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown', '--fail-on-change']);
    expect(gate.code).toBe(1);
    expect(gate.out).toBe(md.out);
  });

  it('--format json: one object with the counts and each change', async () => {
    await commitFixture();
    await changeTemplateAndType();
    const r = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ version: 1, base: 'HEAD', baseCommit: git('rev-parse', 'HEAD'), repliesChanged: true });
    expect(j.summary).toMatchObject({ changedReplies: 3, changedRouting: 1, templatesChanged: 1, newProblems: 0 });
    const anna = j.playbooks[0].complaints.find((c: { id: string }) => c.id === 'anna-general');
    expect(anna.changes).toEqual(['type', 'due', 'template', 'reply']);
    expect(anna.base.type).toBe('non-constructive');
    expect(anna.head.type).toBe('constructive');
  });

  it('the terminal view by default; nothing changed → exit 0 even with --fail-on-change', async () => {
    await commitFixture();
    const same = await cli(['diff', '--base', 'HEAD', 'playbooks', '--fail-on-change']);
    expect(same.code, same.err).toBe(0);
    expect(same.out.trimEnd().split('\n').at(-1)).toBe(
      '0 replies change, 0 handled differently, 0 new problems, templates +0 -0 ~0, samples +0 -0',
    );
    await changeTemplateAndType();
    const changed = await cli(['diff', '--base', 'HEAD', 'playbooks']);
    expect(changed.code).toBe(0);
    expect(changed.out).toContain('~ viktoria-unidentified (Отзовик)  the reply changed');
    expect(changed.out).toMatch(/^ {8}- Добрый день, Виктория! \[-Спасибо-\] за ваш отзыв\./m);
    expect(changed.out).toMatch(/^ {8}\+ Добрый день, Виктория! \{\+Благодарим\+\} за ваш отзыв\./m);
  });

  it('a base with no playbook yet: everything is added', async () => {
    await writeFile(path.join(repo, 'README.md'), '# replies\n');
    git('add', '.');
    git('commit', '-qm', 'start');
    await mkdir(path.join(repo, 'playbooks'));
    await cp(FIXTURE, shop(), { recursive: true });
    const r = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('This playbook is new');
    expect(r.out).toContain('| 🧪 Sample complaints added / removed | 3 / 0 |');
    expect(r.out).toContain('#### Complaint `oleg-courier` (ВКонтакте): new sample complaint');
    expect(r.out).toContain('- Added: `constructive/unidentified`, `non-constructive/general`');
    expect(r.out).toContain('> Добрый день, Олег! Спасибо за ваш отзыв.');
    expect((await cli(['diff', '--base', 'HEAD', 'playbooks', '--fail-on-change'])).code).toBe(1);
  });

  it('renamed files match their old selves; run from a subfolder too', async () => {
    await commitFixture();
    git('mv', 'playbooks/shop/complaints/delivery.yaml', 'playbooks/shop/complaints/all.yaml');
    await mkdir(shop('templates'));
    git('mv', 'playbooks/shop/templates.yaml', 'playbooks/shop/templates/main.yaml');
    const moved = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown', '--fail-on-change']);
    expect(moved.code, moved.out + moved.err).toBe(0);
    expect(moved.out).toContain('✅ No change for customers: all 3 sample complaints get the same reply');

    await edit(shop('templates/main.yaml'), 'Спасибо за ваш отзыв.', 'Благодарим за ваш отзыв.');
    const r = await cli(['diff', '--base', 'HEAD', 'shop', '--format', 'json'], path.join(repo, 'playbooks'));
    expect(r.code, r.err).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.summary).toMatchObject({ changedReplies: 2, complaintsAdded: 0, complaintsRemoved: 0, templatesChanged: 1 });
    expect(j.playbooks[0].complaints[0]).toMatchObject({ file: 'shop/complaints/all.yaml', baseFile: 'shop/complaints/delivery.yaml' });
  });

  it('an invalid base: said plainly, not a crash; the fix is not a new problem', async () => {
    await mkdir(path.join(repo, 'playbooks'));
    await cp(FIXTURE, shop(), { recursive: true });
    await edit(shop('playbook.yaml'), 'to: delivery', 'to: couriers');
    git('add', '.');
    git('commit', '-qm', 'broken');
    await edit(shop('playbook.yaml'), 'to: couriers', 'to: delivery');
    const r = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("The base revision's playbook has errors, so its replies can't be compared.");
    expect(r.out).toContain('| ✅ New problems in the playbooks | 0 |');
    expect(r.out).toMatch(/\| ✅ Problems fixed \| [1-9]\d* \|/);
  });

  it('a change that breaks the playbook lists the new problem', async () => {
    await commitFixture();
    await edit(shop('playbook.yaml'), 'to: delivery', 'to: couriers');
    const r = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('The playbook in this change has errors');
    expect(r.out).toContain('### New problems');
    expect(r.out).toMatch(/\| ❌ error \| playbooks\/shop\/playbook\.yaml:\d+:\d+ \| .*couriers/);
  });

  it.each([
    [['diff', '--base', 'no-such-branch', 'playbooks'], /replybook diff: unknown revision `no-such-branch`/],
    [['diff', '--base', 'HEAD', 'nowhere'], /replybook diff: no such file or folder: nowhere/],
    [['diff', 'playbooks'], /--base/],
    [['diff', '--base', 'HEAD', '--format', 'html'], /html/],
  ])('usage errors exit 2: %j', async (args, message) => {
    await commitFixture();
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it("the comment in the playbook's language (locale: ru) without --lang; --lang and the config's lang come first", async () => {
    await commitFixture();
    await changeTemplateAndType();
    const ru = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown'], repo, []);
    expect(ru.code, ru.err).toBe(0);
    expect(ru.out).toMatch(/^<!-- replybook-diff -->\n## Что это изменение меняет в ответах клиентам\n/);
    expect(ru.out).toContain('| 💬 Ответы, которые меняются | 3 |');
    expect(ru.out).toContain('#### Жалоба `viktoria-unidentified` (Отзовик): изменился ответ');
    expect(ru.out).toContain('- Тип негатива: `non-constructive` → **`constructive`**');
    const term = await cli(['diff', '--base', 'HEAD', 'playbooks'], repo, []);
    expect(term.out).toMatch(/меняются 3 ответа, иначе обрабатываются: 1, 0 новых проблем, шаблоны \+0 -0 ~1, примеры \+0 -0\n$/);
    const en = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown'], repo, ['--lang', 'en']);
    expect(en.out).toContain('## What this change does to customer replies');
    await writeFile(path.join(repo, 'replybook.config.yaml'), 'lang: en\n');
    const configured = await cli(['diff', '--base', 'HEAD', 'playbooks', '--format', 'markdown'], repo, []);
    expect(configured.out).toContain('## What this change does to customer replies');
  });

  it('outside a git repository: exit 2 with a clear message', async () => {
    await rename(path.join(repo, '.git'), path.join(repo, 'not-git'));
    await cp(FIXTURE, shop(), { recursive: true });
    const r = await cli(['diff', '--base', 'HEAD', 'playbooks']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is not inside a git repository/);
  });
});
