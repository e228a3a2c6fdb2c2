import type { Faq } from '../schemas/faq.ts';
import type { Law } from '../schemas/law.ts';
import type { Topic } from '../schemas/topic.ts';
import { articleName } from './article-name.ts';
import { articleSlug } from './article-slug.ts';
import { normalizeTitle } from './normalize-title.ts';
import { shortLawName } from './short-law-name.ts';
import type { ArticleInfo, LawInfo, LawyerInfo, SiteIndex, TopicInfo } from './site-index-types.ts';

/**
 * Groups every FAQ by topic, law, article and lawyer in one pass, so each page
 * reads its lists from maps instead of scanning all pages (the site must build
 * 50k pages in linear time). Input order does not matter: output is sorted.
 */
export function buildSiteIndex(input: Faq[], laws: Law[], topics: Topic[]): SiteIndex {
  const faqs = [...input].sort(
    (a, b) => (b.datePublished ?? '').localeCompare(a.datePublished ?? '') || a.id.localeCompare(b.id),
  );
  const lawMeta = new Map(laws.map((l) => [l.slug, l]));
  const topicBySlug = new Map<string, TopicInfo>();
  const topicOf = (slug: string, fallbackName?: string): TopicInfo => {
    let t = topicBySlug.get(slug);
    if (!t) {
      const meta = topics.find((x) => x.slug === slug);
      t = { slug, name: meta?.name ?? fallbackName ?? slug, description: meta?.description ?? '', faqs: [], unanswered: [], indexable: false };
      topicBySlug.set(slug, t);
    }
    return t;
  };
  for (const t of topics) topicOf(t.slug);

  const byTitle = new Map<string, Faq>();
  const titleCount = new Map<string, number>();
  for (const f of faqs) {
    const key = normalizeTitle(f.title);
    if (!byTitle.has(key)) byTitle.set(key, f);
    titleCount.set(f.title, (titleCount.get(f.title) ?? 0) + 1);
  }

  const lawBySlug = new Map<string, LawInfo>();
  const articleByKey = new Map<string, ArticleInfo>();
  const lawyerBySlug = new Map<string, LawyerInfo>();
  for (const f of faqs) {
    topicOf(f.topic).faqs.push(f);
    for (const r of f.related) {
      // Only taxonomy topics collect related questions: an unknown slug gets no page.
      const t = r.topic === undefined ? undefined : topicBySlug.get(r.topic);
      if (t && !byTitle.has(normalizeTitle(r.title))) t.unanswered.push(r);
    }
    for (const answer of f.answers) {
      const slug = answer.lawyer?.slug;
      if (!slug || !answer.lawyer?.name) continue;
      let l = lawyerBySlug.get(slug);
      if (!l) lawyerBySlug.set(slug, (l = { slug, lawyer: answer.lawyer, faqs: [] }));
      if (l.faqs.at(-1) !== f) l.faqs.push(f);
    }
    for (const c of f.statutes) {
      let law = lawBySlug.get(c.lawSlug);
      if (!law) {
        const meta = lawMeta.get(c.lawSlug);
        const name = meta?.name ?? c.law.replace(/^《|》$/g, '');
        law = { slug: c.lawSlug, name, shortName: meta?.shortName ?? shortLawName(name), articles: [], wholeLawFaqs: [], faqs: [] };
        lawBySlug.set(c.lawSlug, law);
      }
      if (law.faqs.at(-1) !== f) law.faqs.push(f);
      if (c.article === undefined) {
        if (law.wholeLawFaqs.at(-1) !== f) law.wholeLawFaqs.push(f);
        continue;
      }
      const slug = articleSlug(c.article, c.suffix);
      const key = `${c.lawSlug}/${slug}`;
      let a = articleByKey.get(key);
      if (!a) {
        a = { lawSlug: c.lawSlug, slug, article: c.article, name: articleName(law.name, c.article, c.suffix), quotes: [], conflicting: false, faqs: [] };
        if (c.suffix !== undefined) a.suffix = c.suffix;
        articleByKey.set(key, a);
        law.articles.push(a);
      }
      if (a.faqs.at(-1) !== f) a.faqs.push(f);
      if (c.quote) {
        const q = a.quotes.find((x) => x.text === c.quote);
        if (!q) a.quotes.push({ text: c.quote, faqIds: [f.id] });
        else if (!q.faqIds.includes(f.id)) q.faqIds.push(f.id);
      }
    }
  }

  for (const t of topicBySlug.values()) t.indexable = t.faqs.length > 0;
  const laws_ = [...lawBySlug.values()].sort((a, b) => b.faqs.length - a.faqs.length || a.slug.localeCompare(b.slug));
  for (const law of laws_) law.articles.sort((a, b) => a.article - b.article || (a.suffix ?? 0) - (b.suffix ?? 0));
  const conflicts = laws_.flatMap((law) =>
    law.articles
      .filter((a) => a.quotes.length > 1)
      .map((a) => {
        const longest = a.quotes.reduce((x, y) => (y.text.length > x.text.length ? y : x));
        a.conflicting = a.quotes.some((q) => !longest.text.includes(q.text));
        return { law: law.slug, article: a.slug, kind: a.conflicting ? ('conflict' as const) : ('excerpt' as const), quotes: a.quotes };
      }),
  );
  return {
    faqs,
    byTitle,
    topics: [...topicBySlug.values()].sort((a, b) => b.faqs.length - a.faqs.length || a.slug.localeCompare(b.slug)),
    topicBySlug,
    laws: laws_,
    lawBySlug,
    articleByKey,
    lawyers: [...lawyerBySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    lawyerBySlug,
    duplicateTitles: new Set([...titleCount].filter(([, n]) => n > 1).map(([t]) => t)),
    conflicts,
  };
}
