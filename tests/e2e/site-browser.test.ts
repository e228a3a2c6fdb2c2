import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { distOf, projectRoot } from './helpers/builds.ts';
import { serve, type Served } from './helpers/serve.ts';
import { htmlPages, readPage } from './helpers/site-files.ts';

const dist = distOf('seeds');
const pages = htmlPages(dist);
const first = (re: RegExp) => pages.find((p) => re.test(p))!;

/** One page of each type, found in the build rather than hard-coded. */
const pageTypes: Record<string, string> = {
  home: '',
  faq: pages.find((p) => /^faq\/[^/]+\/$/.test(p) && readPage(dist, p).includes('class="cite"'))!,
  topics: 'topics/',
  topic: first(/^topics\/[^/]+\/$/),
  laws: 'laws/',
  law: 'laws/xingfa/',
  article: 'laws/xingfa/266/',
  lawyer: 'lawyers/zhangkai/',
  notFound: 'no-such-page/',
};

let browser: Browser;
let site: Served;
let page: Page;
const requests: string[] = [];
beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serve(dist, '/')]);
  // One page for the whole file: the packaged Chromium runs single-process and
  // exits when its last page closes.
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  page.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  await page.emulateMedia({ colorScheme });
  requests.length = 0;
  const response = await page.goto(`${site.url}${path}`);
  return { page, requests, status: response?.status() };
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ path: join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => (globalThis as any).axe.run(document));
  return (result.violations as Array<{ id: string; nodes: Array<{ target: string[] }> }>).map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('in a real browser', () => {
  for (const [type, path] of Object.entries(pageTypes)) {
    it(`renders the ${type} page with one h1, landmarks and no axe violation`, async () => {
      const { page, requests, status } = await open(path);
      expect(status).toBe(type === 'notFound' ? 404 : 200);
      expect(await page.locator('h1').count()).toBe(1);
      expect((await page.locator('h1').innerText()).length).toBeGreaterThan(1);
      expect(await page.locator('main#main').count()).toBe(1);
      expect(await page.locator('header').first().isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // Everything self-hosted: no font, script or style from another host.
      expect(requests.filter((u) => !u.startsWith(site.url.replace(/\/$/, '')))).toEqual([]);
    });
  }

  it.each(pages.filter((p) => p.startsWith('faq/')))('has no axe violation on %s either', async (path) => {
    await open(path);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violation on a FAQ page in dark mode', async () => {
    const { page } = await open(pageTypes['faq']!, 'dark');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the skip link on keyboard focus and moves to the main content', async () => {
    const { page } = await open(pageTypes['faq']!);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('#main');
  });

  it('follows a citation from a FAQ page to its article page', async () => {
    const { page } = await open(pageTypes['faq']!);
    const cite = page.locator('a.cite').first();
    const href = (await cite.getAttribute('href'))!;
    await Promise.all([page.waitForURL(/\/laws\//), cite.click()]);
    expect(page.url()).toBe(new URL(href, page.url()).href);
    expect(await page.locator('h1').innerText()).toMatch(/^《[^》]+》/);
  });
});

describe('pages whose content only some builds have', () => {
  it.each(['light', 'dark'] as const)('has no axe violation on the search page with results and filters shown (%s)', async (scheme) => {
    const { page } = await open('search/?q=%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF', scheme);
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    await page.locator('pagefind-filter-pane .pf-filter-group').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violation on an article quoted in wordings that disagree (%s)',
    async (scheme) => {
      // The extra build's 刑法第二百六十六条 is quoted differently by two layouts.
      const extra = await serve(distOf('extra'), '/');
      try {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${extra.url}laws/xingfa/266/`);
        expect(await page.locator('.flag').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await extra.close();
      }
    },
  );
});
