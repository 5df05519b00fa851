/**
 * The backtest report's words come from its catalogue: Russian plurals in the reports (1, 2, 5, 11,
 * 21… mentions), the language a caller asks for, and the English reasons of rows not run.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.js';
import { backtestMessages } from '../../src/i18n/catalogs/backtest.js';
import { loadPlaybook, type LoadedPlaybook } from '../../src/node/load-playbook.js';
import {
  BASE_CHANGE_KINDS,
  BacktestSession,
  formatBacktestMarkdown,
  reportWords,
  rowReason,
  weekdayNames,
  type BacktestFigures,
  type BaseExample,
  type BaseFigures,
  type MalformedRow,
} from '../../src/backtest/index.js';
import { formatBacktestHtml } from '../../src/backtest/report-html.js';
import { percent } from '../../src/backtest/report-markdown.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let rt: LoadedPlaybook;
beforeAll(async () => {
  rt = await loadPlaybook(path.join(ROOT, 'playbooks/acme-market'));
});

/** The figures of a run of no rows through Acme Market (a `ru` playbook), with `--base` counts. */
function withBase(compared: number, changed: number): BacktestFigures {
  const s = new BacktestSession(rt);
  s.begin('x.csv', ['Дата', 'Площадка', 'Автор', 'Текст']);
  const zero = Object.fromEntries(BASE_CHANGE_KINDS.map((k) => [k, 0])) as BaseFigures['byKind'];
  const none = Object.fromEntries(BASE_CHANGE_KINDS.map((k) => [k, [] as BaseExample[]])) as BaseFigures['examples'];
  const base: BaseFigures = {
    ref: 'main',
    commit: 'abcdef0123456789abcdef0123456789abcdef01',
    compared,
    changed,
    byKind: { ...zero, due: changed },
    typeChanges: [],
    examples: none,
  };
  return { ...s.figures(), base };
}

const summaryOf = (md: string) => md.split('\n').find((l) => l.startsWith('**')) ?? '';

describe('Russian plurals in the --base summary', () => {
  it.each([
    [1, 1, '**1** из 1 упоминания обработалось бы иначе, чем в этой ревизии.'],
    [2, 2, '**2** из 2 упоминаний обработались бы иначе, чем в этой ревизии.'],
    [5, 5, '**5** из 5 упоминаний обработались бы иначе, чем в этой ревизии.'],
    [11, 11, '**11** из 11 упоминаний обработались бы иначе, чем в этой ревизии.'],
    [21, 21, '**21** из 21 упоминания обработалось бы иначе, чем в этой ревизии.'],
    [22, 3, '**3** из 22 упоминаний обработались бы иначе, чем в этой ревизии.'],
    [111, 101, '**101** из 111 упоминаний обработалось бы иначе, чем в этой ревизии.'],
    [297, 292, '**292** из 297 упоминаний обработались бы иначе, чем в этой ревизии.'],
    [2985, 1, '**1** из 2985 упоминаний обработалось бы иначе, чем в этой ревизии.'],
  ])('%i compared, %i changed → %s', (compared, changed, expected) => {
    expect(summaryOf(formatBacktestMarkdown(withBase(compared, changed)))).toBe(expected);
  });

  it('says the same in the HTML page, the count in bold', async () => {
    const html = await formatBacktestHtml(withBase(21, 1));
    expect(html).toContain('<p><b>1</b> из 21 упоминания обработалось бы иначе, чем в этой ревизии.</p>');
  });

  it.each([
    [1, '**1** of 1 mention would be handled differently than at that revision.'],
    [2, '**1** of 2 mentions would be handled differently than at that revision.'],
    [21, '**1** of 21 mentions would be handled differently than at that revision.'],
  ])('in English, %i compared → %s', (compared, expected) => {
    expect(summaryOf(formatBacktestMarkdown(withBase(compared, 1), 'en'))).toBe(expected);
  });
});

