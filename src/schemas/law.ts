import { z } from 'zod';

/** One entry of `content/laws.yaml`: how a law is named, matched and addressed. */
export const lawSchema = z.object({
  /** Toneless pinyin of the short name, no separators (刑法 → xingfa). */
  slug: z.string().regex(/^[a-z0-9]+$/),
  name: z.string().min(1),
  shortName: z.string().min(1),
  /** Other spellings seen in answers, e.g. 《网络安全法》, 民诉法. */
  aliases: z.array(z.string()).default([]),
});

export type Law = z.infer<typeof lawSchema>;
