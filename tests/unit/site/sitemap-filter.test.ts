import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sitemapFilter } from '../../../src/utils/sitemap-filter.ts';

const dist = mkdtempSync(join(tmpdir(), 'sitemap-filter-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const page = (path: string, head: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), `<html><head>${head}</head></html>`);
};
page('', '');
page('topics/a', '');
page('topics/empty', '<meta name="robots" content="noindex, follow">');
page('search', '');

describe('sitemapFilter', () => {
  const keep = sitemapFilter(dist, '/legal');
  it('keeps built pages and drops noindex pages, search and pages not in the build', () => {
    expect(keep('https://x.cn/legal/')).toBe(true);
    expect(keep('https://x.cn/legal/topics/a/')).toBe(true);
    expect(keep('https://x.cn/legal/topics/empty/')).toBe(false);
    expect(keep('https://x.cn/legal/search/')).toBe(false);
    expect(keep('https://x.cn/legal/missing/')).toBe(false);
    expect(keep('https://x.cn/topics/a/')).toBe(false);
  });
});
