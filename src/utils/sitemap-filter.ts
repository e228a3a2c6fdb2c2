import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A filter for @astrojs/sitemap, which runs after every page is written: a page
 * is listed only when its built HTML carries no `noindex` robots meta, so the
 * sitemap and the pages can never disagree (thin topics, search, 404).
 */
export function sitemapFilter(outDir: string, base: string): (page: string) => boolean {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (page) => {
    const path = decodeURIComponent(new URL(page).pathname);
    if (!path.startsWith(prefix)) return false;
    const rel = path.slice(prefix.length);
    // Search results pages are thin and endless: never list them.
    if (rel.startsWith('search/')) return false;
    const file = join(outDir, rel, rel === '' || rel.endsWith('/') ? 'index.html' : '');
    if (!existsSync(file)) return false;
    return !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, 'utf8'));
  };
}
