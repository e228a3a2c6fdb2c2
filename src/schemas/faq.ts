import { z } from 'zod';
import { citationSchema } from './citation.ts';
import { lawyerSchema } from './lawyer.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * One answer to the question. Its body is the matching `<Answer index={n}>`
 * block of the MDX document; this record carries what is shown around it.
 */
export const answerSchema = z.object({
  lawyer: lawyerSchema.optional(),
  date: isoDate.optional(),
  statutes: z.array(citationSchema),
});

export const relatedSchema = z.object({
  title: z.string().min(1),
  question: z.string().min(1).optional(),
  date: isoDate.optional(),
  /** Topic slug the related question is classified under. */
  topic: z.string().optional(),
});

/**
 * The frontmatter of one generated FAQ page (`content/faq/<id>.mdx`).
 * Shared by the ingest (validated before writing) and `src/content.config.ts`
 * so a bad record fails at ingest, not at build.
 */
export const faqSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  question: z.string(),
  description: z.string().min(1).max(120),
  sourceScript: z.enum(['hans', 'hant']),
  topic: z.string().min(1),
  tags: z.array(z.string()),
  /** Site breadcrumb categories from the source page, in Simplified Chinese. */
  categories: z.array(z.string()).default([]),
  datePublished: isoDate.optional(),
  /** The first answer's lawyer, kept for single-answer pages and listings. */
  lawyer: lawyerSchema.optional(),
  answers: z.array(answerSchema).min(1),
  /** Every citation of every answer, in order. */
  statutes: z.array(citationSchema),
  related: z.array(relatedSchema),
  source: z.object({
    file: z.string().min(1),
    hash: z.string().regex(/^[a-f0-9]{64}$/),
    layout: z.string().min(1),
  }),
});

export type Answer = z.infer<typeof answerSchema>;
export type Related = z.infer<typeof relatedSchema>;
export type Faq = z.infer<typeof faqSchema>;
