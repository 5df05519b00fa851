import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { run, tempProject } from './helpers.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function acme() {
  const p = await tempProject('acme-market');
  cleanup = p.cleanup;
  return p.dir;
}

const DELIVERY = 'acme-market/complaints/delivery.yaml';

describe("replybook test: one meaning of snapshots (Jest's)", () => {
  const SNAP = 'acme-market/complaints/__replies__/traps/app-crash-no-order-words.txt';

  it('a sample without a snapshot gets one on its first local run, reported as written', async () => {
    const dir = await acme();
    const want = await readFile(path.join(dir, SNAP), 'utf8');
    await rm(path.join(dir, SNAP));
    const r = await run(['test', 'acme-market'], { cwd: dir, env: { CI: undefined } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`replybook test: 1 new reply snapshot written (commit it): ${SNAP}`);
    expect(await readFile(path.join(dir, SNAP), 'utf8')).toBe(want);
    const again = await run(['test', 'acme-market'], { cwd: dir, env: { CI: undefined } });
    expect(again.stderr).not.toContain('written');
  });

  it('under CI a missing snapshot fails its complaint and nothing is written; --no-ci writes it', async () => {
    const dir = await acme();
    await rm(path.join(dir, SNAP));
    for (const argv of [
      ['test', 'acme-market'],
      ['test', 'acme-market', '--ci'],
    ]) {
      const r = await run(argv, { cwd: dir, env: { CI: argv.length === 2 ? 'true' : undefined } });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`The reply has no snapshot ${SNAP}, and none is written under CI`);
      expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ passed, 1 failed$/);
      await expect(readFile(path.join(dir, SNAP), 'utf8')).rejects.toThrow();
    }
    const local = await run(['test', 'acme-market', '--no-ci'], { cwd: dir, env: { CI: 'true' } });
    expect(local.code).toBe(0);
    expect(local.stderr).toContain('1 new reply snapshot written');
  });

  it('an obsolete snapshot is reported, and --update removes it', async () => {
    const dir = await acme();
    const ghost = 'acme-market/complaints/__replies__/traps/gone-complaint.txt';
    await writeFile(path.join(dir, ghost), 'an old reply\n');
    const r = await run(['test', 'acme-market'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`1 obsolete reply snapshot (no sample complaint with a reply has it; --update removes it): ${ghost}`);
    const filtered = await run(['test', 'acme-market', '--filter', 'app-crash'], { cwd: dir });
    expect(filtered.stderr).not.toContain('obsolete'); // a partial run says nothing of the others
    const u = await run(['test', 'acme-market', '--update'], { cwd: dir });
    expect(u.stderr).toContain('1 removed');
    await expect(readFile(path.join(dir, ghost), 'utf8')).rejects.toThrow();
  });
});

