import { basename } from 'node:path';
import { VFile } from 'vfile';
import type { Faq } from '../../src/schemas/faq.ts';
import type { Topic } from '../../src/schemas/topic.ts';
import type { LawIndex } from './citations/laws.ts';
import { layouts, pickLayout } from './layouts/index.ts';
import { normalize } from './normalize/index.ts';
import type { RedactionCounts } from './normalize/redact.ts';
import { decode } from './read.ts';
import { buildRecord } from './record.ts';
import { fail, hasErrors } from './messages.ts';
import { hashBytes } from './hash.ts';
import { toMdast } from './to-mdast.ts';
import { serialize } from './write.ts';

export interface Processed {
  file: VFile;
  faq?: Faq;
  /** The complete .mdx text, when the file made a page. */
  output?: string;
  redactions: RedactionCounts;
  encoding?: string;
}

/** One seed file through every stage: read → layout → normalize → record (citations, topics) → mdast → MDX text. */
export async function processFile(
  path: string,
  bytes: Uint8Array,
  id: string,
  ctx: { laws: LawIndex; topics: readonly Topic[] },
): Promise<Processed> {
  const file = new VFile({ path });
  const read = decode(bytes);
  if (!read.ok) {
    fail(file, read.reason);
    return { file, redactions: {} };
  }
  file.value = read.text;
  const encoding = read.encoding === 'utf-8' ? undefined : read.encoding;
  if (encoding) file.info(`decoded as GBK/GB18030 (not UTF-8)`);
  const lines = read.text.split('\n');
  const layout = pickLayout(lines);
  if (!layout) {
    fail(file, `fits no known layout; expected one of: ${layouts.map((l) => l.expects).join(' | ')}`, 1);
    return { file, redactions: {}, ...(encoding ? { encoding } : {}) };
  }
  const parsed = layout.parse(lines, file);
  const { page, sourceScript, redactions } = await normalize(parsed, file);
  if (!page.title.text) fail(file, 'no title found', page.title.line);
  if (page.answers.every((a) => a.blocks.length === 0)) fail(file, 'no answer text found');
  if (hasErrors(file)) return { file, redactions, ...(encoding ? { encoding } : {}) };
  const built = buildRecord(
    {
      id,
      page,
      sourceScript,
      source: { file: basename(path), hash: hashBytes(bytes), layout: layout.name },
      laws: ctx.laws,
      topics: ctx.topics,
    },
    file,
  );
  if (!built) return { file, redactions, ...(encoding ? { encoding } : {}) };
  return {
    file,
    faq: built.faq,
    output: serialize(built.faq, toMdast(built.answers)),
    redactions,
    ...(encoding ? { encoding } : {}),
  };
}
