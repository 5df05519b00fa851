/**
 * The agent handbook as an agent opens it: acme-market's (Russian) in a real headless Chromium
 * (Debian's, at /usr/bin/chromium, driven by playwright-core; its absence fails the test rather
 * than skipping it). The table of contents leads to existing ids, the search finds a reply by a
 * word in it, the channel and team views list only their replies, the copy button hands the exact
 * reply to the clipboard, the keyboard reaches every control, no console error and no request but
 * the file itself. Screenshots are kept in test-results/ as the run's artifacts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempProject } from '../cli/helpers.js';
import { CHROMIUM } from '../support/chromium.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = path.join(ROOT, 'test-results');
// What the functions run in the page touch: the tests are typed without the DOM library, so these
// are declared here, for this file alone.
interface PageElement {
  id: string;
  className: string;
  classList: { contains(c: string): boolean };
  dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
  blur(): void;
}
declare const window: { copied: string[]; scrollTo(x: number, y: number): void };
declare const navigator: object;
declare const document: { activeElement: PageElement | null; getElementById(id: string): PageElement | null };

describe('the agent handbook in a browser', () => {
  let browser: Browser;
  let file: string;
  let cleanup: () => Promise<void>;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is needed (apt-get install chromium; .ci/run installs it)`).toBe(true);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    let dir: string;
    ({ dir, cleanup } = await tempProject('acme-market'));
    const r = await run(['build', 'acme-market', '--out', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    file = path.join(dir, 'out', 'acme-market', 'handbook.html');
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (q) => requests.push(q.url()));
    // The clipboard of a file:// page is stubbed: what the button hands it is recorded.
    // (Browser code as strings: the tests are typed without the DOM.)
    await page.addInitScript(() => {
      window.copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void window.copied.push(t) } });
    });
    await page.goto(`file://${file}`);
    mkdirSync(RESULTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await cleanup?.();
  });

  it('has landmarks, a skip link, and a table of contents whose links all lead somewhere', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    for (const landmark of ['header', 'nav.toc', 'main#main']) expect(await page.locator(landmark).count(), landmark).toBe(1);
    await page.screenshot({ path: path.join(RESULTS, 'handbook-ru.png') });
    const hrefs = await page
      .locator('nav.toc a')
      .evaluateAll((as) => (as as unknown as PageElement[]).map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(20);
    const missing = await page.evaluate(
      (list) => list.filter((h) => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1)))),
      hrefs,
    );
    expect(missing).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
  });

  it('finds a reply by a word in it', async () => {
    const reply = page.locator('figure.reply[id^="reply-"]').nth(2);
    const id = await reply.getAttribute('id');
    const text = await reply.locator('.reply-text').textContent();
    const word = text!.match(/[А-Яа-яЁё]{7,}/g)!.sort((a, b) => b.length - a.length)[0]!;
    await page.locator('#search').fill(word);
    const results = page.locator('#search-results a');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const targets = await results.evaluateAll((as) => (as as unknown as PageElement[]).map((a) => a.getAttribute('href')));
    expect(targets).toContain(`#${id}`);
    expect(await page.locator('#search-status').textContent()).toMatch(/^Найдено ответов: \d+$/);
    await page.screenshot({ path: path.join(RESULTS, 'handbook-search.png') });
    await page.locator('#search').fill('zzqqxxнетсловатакого');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('Ничего не найдено.');
    await page.locator('#search').fill('');
  });

  it('shows only that channel’s replies in the channel view, and only that team’s in the team view', async () => {
    const visible = () => page.locator('figure.reply:visible');
    const all = await page.locator('figure.reply').count();
    await page.locator('#view-channel').selectOption('vk');
    const vk = await visible().evaluateAll((fs) => (fs as unknown as PageElement[]).map((f) => (f.dataset['channel'] ?? '').split(' ')));
    expect(vk.length).toBeGreaterThan(0);
    expect(vk.length).toBeLessThan(all);
    for (const channels of vk) expect(channels).toContain('vk');
    expect(await page.locator('#view-status').textContent()).toBe(`Показано ответов: ${vk.length}`);
    // every template left in view has a reply on the channel
    for (const entry of await page.locator('section.entry:visible').all())
      expect(await entry.locator('figure.reply:visible').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(RESULTS, 'handbook-channel-view.png') });
    await page.locator('#view-channel').selectOption('');
    await page.locator('#view-team').selectOption('legal');
    const legal = await visible().evaluateAll((fs) => (fs as unknown as PageElement[]).map((f) => (f.dataset['team'] ?? '').split(' ')));
    expect(legal.length).toBeGreaterThan(0);
    for (const teams of legal) expect(teams).toContain('legal');
    await page.locator('#view-team').selectOption('');
    expect(await visible().count()).toBe(all);
    // the index of views links each channel's view: «all VK replies» has an address
    // (the page applies it on `hashchange`, which fires after the click has returned)
    await page.locator('a.view-link[href="#channel=vk"]').click();
    await expect.poll(() => page.locator('#view-channel').inputValue()).toBe('vk');
    await expect.poll(() => visible().count()).toBe(vk.length);
    await page.locator('#view-channel').selectOption('');
    expect(await visible().count()).toBe(all);
  });

  it('copies the exact reply with the keyboard', async () => {
    // whatever view an earlier test left, every reply is in view
    for (const view of ['#view-type', '#view-channel', '#view-team']) await page.locator(view).selectOption('');
    const figure = page.locator('figure.reply[id^="reply-"]').first();
    const expected = await figure.locator('.reply-text').textContent();
    const button = figure.locator('button.copy');
    expect(await button.getAttribute('aria-label')).toMatch(/^Скопировать ответ: /);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.copied)).toEqual([expected]);
    expect(expected).not.toContain('{{');
    expect(await button.textContent()).toBe('Скопировано');
  });

  it('reaches the search, the view switcher and the copy buttons by Tab', async () => {
    await page.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    const reached = new Set<string>();
    await page.locator('body').focus();
    for (let i = 0; i < 400 && reached.size < 5; i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.id || (el?.classList.contains('copy') ? 'copy' : '');
      });
      if (['search', 'view-type', 'view-channel', 'view-team', 'copy'].includes(what)) reached.add(what);
    }
    expect([...reached].sort()).toEqual(['copy', 'search', 'view-channel', 'view-team', 'view-type']);
  }, 60_000);

  it('logs no error and loads nothing but the file', () => {
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(new Set(requests).size).toBe(1);
  });
});
