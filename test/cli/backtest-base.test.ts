/**
 * `backtest --base REF`: the export through the playbook at a git revision and at the working
 * tree, and what changes — what a pull request does to last month's real traffic.
 */
import { execFileSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, run, tempProject } from './helpers.js';
import { BASE_COLUMNS, OUTCOME_COLUMNS } from '../../src/backtest/index.js';

const require = createRequire(import.meta.url);
const schema = require('../../schema/backtest-report.schema.json') as object;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

const MENTIONS = 'acme-market/mentions/sample.csv';

/** The example playbook committed in a fresh repository; `change` then edits the working tree. */
async function repository(change?: (dir: string) => Promise<void>): Promise<string> {
  const p = await tempProject('acme-market');
  cleanup = p.cleanup;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: p.dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-qm', 'the playbook');
  await change?.(p.dir);
  return p.dir;
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

async function report(cwd: string, extra: string[] = []) {
  const r = await run(['backtest', 'acme-market', '--mentions', MENTIONS, '--format', 'json', '--base', 'HEAD', ...extra], { cwd });
  expect(r.stderr).not.toMatch(/Error|at .*\.js:\d+/);
  expect(r.code).toBe(0);
  // The report's shape is the schema's (checked below); the test reads it loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { json: JSON.parse(r.stdout) as Record<string, any>, stderr: r.stderr };
}

describe('backtest --base REF', () => {
  it('with nothing changed, every mention is compared and none differs', async () => {
    const cwd = await repository();
    const { json, stderr } = await report(cwd);
    expect(json.base.compared).toBe(json.mentions);
    expect(json.base.changed).toBe(0);
    expect(stderr).toContain('0 handled differently than at HEAD');
    expect(new Ajv({ allErrors: true, strict: false }).validate(schema, json)).toBe(true);
  });

  it('a changed template and SLA: the replies and deadlines that change, counted and shown with a word diff', async () => {
    const cwd = await repository(async (dir) => {
      await edit(path.join(dir, 'acme-market/templates/constructive.yaml'), 'Нам очень жаль', 'Нам правда очень жаль');
      await edit(path.join(dir, 'acme-market/playbook.yaml'), 'first_response: 1 business day', 'first_response: 4 business hours');
    });
    const { json } = await report(cwd);
    const b = json.base;
    expect(b.ref).toBe('HEAD');
    expect(b.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(b.changed).toBeGreaterThan(0);
    expect(b.byKind.due).toBeGreaterThan(0);
    expect(b.byKind.reply).toBeGreaterThan(0);
    expect(b.byKind.type).toBe(0);
    expect(b.examples.due.length).toBe(5);
    const withDiff = (b.examples.reply as Array<{ replyDiff?: Array<{ op: string; text: string }> }>).find((e) =>
      e.replyDiff?.some((p) => p.op === 'added' && p.text.includes('правда')),
    );
    expect(withDiff).toBeDefined();
    expect(new Ajv({ allErrors: true, strict: false }).validate(schema, json)).toBe(true);

    const md = await run(['backtest', 'acme-market', '--mentions', MENTIONS, '--base', 'HEAD'], { cwd });
    expect(md.stdout).toMatch(/## Сравнение с HEAD \([0-9a-f]{7}\)/);
    expect(md.stdout).toContain('| Срок ответа |');
    expect(md.stdout).toContain('<ins>правда</ins>');
  });

  it('a type rule narrowed: the mentions that change type are counted before → after', async () => {
    const cwd = await repository(async (dir) => {
      // The systemic type no longer matches anything: its mentions fall to the types after it.
      await edit(path.join(dir, 'acme-market/types.yaml'), 'match: { lexicon: systemic }', 'match: { words: [never-written-anywhere] }');
    });
    const { json } = await report(cwd);
    const b = json.base;
    expect(json.byType.systemic).toBeUndefined();
    expect(b.byKind.type).toBeGreaterThan(0);
    expect(b.typeChanges.every((t: { before: string }) => t.before === 'systemic')).toBe(true);
    expect(b.typeChanges.reduce((n: number, t: { count: number }) => n + t.count, 0)).toBe(b.byKind.type);
    expect(b.examples.type[0].before.type).toBe('systemic');
  });

  it('the CSV report: what changed for each mention, and the base revision’s value of each thing that changed', async () => {
    const cwd = await repository(async (dir) => {
      await edit(path.join(dir, 'acme-market/templates/constructive.yaml'), 'Нам очень жаль', 'Нам правда очень жаль');
      await edit(path.join(dir, 'acme-market/playbook.yaml'), 'first_response: 1 business day', 'first_response: 4 business hours');
      await edit(path.join(dir, 'acme-market/types.yaml'), 'match: { lexicon: systemic }', 'match: { words: [never-written-anywhere] }');
    });
    const { json } = await report(cwd);
    const r = await run(['backtest', 'acme-market', '--mentions', MENTIONS, '--format', 'csv', '--base', 'HEAD'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parse(r.stdout.slice(1), { delimiter: ';' }) as string[][];
    const [header, ...body] = rows;
    const own = header.length - OUTCOME_COLUMNS.length - BASE_COLUMNS.length;
    expect(header.slice(own)).toEqual([...OUTCOME_COLUMNS, ...BASE_COLUMNS]);
    expect(body).toHaveLength(json.rows);
    const col = (name: string) => header.indexOf(name);
    const ran = body.filter((c) => c[col('replybook_type')] !== '');
    const skipped = body.filter((c) => c[col('replybook_type')] === '');
    expect(ran).toHaveLength(json.mentions);
    // A row not run has its reason and nothing to compare.
    expect(skipped).toHaveLength(json.malformed.count);
    for (const c of skipped) {
      expect(c[col('replybook_problem')]).not.toBe('');
      expect(c.slice(col('replybook_changed'))).toEqual(BASE_COLUMNS.map(() => ''));
    }
    // The same counts as the comparison's, mention by mention.
    const kindsOf = (c: string[]) => (c[col('replybook_changed')] === '' ? [] : c[col('replybook_changed')].split(' '));
    expect(ran.filter((c) => kindsOf(c).length > 0)).toHaveLength(json.base.changed);
    for (const kind of ['type', 'escalations', 'due', 'actions', 'template', 'reply'])
      expect(ran.filter((c) => kindsOf(c).includes(kind)).length, kind).toBe(json.base.byKind[kind]);
    expect(json.base.byKind.type).toBeGreaterThan(0);
    // Each base value is there exactly where that kind changed, and is the base revision's.
    for (const c of ran) {
      const kinds = kindsOf(c);
      const base = (name: string) => c[col(`replybook_base_${name}`)];
      expect(base('type') !== '', c.join(';')).toBe(kinds.includes('type'));
      expect(base('due') !== '').toBe(kinds.includes('due'));
      expect(base('template') !== '').toBe(kinds.includes('template'));
      if (kinds.includes('type')) {
        expect(base('type')).toBe('systemic');
        expect(c[col('replybook_type')]).not.toBe('systemic');
      }
      // The working tree answers within 4 business hours, the base within 1 business day: later, for the same type and escalations.
      if (kinds.includes('due') && !kinds.includes('type') && !kinds.includes('escalations'))
        expect(Date.parse(base('due'))).toBeGreaterThan(Date.parse(c[col('replybook_due')]));
      if (kinds.includes('reply') && c[col('replybook_reply')].includes('Нам правда очень жаль'))
        expect(base('reply')).toContain('Нам очень жаль');
      if (!kinds.includes('reply')) expect(base('reply')).toBe('');
    }
    expect(ran.some((c) => c[col('replybook_base_reply')].includes('Нам очень жаль'))).toBe(true);
  });

  it('without --base the CSV report has no base columns', async () => {
    const cwd = await repository();
    const r = await run(['backtest', 'acme-market', '--mentions', MENTIONS, '--format', 'csv'], { cwd });
    expect(r.code).toBe(0);
    const header = (parse(r.stdout.slice(1), { delimiter: ';', to_line: 1 }) as string[][])[0];
    expect(header.slice(-OUTCOME_COLUMNS.length)).toEqual(OUTCOME_COLUMNS);
    expect(header.some((h) => h.startsWith('replybook_base') || h === 'replybook_changed')).toBe(false);
  });

  it('--lang writes the report in that language, the CSV columns stay as they are', async () => {
    const cwd = await repository(async (dir) => {
      await edit(path.join(dir, 'acme-market/playbook.yaml'), 'first_response: 1 business day', 'first_response: 4 business hours');
    });
    const md = await run(['--lang', 'en', 'backtest', 'acme-market', '--mentions', MENTIONS, '--base', 'HEAD'], { cwd });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Backtest: Acme Market/);
    expect(md.stdout).toMatch(
      /## Against HEAD \([0-9a-f]{7}\)\n\n\*\*\d+\*\* of \d+ mentions would be handled differently than at that revision\./,
    );
    expect(md.stdout).toContain('| Deadline |');
  });

  it('an unknown revision is a usage error', async () => {
    const cwd = await repository();
    const bad = await run(['backtest', 'acme-market', '--mentions', MENTIONS, '--base', 'no-such-branch'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--base no-such-branch');
    expect(bad.stdout).toBe('');
  });

  it('a playbook that did not exist at the revision is said so', async () => {
    const cwd = await repository();
    execFileSync('git', ['mv', 'acme-market', 'shop'], { cwd });
    const r = await run(['backtest', 'shop', '--mentions', 'shop/mentions/sample.csv', '--base', 'HEAD'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('there is no playbook in shop at');
  });
});

describe('diff --mentions FILE', () => {
  it("puts the real-traffic counts in the pull-request comment, the same as backtest --base's", async () => {
    const cwd = await repository(async (dir) => {
      await edit(path.join(dir, 'acme-market/playbook.yaml'), 'first_response: 1 business day', 'first_response: 4 business hours');
    });
    const { json } = await report(cwd);
    const md = await run(['diff', '--base', 'HEAD', '--format', 'markdown', '--mentions', MENTIONS], { cwd });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('### 📈 На реальных упоминаниях');
    const pct = (n: number) => `${n} (${((n / json.base.compared) * 100).toFixed(1)}%)`;
    expect(md.stdout).toContain(
      `| \`acme-market\` | \`${MENTIONS}\` | ${json.base.compared} | ${pct(json.base.changed)} | ${pct(0)} | ${pct(0)} | ${pct(json.base.byKind.due)} | ${pct(json.base.byKind.reply)} |`,
    );
    const asJson = await run(['diff', '--base', 'HEAD', '--format', 'json', '--mentions', MENTIONS], { cwd });
    const traffic = JSON.parse(asJson.stdout).traffic;
    expect(traffic).toEqual([
      { playbook: 'acme-market', files: [MENTIONS], compared: json.base.compared, changed: json.base.changed, byKind: json.base.byKind },
    ]);
    const terminal = await run(['diff', '--base', 'HEAD', '--mentions', MENTIONS], { cwd });
    expect(terminal.stdout).toContain(`${json.base.changed} из ${json.base.compared} упоминаний обработаются иначе`);
  });

  it('with nothing changed the comment still shows the traffic (no change on it either)', async () => {
    const cwd = await repository();
    const md = await run(['diff', '--base', 'HEAD', '--format', 'markdown', '--mentions', MENTIONS], { cwd });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('✅');
    expect(md.stdout).toMatch(/\| `acme-market` \| .* \| \d+ \| 0 \(0\.0%\) \|/);
  });

  it('an export no playbook of the change holds, with two playbooks, is a usage error', async () => {
    const cwd = await repository(async (dir) => {
      await cp(path.join(ROOT, 'playbooks/brightbean'), path.join(dir, 'brightbean'), { recursive: true });
      await cp(path.join(dir, MENTIONS), path.join(dir, 'march.csv'));
    });
    const r = await run(['diff', '--base', 'HEAD', '--format', 'markdown', '--mentions', 'march.csv'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--mentions march.csv: no playbook of this change holds it');
  });
});
