import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchBrowser } from '../../../tests/e2e/helpers/browser.ts';
import { serve } from '../../../tests/e2e/helpers/serve.ts';

export interface SearchBytes {
  /** 'ui': the site's /search/ page; 'api': Pagefind's JS API directly (no search page yet). */
  mode: 'ui' | 'api';
  firstQueryBytes: number;
  secondQueryBytes: number;
  /** The same files gzip-compressed (level 6), as a static host with compression on would send them. */
  firstQueryGzipBytes: number;
  secondQueryGzipBytes: number;
  firstResults: number;
  requests: { first: number; second: number };
  /** What the first and second query fetched: path under the base → bytes, biggest first. */
  files: { first: Array<[string, number]>; second: Array<[string, number]> };
}

/** Sums encoded body sizes of every request that finishes while `action` runs and the network settles. */
interface Counted {
  bytes: number;
  count: number;
  urls: string[];
  files: Array<[string, number]>;
}

async function countBytes(page: Page, action: () => Promise<void>, skip?: (r: Request) => boolean): Promise<Counted> {
  const pending: Array<Promise<number>> = [];
  const urls: string[] = [];
  const onDone = (request: Request) => {
    if (skip?.(request)) return;
    urls.push(request.url());
    pending.push(request.sizes().then((s) => s.responseBodySize, () => 0));
  };
  page.on('requestfinished', onDone);
  await action();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(500);
  page.off('requestfinished', onDone);
  const sizes = await Promise.all(pending);
  const files = urls.map((u, i): [string, number] => [new URL(u).pathname, sizes[i] ?? 0]).sort((a, b) => b[1] - a[1]);
  return { bytes: sizes.reduce((a, b) => a + b, 0), count: sizes.length, urls, files };
}

/** gzip size of the dist files behind fetched URLs (the test server sends them uncompressed). */
/** The report for a first query `a` and a second query `b`. */
function summary(mode: SearchBytes['mode'], a: Counted, b: Counted, firstResults: number, gzip: (urls: string[]) => number): SearchBytes {
  return {
    mode,
    firstQueryBytes: a.bytes,
    secondQueryBytes: b.bytes,
    firstQueryGzipBytes: gzip(a.urls),
    secondQueryGzipBytes: gzip(b.urls),
    firstResults,
    requests: { first: a.count, second: b.count },
    files: { first: a.files, second: b.files },
  };
}

function gzipBytes(dist: string, siteUrl: string, urls: string[]): number {
  let total = 0;
  for (const url of urls) {
    if (!url.startsWith(siteUrl)) continue;
    let file = join(dist, decodeURIComponent(new URL(url).pathname.slice(new URL(siteUrl).pathname.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) total += gzipSync(readFileSync(file), { level: 6 }).length;
  }
  return total;
}

/** What a reader's browser downloads for a first and a second search, in headless Chromium. */
export async function measureSearchBytes(dist: string, base: string, terms: [string, string]): Promise<SearchBytes> {
  const server = await serve(dist, base);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const probe = await page.request.get(`${server.url}search/`);
    const [first, second] = terms;
    if (probe.ok()) {
      // The page's own HTML is not search cost: everything else on load is (CSS, loader, index).
      const isDoc = (r: Request) => r.resourceType() === 'document';
      const a = await countBytes(page, async () => {
        await page.goto(`${server.url}search/?q=${encodeURIComponent(first)}`);
      }, isDoc);
      const results = await page.locator('main a[href*="/faq/"]').count();
      // The no-JS fallback form is hidden once the search UI has loaded: type into the visible box.
      const input = page.locator('main input[type="search"]:visible, main input[type="text"]:visible').first();
      const b = await countBytes(page, async () => {
        if ((await input.count()) > 0) await input.fill(second);
      });
      return summary('ui', a, b, results, (urls) => gzipBytes(dist, server.url, urls));
    }
    await page.goto(server.url);
    const run = (term: string) =>
      page.evaluate(async ({ url, term }) => {
        const w = window as unknown as { pf?: { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }> } };
        w.pf ??= await import(/* @vite-ignore */ `${url}pagefind/pagefind.js`);
        const found = await w.pf!.search(term);
        // A result list shows about five results: load their fragments as a UI would.
        await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return found.results.length;
      }, { url: server.url, term });
    let count = 0;
    const a = await countBytes(page, async () => { count = await run(first); });
    const b = await countBytes(page, async () => { await run(second); });
    return summary('api', a, b, count, (urls) => gzipBytes(dist, server.url, urls));
  } finally {
    await browser.close();
    await server.close();
  }
}
