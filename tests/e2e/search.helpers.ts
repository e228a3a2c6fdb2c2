import type { Page } from 'playwright-core';

/** Result links as site paths (base removed), best first. */
export async function resultPaths(page: Page, base: string): Promise<string[]> {
  const hrefs = await page.$$eval('pagefind-results a.pf-result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return hrefs.map((h) => (h.startsWith(prefix) ? `/${h.slice(prefix.length)}` : h));
}

/** The number in the result summary (找到 N 个 … 的相关结果), or 0. */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.textContent('pagefind-summary')) ?? '';
  return Number(/找到 (\d+) 个/.exec(text)?.[1] ?? 0);
}

/**
 * Opens /search/?q=… as a shared link would and waits until the summary
 * reports the search and the first results (up to 3) have rendered.
 */
export async function searchPage(page: Page, siteUrl: string, query: string): Promise<void> {
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`);
  await settle(page, query);
}

/** Waits for the result list of `query` to be shown. */
export async function settle(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
      // 找到 N 个 <q> 的相关结果 / 未找到 <q> 的相关结果; not 正在搜索 <q>…
      if (!summary.includes(q) || summary.includes('正在')) return false;
      const found = /找到 (\d+) 个/.exec(summary);
      if (!found && !summary.startsWith('未找到')) return false;
      const count = Number(found?.[1] ?? 0);
      // Results render lazily: wait until the first three carry a URL and a title.
      const shown = [...document.querySelectorAll('pagefind-results a.pf-result-link')].filter(
        (a) => a.getAttribute('href') && a.textContent?.trim(),
      );
      return shown.length >= Math.min(3, count);
    },
    query,
    { timeout: 15_000 },
  );
}
