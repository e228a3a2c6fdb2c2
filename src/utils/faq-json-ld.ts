import type { Person, WebPage, WithContext } from 'schema-dts';
import type { Faq } from '../schemas/faq.ts';

export interface FaqJsonLdInput {
  faq: Faq;
  pageUrl: string;
  /** Absolute URL of the lawyer page, when the lawyer has one. */
  lawyerUrl?: string;
  citations: Array<{ name: string; url: string }>;
}

/**
 * A WebPage whose mainEntity is the Question with its accepted answer, not a
 * QAPage (Google keeps that for pages where visitors can post answers) nor
 * FAQPage (rich results only for government and health sites):
 * https://developers.google.com/search/docs/appearance/structured-data/qapage
 */
export function faqJsonLd({ faq, pageUrl, lawyerUrl, citations }: FaqJsonLdInput): WithContext<WebPage> {
  const first = faq.answers[0];
  const lawyer = first?.lawyer ?? faq.lawyer;
  const author: Person | undefined = lawyer?.name
    ? {
        '@type': 'Person',
        name: lawyer.name,
        jobTitle: '律师',
        ...(lawyerUrl ? { url: lawyerUrl } : {}),
        ...(lawyer.bio ? { description: lawyer.bio } : {}),
      }
    : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': pageUrl,
    url: pageUrl,
    name: faq.title,
    description: faq.description,
    inLanguage: 'zh-CN',
    ...(faq.datePublished ? { datePublished: faq.datePublished } : {}),
    mainEntity: {
      '@type': 'Question',
      name: faq.title,
      text: faq.question || faq.title,
      answerCount: faq.answers.length,
      acceptedAnswer: {
        '@type': 'Answer',
        text: faq.description,
        url: `${pageUrl}#answer-1`,
        ...(first?.date ? { dateCreated: first.date } : {}),
        ...(author ? { author } : {}),
      },
    },
    citation: citations.map((c) => ({ '@type': 'Legislation', name: c.name, url: c.url })),
  };
}