describe('the language of a report', () => {
  it('is the playbook’s locale unless the caller names another', async () => {
    const f = withBase(5, 2);
    expect(formatBacktestMarkdown(f)).toMatch(/^# Прогон по выгрузке: Acme Market/);
    expect(formatBacktestMarkdown(f, 'en')).toMatch(/^# Backtest: Acme Market/);
    const html = await formatBacktestHtml(f, 'en');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<h2>Against main (abcdef0)</h2>');
  });

  it('labels the box that filters each table in the report’s language', async () => {
    const f = withBase(5, 2);
    const ru = await formatBacktestHtml(f);
    expect(ru).toContain('<input type="search" class="filter" aria-label="Фильтр строк таблицы" placeholder="Фильтр строк…">');
    expect(ru).not.toContain('aria-label="filter"');
    expect(await formatBacktestHtml(f, 'en')).toContain(
      '<input type="search" class="filter" aria-label="filter" placeholder="Filter rows…">',
    );
  });

  it('writes shares as the language does: «48,5 %» in Russian, "48.5%" in English', () => {
    expect(percent(144, 297, reportWords('ru'))).toBe('48,5\u00a0%');
    expect(percent(144, 297, reportWords('en'))).toBe('48.5%');
    expect(percent(297, 297, reportWords('ru'))).toBe('100,0\u00a0%');
    expect(percent(0, 0, reportWords('ru'))).toBe('—');
    // In the --base summary table of a Russian report, right-aligned as a number.
    const md = formatBacktestMarkdown(withBase(5, 2));
    expect(md).toContain('| 2 | 40,0\u00a0% |');
    expect(md).toMatch(/\| --- \| ---: \| ---: \|/);
  });

  it('names the weekdays of the heatmaps, Monday first', () => {
    expect(weekdayNames(reportWords('ru'))).toEqual(['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']);
    expect(weekdayNames(reportWords('en'))).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });
});

describe('why a row was not run', () => {
  const tooLong = (found: number): MalformedRow => ({ file: 'x.csv', line: 2, kind: 'too-long', reason: '', found, limit: 1000 });

  it.each([
    [1001, 'текст длиной 1001 символ, replybook сопоставляет не больше 1000'],
    [1002, 'текст длиной 1002 символа, replybook сопоставляет не больше 1000'],
    [1005, 'текст длиной 1005 символов, replybook сопоставляет не больше 1000'],
    [1011, 'текст длиной 1011 символов, replybook сопоставляет не больше 1000'],
    [1021, 'текст длиной 1021 символ, replybook сопоставляет не больше 1000'],
    [1024, 'текст длиной 1024 символа, replybook сопоставляет не больше 1000'],
  ])('a text of %i characters: %s', (found, expected) => {
    expect(rowReason(reportWords('ru'), tooLong(found))).toBe(expected);
  });

  it('in English is the row’s own reason, from the same catalogue (so JSON and CSV say the same)', () => {
    const s = new BacktestSession(rt);
    s.begin('x.csv', ['Дата', 'Площадка', 'Автор', 'Текст']);
    s.row(2, ['02.03.2026 10:00', 'Дзен', 'Ира', 'Заказ не привезли']);
    s.row(3, ['02.03.2026 10:00', 'ВКонтакте', 'Ира', 'x'.repeat(20_001)]);
    s.row(4, ['02.03.2026 10:00']);
    const rows = s.figures().malformed.items;
    expect(rows.map((m) => m.kind)).toEqual(['unknown-channel', 'too-long', 'too-few-columns']);
    for (const m of rows) expect(rowReason(reportWords('en'), m)).toBe(m.reason);
    expect(rows[0].reason).toBe("the platform «Дзен» is none of the playbook's channels");
    expect(rows[2].reason).toBe('the row has 1 column, the header 4 or more');
  });

  it('keeps a reader’s own problem (a line that is not CSV or JSON) as it was written', () => {
    const parse: MalformedRow = { file: 'x.jsonl', line: 7, kind: 'parse', reason: 'the line is not a JSON object' };
    expect(rowReason(reportWords('ru'), parse)).toBe('the line is not a JSON object');
  });
});

describe('the terminal lines', () => {
  const ru = translate(backtestMessages, 'ru');
  it.each([
    [1, '1 упоминание прогнано', '1 строка не прогнана', 'у 1 упоминания шаблон не подошёл или не сработал'],
    [2, '2 упоминания прогнано', '2 строки не прогнано', 'у 2 упоминаний шаблон не подошёл или не сработал'],
    [5, '5 упоминаний прогнано', '5 строк не прогнано', 'у 5 упоминаний шаблон не подошёл или не сработал'],
    [11, '11 упоминаний прогнано', '11 строк не прогнано', 'у 11 упоминаний шаблон не подошёл или не сработал'],
    [21, '21 упоминание прогнано', '21 строка не прогнана', 'у 21 упоминания шаблон не подошёл или не сработал'],
    [1000, '1000 упоминаний прогнано', '1000 строк не прогнано', 'у 1000 упоминаний шаблон не подошёл или не сработал'],
  ])('%i', (n, run, malformed, failures) => {
    expect(ru('summary.run', { n })).toBe(run);
    expect(ru('summary.malformed', { n })).toBe(`${malformed} (они перечислены в отчёте)`);
    expect(ru('summary.templateFailures', { n })).toBe(failures);
  });

  it('in English as before (the README quotes it)', () => {
    const en = translate(backtestMessages, 'en');
    expect([1, 297].map((n) => en('summary.run', { n }))).toEqual(['1 mention run', '297 mentions run']);
    expect(en('summary.malformed', { n: 1 })).toBe('1 row not run (listed in the report)');
  });
});
