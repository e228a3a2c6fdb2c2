import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { parse } from 'yaml';
import { faqSchema } from './schemas/faq.ts';
import { lawSchema } from './schemas/law.ts';
import { topicSchema } from './schemas/topic.ts';

export const collections = {
  faq: defineCollection({
    // FAQ_DIR lets tests and the benchmark build from generated pages elsewhere.
    // No page reads the raw MDX body: not keeping it in the content store saves
    // memory on large sites (README "Performance").
    loader: glob({ pattern: '*.mdx', base: process.env['FAQ_DIR'] ?? './content/faq', retainBody: false }),
    schema: faqSchema,
  }),
  laws: defineCollection({
    loader: file('./content/laws.yaml', { parser: (text) => parseSlugList(text) }),
    schema: lawSchema,
  }),
  topics: defineCollection({
    loader: file('./content/topics.yaml', { parser: (text) => parseSlugList(text) }),
    schema: topicSchema,
  }),
};

/** Both data files are YAML lists keyed by `slug`; Astro's file() wants ids. */
function parseSlugList(text: string): Array<Record<string, unknown>> {
  const list = parse(text) as Array<Record<string, unknown>>;
  return list.map((entry) => ({ id: String(entry['slug']), ...entry }));
}
