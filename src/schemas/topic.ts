import { z } from 'zod';

/** One entry of `content/topics.yaml`, the topic taxonomy. */
export const topicSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string().default(''),
  /** Words that put a question under this topic; longer, more specific words win. */
  keywords: z.array(z.string()).min(1),
  /** Law slugs whose citation suggests this topic. */
  laws: z.array(z.string()).default([]),
});

export type Topic = z.infer<typeof topicSchema>;
