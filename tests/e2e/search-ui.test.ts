import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { distOf } from './helpers/builds.ts';
import { serve, type Served } from './helpers/serve.ts';
import { resultCount, resultPaths, searchPage, settle } from './search.helpers.ts';

// One page for the whole file: the bundled Chromium runs single-process.
let browser: Browser;
let page: Page;
let site: Served;
const requests: string[] = [];
const everyRequest: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('request', (r) => {
    requests.push(r.url());
    everyRequest.push(r.url());
  });
  site = await serve(distOf('seeds'), '/');
});
afterAll(async () => {
  await site.close();
  await browser.close();
});

const faqPage = () => `${site.url}faq/9bc0501cdaa549d6/`;
const searchCode = (urls: string[]) => urls.filter((u) => /pagefind|t2cn/.test(u));

describe('search UI', () => {
  it('loads no search code until the box is used', async () => {
    requests.length = 0;
    await page.goto(faqPage());
    await page.waitForLoadState('networkidle');
    expect(searchCode(requests)).toEqual([]);
    await page.focus('[data-search-box] input');
    await page.waitForSelector('pagefind-searchbox input');
    expect(searchCode(requests).some((u) => u.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
  });

  it('`/` focuses the header box; arrows and Enter open the picked result', async () => {
    await page.goto(faqPage());
    await page.keyboard.press('/');
    await page.waitForSelector('pagefind-searchbox input:focus');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name).toBe('搜索法律问题');
    await page.keyboard.type('刑法第二百六十六条');
    await page.waitForSelector('pagefind-searchbox [role="option"][aria-selected="true"]');
    const picked = () => page.getAttribute('pagefind-searchbox [role="option"][aria-selected="true"]', 'href');
    // The statute's article page heads the dropdown too.
    expect(await picked()).toBe('/laws/xingfa/266/');
    await page.keyboard.press('ArrowDown');
    const second = await picked();
    expect(second).not.toBe('/laws/xingfa/266/');
    await Promise.all([page.waitForURL((u) => u.pathname === second), page.keyboard.press('Enter')]);
  });

  it('Ctrl+K focuses the box on any page; Enter opens the top result', async () => {
    await page.goto(`${site.url}laws/`);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('pagefind-searchbox input:focus');
    await page.keyboard.type('网络平台泄露');
    await page.waitForSelector('pagefind-searchbox [role="option"][aria-selected="true"]');
    await Promise.all([page.waitForURL(/\/faq\/9bc0501cdaa549d6\/$/), page.keyboard.press('Enter')]);
  });

  it('keeps the address bar a shareable link to the current results', async () => {
    await searchPage(page, site.url, '个人信息');
    const input = page.locator('[data-search-page] pagefind-input input');
    expect(await input.inputValue()).toBe('个人信息');
    await input.fill('网络平台泄露');
    await settle(page, '网络平台泄露');
    expect(new URL(page.url()).searchParams.get('q')).toBe('网络平台泄露');
  });

  it('announces the result count in a live region', async () => {
    await searchPage(page, site.url, '个人信息');
    const summary = page.locator('pagefind-summary');
    expect(await summary.getAttribute('role')).toBe('status');
    expect(await summary.textContent()).toMatch(/找到 \d+ 个/);
  });

  it('results arriving on /search/ shift nothing already on screen', async () => {
    // Cumulative layout shift as Chrome reports it: https://web.dev/articles/cls
    await page.setViewportSize({ width: 390, height: 844 });
    await searchPage(page, site.url, '个人信息');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
              if (!e.hadRecentInput) sum += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 300);
        }),
    );
    // 0.1 is the "good" threshold.
    expect(shift).toBeLessThan(0.1);
  });

  it('a type filter narrows the results to that kind of page', async () => {
    // 个人信息 matches a topic, a law and FAQ pages; 问答 keeps only the FAQs.
    await searchPage(page, site.url, '个人信息');
    const before = await resultCount(page);
    const group = page.locator('pagefind-filter-pane .pf-filter-group', { hasText: '类型' });
    expect(await group.count()).toBe(1);
    await group.locator('label', { hasText: '问答' }).click();
    await page.waitForFunction((n) => {
      const m = /找到 (\d+) 个/.exec(document.querySelector('pagefind-summary')?.textContent ?? '');
      return m !== null && Number(m[1]) < n;
    }, before);
    await settle(page, '个人信息');
    const paths = await resultPaths(page, '/');
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(/^\/faq\/[a-z0-9-]+\/$/);
  });

  it('loads the Traditional converter only for a Traditional query', async () => {
    requests.length = 0;
    await searchPage(page, site.url, '个人信息泄露怎么报警');
    expect(requests.some((u) => u.includes('t2cn'))).toBe(false);
    await searchPage(page, site.url, '個人信息泄露怎麼報警');
    expect(requests.some((u) => u.includes('t2cn'))).toBe(true);
  });

  it('fetched everything from this site, nothing from a CDN', () => {
    const origin = new URL(site.url).origin;
    expect(everyRequest.length).toBeGreaterThan(0);
    expect(everyRequest.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  });
});
