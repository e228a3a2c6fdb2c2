import { z } from 'zod';

/** A lawyer byline. Format B pages carry a bio with no name, so every field is optional. */
export const lawyerSchema = z.object({
  name: z.string().min(1).optional(),
  /** Toneless pinyin of the name (张凯 → zhangkai); the URL of /lawyers/<slug>/. */
  slug: z.string().regex(/^[a-z0-9-]+$/).optional(),
  helpedCount: z.number().int().nonnegative().optional(),
  bio: z.string().min(1).optional(),
});

export type Lawyer = z.infer<typeof lawyerSchema>;
