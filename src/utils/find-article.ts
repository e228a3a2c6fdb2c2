import type { ArticleInfo, SiteIndex } from './site-index-types.ts';

/** The indexed article at /laws/<law>/<slug>/, if any answer cites it. */
export function findArticle(index: SiteIndex, law: string, slug: string): ArticleInfo | undefined {
  return index.articleByKey.get(`${law}/${slug}`);
}
