import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { builds, distOf } from './helpers/builds.ts';
import { serve, type Served } from './helpers/serve.ts';
import { resultCount, resultPaths, searchPage } from './search.helpers.ts';

// Expected pages come from the seeds: 001 is the fraud + report-to-police
// answer, 003 the platform-leak question, 002 the Traditional page.
const topThree: Array<[string, string]> = [
  ['诈骗 报警', '/faq/9d1dd16765763b80/'],
  ['网络平台泄露', '/faq/9bc0501cdaa549d6/'],
  ['個人信息泄露怎麼報警', '/faq/718f80dfd41ee3d4/'],
];
// A statute query, in either numeral form, opens with the article page.
const firstHit: Array<[string, string]> = [
  ['刑法第二百六十六条', '/laws/xingfa/266/'],
  ['刑法第266条', '/laws/xingfa/266/'],
  ['253条之一', '/laws/xingfa/253-1/'],
  ['第二百五十三条之一', '/laws/xingfa/253-1/'],
  ['民法典1034', '/laws/minfadian/1034/'],
  ['民法典第一千零三十四条', '/laws/minfadian/1034/'],
];

// One page for the whole file: the bundled Chromium runs single-process,
// where closing a page can take the browser down with it.
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.close();
});

for (const name of ['seeds', 'legal'] as const) {
  describe(`search on the ${name} build (base ${builds[name].base})`, () => {
    const base = builds[name].base;
    let site: Served;
    beforeAll(async () => {
      site = await serve(distOf(name), base);
    });
    afterAll(async () => {
      await site.close();
    });

    it('个人信息 returns pages about personal information first', async () => {
      await searchPage(page, site.url, '个人信息');
      // Read the links' text: `.pf-result-title` also matches the empty
      // skeleton rows the Component UI shows while results load.
      const titles = await page.$$eval('pagefind-results a.pf-result-link', (els) =>
        els.slice(0, 3).map((e) => e.textContent ?? ''),
      );
      expect(titles).toHaveLength(3);
      for (const t of titles) expect(t).toMatch(/个人信息/);
    });

    it.each(topThree)('%s finds %s in the top 3', async (query, expected) => {
      await searchPage(page, site.url, query);
      expect((await resultPaths(page, base)).slice(0, 3)).toContain(expected);
    });

    it.each(firstHit)('%s puts %s first', async (query, expected) => {
      await searchPage(page, site.url, query);
      expect((await resultPaths(page, base))[0]).toBe(expected);
    });

    it('result links open real pages under the base path', async () => {
      await searchPage(page, site.url, '网络平台泄露');
      const href = await page.getAttribute('pagefind-results a.pf-result-link', 'href');
      expect(href?.startsWith(base.endsWith('/') ? base : `${base}/`)).toBe(true);
      const response = await page.goto(new URL(href ?? '', site.url).href);
      expect(response?.status()).toBe(200);
      expect(await page.textContent('h1')).toContain('网络平台泄露');
    });

    it('shows a highlighted excerpt under each result title', async () => {
      await searchPage(page, site.url, '网络平台泄露');
      const first = page.locator('pagefind-results li').first();
      expect(await first.locator('.pf-result-title').textContent()).toContain('网络平台泄露');
      expect(await first.locator('.pf-result-excerpt mark').count()).toBeGreaterThan(0);
      expect(await resultCount(page)).toBeGreaterThan(0);
    });
  });
}
