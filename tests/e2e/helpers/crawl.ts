import { attrValues, htmlPages, pageExists, readPage } from './site-files.ts';

export interface BrokenLink {
  from: string;
  href: string;
}

/**
 * Follows every internal href, src and form action of every page in a dist
 * the way a static host resolves them, and lists those that point at no file.
 * `base` is the deploy base ("/" or "/legal"); links outside it are broken too,
 * since on a sub-path deploy they would leave the site.
 */
export function brokenLinks(dist: string, base: string): BrokenLink[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const origin = 'http://site.invalid';
  const broken: BrokenLink[] = [];
  for (const page of htmlPages(dist)) {
    const html = readPage(dist, page);
    const pageUrl = new URL(`${prefix}${page}`, origin);
    const refs = [...attrValues(html, 'href'), ...attrValues(html, 'src'), ...attrValues(html, 'action')];
    for (const href of refs) {
      const target = new URL(href, pageUrl);
      if (target.origin !== origin) continue; // external: checked by the third-party test
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(prefix) || !pageExists(dist, path.slice(prefix.length))) broken.push({ from: page, href });
    }
  }
  return broken;
}
