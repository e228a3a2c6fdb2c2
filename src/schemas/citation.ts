import { z } from 'zod';

/**
 * One statute citation, in the order it appears in an answer.
 * `article` is absent when a law is cited as a whole (`《个人信息保护法》也…`).
 * `suffix` is N of 之N (第二百五十三条之一 → article 253, suffix 1).
 */
export const citationSchema = z.object({
  law: z.string().min(1),
  lawSlug: z.string().regex(/^[a-z0-9]+$/),
  article: z.number().int().positive().optional(),
  suffix: z.number().int().positive().optional(),
  paragraph: z.number().int().positive().optional(),
  item: z.number().int().positive().optional(),
  /** Article text as quoted in the answer: an unofficial republication. */
  quote: z.string().min(1).optional(),
});

export type Citation = z.infer<typeof citationSchema>;
