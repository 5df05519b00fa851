/** `replybook backtest` end to end: the bundled exports, every input form, the reports, --save-misses, usage errors. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportJsonl, exportXlsx, generateExport } from '../bench/export-generator.js';
import { ROOT, run, tempProject, write } from './helpers.js';
import { backtestPoolAvailable, backtestWorkers } from '../../src/node/backtest-pool.js';

const require = createRequire(import.meta.url);
const schema = require('../../schema/backtest-report.schema.json') as object;

const RU = generateExport({ locale: 'ru', count: 400, seed: 7 });
const LABELS = ['--label', RU.label, ...RU.labelMap.flatMap((p) => ['--label-map', p])];

let project: { dir: string; cleanup: () => Promise<void> };
let out: string;
beforeAll(async () => {
  project = await tempProject('acme-market');
  await write(path.join(project.dir, 'exports/march.csv'), exportCsv(RU, 'utf-8-bom'));
  await write(path.join(project.dir, 'exports/march-1251.csv'), exportCsv(RU, 'windows-1251'));
  await write(path.join(project.dir, 'exports/march.jsonl'), exportJsonl(RU));
  await write(path.join(project.dir, 'exports/march.xlsx'), await exportXlsx(RU));
  out = await mkdtemp(path.join(os.tmpdir(), 'replybook-backtest-'));
});
afterAll(async () => {
  await project.cleanup();
  await rm(out, { recursive: true, force: true });
});

const inProject = (argv: string[]) => run(argv, { cwd: project.dir });

async function figures(file: string, extra: string[] = []) {
  const r = await inProject(['backtest', 'acme-market', '--mentions', file, '--format', 'json', ...extra]);
  expect(r.code).toBe(0);
  const { files: _files, replybook: _v, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
  return rest;
}

describe('the README command on the bundled export', () => {
  it('writes an HTML, JSON, markdown and CSV report a support lead can read', async () => {
    const dir = path.join(out, 'readme');
    const r = await run(['backtest', 'playbooks/acme-market', '--mentions', 'playbooks/acme-market/mentions/sample.csv', '--out', dir], {
      cwd: ROOT,
    });
    expect(r.stderr).toMatch(/^297 mentions run, 3 rows not run \(listed in the report\); report in /m);
    expect(r.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['report.csv', 'report.html', 'report.json', 'report.md']);

    const html = await readFile(path.join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(html).toContain('Упоминания по видам');
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(5);
    // Self-contained: nothing is loaded — no src, no stylesheet link, a policy that allows no source;
    // the only links are to the posts themselves, opened on a click.
    expect(html).not.toMatch(/\ssrc=|<link\b|<img\b|<iframe\b|@import|url\((?!#)/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(html).toMatch(/<a href="https:\/\/[^"]+" rel="noopener noreferrer nofollow" target="_blank">публикация<\/a>/);

    const json = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({ format: 'replybook-backtest', rows: 300, mentions: 297, locale: 'ru', timezone: 'Europe/Moscow' });
    expect(Object.values(json.byType as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(297);

    const md = await readFile(path.join(dir, 'report.md'), 'utf8');
    expect(md).toMatch(/^# Прогон по выгрузке: Acme Market/);
    expect(md).toContain('| Упоминаний прогнано | 297 | 99,0\u00a0% |');
    // a priority in the report's words; the JSON keeps the id
    expect(md).toMatch(/^\| opinion-leader \| pr \| высокий \| \d+ \|$/m);
    expect(html).toMatch(/opinion-leader → pr \(высокий приоритет\)/);
    expect(JSON.stringify(json.escalations)).toContain('"priority":"high"');

    const csv = (await readFile(path.join(dir, 'report.csv'), 'utf8')).replace(/^\uFEFF/, '');
    const rows = parse(csv, { delimiter: ';', relax_column_count: true }) as string[][];
    expect(rows).toHaveLength(301);
    expect(rows[0]).toEqual([
      'Дата',
      'Автор',
      'Аудитория',
      'Площадка',
      'Текст',
      'Ссылка',
      'Тег',
      'replybook_type',
      'replybook_escalations',
      'replybook_priority',
      'replybook_due',
      'replybook_template',
      'replybook_hidden',
      'replybook_reply',
      'replybook_problem',
    ]);
    expect(rows.slice(1).filter((r) => r[7] === '')).toHaveLength(3);
  });

  it('the English playbook and its YouScan-style export: an English report', async () => {
    const r = await run(['backtest', 'playbooks/brightbean', '--mentions', 'playbooks/brightbean/mentions/sample.csv'], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Backtest: BrightBean/);
    expect(r.stdout).toContain('| Mentions run | 197 |');
  });
});

describe('input forms give the same figures', () => {
  it('UTF-8 with a BOM, Windows-1251 (detected), JSON Lines and XLSX', async () => {
    const utf8 = await figures('exports/march.csv');
    // Windows-1251 has no emoji: Excel writes `?`, so texts differ there, not the counts.
    const cp = await figures('exports/march-1251.csv');
    const counts = (f: Record<string, unknown>) => ({
      ...f,
      samples: undefined,
      checkFailures: undefined,
      malformed: (f.malformed as { byKind: unknown }).byKind,
    });
    expect(counts(cp)).toEqual(counts(utf8));
    const jsonl = await figures('exports/march.jsonl');
    expect(jsonl.byType).toEqual(utf8.byType);
    expect(jsonl.mentions).toBe(utf8.mentions);
    const xlsx = await figures('exports/march.xlsx');
    expect(xlsx.byType).toEqual(utf8.byType);
    expect(xlsx.byDay).toEqual(utf8.byDay);
    expect(xlsx.sla).toEqual(utf8.sla);
    expect(xlsx.malformed).toEqual({
      ...(utf8.malformed as object),
      items: (utf8.malformed as { items: object[] }).items.map((m) => ({ ...m, file: 'exports/march.xlsx', line: expect.any(Number) })),
    });
  });

  it('lists each malformed row with its line number, and runs the rest', async () => {
    const f = (await figures('exports/march.csv')) as {
      rows: number;
      mentions: number;
      malformed: { count: number; items: Array<{ line: number }> };
    };
    expect(f.rows).toBe(400);
    expect(f.malformed.count).toBe(RU.malformedLines.length);
    expect(f.malformed.items.map((m) => m.line)).toEqual(RU.malformedLines);
    expect(f.mentions).toBe(400 - RU.malformedLines.length);
  });

  it('--map names a column detection would not find', async () => {
    const e = generateExport({ locale: 'ru', count: 20, seed: 3, malformed: 0 });
    e.header = e.header.map((h) => (h === 'Текст' ? 'Отзыв клиента' : h));
    await write(path.join(project.dir, 'exports/renamed.csv'), exportCsv(e));
    const bad = await inProject(['backtest', 'acme-market', '--mentions', 'exports/renamed.csv']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/exports\/renamed.csv: no column for `text`.*--map text=COLUMN/);
    const good = await inProject([
      'backtest',
      'acme-market',
      '--mentions',
      'exports/renamed.csv',
      '--map',
      'text=Отзыв клиента',
      '--format',
      'json',
    ]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).mentions).toBe(20);
  });
});

describe('a file that stops the run', () => {
  it('leaves no half-written CSV report in --out', async () => {
    await write(path.join(project.dir, 'exports/no-text.csv'), 'Дата;Площадка\n01.03.2026 10:00;ВКонтакте\n');
    const dir = path.join(project.dir, 'stopped-report');
    const r = await inProject([
      'backtest',
      'acme-market',
      '--mentions',
      'exports/march.csv',
      'exports/no-text.csv',
      '--out',
      'stopped-report',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exports\/no-text.csv: no column for `text`/);
    expect(await readdir(dir).catch(() => [])).toEqual([]);
  });
});

describe('labels and --save-misses', () => {
  it('gives the confusion matrix, per-type precision and recall, and the disagreements with their reason', async () => {
    const f = (await figures('exports/march.csv', LABELS)) as {
      labels: {
        labelled: number;
        accuracy: number;
        perType: unknown[];
        disagreements: { count: number; items: Array<Record<string, unknown>> };
      };
    };
    expect(f.labels.labelled).toBeGreaterThan(350);
    expect(f.labels.accuracy).toBeGreaterThan(0.6);
    expect(f.labels.accuracy).toBeLessThan(1);
    expect(f.labels.perType).toHaveLength(6);
    const first = f.labels.disagreements.items[0];
    expect(first.expected).not.toBe(first.type);
    expect(first.reason).toMatch(/^type `/);
    expect((first.trace as unknown[]).length).toBeGreaterThan(3);
  });

  it('writes the disagreements as sample complaints that `replybook test` runs and passes', async () => {
    const r = await inProject([
      'backtest',
      'acme-market',
      '--mentions',
      'exports/march.csv',
      ...LABELS,
      '--save-misses',
      'acme-market/complaints/backtest.yaml',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const n = report.labels.disagreements.count as number;
    expect(r.stderr).toContain(`${n} sample complaints written to acme-market/complaints/backtest.yaml`);
    const yaml = await readFile(path.join(project.dir, 'acme-market/complaints/backtest.yaml'), 'utf8');
    expect(r.stderr).not.toContain('note:');
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=/);
    expect(yaml).toMatch(/# exports\/march.csv:\d+ — labelled «/);
    const test = await inProject(['test', 'acme-market']);
    expect(test.stdout + test.stderr).toMatch(/\d+ passed, 0 failed/);
    expect(test.code).toBe(0);
    await rm(path.join(project.dir, 'acme-market/complaints/backtest.yaml'));
  });

  it('--sample N saves N mentions per type, and --mask-authors hides names, handles and links', async () => {
    const e = generateExport({ locale: 'ru', count: 60, seed: 9, malformed: 0 });
    e.rows[0][e.header.indexOf('Текст')] = 'Заказ 41234567 не привезли, пишите @ivan_petrov или https://vk.com/id123';
    await write(path.join(project.dir, 'exports/small.csv'), exportCsv(e));
    const r = await inProject([
      'backtest',
      'acme-market',
      '--mentions',
      'exports/small.csv',
      '--sample',
      '2',
      '--save-misses',
      'saved.yaml',
      '--mask-authors',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const types = Object.keys(JSON.parse(r.stdout).byType as object);
    const yaml = await readFile(path.join(project.dir, 'saved.yaml'), 'utf8');
    expect(r.stderr).toContain('note: to run them with `replybook test`, move the file into acme-market/complaints/');
    expect(yaml.match(/^ {2}- id: /gm)?.length).toBe(types.length * 2);
    expect(yaml).not.toMatch(
      /Роман|Ольга|Ирина|Сергей|Анна|Дмитрий|Мария|Алексей|Екатерина|Павел|vasya_88|kate\.m|ivan_petrov|vk\.com\/id123/,
    );
    expect(yaml).toContain('@author или https://example.invalid/link');
  });
});

describe('--jobs', () => {
  it('the worker is built, so --jobs 2 below runs the engine in worker threads (npm test builds it first)', () => {
    expect(backtestPoolAvailable()).toBe(true);
  });

  it('runs the engine on one core fewer than --jobs (this thread reads and adds up), and on one worker at least', () => {
    expect([2, 3, 8].map(backtestWorkers)).toEqual([1, 2, 7]);
  });

  it('--jobs 1 and --jobs 3 write the same reports, CSV included, byte for byte', async () => {
    const reports = async (jobs: string) => {
      const dir = path.join(out, `jobs-${jobs}`);
      const r = await inProject([
        'backtest',
        'acme-market',
        '--mentions',
        'exports/march.csv',
        'exports/march.jsonl',
        ...LABELS,
        '--out',
        dir,
        '--format',
        'json',
        '--format',
        'csv',
        '--jobs',
        jobs,
      ]);
      expect(r.code).toBe(0);
      return Promise.all(['report.json', 'report.csv'].map((f) => readFile(path.join(dir, f), 'utf8')));
    };
    const [json1, csv1] = await reports('1');
    const [json3, csv3] = await reports('3');
    expect(JSON.parse(json1).mentions).toBe(2 * (400 - RU.malformedLines.length));
    expect(json3).toBe(json1);
    expect(csv3).toBe(csv1);
  });
});

describe('terminal safety', () => {
  it('a customer’s control characters and workflow commands reach standard output escaped', async () => {
    const e = generateExport({ locale: 'ru', count: 5, seed: 2, malformed: 0 });
    const evil = 'Заказ 41234567 \u001b]0;pwned\u0007 \u202Egnp.exe';
    e.rows = e.rows.map((r) => r.map((c, i) => (e.header[i] === 'Текст' ? evil : e.header[i] === 'Тег' ? 'Конструктив' : c)));
    e.rows[0][e.header.indexOf('Площадка')] = '::add-mask::secret';
    await write(path.join(project.dir, 'exports/evil.csv'), exportCsv(e));
    const md = await inProject([
      'backtest',
      'acme-market',
      '--mentions',
      'exports/evil.csv',
      '--label',
      'Тег',
      '--label-map',
      'Конструктив=non-constructive',
    ]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('\\x1B]0;pwned\\x07 \\u202Egnp.exe');
    expect(md.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    const csv = await run(['backtest', 'acme-market', '--mentions', 'exports/evil.csv', '--format', 'csv'], {
      cwd: project.dir,
      tty: true,
    });
    expect(csv.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(csv.stdout).toContain('\\u202Egnp.exe');
  });
});

describe('Ctrl-C', () => {
  it('stops reading, writes the report of what was read, marked partial, and exits 130', async () => {
    const big = generateExport({ locale: 'ru', count: 30_000, seed: 5 });
    await write(path.join(project.dir, 'exports/big.csv'), exportCsv(big));
    const dir = path.join(out, 'interrupted');
    // Sent once the command listens (a SIGINT before would end the test process), after some rows.
    const before = process.listenerCount('SIGINT');
    const timer = setInterval(() => {
      if (process.listenerCount('SIGINT') === before) return;
      clearInterval(timer);
      setTimeout(() => process.kill(process.pid, 'SIGINT'), 200);
    }, 5);
    const r = await inProject([
      'backtest',
      'acme-market',
      '--mentions',
      'exports/big.csv',
      '--out',
      dir,
      '--format',
      'json',
      '--format',
      'markdown',
      '--jobs',
      '1',
    ]);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('interrupted: the report covers the rows read so far and says it is partial');
    const json = JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8'));
    expect(json.partial).toBe(true);
    expect(json.rows).toBeGreaterThan(0);
    expect(json.rows).toBeLessThan(30_000);
    expect(await readFile(path.join(dir, 'report.md'), 'utf8')).toContain('Неполный отчёт');
  });
});

describe('usage errors', () => {
  it.each([
    [['backtest', 'acme-market'], /required option '--mentions <files\.\.\.>' not specified/],
    [
      ['backtest', 'acme-market', '--mentions', 'exports/march.csv', '--format', 'pdf'],
      /unknown format `pdf`, expected one of markdown, json, csv, html/,
    ],
    [['backtest', 'acme-market', '--mentions', 'exports/march.csv', '--format', 'html'], /the HTML report is a file: give --out DIR/],
    [['backtest', 'acme-market', '--mentions', 'exports/nope.csv'], /cannot read exports\/nope.csv: it does not exist/],
    [['backtest', 'acme-market', '--mentions', 'exports/march.csv', '--map', 'body=Текст'], /unknown field `body`/],
    [
      ['backtest', 'acme-market', '--mentions', 'exports/march.csv', '--label', 'Тег', '--label-map', 'Мат=swearing'],
      /unknown type `swearing`/,
    ],
    [['backtest', 'acme-market', '--mentions', 'exports/march.csv', '--label', 'Нет'], /--label Нет: the file has no such column/],
    [['backtest', 'acme-market', '--mentions', 'exports/march.csv', '--channel-map', 'Дзен=dzen'], /unknown channel `dzen`/],
    [['backtest', 'acme-market', '--mentions', 'exports/march.csv', '--encoding', 'klingon'], /unknown encoding `klingon`/],
    [['backtest', 'acme-market', '--mentions', 'exports/march.csv', '--jobs', '0'], /--jobs takes a whole number from 1 to 64/],
  ])('%j', async (argv, message) => {
    const r = await inProject(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('usage errors in Russian (--lang ru)', () => {
  it.each([
    [['--format', 'pdf'], 'неизвестный формат `pdf`, допустимы: markdown, json, csv, html'],
    [['--format', 'html'], 'HTML-отчёт записывается в файл: укажите --out ПАПКА'],
    [['--format', 'markdown,json'], 'в стандартный вывод можно направить только один --format; для нескольких укажите --out ПАПКА'],
    [['--channel-map', 'Дзен'], '--channel-map `Дзен` не в виде ИМЯ=КАНАЛ (например, Дзен=dzen)'],
    [['--encoding', 'klingon'], 'неизвестная кодировка `klingon` (например, utf-8, windows-1251, utf-16le)'],
    [['--jobs', '0'], '--jobs принимает целое число от 1 до 64, а не `0`'],
    [['--sample', 'many'], '--sample принимает целое число от 0 до 10000, а не `many`'],
  ])('%j', async (extra, message) => {
    const r = await inProject(['backtest', 'acme-market', '--lang', 'ru', '--mentions', 'exports/march.csv', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('an export that cannot be read: the door’s reason in Russian too', async () => {
    const r = await inProject(['backtest', 'acme-market', '--lang', 'ru', '--mentions', 'exports/nope.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('не удалось прочитать exports/nope.csv: такого пути нет');
  });
});
