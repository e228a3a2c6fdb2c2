import type { Faq, Related } from '../schemas/faq.ts';
import type { Lawyer } from '../schemas/lawyer.ts';

/** One distinct wording of an article, as quoted in answers. */
export interface ArticleQuote {
  text: string;
  faqIds: string[];
}

export interface ArticleInfo {
  lawSlug: string;
  /** URL segment: 266, 253-1. */
  slug: string;
  article: number;
  suffix?: number;
  /** 《中华人民共和国刑法》第二百六十六条 */
  name: string;
  quotes: ArticleQuote[];
  /** Answers quote this article in words that disagree (not just shorter excerpts). */
  conflicting: boolean;
  faqs: Faq[];
}

export interface LawInfo {
  slug: string;
  name: string;
  shortName: string;
  /** Sorted in article order (253 < 253-1 < 266). */
  articles: ArticleInfo[];
  /** FAQs citing the law as a whole, without an article. */
  wholeLawFaqs: Faq[];
  /** Every FAQ citing the law at all, each once. */
  faqs: Faq[];
}

export interface TopicInfo {
  slug: string;
  name: string;
  description: string;
  faqs: Faq[];
  /** Related questions classified here that this site does not answer. */
  unanswered: Related[];
  /** A topic with no answered question is thin content: noindex. */
  indexable: boolean;
}

export interface LawyerInfo {
  slug: string;
  lawyer: Lawyer;
  faqs: Faq[];
}

export interface QuoteConflict {
  law: string;
  article: string;
  /**
   * `excerpt`: every wording is contained in the longest one (an answer quoted
   * less of the article); `conflict`: the wordings disagree.
   */
  kind: 'excerpt' | 'conflict';
  quotes: ArticleQuote[];
}

export interface SiteIndex {
  /** Newest first, then by id: the "latest questions" order. */
  faqs: Faq[];
  byTitle: Map<string, Faq>;
  topics: TopicInfo[];
  topicBySlug: Map<string, TopicInfo>;
  laws: LawInfo[];
  lawBySlug: Map<string, LawInfo>;
  /** Keyed `<lawSlug>/<articleSlug>`. */
  articleByKey: Map<string, ArticleInfo>;
  lawyers: LawyerInfo[];
  lawyerBySlug: Map<string, LawyerInfo>;
  /** Page titles shared by more than one FAQ: those pages add their id. */
  duplicateTitles: Set<string>;
  conflicts: QuoteConflict[];
}
