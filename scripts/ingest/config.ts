import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { lawSchema, type Law } from '../../src/schemas/law.ts';
import { topicSchema, type Topic } from '../../src/schemas/topic.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

export interface IngestConfig {
  laws: Law[];
  topics: Topic[];
  /** Changes whenever the ingest code or its data files change: cached pages are then rebuilt. */
  version: string;
}

export async function loadConfig(root = projectRoot): Promise<IngestConfig> {
  const lawsText = await readFile(join(root, 'content', 'laws.yaml'), 'utf8');
  const topicsText = await readFile(join(root, 'content', 'topics.yaml'), 'utf8');
  const laws = z.array(lawSchema).parse(parse(lawsText));
  const topics = z.array(topicSchema).parse(parse(topicsText));
  const hash = createHash('sha256').update(lawsText).update(topicsText);
  const codeDir = join(root, 'scripts', 'ingest');
  const files = (await readdir(codeDir, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(relative(codeDir, join(codeDir, f))).update(await readFile(join(codeDir, f)));
  // Code outside scripts/ingest that shapes the output: the schemas, the
  // numeral reader the citation extractor uses and the article URL slug.
  const shared = ['src/schemas/faq.ts', 'src/schemas/citation.ts', 'src/schemas/lawyer.ts', 'src/utils/parse-numeral.ts', 'src/utils/article-slug.ts'];
  for (const f of [...shared, 'scripts/ingest.ts']) {
    hash.update(await readFile(join(root, f)).catch(() => ''));
  }
  return { laws, topics, version: hash.digest('hex').slice(0, 16) };
}
