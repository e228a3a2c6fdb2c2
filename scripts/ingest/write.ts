import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import type { Faq } from '../../src/schemas/faq.ts';

/**
 * `import`/`export` at the start of a line is ESM in MDX
 * (https://mdxjs.com/docs/what-is-mdx/#esm). Plain text that starts so must
 * not become code: the first letter is written as a character reference.
 */
const unsafe = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

const processor = unified()
  .use(remarkStringify, { bullet: '-', fences: true, rule: '-', unsafe })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx);

/** The whole page: frontmatter from the validated record, then the MDX body. */
export function serialize(faq: Faq, body: Root): string {
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: frontmatter(faq) }, ...body.children] };
  return processor.stringify(tree);
}

/**
 * The record as JSON, which is YAML as well (https://yaml.org/spec/1.2.2/#12-yaml-history).
 * Astro reads frontmatter with js-yaml, which guesses types: an unquoted
 * 2021-03-20 would come back as a Date (https://yaml.org/type/timestamp.html).
 * In JSON every string is quoted, and writing it is ~40× faster than a YAML
 * writer (a YAML writer took a third of the ingest time at 10k seeds).
 */
function frontmatter(faq: Faq): string {
  return JSON.stringify(faq, null, 2);
}
