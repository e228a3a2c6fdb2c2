import type { Citation } from '../schemas/citation.ts';

/**
 * The Arabic-numeral names of the articles a page cites (刑法第266条,
 * 刑法第253条之一), deduplicated in first-seen order. Answers write article
 * numbers in Chinese numerals (第二百六十六条), which Pagefind's segmenters cut
 * differently at build time and in the browser; these forms index each cited
 * article under `<law> <digits>`, the form the query normaliser produces.
 * `shortName` maps a law slug to its short name (刑法); whole-law citations
 * have no article number and are left out.
 */
export function citationTerms(citations: Citation[], shortName: (c: Citation) => string): string[] {
  const terms = new Set<string>();
  for (const c of citations) {
    if (c.article === undefined) continue;
    const suffix = c.suffix ? `之${SUFFIX[c.suffix] ?? c.suffix}` : '';
    terms.add(`${shortName(c)}第${c.article}条${suffix}`);
  }
  return [...terms];
}

const SUFFIX: Record<number, string> = { 1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九' };
