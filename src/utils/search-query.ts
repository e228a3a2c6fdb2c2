import { parseNumeral } from './parse-numeral.ts';

/** A statute the query asks for: `刑法第二百六十六条` → { law: '刑法', article: '266' }. */
export interface StatuteQuery {
  /** Law name as typed, brackets dropped; absent for `253条之一`. */
  law?: string;
  /** Article slug as in `/laws/<law>/<article>/`: `266`, `253-1`. */
  article: string;
}

export interface NormalisedQuery {
  /** What to hand to Pagefind. */
  text: string;
  statutes: StatuteQuery[];
}

const NUM = '[0-9]+|[零〇一二两三四五六七八九十百千]+';
// A law name ends in 法 / 法典 / 条例 (刑法, 民法典, 中华人民共和国网络安全法).
const LAW = '[\\u4e00-\\u9fff]{0,20}?(?:法典|法|条例)';
const STATUTE = new RegExp(
  `(${LAW})?\\s*(?:第\\s*(${NUM})\\s*条|(${NUM})\\s*条|(?<=(?:法典|法|条例)\\s*)([0-9]+)(?![0-9]))(?:\\s*之\\s*(${NUM}))?`,
  'gu',
);

/**
 * Rewrites a query so the browser's word segmenter cuts it the way the index
 * was cut. Pagefind segments queries with Intl.Segmenter but pages with its
 * own dictionary (Pagefind issue #1237) and never matches inside a word
 * (#987), so `刑法第二百六十六条` comes out as 刑法|第二|百|六十|六条 and
 * misses. Statute references become `<law> <number>` in Arabic digits, the
 * form every cited article is indexed under (SearchTerms.astro); the
 * statutes found let the client put the article page first.
 */
export function normaliseQuery(raw: string): NormalisedQuery {
  // NFKC folds full-width digits, letters and spaces (２６６ → 266).
  const text = raw.normalize('NFKC').replace(/[《》〈〉「」『』"“”]/gu, ' ');
  const statutes: StatuteQuery[] = [];
  const rewritten = text.replace(
    STATUTE,
    (match, law: string | undefined, a1?: string, a2?: string, a3?: string, suffix?: string) => {
      const article = parseNumeral(a1 ?? a2 ?? a3 ?? '');
      const sub = suffix === undefined ? undefined : parseNumeral(suffix);
      if (article === undefined || (suffix !== undefined && sub === undefined)) return match;
      const name = law?.trim() || undefined;
      statutes.push({ ...(name ? { law: name } : {}), article: sub ? `${article}-${sub}` : `${article}` });
      // 之一 stays a word of its own: article 253-1 is indexed as 253条之一.
      return ` ${name ?? ''} ${article} ${sub ? `条之${'一二三四五六七八九'[sub - 1] ?? sub}` : ''} `;
    },
  );
  return { text: rewritten.replace(/\s+/gu, ' ').trim(), statutes };
}
