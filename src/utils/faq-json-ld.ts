import type { Answer, Person, WebPage, WithContext } from 'schema-dts';
import type { Faq } from '../schemas/faq.ts';
import { excerpt } from './excerpt.ts';

/**
 * Answer text in the structured data: a real excerpt of each answer, capped
 * so that repeating it in JSON-LD keeps FAQ pages within their 30 KB budget
 * (issue 6); the full answer is on the page itself.
 */
const ANSWER_CHARS = 300;

export interface FaqJsonLdInput {
  faq: Faq;
  pageUrl: string;
  /** Absolute URL of the lawyer page, when the lawyer has one. */
  lawyerUrl?: string;
  citations: Array<{ name: string; url: string }>;
  /** The full text of each answer, in order (answer-texts.ts); the description stands in when missing. */
  answerTexts?: string[];
}

/**
 * A WebPage whose mainEntity is the Question with its accepted answer, not a
 * QAPage (Google keeps that for pages where visitors can post answers) nor
 * FAQPage (rich results only for government and health sites):
 * https://developers.google.com/search/docs/appearance/structured-data/qapage
 */
export function faqJsonLd({ faq, pageUrl, lawyerUrl, citations, answerTexts = [] }: FaqJsonLdInput): WithContext<WebPage> {
  // The first answer is the one shown first and credited on the page; the
  // others are suggested answers to the same question.
  const answers: Answer[] = faq.answers.map((a, i) => {
    const lawyer = a.lawyer ?? (i === 0 ? faq.lawyer : undefined);
    const author: Person | undefined = lawyer?.name
      ? {
          '@type': 'Person',
          name: lawyer.name,
          jobTitle: '律师',
          // Only the first answer's lawyer URL is known to the caller.
          ...(i === 0 && lawyerUrl ? { url: lawyerUrl } : {}),
          ...(lawyer.bio ? { description: lawyer.bio } : {}),
        }
      : undefined;
    return {
      '@type': 'Answer',
      text: excerpt(answerTexts[i] ?? '', ANSWER_CHARS) || (i === 0 ? faq.description : ''),
      url: `${pageUrl}#answer-${i + 1}`,
      ...(a.date ? { dateCreated: a.date } : {}),
      ...(author ? { author } : {}),
    };
  });
  const [accepted, ...suggested] = answers.filter((a) => a.text !== '');
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
      ...(accepted ? { acceptedAnswer: accepted } : {}),
      ...(suggested.length ? { suggestedAnswer: suggested } : {}),
    },
    citation: citations.map((c) => ({ '@type': 'Legislation', name: c.name, url: c.url })),
  };
}
