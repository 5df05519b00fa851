/**
 * The backtest HTML report as a support lead opens it: in a real headless Chromium (Debian's, at
 * /usr/bin/chromium, driven by playwright-core; `.ci/run` installs it, and its absence fails the
 * test rather than skipping it). Charts present and sized, tables that sort and filter, a listed
 * mention's trace that opens, no console error, no request but the file itself. A screenshot is
 * kept in test-results/ as the run's artifact.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempProject } from '../cli/helpers.js';
import { CHROMIUM } from '../support/chromium.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the backtest HTML report in a browser', () => {
  let browser: Browser;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is needed (apt-get install chromium; .ci/run installs it)`).toBe(true);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    ({ dir, cleanup } = await tempProject('acme-market'));
    const r = await run(
      ['backtest', 'acme-market', '--mentions', path.join(ROOT, 'playbooks/acme-market/mentions/sample.csv'), '--out', 'report'],
      { cwd: dir },
    );
    expect(r.stderr).toMatch(/\d+ mentions run/);
    expect(r.code).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await cleanup?.();
  });

  it('shows sized charts, sorts and filters its tables, opens a trace, and loads nothing else', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${path.join(dir, 'report', 'report.html')}`);

    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    const charts = page.locator('div.chart svg');
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    for (const box of await Promise.all((await charts.all()).map((c) => c.boundingBox()))) {
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(50);
    }

    // The first table (mentions by type): sort by the count, both ways, then filter.
    const table = page.locator('table.sortable').first();
    const counts = async () => (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map((x) => Number(x.replace(/\D/g, '')));
    const before = await counts();
    expect(before.length).toBeGreaterThan(2);
    await table.locator('th').nth(1).click();
    expect(await counts()).toEqual([...before].sort((a, b) => a - b));
    await table.locator('th').nth(1).click();
    expect(await counts()).toEqual([...before].sort((a, b) => b - a));
    // By the share, written the Russian way («48,5 %»): by its value, decimals included. Two shares
    // with the same whole part are set in the wrong order first (read as 8 and 8, they would stay so).
    const shareCells = table.locator('tbody tr td:nth-child(3)');
    expect((await shareCells.allTextContents())[0]).toMatch(/^\d+,\d\u00a0%$/);
    await shareCells.nth(0).evaluate((td) => ((td as unknown as { textContent: string }).textContent = '8,4\u00a0%'));
    await shareCells.nth(1).evaluate((td) => ((td as unknown as { textContent: string }).textContent = '8,1\u00a0%'));
    await table.locator('th').nth(2).click();
    const shares = (await shareCells.allTextContents()).map((x) => Number(x.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.indexOf(8.1)).toBeLessThan(shares.indexOf(8.4));
    await page.locator('input.filter').first().fill('positive');
    expect(await table.locator('tbody tr:visible').count()).toBe(1);

    // A listed mention opens, then its trace.
    const mention = page.locator('details.mention').first();
    await mention.locator('summary').first().click();
    const trace = mention.locator('details.trace');
    await trace.locator('summary').click();
    expect(await trace.locator('ol li').count()).toBeGreaterThan(2);
    expect(await trace.locator('ol').isVisible()).toBe(true);

    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'backtest-report.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(new Set(requests).size).toBe(1); // the report itself, nothing it refers to
  }, 60_000);
});
