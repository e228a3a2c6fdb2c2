import type { StatuteQuery } from './search-query.ts';

/**
 * How well a result answers the statutes a query names: 2 for the article
 * page of a named law, 1 for an article page with that number in any law
 * (the query named none, or named it differently: 民诉法 for 民事诉讼法),
 * 0 otherwise. The client sorts by this before Pagefind's own score, so
 * `刑法第二百六十六条` opens with /laws/xingfa/266/ whatever the word counts.
 */
export function statuteRank(url: string, title: string, statutes: StatuteQuery[]): number {
  let best = 0;
  for (const s of statutes) {
    if (!new RegExp(`/laws/[^/]+/${s.article}/?$`).test(stripQuery(url))) continue;
    const law = s.law?.replace(/^中华人民共和国/, '');
    best = Math.max(best, !law || title.includes(law) ? 2 : 1);
  }
  return best;
}

function stripQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/** Stable sort of results by rank, best first; ties keep Pagefind's order. */
export function orderByRank<T>(items: T[], rank: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i, r: rank(item) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.item);
}
