import type { Faq } from '../schemas/faq.ts';
import { articleSlug } from './article-slug.ts';
import { findArticle } from './find-article.ts';
import type { SiteIndex } from './site-index-types.ts';

/**
 * 同类问题: other questions of the same topic, then others citing the same
 * articles. Stops as soon as `limit` are found, so each page costs O(limit)
 * however large a topic grows.
 */
export function similarFaqs(faq: Faq, index: SiteIndex, limit = 6): Faq[] {
  const out: Faq[] = [];
  const seen = new Set([faq.id]);
  const take = (list: Faq[]) => {
    for (const f of list) {
      if (out.length >= limit) return;
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      out.push(f);
    }
  };
  take(index.topicBySlug.get(faq.topic)?.faqs ?? []);
  for (const c of faq.statutes) {
    if (out.length >= limit || c.article === undefined) continue;
    take(findArticle(index, c.lawSlug, articleSlug(c.article, c.suffix))?.faqs ?? []);
  }
  return out;
}