describe('replybook test', () => {
  it('a --filter that matches no complaint fails with exit 1 and says so; --pass-with-no-tests allows it', async () => {
    const dir = await acme();
    const none = await run(['test', 'acme-market', '--filter', 'no-such-complaint'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('replybook test: no sample complaint matches --filter "no-such-complaint"; exiting with code 1');
    expect(none.stdout.trimEnd().split('\n').pop()).toBe('0 passed, 0 failed');
    const allowed = await run(['test', 'acme-market', '--filter', 'no-such-complaint', '--pass-with-no-tests'], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('no sample complaint matches --filter "no-such-complaint"');
    expect(allowed.stderr).not.toContain('exiting with code 1');
  });

  it('a playbook without sample complaints fails with exit 1 unless --pass-with-no-tests', async () => {
    const dir = await acme();
    await rm(path.join(dir, 'acme-market/complaints'), { recursive: true });
    const none = await run(['test', 'acme-market'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no sample complaints found');
    expect((await run(['test', 'acme-market', '--pass-with-no-tests'], { cwd: dir })).code).toBe(0);
  });

  it('passes every sample complaint of the example playbooks and ends with the totals line', async () => {
    const r = await run(['test', 'playbooks']);
    expect(r.code).toBe(0);
    const last = r.stdout.trimEnd().split('\n').pop();
    expect(last).toMatch(/^\d+ passed, 0 failed$/);
    expect(Number(last!.split(' ')[0])).toBeGreaterThanOrEqual(40);
  });

  it('fails with exit 1 and shows expected against actual, the reply diff and the trace', async () => {
    const dir = await acme();
    const file = path.join(dir, DELIVERY);
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace('type: constructive', 'type: positive').replace('Уточните, пожалуйста, номер вашего заказа.', 'Уточните номер заказа.'),
    );
    const r = await run(['test', 'acme-market', '--filter', 'viktoria'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗');
    expect(r.stdout).toMatch(/type: Expected type `positive`, got `constructive`/);
    expect(r.stdout).toMatch(/reply\.equals/);
    expect(r.stdout).toMatch(/\[-.*пожалуйста.*-\]|\{\+.*пожалуйста.*\+\}/); // word-level diff of the reply
    expect(r.stdout).toMatch(/classify .*type `constructive`/);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('0 passed, 1 failed');
  });

  it('exits 2 with the check diagnostics when the playbook is invalid', async () => {
    const dir = await acme();
    await writeFile(path.join(dir, 'acme-market/extra.yaml'), 'temlates: {}\n');
    const r = await run(['test', 'acme-market'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/acme-market\/extra\.yaml:1:1\s+error\s+Unknown property `temlates`/);
  });

  it('detects a changed reply through its snapshot, and --update rewrites it', async () => {
    const dir = await acme();
    const tmpl = path.join(dir, 'acme-market/templates/constructive.yaml');
    await writeFile(
      tmpl,
      (await readFile(tmpl, 'utf8')).replaceAll('Обязательно разберемся и вернемся с обратной связью.', 'Обязательно разберемся.'),
    );
    // the equals expectation would catch it too; drop it to see the snapshot do its job
    const file = path.join(dir, DELIVERY);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/equals: .*/, 'contains: [Виктория]'));
    const before = await run(['test', 'acme-market', '--filter', 'viktoria'], { cwd: dir });
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('snapshot');
    const update = await run(['test', 'acme-market', '--update'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stderr).toMatch(/[1-9]\d* reply snapshots? written/);
    const snap = await readFile(path.join(dir, 'acme-market/complaints/__replies__/delivery/viktoria-unidentified.txt'), 'utf8');
    expect(snap).toContain('Обязательно разберемся.\n');
    expect((await run(['test', 'acme-market'], { cwd: dir })).code).toBe(0);
  });

  it('writes JSON and JUnit reports, and keeps the totals line on stderr for them', async () => {
    const dir = await acme();
    const r = await run(['test', 'acme-market', '--reporter', 'json', '--reporter', 'junit', '-o', 'junit.xml'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { passed: number; failed: number };
    expect(json.failed).toBe(0);
    expect(json.passed).toBeGreaterThanOrEqual(40);
    const xml = await readFile(path.join(dir, 'junit.xml'), 'utf8');
    expect((xml.match(/<testcase /g) ?? []).length).toBe(json.passed);
    expect(r.stderr).toContain(`${json.passed} passed, 0 failed`);
  });

  it('--bail stops at the first failure; --coverage lists what the samples never reach', async () => {
    const dir = await acme();
    const file = path.join(dir, DELIVERY);
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('type: constructive', 'type: positive'));
    const bail = await run(['test', 'acme-market', '--bail'], { cwd: dir });
    expect(bail.code).toBe(1);
    expect(bail.stdout.trimEnd().split('\n').pop()).toBe('0 passed, 1 failed');
    const cov = await run(['test', 'playbooks/acme-market', '--coverage']);
    expect(cov.stdout).toMatch(/Coverage of acme-market:/);
    expect(cov.stdout).toMatch(/types\s+\d+\/\d+ \(\d+%\)/);
    expect(cov.stdout).toMatch(/channels\s+\d+\/\d+/);
  });

  it('never writes a snapshot for a complaint that gets no reply', async () => {
    const dir = await acme();
    await run(['test', 'acme-market', '--update'], { cwd: dir });
    const names = await readdir(path.join(dir, 'acme-market/complaints/__replies__/types'));
    expect(names.some((n) => n.startsWith('profanity'))).toBe(false);
  });
});

describe('replybook test --format', () => {
  it('is the option name of every command; --reporter stays as its alias, with the same bytes', async () => {
    const a = await run(['test', 'playbooks/acme-market', '--format', 'junit']);
    const b = await run(['test', 'playbooks/acme-market', '--reporter', 'junit']);
    const c = await run(['test', 'playbooks/acme-market', '-f', 'junit']);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^<\?xml/);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
  });
});
