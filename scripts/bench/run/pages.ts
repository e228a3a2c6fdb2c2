import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { safeList } from './sizes.ts';

/** First sub-folder holding an index.html, so the chosen page really exists. */
function firstPage(dist: string, dir: string): string | undefined {
  const name = safeList(join(dist, dir)).find((n) => existsSync(join(dist, dir, n, 'index.html')));
  return name === undefined ? undefined : `${dir}/${name}/`;
}

/** One URL path (relative to the site base) per page type found in a built site. */
export function pageTypes(dist: string, query: string): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (type: string, path: string | undefined, file?: string) => {
    if (path !== undefined && existsSync(join(dist, file ?? join(path, 'index.html')))) out[type] = path;
  };
  add('home', '');
  add('faq', firstPage(dist, 'faq'));
  add('topics', 'topics/');
  add('topic', firstPage(dist, 'topics'));
  add('laws', 'laws/');
  const law = firstPage(dist, 'laws');
  add('law', law);
  if (law) add('article', firstPage(dist, law.replace(/\/$/, '')));
  add('lawyer', firstPage(dist, 'lawyers'));
  add('search', `search/?q=${encodeURIComponent(query)}`, join('search', 'index.html'));
  add('404', '404.html', '404.html');
  return out;
}
