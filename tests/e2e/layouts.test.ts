import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/browser.ts';
import { distOf, projectRoot } from './helpers/builds.ts';
import { serve, type Served } from './helpers/serve.ts';
import { jsonLdBlocks, readPage } from './helpers/site-files.ts';

/**
 * The `extra` build ingests tests/fixtures/layouts/samples next to the bundled
 * seeds: every other-site page must be there, show all of its answers with
 * their dates, in Simplified Chinese, with none of the source site's UI text.
 */
const pages = [
  { id: '7f3a9c2e41d05b18', title: '员工提前离职公司能扣培训违约金吗', answers: 1, published: '2026-02-03', dates: [], cites: ['laws/laodonghetongfa/22/', 'laws/laodonghetongfa/25/'] },
  { id: '2b8e6d104fa37c95', title: '网购退款被骗了钱能追回吗?', answers: 3, published: '2025-11-02', dates: [], cites: ['laws/xingfa/266/', 'laws/minfadian/1165/'] },
  { id: '5c1d8e7a2b9f4036', title: '公司要求签服务期协议合法吗?', answers: 3, published: '2025-08-19', dates: ['2025-08-19', '2025-08-19', '2025-08-20'], cites: ['laws/laodonghetongfa/22/'] },
  { id: '9e4b7a0c3d6f2158', title: '网购被骗是去法院起诉还是报警?', answers: 1, published: undefined, dates: [], cites: ['laws/xingfa/266/', 'laws/xiaofeizhequanyibaohufa/39/'] },
];
const noise = ['人浏览', '问答详情', '位律师解答', '咨询我', '回复', '我的位置', '相关咨询', '以上是律师的法律建议', '•'];

let browser: Browser;
let site: Served;
let page: Page;

beforeAll(async () => {
  site = await serve(distOf('extra'), '/');
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe.each(pages)('the $id page', (expected) => {
  it('exists and shows its title in Simplified Chinese', async () => {
    const res = await page.goto(`${site.url}faq/${expected.id}/`);
    expect(res?.status()).toBe(200);
    expect((await page.locator('h1').innerText()).trim()).toBe(expected.title);
  });

  it('shows every answer, each with its date when the source dates it', async () => {
    await page.goto(`${site.url}faq/${expected.id}/`);
    const answers = page.locator('article.answer');
    expect(await answers.count()).toBe(expected.answers);
    for (const [n, date] of expected.dates.entries()) {
      expect(await answers.nth(n).locator(`time[datetime="${date}"]`).count()).toBe(1);
    }
    for (let n = 0; n < expected.answers; n++) {
      expect((await answers.nth(n).locator('.prose').innerText()).trim().length).toBeGreaterThan(10);
    }
  });

  it('keeps the source site\'s view counts, labels and boilerplate off the page', async () => {
    await page.goto(`${site.url}faq/${expected.id}/`);
    const text = await page.locator('main').innerText();
    for (const word of noise) expect(text).not.toContain(word);
  });

  it('describes itself in JSON-LD: a Question with all its answers counted, its date and its citations', () => {
    const blocks = jsonLdBlocks(readPage(distOf('extra'), `faq/${expected.id}/`));
    const web = blocks.find((b) => b['@type'] === 'WebPage') as any;
    expect(web.mainEntity.name).toBe(expected.title);
    expect(web.mainEntity.answerCount).toBe(expected.answers);
    // One accepted answer, the others suggested, each with its own text.
    const all = [web.mainEntity.acceptedAnswer, ...(web.mainEntity.suggestedAnswer ?? [])];
    expect(all).toHaveLength(expected.answers);
    expect(new Set(all.map((a: any) => a.text)).size).toBe(expected.answers);
    for (const a of all) expect(a.text.length).toBeGreaterThan(20);
    expect(web.datePublished).toBe(expected.published);
    const urls = (web.citation as Array<{ url: string }>).map((c) => c.url);
    for (const cite of expected.cites) expect(urls).toContain(`https://faq.example.cn/${cite}`);
  });

  it('has no axe violation', async () => {
    await page.goto(`${site.url}faq/${expected.id}/`);
    await page.addScriptTag({ path: join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js') });
    const result = await page.evaluate(async () => (globalThis as any).axe.run(document));
    expect((result.violations as Array<{ id: string }>).map((v) => v.id)).toEqual([]);
  });

  it('links its citations to article pages that exist and list the question once', async () => {
    await page.goto(`${site.url}faq/${expected.id}/`);
    const hrefs = await page.locator('a.cite').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const cite of expected.cites) {
      const href = `${site.url}${cite}`;
      expect(hrefs).toContain(href);
      const res = await page.goto(href);
      expect(res?.status()).toBe(200);
      expect(await page.locator(`main a[href$="/faq/${expected.id}/"]`).count()).toBe(1);
    }
  });
});

it('the Traditional source page keeps no Traditional character', async () => {
  await page.goto(`${site.url}faq/9e4b7a0c3d6f2158/`);
  const text = await page.locator('main').innerText();
  for (const ch of ['網', '騙', '還', '報', '據', '條', '華', '國', '權', '訴', '處']) expect(text).not.toContain(ch);
});
