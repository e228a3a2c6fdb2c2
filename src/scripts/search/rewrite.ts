import type { Instance, PagefindAPI, PagefindRawResult, PagefindSearchResult } from '@pagefind/component-ui';
import { normaliseQuery, type StatuteQuery } from '../../utils/search-query.ts';
import { orderByRank, statuteRank } from '../../utils/search-rank.ts';
import { hasTraditional } from '../../utils/search-script.ts';

/** How many top results are opened to look for the article page a statute query asks for. */
const RANK_DEPTH = 10;

let toSimplified: Promise<(text: string) => string> | undefined;

/** Traditional → Simplified; the converter (~100 kB) is fetched on first need only. */
async function simplify(text: string): Promise<string> {
  if (!hasTraditional(text)) return text;
  toSimplified ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' }));
  return (await toSimplified)(text);
}

/**
 * Puts our query handling between every Component UI element and Pagefind:
 * Traditional → Simplified, statute references → indexed form, then the
 * article page a statute query names moved to the top. Wrapping the loaded
 * Pagefind API is the one place every component's search passes through.
 */
export function installQueryRewriter(instance: Instance): void {
  const api = (instance as unknown as { __pagefind__: PagefindAPI | null }).__pagefind__;
  if (!api) throw new Error('Pagefind is not loaded');
  const search = api.search.bind(api);
  api.search = async (term, options) => {
    if (!term?.trim()) return search(term, options);
    const query = normaliseQuery(await simplify(term));
    const result = await search(query.text, options);
    if (query.statutes.length === 0) return result;
    return { ...result, results: await rankStatutes(result, query.statutes) };
  };
}

async function rankStatutes(result: PagefindSearchResult, statutes: StatuteQuery[]): Promise<PagefindRawResult[]> {
  // Each result's data is loaded once and shared with the UI that renders it.
  const results = result.results.map((r) => {
    const data = r.data();
    return { ...r, data: () => data };
  });
  const head = results.slice(0, RANK_DEPTH);
  const ranks = await Promise.all(
    head.map(async (r) => {
      const d = await r.data();
      return statuteRank(d.url, d.meta['title'] ?? '', statutes);
    }),
  );
  const ordered = orderByRank(
    head.map((r, i) => ({ r, rank: ranks[i] ?? 0 })),
    (x) => x.rank,
  ).map((x) => x.r);
  return [...ordered, ...results.slice(RANK_DEPTH)];
}
