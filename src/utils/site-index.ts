import { getCollection } from 'astro:content';
import { buildSiteIndex } from './build-site-index.ts';
import type { SiteIndex } from './site-index-types.ts';
import { writeBuildReport } from './write-build-report.ts';

let memo: Promise<SiteIndex> | undefined;

/**
 * The shared indexes, built once per build and reused by every page
 * (module state lives for the whole static build).
 */
export function getSiteIndex(): Promise<SiteIndex> {
  memo ??= (async () => {
    const [faqs, laws, topics] = await Promise.all([getCollection('faq'), getCollection('laws'), getCollection('topics')]);
    const index = buildSiteIndex(
      faqs.map((e) => e.data),
      laws.map((e) => e.data),
      topics.map((e) => e.data),
    );
    writeBuildReport(index);
    return index;
  })();
  return memo;
}
